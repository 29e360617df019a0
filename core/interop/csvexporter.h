// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "interop/exportfilter.h"

#include <QStringList>
#include <QTimeZone>

class QIODevice;

namespace hearth::core {

class Database;

// Spreadsheet choices for a CSV export.
struct CsvExportOptions
{
    // Excel needs a byte order mark to read UTF-8.
    bool byteOrderMark = false;
    // Zone of the "scheduled_local" column.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
};

// Writes posts with their current metrics as RFC 4180 CSV: one row per post and network, with
// the newest metric snapshot of that pair (empty cells = not available). Cells that a
// spreadsheet would run as a formula are neutralised by CsvWriter.
class CsvExporter final
{
public:
    explicit CsvExporter(Database &database);

    static QStringList header();

    Result<ExportSummary> write(QIODevice &device, const ExportFilter &filter,
                                const CsvExportOptions &options,
                                const ExportProgress &progress = {}) const;
    // Through QSaveFile: the old file stays as it was unless the whole export succeeds.
    Result<ExportSummary> exportToFile(const QString &path, const ExportFilter &filter,
                                       const CsvExportOptions &options,
                                       const ExportProgress &progress = {}) const;

private:
    Database &m_database;
};

} // namespace hearth::core
