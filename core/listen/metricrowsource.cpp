// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/metricrowsource.h"

#include "interop/csv.h"
#include "interop/xlsworkbook.h"
#include "interop/xlsxworkbook.h"
#include "interop/ziparchive.h"
#include "listen/metricformats.h"
#include "listen/metricimporttext.h"

#include <QBuffer>
#include <QFile>
#include <QStringDecoder>

namespace hearth::core {

namespace {

using importtext::tr;

// Windows-1252 differs from Latin-1 only in 0x80–0x9F.
QString decodeWindows1252(const QByteArray &bytes)
{
    static const char16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    };
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        text += (code >= 0x80 && code < 0xA0) ? QChar(high[code - 0x80]) : QChar(char16_t(code));
    }
    return text;
}

QChar sniffDelimiter(const QByteArray &head)
{
    // The first line (outside quotes) decides between comma, semicolon and tab.
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const char byte : head) {
        if (byte == '"')
            quoted = !quoted;
        else if (!quoted && (byte == '\n' || byte == '\r')) {
            if (commas + semicolons + tabs > 0)
                break;
        } else if (!quoted && byte == ',')
            ++commas;
        else if (!quoted && byte == ';')
            ++semicolons;
        else if (!quoted && byte == '\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

class CsvSource final : public RowSource
{
public:
    CsvSource(std::unique_ptr<QIODevice> device, QChar delimiter)
        : m_device(std::move(device))
        , m_reader(m_device.get(), delimiter)
    {}
    bool next(QStringList &fields, qint64 &line) override
    {
        if (!m_reader.readNext(m_record))
            return false;
        // Swapped, not copied: the reader reuses the strings of the list it gets back.
        fields.swap(m_record.fields);
        line = m_record.line;
        return true;
    }
    QString errorString() const override
    {
        return m_reader.hasError() ? m_reader.errorString() : QString();
    }

private:
    std::unique_ptr<QIODevice> m_device;
    CsvReader m_reader;
    CsvRecord m_record;
};

class SheetSource final : public RowSource
{
public:
    explicit SheetSource(QList<QStringList> rows)
        : m_rows(std::move(rows))
    {}
    bool next(QStringList &fields, qint64 &line) override
    {
        if (m_index >= m_rows.size())
            return false;
        fields = m_rows.at(m_index);
        line = ++m_index;
        return true;
    }
    QString errorString() const override { return {}; }

private:
    QList<QStringList> m_rows;
    qsizetype m_index = 0;
};

// Which sheet holds one row per post: LinkedIn names it "All posts" and puts daily page totals
// on "Metrics"; any other workbook is read from its first sheet that is not "Metrics".
int postsSheet(const QStringList &sheets)
{
    for (int i = 0; i < sheets.size(); ++i) {
        if (normalisedHeader(sheets.at(i)) == u"all posts")
            return i;
    }
    for (int i = 0; i < sheets.size(); ++i) {
        if (normalisedHeader(sheets.at(i)) != u"metrics")
            return i;
    }
    return 0;
}

// The posts sheet of an .xls or .xlsx workbook; the other sheets are named in warnings.
template<typename Workbook>
Result<OpenedRows> openSheet(const Workbook &workbook)
{
    OpenedRows opened;
    const QStringList sheets = workbook.sheetNames();
    const int chosen = postsSheet(sheets);
    for (int i = 0; i < sheets.size(); ++i) {
        if (i == chosen)
            continue;
        if (normalisedHeader(sheets.at(i)) == u"metrics")
            opened.warnings << tr("The sheet \"%1\" holds totals per day, not per post; it was "
                                  "not imported.")
                                   .arg(sheets.at(i));
        else
            opened.warnings << tr("The sheet \"%1\" was not imported; Hearth reads one sheet "
                                  "per file, here \"%2\".")
                                   .arg(sheets.at(i), sheets.value(chosen));
    }
    auto rows = workbook.rows(chosen);
    if (!rows)
        return rows.error();
    opened.sheetName = sheets.value(chosen);
    opened.source = std::make_unique<SheetSource>(std::move(*rows));
    return opened;
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    // decode() is lazy: the result must be turned into a string for errors to show.
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError() && !decoded.isNull();
}

// CSV held in memory: a file the user said is Windows-1252, or a CSV inside a .zip.
void openCsvBytes(QByteArray bytes, TextEncoding encoding, OpenedRows &opened)
{
    // Valid UTF-8 stays as it is; only text that is not UTF-8 gets converted.
    if (encoding == TextEncoding::Windows1252 && !isUtf8(bytes)) {
        bytes = decodeWindows1252(bytes).toUtf8();
        opened.warnings << tr("The file is not UTF-8; it was read as Windows-1252 (Latin-1), as "
                              "you chose.");
    }
    const QChar delimiter = sniffDelimiter(bytes.left(64 * 1024));
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    opened.source = std::make_unique<CsvSource>(std::move(buffer), delimiter);
}

// A zip: an .xlsx workbook, or YouTube Studio's download with "Table data.csv" inside.
Result<OpenedRows> openZip(const QString &filePath, TextEncoding encoding)
{
    auto archive = ZipArchive::open(filePath);
    if (!archive) {
        Error error = archive.error();
        error.message += u' ' + tr("Hearth reads .xlsx workbooks and YouTube Studio's .zip "
                                   "download; open the file in a spreadsheet program and save it "
                                   "again as .xlsx or CSV (UTF-8), or download the export again.");
        return error;
    }
    if (XlsxWorkbook::isWorkbook(*archive)) {
        auto workbook = XlsxWorkbook::read(*archive);
        if (!workbook)
            return workbook.error();
        return openSheet(*workbook);
    }
    const QString tableData = QStringLiteral("Table data.csv");
    const auto table = archive->findFileAnywhere(tableData);
    if (!table) {
        if (archive->find(QStringLiteral("content.xml")))
            return Error::make(ErrorKind::InvalidInput,
                               tr("%1: this is an OpenDocument spreadsheet (.ods), which Hearth "
                                  "does not read. Save it as .xlsx or CSV (UTF-8) and import "
                                  "that.")
                                   .arg(filePath));
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1: the .zip contains no '%2'; YouTube Studio's download has it "
                              "— choose that .zip or the CSV itself.")
                               .arg(filePath, tableData));
    }
    auto bytes = archive->read(*table);
    if (!bytes)
        return bytes.error();
    OpenedRows opened;
    const QString entry = archive->entries().at(*table).name;
    opened.warnings
        << tr("Read \"%1\" from the .zip; its other files hold totals, not posts.").arg(entry);
    openCsvBytes(std::move(*bytes), encoding, opened);
    return opened;
}

