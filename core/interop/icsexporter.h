// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "interop/exportfilter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;
class QSqlQuery;

namespace hearth::core {

class Database;

// Writes the plan as an RFC 5545 calendar with libical: one VEVENT per post.
//
// Each event has UID post-<id>@hearth, so a calendar that subscribes to the file updates events
// instead of duplicating them. Times are written in UTC. SUMMARY names the networks
// ("[Instagram, X] first words…"); DESCRIPTION holds the full text, then each network's own
// text where it differs ("[X]" on a line of its own, then the text), then the link. STATUS maps
// draft -> TENTATIVE, scheduled and published -> CONFIRMED, skipped -> CANCELLED. For a Hearth
// re-import X-HEARTH-STATUS keeps the exact status, X-HEARTH-NETWORKS the network ids and
// X-HEARTH-VARIANT;X-HEARTH-NETWORK=<id> each network's own text.
// Unscheduled drafts have no date and are left out.
class IcsExporter final
{
public:
    explicit IcsExporter(Database &database);

    // One network's own text, as the event describes it.
    struct Variant
    {
        QString networkName;
        QString text;
    };

    static QString uidFor(qint64 postId);
    // "[Instagram, X] first words…"; no brackets without networks.
    static QString summaryFor(const QStringList &networkNames, const QString &text);
    // The DESCRIPTION text: `body`, every variant that differs from it, then `link`.
    static QString descriptionFor(const QString &body, const QList<Variant> &variants,
                                  const QString &link);
    // The body back from a description written by descriptionFor(), given the variant texts (in
    // the order written) and the link; nullopt when the description does not end as expected.
    static std::optional<QString> bodyFromDescription(const QString &description,
                                                      const QStringList &variantTexts,
                                                      const QString &link);

    Result<ExportSummary> write(QIODevice &device, const ExportFilter &filter,
                                const ExportProgress &progress = {}) const;
    // Through QSaveFile: the old file stays as it was unless the whole export succeeds.
    Result<ExportSummary> exportToFile(const QString &path, const ExportFilter &filter,
                                       const ExportProgress &progress = {}) const;

private:
    // One event per post from the rows of write()'s query.
    Result<ExportSummary> writeEvents(QIODevice &device, QSqlQuery &rows, qint64 postCount,
                                      const ExportProgress &progress) const;

    Database &m_database;
};

} // namespace hearth::core
