#pragma once

#include "database.h"

#include <QDateTime>
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
