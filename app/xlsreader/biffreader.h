// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/xlsreply.h"

#include <QByteArray>
#include <QString>

namespace hearth::xlsreader {

// Reads a whole .xls workbook in this process: what hearth-xls-reader runs, and what the fuzz
// targets call directly. libgsf takes the workbook stream out of the compound file; the BIFF8
// records in it are read here, every length checked against the bytes that hold it. A sheet of
// more than XlsWorkbook::maxCells cells is refused.
core::XlsBook readWorkbook(const QString &path);
core::XlsBook readWorkbookFile(const QByteArray &file);
// The BIFF8 records of a workbook stream on their own.
core::XlsBook readWorkbookStream(const QByteArray &stream);

} // namespace hearth::xlsreader
