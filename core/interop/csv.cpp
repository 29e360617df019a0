// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/csv.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace hearth::core {

namespace {

constexpr qint64 chunkSize = 64 * 1024;

// UTF-16 text (what "Unicode text" exports write): a UTF-16 byte order mark, or ASCII with every
// other byte NUL.
bool looksLikeUtf16(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return true;
    const qsizetype probe = std::min<qsizetype>(bytes.size(), 512) & ~qsizetype(1);
    if (probe < 8)
        return false;
    qsizetype evenNuls = 0, oddNuls = 0;
    for (qsizetype i = 0; i < probe; i += 2) {
        evenNuls += bytes.at(i) == '\0';
        oddNuls += bytes.at(i + 1) == '\0';
    }
    const qsizetype pairs = probe / 2;
    return (oddNuls * 10 >= pairs * 9 && evenNuls * 10 < pairs) ||
           (evenNuls * 10 >= pairs * 9 && oddNuls * 10 < pairs);
}

} // namespace

CsvReader::CsvReader(QIODevice *device, QChar delimiter)
    : CsvReader(device, delimiter, Limits{})
{}

CsvReader::CsvReader(QIODevice *device, QChar delimiter, Limits limits)
    : m_device(device)
    , m_delimiter(delimiter)
    , m_limits(limits)
{
    // Stateful decoding, so a UTF-8 sequence split across chunks still decodes.
    m_decoder = QStringDecoder(QStringDecoder::Utf8);
}

void CsvReader::fail(qint64 line, const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorLine = line;
    }
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    const QByteArray bytes = m_device->read(chunkSize);
    if (bytes.isEmpty()) {
        m_eof = true;
        return false;
    }
    if (m_bytesRead == 0 && looksLikeUtf16(bytes)) {
        fail(m_line, CsvReader::tr("line 1: the text is UTF-16, not UTF-8. Save the file as \"CSV "
                                   "UTF-8\" in your spreadsheet program and try again."));
        m_eof = true;
        return false;
    }
    // A NUL byte anywhere (not only near the start) means binary data: text with NULs would be
    // cut short by other programs once stored.
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        const qint64 nulLine = m_line + m_buffer.mid(m_pos).count(u'\n') +
                               QByteArrayView(bytes).first(nul).count('\n');
        fail(nulLine, CsvReader::tr("line %1: the file contains binary data (NUL bytes); it is not "
                                    "a CSV text file. Export the data again as CSV.")
                          .arg(nulLine));
        m_eof = true;
        return false;
    }
    m_bytesRead += bytes.size();
    QString decoded = m_decoder.decode(bytes);
    if (m_decoder.hasError()) {
        // Count the lines before the bad bytes so the message points at them.
        qint64 badLine = m_line + m_buffer.mid(m_pos).count(u'\n');
        const qsizetype replacement = decoded.indexOf(QChar::ReplacementCharacter);
        if (replacement >= 0)
            badLine += QStringView(decoded).left(replacement).count(u'\n');
        fail(badLine,
             CsvReader::tr("line %1: the text is not UTF-8. Save the file as \"CSV UTF-8\" in your "
                           "spreadsheet program and try again.")
                 .arg(badLine));
        m_eof = true;
        return false;
    }
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer += decoded;
    if (m_atStart && !m_buffer.isEmpty()) {
        if (m_buffer.front() == QChar(0xFEFF))
            m_buffer.remove(0, 1);
        m_atStart = false;
    }
    return true;
}

