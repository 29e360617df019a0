// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// .xlsx workbooks: every kind of cell as text, both date systems, sheets by name, the fixtures of
// independent writers, and every hostile shape refused with a message naming file and cause.
#include "interop/xlsxworkbook.h"
#include "support/zipwriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

namespace {

QString data(const char *relative)
{
    return QStringLiteral(HEARTH_TEST_DATA_DIR "/") + QString::fromLatin1(relative);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Cell styles: 0 plain, 1 built-in date (14), 2 a custom date and time, 3 a time, 4 an elapsed
// time (a duration, not a date), 5 a quoted literal holding date letters.
const QByteArray styles = "<numFmts><numFmt numFmtId=\"164\" formatCode=\"mm/dd/yyyy\\ hh:mm\"/>"
                          "<numFmt numFmtId=\"165\" formatCode=\"[$-409]h:mm:ss\\ AM/PM\"/>"
                          "<numFmt numFmtId=\"166\" formatCode=\"[h]:mm\"/>"
                          "<numFmt numFmtId=\"167\" formatCode=\"0.0&quot; days&quot;\"/>"
                          "</numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
                          "<xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"166\"/>"
                          "<xf numFmtId=\"167\"/></cellXfs>";

} // namespace

class TestXlsxWorkbook final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString written(const QList<hearth::test::ZipEntry> &entries)
    {
        const QString path = m_dir.filePath(QStringLiteral("book.xlsx"));
        return hearth::test::writeZip(path, entries) ? path : QString();
    }

private slots:
    void cleanup() { XlsxWorkbook::setTimeLimit(std::chrono::seconds(30)); }

