#pragma once

#include "exportfilter.h"
#include "result.h"

#include <QString>

class QIODevice;

namespace hearth::core {

class Database;

// Writes the plan as an RFC 5545 calendar with libical: one VEVENT per post and network.
//
// Each event has UID post-<id>-<network>@hearth (post-<id>@hearth for a post without a network),
// so a calendar that subscribes to the file updates events instead of duplicating them. Times
// are written in UTC. STATUS maps draft -> TENTATIVE, scheduled and published -> CONFIRMED,
// skipped -> CANCELLED; X-HEARTH-STATUS keeps the exact status for a Hearth re-import.
// Unscheduled drafts have no date and are left out.
class IcsExporter final
{
public:
    explicit IcsExporter(Database &database);

    static QString uidFor(qint64 postId, const QString &networkId);
    // "[Instagram] first words…"
    static QString summaryFor(const QString &networkName, const QString &text);

    Result<ExportSummary> write(QIODevice &device, const ExportFilter &filter,
                                const ExportProgress &progress = {}) const;
    // Through QSaveFile: the old file stays as it was unless the whole export succeeds.
    Result<ExportSummary> exportToFile(const QString &path, const ExportFilter &filter,
                                       const ExportProgress &progress = {}) const;

private:
    Database &m_database;
};

} // namespace hearth::core
