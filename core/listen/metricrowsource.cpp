// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/metricrowsource.h"

#include "interop/csv.h"
#include "interop/xlsworkbook.h"
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

} // namespace

Result<OpenedRows> openRowSource(const QString &filePath, const QByteArray &head,
                                 TextEncoding encoding)
{
    OpenedRows opened;
    if (XlsWorkbook::looksLikeXls(head)) {
        auto workbook = XlsWorkbook::open(filePath);
        if (!workbook)
            return workbook.error();
        // LinkedIn puts daily page totals on "Metrics" and one row per post on "All posts".
        int postsSheet = -1;
        const QStringList sheets = workbook->sheetNames();
        for (int i = 0; i < sheets.size(); ++i) {
            if (normalisedHeader(sheets.at(i)) == u"all posts")
                postsSheet = i;
        }
        if (postsSheet < 0 && sheets.size() > 1)
            postsSheet = 1;
        if (postsSheet < 0)
            postsSheet = 0;
        for (int i = 0; i < sheets.size(); ++i) {
            if (i != postsSheet)
                opened.warnings
                    << tr("The sheet \"%1\" holds totals per day, not per post; it was not "
                          "imported.")
                           .arg(sheets.at(i));
        }
        auto rows = workbook->rows(postsSheet);
        if (!rows)
            return rows.error();
        opened.sheetName = sheets.value(postsSheet);
        opened.source = std::make_unique<SheetSource>(std::move(*rows));
        return opened;
    }
    if (head.startsWith("PK\x03\x04"))
        return Error::make(
            ErrorKind::InvalidInput,
            tr("%1: this is an .xlsx workbook, which Hearth does not read. Save it as CSV (UTF-8) "
               "or as .xls and import that.")
                .arg(filePath));
    const QChar delimiter = sniffDelimiter(head);
    if (encoding == TextEncoding::Windows1252) {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(ErrorKind::Io,
                               tr("%1: cannot be read: %2").arg(filePath, file.errorString()));
        const QByteArray bytes = file.readAll();
        QByteArray utf8 = bytes;
        bool isUtf8 = true;
        {
            QStringDecoder decoder(QStringDecoder::Utf8);
            // decode() is lazy: the result must be turned into a string for errors to show.
            const QString decoded = decoder.decode(bytes);
            isUtf8 = !decoder.hasError() && !decoded.isNull();
        }
        // Valid UTF-8 stays as it is; only text that is not UTF-8 gets converted.
        if (!isUtf8) {
            utf8 = decodeWindows1252(bytes).toUtf8();
            opened.warnings << tr(
                "The file is not UTF-8; it was read as Windows-1252 (Latin-1), as you "
                "chose.");
        }
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(utf8);
        buffer->open(QIODevice::ReadOnly);
        opened.source = std::make_unique<CsvSource>(std::move(buffer), delimiter);
        return opened;
    }
    auto file = std::make_unique<QFile>(filePath);
    if (!file->open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::Io,
                           tr("%1: cannot be read: %2").arg(filePath, file->errorString()));
    opened.source = std::make_unique<CsvSource>(std::move(file), delimiter);
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