// An .xls; an encrypted .xlsx is an OLE2 file too, and is told apart by its streams.
Result<OpenedRows> openXls(const QString &filePath)
{
    {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(ErrorKind::Io,
                               tr("%1: cannot be read: %2").arg(filePath, file.errorString()));
        if (XlsxWorkbook::looksEncrypted(file.read(ZipArchive::Limits().maxArchiveBytes)))
            return XlsxWorkbook::encryptedError(filePath);
    }
    auto workbook = XlsWorkbook::open(filePath);
    if (!workbook)
        return workbook.error();
    return openSheet(*workbook);
}

} // namespace

Result<OpenedRows> openRowSource(const QString &filePath, const QByteArray &head,
                                 TextEncoding encoding)
{
    if (XlsWorkbook::looksLikeXls(head))
        return openXls(filePath);
    if (ZipArchive::looksLikeZip(head))
        return openZip(filePath, encoding);
    OpenedRows opened;
    if (encoding == TextEncoding::Windows1252) {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(ErrorKind::Io,
                               tr("%1: cannot be read: %2").arg(filePath, file.errorString()));
        openCsvBytes(file.readAll(), encoding, opened);
        return opened;
    }
    auto file = std::make_unique<QFile>(filePath);
    if (!file->open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::Io,
                           tr("%1: cannot be read: %2").arg(filePath, file->errorString()));
    opened.source = std::make_unique<CsvSource>(std::move(file), sniffDelimiter(head));
    return opened;
}

bool looksLikeWindows1252(const QByteArray &bytes)
{
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        if (code == 0x81 || code == 0x8D || code == 0x8F || code == 0x90 || code == 0x9D ||
            code == 0)
            return false;
    }
    return true;
}

} // namespace hearth::core
