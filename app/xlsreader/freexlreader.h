// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/xlsreply.h"

#include <QString>

namespace hearth::xlsreader {

// Reads a whole .xls workbook with FreeXL in this process: what hearth-xls-reader runs, and
// what the fuzz targets call directly. Checks the compound file and its records first, because
// FreeXL 1.0.6 trusts lengths the file states; a sheet over XlsWorkbook::maxCells is refused.
core::XlsBook readWorkbook(const QString &path);

} // namespace hearth::xlsreader