    void cellsAsText_data()
    {
        QTest::addColumn<QByteArray>("cells");
        QTest::addColumn<bool>("system1904");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const QByteArray &cells) -> QByteArray {
            return "<row r=\"1\">" + cells + "</row>";
        };
        QTest::newRow("shared, rich and phonetic text")
            << row("<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>") << false
            << QStringList{QStringLiteral("Post ID"), QStringLiteral("Fresh bread")};
        QTest::newRow("inline text and formula text")
            << row("<c r=\"A1\" t=\"inlineStr\"><is><t>inline 🍞</t></is></c>"
                   "<c r=\"B1\" t=\"str\"><f>A1</f><v>from a formula</v></c>")
            << false << QStringList{QStringLiteral("inline 🍞"), QStringLiteral("from a formula")};
        QTest::newRow("numbers") << row("<c r=\"A1\"><v>1520</v></c><c r=\"B1\"><v>0.0298</v></c>"
                                        "<c r=\"C1\"><v>-7</v></c><c r=\"D1\"><v>1E+20</v></c>"
                                        "<c r=\"E1\" t=\"n\"><v>6.49E+17</v></c>")
                                 << false
                                 << QStringList{QStringLiteral("1520"), QStringLiteral("0.0298"),
                                                QStringLiteral("-7"), QStringLiteral("1e+20"),
                                                QStringLiteral("6.49e+17")};
        QTest::newRow("booleans and errors")
            << row("<c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"b\"><v>0</v></c>"
                   "<c r=\"C1\" t=\"e\"><v>#DIV/0!</v></c>")
            << false
            << QStringList{QStringLiteral("TRUE"), QStringLiteral("FALSE"),
                           QStringLiteral("#DIV/0!")};
        QTest::newRow("dates, 1900 system")
            << row("<c r=\"A1\" s=\"1\"><v>45730</v></c><c r=\"B1\" s=\"2\"><v>45730.3958333333</v>"
                   "</c><c r=\"C1\" s=\"3\"><v>0.75</v></c><c r=\"D1\" s=\"1\"><v>59</v></c>"
                   "<c r=\"E1\" s=\"1\"><v>61</v></c>")
            << false
            << QStringList{QStringLiteral("2025-03-14"), QStringLiteral("2025-03-14 09:30:00"),
                           QStringLiteral("18:00:00"), QStringLiteral("1900-02-28"),
                           QStringLiteral("1900-03-01")};
        QTest::newRow("dates, 1904 system")
            << row("<c r=\"A1\" s=\"1\"><v>44268</v></c><c r=\"B1\" s=\"2\"><v>0</v></c>") << true
            << QStringList{QStringLiteral("2025-03-14"), QStringLiteral("1904-01-01 00:00:00")};
        QTest::newRow("numbers whose format is no date")
            << row("<c r=\"A1\" s=\"4\"><v>1.5</v></c><c r=\"B1\" s=\"5\"><v>3</v></c>"
                   "<c r=\"C1\" s=\"1\"><v>-1</v></c><c r=\"D1\" s=\"99\"><v>2</v></c>")
            << false
            << QStringList{QStringLiteral("1.5"), QStringLiteral("3"), QStringLiteral("-1"),
                           QStringLiteral("2")};
        QTest::newRow("ISO date cell")
            << row("<c r=\"A1\" t=\"d\"><v>2025-03-14T09:30:00</v></c>"
                   "<c r=\"B1\" t=\"d\"><v>2025-03-14</v></c>")
            << false
            << QStringList{QStringLiteral("2025-03-14 09:30:00"), QStringLiteral("2025-03-14")};
        QTest::newRow("cells without references follow each other")
            << row("<c><v>1</v></c><c/><c><v>3</v></c>") << false
            << QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")};
    }
    void cellsAsText()
    {
        QFETCH(QByteArray, cells);
        QFETCH(bool, system1904);
        QFETCH(QStringList, expected);
        const QByteArray strings = "<si><t>Post ID</t></si><si><r><t>Fresh </t></r><r><t>bread"
                                   "</t></r><rPh><t>furesshu</t></rPh></si>";
        const QString path = written(hearth::test::xlsxParts({{QStringLiteral("Sheet1"), cells}},
                                                             strings, styles, system1904));
        auto workbook = XlsxWorkbook::open(path);
        QVERIFY2(workbook, qPrintable(workbook ? QString() : workbook.error().message));
        auto rows = workbook->rows(0);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->constFirst(), expected);
    }

    void rowsArePlacedAndPadded()
    {
        const QString path = written(hearth::test::xlsxParts(
            {{QStringLiteral("Metrics"), "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"},
             {QStringLiteral("All posts"), "<row r=\"2\"><c r=\"C2\"><v>3</v></c></row>"
                                           "<row><c r=\"A3\"><v>4</v></c></row>"}}));
        auto workbook = XlsxWorkbook::open(path);
        QVERIFY(workbook);
        QCOMPARE(workbook->sheetNames(),
                 (QStringList{QStringLiteral("Metrics"), QStringLiteral("All posts")}));
        auto rows = workbook->rows(1);
        QVERIFY(rows);
        const QList<QStringList> expected{
            {QString(), QString(), QString()},
            {QString(), QString(), QStringLiteral("3")},
            {QStringLiteral("4"), QString(), QString()},
        };
        QCOMPARE(*rows, expected);
        QVERIFY(!workbook->rows(2));
        QVERIFY(!workbook->rows(-1));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("sheet");
        QTest::addColumn<QByteArray>("sharedStrings");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a cell far past any export")
            << QByteArray("<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row>")
            << QByteArray() << QStringLiteral("more than Hearth reads (2000000 cells)");
        QTest::newRow("a cell past Excel's last column")
            << QByteArray("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>") << QByteArray()
            << QStringLiteral("names a cell \"XFE1\"");
        QTest::newRow("row zero") << QByteArray("<row r=\"0\"><c><v>1</v></c></row>")
                                  << QByteArray() << QStringLiteral("names a row \"0\"");
        QTest::newRow("a cell longer than Excel allows")
            << "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + QByteArray(32768, 'a') +
                   "</t></is></c></row>"
            << QByteArray() << QStringLiteral("more than 32767 characters");
        QTest::newRow("shared text that is not there")
            << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>")
            << QByteArray("<si><t>only one</t></si>") << QStringLiteral("shared text 5");
        QTest::newRow("XML that is not well-formed")
            << QByteArray("<row r=\"1\"><c r=\"A1\"><v>1</c></row>") << QByteArray()
            << QStringLiteral("not well-formed XML");
        QTest::newRow("an entity without a DOCTYPE")
            << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol;</t></is></c>"
                          "</row>")
            << QByteArray() << QStringLiteral("not well-formed XML");
        QTest::newRow("DOCTYPE with entities in the shared strings")
            << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"lol\">]><sst><si>"
                          "<t>&a;</t></si></sst>")
            << QStringLiteral("declares a DOCTYPE");
        QTest::newRow("external entity")
            << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM "
                          "\"file:///etc/passwd\">]><sst><si><t>&x;</t></si></sst>")
            << QStringLiteral("declares a DOCTYPE");
    }
    void refusals()
    {
        QFETCH(QByteArray, sheet);
        QFETCH(QByteArray, sharedStrings);
        QFETCH(QString, expected);
        const QString path = written(
            hearth::test::xlsxParts({{QStringLiteral("Sheet1"), sheet}}, sharedStrings, styles));
        auto workbook = XlsxWorkbook::open(path);
        QString message;
        if (!workbook) {
            message = workbook.error().message;
        } else {
            auto rows = workbook->rows(0);
            QVERIFY2(!rows, "the sheet was read");
            message = rows.error().message;
        }
        QVERIFY2(message.startsWith(path), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void slowSheetIsStopped()
    {
        QByteArray cells;
        for (int i = 1; i <= 3000; ++i)
            cells += "<row r=\"" + QByteArray::number(i) + "\"><c><v>1</v></c></row>";
        const QString path = written(hearth::test::xlsxParts({{QStringLiteral("Sheet1"), cells}}));
        auto workbook = XlsxWorkbook::open(path);
        QVERIFY(workbook);
        XlsxWorkbook::setTimeLimit(std::chrono::milliseconds(0));
        auto rows = workbook->rows(0);
        QVERIFY(!rows);
        QVERIFY2(rows.error().message.contains(QStringLiteral("took more than")),
                 qPrintable(rows.error().message));
    }

    void missingPartsAreNamed()
    {
        auto parts = hearth::test::xlsxParts({{QStringLiteral("Sheet1"), QByteArray()}});
        parts.removeIf([](const hearth::test::ZipEntry &entry) {
            return entry.name.startsWith(QStringLiteral("xl/worksheets/"));
        });
        const QString path = written(parts);
        auto workbook = XlsxWorkbook::open(path);
        QVERIFY(workbook);
        auto rows = workbook->rows(0);
        QVERIFY(!rows);
        QVERIFY2(rows.error().message.contains(QStringLiteral("xl/worksheets/sheet1.xml")),
                 qPrintable(rows.error().message));

        const QString notABook =
            written({{QStringLiteral("Table data.csv"), QByteArray("Content\n")}});
        auto refused = XlsxWorkbook::open(notABook);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("not an Excel workbook")));
    }

    void encryptedWorkbookIsTold()
    {
        QVERIFY(XlsxWorkbook::looksEncrypted(readAll(data("hostile/z_encrypted.xlsx"))));
        QVERIFY(!XlsxWorkbook::looksEncrypted(readAll(data("metrics/linkedin.xls"))));
        QVERIFY(!XlsxWorkbook::looksEncrypted(readAll(data("hostile/x_password.xls"))));
        QVERIFY(!XlsxWorkbook::looksEncrypted(readAll(data("metrics/xlsxwriter_linkedin.xlsx"))));
        QVERIFY(XlsxWorkbook::encryptedError(QStringLiteral("a.xlsx"))
                    .message.contains(QStringLiteral("encrypted")));
    }

    void fixturesOfIndependentWriters_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("sheets");
        QTest::addColumn<int>("sheet");
        QTest::addColumn<int>("row");
        QTest::addColumn<QStringList>("startOfRow");
        QTest::newRow("XlsxWriter, LinkedIn, created date as text")
            << QStringLiteral("xlsxwriter_linkedin.xlsx")
            << QStringList{QStringLiteral("Metrics"), QStringLiteral("All posts")} << 1 << 3
            << QStringList{QStringLiteral("We are hiring a morning baker – join our team! 🥖"),
                           QStringLiteral("https://www.linkedin.com/feed/update/urn:li:activity:"
                                          "7301234567890123456"),
                           QStringLiteral("Organic"),
                           QString(),
                           QStringLiteral("Ada Baker"),
                           QStringLiteral("03/04/2025")};
        QTest::newRow("XlsxWriter, LinkedIn daily totals, dates as numbers")
            << QStringLiteral("xlsxwriter_linkedin.xlsx")
            << QStringList{QStringLiteral("Metrics"), QStringLiteral("All posts")} << 0 << 3
            << QStringList{QStringLiteral("2025-03-01"), QStringLiteral("410"), QStringLiteral("0"),
                           QStringLiteral("12")};
        QTest::newRow("LibreOffice, Meta Facebook, publish time as a date number")
            << QStringLiteral("libreoffice_meta_facebook.xlsx")
            << QStringList{QStringLiteral("Content"), QStringLiteral("Notes")} << 0 << 2
            << QStringList{QStringLiteral("613168031534769_1122334455667788"),
                           QStringLiteral("613168031534769"),
                           QStringLiteral("Hearth Bakery"),
                           QString(),
                           QStringLiteral("Fresh sourdough today 🍞\nCome by before noon!\n"
                                          "\"Best in town\" – our regulars"),
                           QString(),
                           QStringLiteral("2025-03-14 09:30:00")};
        QTest::newRow("LibreOffice, 1904 date system")
            << QStringLiteral("libreoffice_meta_instagram_1904.xlsx")
            << QStringList{QStringLiteral("Instagram")} << 0 << 2
            << QStringList{QStringLiteral("18045612345678901"),
                           QStringLiteral("17841400000000001"),
                           QStringLiteral("hearthbakery"),
                           QStringLiteral("Hearth Bakery"),
                           QStringLiteral("Morning bake 🍞 #sourdough"),
                           QString(),
                           QStringLiteral("2025-03-10 08:15:00")};
    }
    void fixturesOfIndependentWriters()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, sheets);
        QFETCH(int, sheet);
        QFETCH(int, row);
        QFETCH(QStringList, startOfRow);
        auto workbook = XlsxWorkbook::open(QStringLiteral(HEARTH_TEST_DATA_DIR "/metrics/") + file);
        QVERIFY2(workbook, qPrintable(workbook ? QString() : workbook.error().message));
        QCOMPARE(workbook->sheetNames(), sheets);
        auto rows = workbook->rows(sheet);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
        QVERIFY(rows->size() >= row);
        QCOMPARE(rows->at(row - 1).mid(0, startOfRow.size()), startOfRow);
        for (const QStringList &cells : std::as_const(*rows))
            QCOMPARE(cells.size(), rows->constFirst().size());
    }
};

QTEST_GUILESS_MAIN(TestXlsxWorkbook)
#include "tst_xlsxworkbook.moc"
