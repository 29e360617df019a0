// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a LinkedIn page "Content" export twice, for writers Hearth did not write:
//   java LinkedInContentExport poi OUT.xls       Apache POI's HSSF writes the workbook itself
//   java LinkedInContentExport fods OUT.fods     the same sheets as a flat OpenDocument file,
//                                                which make_fixtures.sh has LibreOffice save as .xls
//   java LinkedInContentExport poi-seed OUT.xls  five of the posts: a small fuzzing seed whose
//                                                shared strings still need a CONTINUE record
// Both hold the layout of /work/shared/docs/formats.md: sheets "Metrics" (daily) and "All posts"
// (one row per post), a description sentence above each header, "Created date" as text
// MM/DD/YYYY on most rows and as a date number on every third, and post titles long and unique
// enough that the shared-string table runs over several CONTINUE records.
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;

public final class LinkedInContentExport {
    static final int POSTS = 48;
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);
    static final String[] POST_HEADER = {"Post title", "Post link", "Post type", "Campaign name",
        "Posted by", "Created date", "Campaign start date", "Campaign end date", "Audience",
        "Impressions", "Views (Excluding offsite video views)", "Offsite Views", "Clicks",
        "Click through rate (CTR)", "Likes", "Comments", "Reposts", "Follows", "Engagement rate",
        "Content Type"};
    static final String[] METRICS_HEADER = {"Date", "Impressions (organic)",
        "Impressions (sponsored)", "Clicks (total)", "Reactions (total)"};
    static final String[] BREADS = {"rye", "sourdough", "spelt", "brioche", "pretzel", "focaccia",
        "challah", "pumpernickel"};

    // A cell: text, a number, a date (written as a date number) or nothing.
    record Cell(String text, Double number, LocalDate date) {
        static Cell text(String value) { return new Cell(value, null, null); }
        static Cell number(double value) { return new Cell(null, value, null); }
        static Cell date(LocalDate value) { return new Cell(null, null, value); }
        static Cell empty() { return new Cell(null, null, null); }
    }

    static String title(int post) {
        String bread = BREADS[post % BREADS.length];
        StringBuilder text = new StringBuilder("Post " + (post + 1) + ": our " + bread
            + " loaf of the week");
        // Some titles are plain Latin-1, others need UTF-16 in the file: the shared strings mix
        // both kinds, and a CONTINUE record may change the kind in the middle of a string.
        if (post % 4 == 1)
            text.append(" – baked at 4 a.m. 🥖");
        if (post % 5 == 2)
            text.append("\nCafé crème on the side, as always.");
        for (int sentence = 0; sentence < 3 + post % 4; ++sentence)
            text.append(" We fold the dough ").append(sentence + 2).append(" times for the ")
                .append(bread).append(" and let it rest ").append(12 + (post * 7 + sentence) % 9)
                .append(" hours before it goes into the oven.");
        // One title near LinkedIn's 3000-character limit, longer than one record's share.
        if (post == 17)
            while (text.length() < 2900)
                text.append(" Crust, crumb, and patience.");
        return text.toString();
    }

    static List<List<Cell>> allPosts(int[] posts) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.text("Individual post metrics for Hearth Bakery, 01/06/2025 - "
            + "02/22/2025. Rates are fractions; dates are in UTC.")));
        List<Cell> header = new ArrayList<>();
        for (String name : POST_HEADER)
            header.add(Cell.text(name));
        rows.add(header);
        DateTimeFormatter usDate = DateTimeFormatter.ofPattern("MM/dd/yyyy");
        for (int post : posts) {
            LocalDate day = FIRST_DAY.plusDays(post);
            boolean video = post % 6 == 3;
            int impressions = 900 + 137 * post;
            int clicks = 5 + 3 * post;
            int likes = 20 + post;
            int comments = post % 7;
            int reposts = post % 3;
            int follows = post == 9 ? -1 : post % 4;
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(title(post)));
            row.add(Cell.text("https://www.linkedin.com/feed/update/urn:li:activity:"
                + (7280000000000000000L + 1000003L * post)));
            row.add(Cell.text("Organic"));
            row.add(Cell.empty());
            row.add(Cell.text(post % 2 == 0 ? "Ada Baker" : "Ben Crust"));
            row.add(post % 3 == 2 ? Cell.date(day) : Cell.text(day.format(usDate)));
            row.add(Cell.empty());
            row.add(Cell.empty());
            row.add(Cell.text("All followers"));
            row.add(Cell.number(impressions));
            row.add(video ? Cell.number(impressions / 4) : Cell.empty());
            row.add(Cell.empty());
            row.add(Cell.number(clicks));
            row.add(Cell.number(Math.round(10000.0 * clicks / impressions) / 10000.0));
            row.add(Cell.number(likes));
            row.add(Cell.number(comments));
            row.add(Cell.number(reposts));
            row.add(Cell.number(follows));
            row.add(Cell.number(
                Math.round(10000.0 * (clicks + likes + comments + reposts) / impressions)
                / 10000.0));
            row.add(Cell.text(video ? "Video" : "Text"));
            rows.add(row);
        }
        return rows;
    }

    static List<List<Cell>> metrics(int days) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.text("Aggregated metrics for Hearth Bakery, 01/06/2025 - "
            + "02/22/2025. Times are in UTC.")));
        List<Cell> header = new ArrayList<>();
        for (String name : METRICS_HEADER)
            header.add(Cell.text(name));
        rows.add(header);
        for (int day = 0; day < days; ++day)
            rows.add(List.of(Cell.date(FIRST_DAY.plusDays(day)), Cell.number(400 + 11 * day),
                Cell.number(day % 5 == 0 ? 120 : 0), Cell.number(9 + day % 8),
                Cell.number(20 + day % 13)));
        return rows;
    }

    // Excel's day number: days since 1899-12-30 (the 1900 date system).
    static double serial(LocalDate day) {
        return day.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
    }

    static int[] firstPosts(int count) {
        int[] posts = new int[count];
        for (int post = 0; post < count; ++post)
            posts[post] = post;
        return posts;
    }

    static void writePoi(String path, List<List<List<Cell>>> sheets) throws Exception {
        try (HSSFWorkbook book = new HSSFWorkbook()) {
            HSSFCellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.createDataFormat().getFormat("mm/dd/yyyy"));
            String[] names = {"Metrics", "All posts"};
            for (int s = 0; s < names.length; ++s) {
                HSSFSheet sheet = book.createSheet(names[s]);
                List<List<Cell>> rows = sheets.get(s);
                for (int r = 0; r < rows.size(); ++r) {
                    HSSFRow row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); ++c) {
                        Cell cell = rows.get(r).get(c);
                        if (cell.text() != null) {
                            row.createCell(c).setCellValue(cell.text());
                        } else if (cell.number() != null) {
                            row.createCell(c).setCellValue(cell.number());
                        } else if (cell.date() != null) {
                            HSSFCell written = row.createCell(c);
                            written.setCellValue(serial(cell.date()));
                            written.setCellStyle(dateStyle);
                        }
                    }
                }
            }
            try (FileOutputStream out = new FileOutputStream(path)) {
                book.write(out);
            }
        }
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\"", "&quot;");
    }

    static void writeFods(String path) throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document "
            + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            + "xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\" "
            + "office:version=\"1.2\" office:mimetype=\"application/vnd.oasis.opendocument"
            + ".spreadsheet\">\n<office:automatic-styles>\n"
            + "<number:date-style style:name=\"usdate\"><number:month number:style=\"long\"/>"
            + "<number:text>/</number:text><number:day number:style=\"long\"/><number:text>/"
            + "</number:text><number:year number:style=\"long\"/></number:date-style>\n"
            + "<style:style style:name=\"date\" style:family=\"table-cell\" "
            + "style:data-style-name=\"usdate\"/>\n</office:automatic-styles>\n"
            + "<office:body><office:spreadsheet>\n");
        String[] names = {"Metrics", "All posts"};
        List<List<List<Cell>>> sheets = List.of(metrics(POSTS), allPosts(firstPosts(POSTS)));
        for (int s = 0; s < names.length; ++s) {
            out.append("<table:table table:name=\"").append(names[s]).append("\">\n");
            for (List<Cell> row : sheets.get(s)) {
                out.append("<table:table-row>");
                for (Cell cell : row) {
                    if (cell.text() != null) {
                        out.append("<table:table-cell office:value-type=\"string\">");
                        for (String line : cell.text().split("\n", -1))
                            out.append("<text:p>").append(xml(line)).append("</text:p>");
                        out.append("</table:table-cell>");
                    } else if (cell.number() != null) {
                        out.append("<table:table-cell office:value-type=\"float\" office:value=\"")
                            .append(cell.number()).append("\"/>");
                    } else if (cell.date() != null) {
                        out.append("<table:table-cell table:style-name=\"date\" "
                            + "office:value-type=\"date\" office:date-value=\"")
                            .append(cell.date()).append("\"/>");
                    } else {
                        out.append("<table:table-cell/>");
                    }
                }
                out.append("</table:table-row>\n");
            }
            out.append("</table:table>\n");
        }
        out.append("</office:spreadsheet></office:body>\n</office:document>\n");
        try (Writer writer = new OutputStreamWriter(new FileOutputStream(path),
                 StandardCharsets.UTF_8)) {
            writer.write(out.toString());
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java LinkedInContentExport poi|poi-seed|fods OUT");
            System.exit(2);
        }
        if (args[0].equals("poi"))
            writePoi(args[1], List.of(metrics(POSTS), allPosts(firstPosts(POSTS))));
        else if (args[0].equals("poi-seed"))
            writePoi(args[1], List.of(metrics(3), allPosts(new int[] {0, 1, 2, 13, 17})));
        else
            writeFods(args[1]);
    }
}