bool CsvReader::readNext(CsvRecord &record)
{
    if (hasError()) {
        record.fields.clear();
        return false;
    }

    auto needChar = [this]() -> bool {
        while (m_pos >= m_buffer.size()) {
            if (!fill())
                return false;
        }
        return true;
    };

    // Skip nothing: an empty line is a record with one empty field, which callers ignore.
    if (!needChar()) {
        record.fields.clear();
        return false;
    }

    record.line = m_line;
    // Each field is written into the record's string for its column where no one else holds
    // it, keeping its memory: a string allocated per field was a tenth of a large metric import.
    qsizetype count = 0;
    auto beginField = [&record, &count]() -> QString * {
        if (count == record.fields.size())
            record.fields.emplace_back();
        QString &slot = record.fields[count];
        if (slot.isDetached())
            slot.resize(0);
        else
            slot = QString();
        return &slot;
    };
    QString *field = beginField();
    bool quoted = false;
    bool fieldStarted = false;
    bool wasQuoted = false;

    auto finishField = [&]() -> bool {
        if (count >= m_limits.maxFields) {
            fail(record.line,
                 CsvReader::tr("line %1: the record has more than %2 columns; this does not look "
                               "like a real export.")
                     .arg(record.line)
                     .arg(m_limits.maxFields));
            return false;
        }
        if (field->isEmpty())
            *field = QString(); // an empty field is a null string, quoted or not
        ++count;
        fieldStarted = false;
        wasQuoted = false;
        return true;
    };

    auto finishRecord = [&]() -> bool {
        if (!finishField())
            return false;
        record.fields.resize(count);
        return true;
    };

    while (true) {
        if (!needChar()) {
            if (hasError())
                return false;
            if (quoted) {
                fail(record.line,
                     CsvReader::tr("line %1: a quoted field starts here and never ends (a \" is "
                                   "missing). Check the file around this line.")
                         .arg(record.line));
                return false;
            }
            return finishRecord();
        }
        // Ordinary characters are copied a run at a time: appending them one by one was a fifth
        // of a large metric import. A run stops before anything the rules below look at, and
        // never takes a field past the length at which they report it as too long.
        if (quoted || !field->isEmpty() || wasQuoted || m_buffer.at(m_pos) != u'"') {
            const QChar *data = m_buffer.constData();
            const qsizetype end = std::min<qsizetype>(
                m_buffer.size(),
                m_pos + std::max<qsizetype>(0, m_limits.maxFieldChars + 1 - field->size()));
            qsizetype stop = m_pos;
            while (stop < end && data[stop] != u'"' && data[stop] != u'\n' && data[stop] != u'\r' &&
                   (quoted || data[stop] != m_delimiter))
                ++stop;
            if (stop > m_pos) {
                field->append(QStringView(data + m_pos, stop - m_pos));
                m_pos = stop;
                fieldStarted = true;
                continue;
            }
        }
        const QChar c = m_buffer.at(m_pos++);
        if (field->size() > m_limits.maxFieldChars) {
            fail(record.line,
                 CsvReader::tr("line %1: a field is longer than %2 characters; the file is "
                               "probably damaged.")
                     .arg(record.line)
                     .arg(m_limits.maxFieldChars));
            return false;
        }
        if (quoted) {
            if (c == u'"') {
                if (!needChar()) {
                    quoted = false;
                    continue;
                }
                if (m_buffer.at(m_pos) == u'"') {
                    *field += u'"';
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++m_line;
                else if (c == u'\r') {
                    if (needChar() && m_buffer.at(m_pos) != u'\n')
                        ++m_line;
                }
                *field += c;
            }
            continue;
        }
        if (c == m_delimiter) {
            if (!finishField())
                return false;
            field = beginField();
            fieldStarted = true;
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && needChar() && m_buffer.at(m_pos) == u'\n')
                ++m_pos;
            ++m_line;
            return finishRecord();
        }
        if (c == u'"' && field->isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            fieldStarted = true;
            continue;
        }
        *field += c;
        fieldStarted = true;
    }
}

CsvWriter::CsvWriter(QIODevice *device, FormulaGuard guard)
    : m_device(device)
    , m_guard(guard)
{}

void CsvWriter::writeBom()
{
    if (m_device->write("\xEF\xBB\xBF", 3) != 3)
        m_failed = true;
}

QString CsvWriter::encodeField(const QString &field, FormulaGuard guard)
{
    QString text = field;
    if (guard == FormulaGuard::Neutralise && !text.isEmpty()) {
        static const QRegularExpression plainNumber(QStringLiteral("^[-+]?[0-9]+([.,][0-9]+)?$"));
        const QChar first = text.front();
        const bool risky = first == u'=' || first == u'+' || first == u'-' || first == u'@' ||
                           first == u'\t' || first == u'\r';
        if (risky && !plainNumber.match(text).hasMatch())
            text.prepend(u'\'');
    }
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
                             text.contains(u'\r') || text.startsWith(u' ') || text.endsWith(u' ') ||
                             // Unquoted at the start of a file, a reader takes it for a BOM.
                             text.startsWith(QChar(0xFEFF));
    if (!needsQuotes)
        return text;
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += encodeField(fields.at(i), m_guard);
    }
    line += QStringLiteral("\r\n");
    const QByteArray bytes = line.toUtf8();
    if (m_device->write(bytes) != bytes.size())
        m_failed = true;
}

} // namespace hearth::core
