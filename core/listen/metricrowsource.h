// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "listen/metricimporter.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

// The rows of an analytics export: CSV streamed from the file (UTF-8, or Windows-1252 when the
// user confirmed it), the posts sheet of an .xls or .xlsx workbook, or the "Table data.csv"
// inside YouTube Studio's .zip download.
namespace hearth::core {

class RowSource
{
public:
    virtual ~RowSource() = default;
    // The next row's cells and the 1-based line it started on; false at the end or on an error.
    virtual bool next(QStringList &fields, qint64 &line) = 0;
    // Why reading stopped early; empty at a clean end.
    virtual QString errorString() const = 0;
};

struct OpenedRows
{
    std::unique_ptr<RowSource> source;
    // The sheet read, for spreadsheet files.
    QString sheetName;
    // Sheets left out, text converted from Windows-1252.
    QStringList warnings;
};

// Opens the rows of `filePath`, whose first bytes are `head`.
Result<OpenedRows> openRowSource(const QString &filePath, const QByteArray &head,
                                 TextEncoding encoding);

// Text that fails as UTF-8 but uses no byte Windows-1252 leaves undefined is very likely
// Windows-1252 or Latin-1.
bool looksLikeWindows1252(const QByteArray &bytes);

} // namespace hearth::core
