// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/backupservice.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hearth::core {

class Clock;

// What to offer when a plan cannot be opened because the file is damaged: the newest backup
// beside it that is healthy and of this schema.
class PlanRecovery final
{
    Q_DECLARE_TR_FUNCTIONS(PlanRecovery)

public:
    // True when an open error means the file itself is damaged or not a database, so a backup
    // is the way out (not for a newer schema, a busy or read-only file).
    static bool isDamage(const Error &error);

    // The newest backup in the plan's backups folder that verifies; empty when none does.
    // Damaged or foreign backups are skipped, at most `tries` of them are opened.
    static std::optional<BackupInfo> newestUsableBackup(const QString &databasePath,
                                                        const Clock &clock, int tries = 10);

    // One sentence for messages: `backup` (from newestUsableBackup) and how to restore it
    // from the command line, or that there is none.
    static QString advice(const QString &databasePath, const std::optional<BackupInfo> &backup);
};

} // namespace hearth::core
