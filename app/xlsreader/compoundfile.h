// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/xlsreply.h"

#include <QByteArray>

#include <optional>

namespace hearth::xlsreader {

// The workbook stream of an .xls file, or why there is none.
struct WorkbookStream
{
    std::optional<core::XlsFailure> failure;
    QByteArray bytes;
    // "Workbook" holds BIFF8 (Excel 97–2003); "Book" the older BIFF5.
    bool namedBook = false;
};

// Takes the workbook stream out of an OLE2 compound file with libgsf, the structured-file
// library GNOME's spreadsheet Gnumeric reads its .xls files with.
WorkbookStream workbookStream(const QByteArray &file);

} // namespace hearth::xlsreader
