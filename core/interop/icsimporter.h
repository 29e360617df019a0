// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "interop/postimport.h"

#include <QByteArray>
#include <QStringList>
#include <QTimeZone>

namespace hearth::core {

class Database;

enum class IcsStatusChoice
{
    // X-HEARTH-STATUS, else STATUS (TENTATIVE -> draft, CONFIRMED -> scheduled,
    // CANCELLED -> skipped), else draft.
    FromFile,
    AllDrafts,
    AllScheduled,
};

// Choices for bringing in a calendar made elsewhere.
struct IcsImportOptions
{
    IcsStatusChoice status = IcsStatusChoice::FromFile;
    // Networks for events that do not name any (no X-HEARTH-NETWORKS and no "[Network, …]"
    // in SUMMARY).
    QStringList defaultNetworks;
    // Zone for floating times and all-day events.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
};

// Reads an iCalendar file with libical into an import preview: one post per event. Hearth's own
// exports come back whole (networks from X-HEARTH-NETWORKS, their own texts from
// X-HEARTH-VARIANT); files of earlier builds, with one event per post and network
// (UID post-<id>-<network>@hearth), are joined into one post again.
class IcsImporter final
{
public:
    // Limits that refuse a damaged file or a calendar bomb before libical sees it, far above a
    // real content calendar: file size, events per file, and how deep components nest
    // (VCALENDAR > VEVENT > VALARM is three).
    static constexpr qint64 maxFileBytes = 32 * 1024 * 1024;
    static constexpr int maxEvents = 10000;
    static constexpr int maxNesting = 16;

    explicit IcsImporter(Database &database);

    Result<ImportPreview> parse(const QByteArray &data, const QString &sourceName,
                                const IcsImportOptions &options) const;
    Result<ImportPreview> parseFile(const QString &path, const IcsImportOptions &options) const;

private:
    Database &m_database;
};

} // namespace hearth::core
