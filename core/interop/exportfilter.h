// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QIODevice>
#include <QStringList>

#include <functional>

namespace hearth::core {

// Which posts an export covers: a time range (invalid ends are open) and networks (empty = all).
struct ExportFilter
{
    QDateTime from;
    QDateTime to;
    QStringList networks;

    bool hasRange() const { return from.isValid() || to.isValid(); }
    bool includesNetwork(const QString &id) const
    {
        return networks.isEmpty() || networks.contains(id);
    }
};

// SQL conditions for `filter` over posts `p` joined to post_networks `pn`, with their bindings.
void appendExportConditions(const ExportFilter &filter, QStringList &where, Bindings &bindings);

struct ExportSummary;

// Writes an export through QSaveFile: `write` fills the device, and only a complete export
// replaces `path`; on any failure the older file stays byte-identical.
Result<ExportSummary>
writeExportFile(const QString &path,
                const std::function<Result<ExportSummary>(QIODevice &)> &write);

// Called as an export goes on; returning false cancels it and leaves the old file untouched.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

// What an export wrote.
struct ExportSummary
{
    QString path;
    qint64 posts = 0;
    // Events in a calendar, rows in a spreadsheet.
    qint64 entries = 0;
};

} // namespace hearth::core
