// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "interop/xlsworkbook.h"
#include "interop/ziparchive.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

namespace hearth::core {

// An Office Open XML workbook (.xlsx), every cell as text the way XlsWorkbook gives it: whole
// numbers without a fraction, dates (numbers with a date format, 1900 or 1904 system) as
// YYYY-MM-DD, YYYY-MM-DD HH:MM:SS or HH:MM:SS, booleans as TRUE/FALSE. Read in Hearth's own
// process: libzip and QXmlStreamReader are memory-safe on hostile input in a way FreeXL is
// not, and every size, count and the time spent are capped, so a bomb is refused, not obeyed.
class XlsxWorkbook final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    // The same cap as .xls: a sheet whose rows x columns exceed it is refused.
    static constexpr quint64 maxCells = XlsWorkbook::maxCells;
    // Excel's own limits; a file beyond them was not written by a spreadsheet program.
    static constexpr qsizetype maxCellChars = 32767;
    static constexpr qint64 maxRows = 1'048'576;
    static constexpr qint64 maxColumns = 16'384;

    static Result<XlsxWorkbook> open(const QString &path);
    // Reads the workbook parts of an archive already opened.
    static Result<XlsxWorkbook> read(const ZipArchive &archive);
    // True when the archive holds a spreadsheet workbook part.
    static bool isWorkbook(const ZipArchive &archive);
    // True for an OLE2 compound file holding an EncryptedPackage stream: how Excel and
    // LibreOffice store a password-protected .xlsx.
    static bool looksEncrypted(const QByteArray &bytes);
    static Error encryptedError(const QString &path);
    // How much processor time opening or reading one sheet may take (30 s unless a test
    // shortens it).
    static void setTimeLimit(std::chrono::milliseconds limit);

    QStringList sheetNames() const;
    // Every row of the sheet, row n of the sheet at index n - 1; trailing empty cells are kept
    // so rows have equal width.
    Result<QList<QStringList>> rows(int sheetIndex) const;

    // What a number format shows, so a number with a date format becomes a date.
    enum class DateKind : quint8
    {
        None,
        Date,
        Time,
        DateTime,
    };

private:
    struct Sheet
    {
        QString name;
        QString part;
    };
    explicit XlsxWorkbook(ZipArchive archive);
    Result<void> readWorkbookParts();
    Result<void> readSharedStrings(const QString &part);
    Result<void> readStyles(const QString &part);

    ZipArchive m_archive;
    QList<Sheet> m_sheets;
    QStringList m_sharedStrings;
    // Per cell style (the s attribute): whether its number format shows a date.
    QList<DateKind> m_styleDates;
    bool m_1904 = false;
};

} // namespace hearth::core
