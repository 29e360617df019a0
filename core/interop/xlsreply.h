// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearth::core {

// Why a workbook or one of its sheets cannot be read, as hearth-xls-reader reports it: a code
// with its figures, so the message is written (and translated) by the process that shows it.
struct XlsFailure
{
    enum class Problem : quint8
    {
        CannotOpen,         // detail: the system's reason
        CompoundFileBroken, // the OLE2 container (every .xls file is one) cannot be walked
        NotExcel97,         // first: the BIFF version found (5 for Excel 5/95), 0 for none
        Encrypted,          // a FILEPASS record, or an encrypted Office package
        LengthDoesNotFit,   // a record or a text runs past the data that should hold it
        SheetTooLarge,      // a DIMENSION record states more than 65536 x 256 cells
        SheetMissing,       // the sheet's place in the workbook stream holds no sheet
        TooManyCells,       // first: rows, second: columns (over XlsWorkbook::maxCells)
        MissingText,        // first: the shared string a cell refers to, which is not there
    };
    static constexpr quint8 lastProblem = quint8(Problem::MissingText);

    Problem problem = Problem::CannotOpen;
    qint64 first = 0;
    qint64 second = 0;
    QString detail;

    bool operator==(const XlsFailure &) const = default;
};

// One sheet as read: its name and either every row (all of one width) or why it cannot be read.
struct XlsSheetData
{
    QString name;
    std::optional<XlsFailure> failure;
    QList<QStringList> rows;

    bool operator==(const XlsSheetData &) const = default;
};

// A whole workbook as read, or why the file cannot be opened at all.
struct XlsBook
{
    std::optional<XlsFailure> failure;
    QList<XlsSheetData> sheets;

    bool operator==(const XlsBook &) const = default;
};

// The reply hearth-xls-reader writes on its standard output: a QDataStream (Qt 6.4 format)
// with a magic number, a version, the book and an end marker. The encoding is canonical, so
// decoding then encoding gives back the same bytes.
QByteArray encodeXlsReply(const XlsBook &book);
// Nothing for a reply that is truncated, malformed, has bytes after its end or states a sheet
// larger than XlsWorkbook::maxCells; never trusts a count beyond the bytes that would hold it.
std::optional<XlsBook> decodeXlsReply(const QByteArray &reply);

} // namespace hearth::core
