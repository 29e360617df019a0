// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

namespace hearth::core {

// One parsed CSV record and the 1-based line of the file where it starts.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;
};

// Streams RFC 4180 records from a device: quoted multi-line fields, doubled quotes,
// CRLF/LF/CR line ends, a leading UTF-8 BOM. Text that is not UTF-8 (UTF-16 is named as such),
// a NUL byte anywhere, and a record beyond the limits are errors with their line.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Far above any real export, so a damaged file or a CSV bomb is refused quickly.
    struct Limits
    {
        qsizetype maxFieldChars = 1 << 20;
        qsizetype maxFields = 10000;
    };

    explicit CsvReader(QIODevice *device, QChar delimiter = u',');
    CsvReader(QIODevice *device, QChar delimiter, Limits limits);

    // Reads the next record; returns false at the end of the data or on an error.
    bool readNext(CsvRecord &record);
    bool hasError() const { return !m_error.isEmpty(); }
    // What went wrong and where, in words a user can act on.
    QString errorString() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    // The line the reader has reached; after the end, the number of lines read.
    qint64 currentLine() const { return m_line; }

private:
    bool fill();
    void fail(qint64 line, const QString &message);

    QIODevice *m_device;
    QChar m_delimiter;
    Limits m_limits;
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    bool m_atStart = true;
    bool m_eof = false;
    QString m_error;
    qint64 m_errorLine = 0;
    qint64 m_bytesRead = 0;
};

enum class FormulaGuard
{
    Neutralise,
    Keep
};

// Writes RFC 4180 records (UTF-8, CRLF, quotes where needed).
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device, FormulaGuard guard = FormulaGuard::Neutralise);

    void writeBom();
    void writeRecord(const QStringList &fields);
    bool hasError() const { return m_failed; }

    // One field as it appears in the file. With Neutralise, text starting with = + - @ tab or
    // CR gets a leading apostrophe so spreadsheets show it instead of running it; plain numbers
    // such as -12 stay as they are.
    static QString encodeField(const QString &field, FormulaGuard guard);

private:
    QIODevice *m_device;
    FormulaGuard m_guard;
    bool m_failed = false;
};

} // namespace hearth::core
