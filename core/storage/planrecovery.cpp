// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/planrecovery.h"

#include "common/clock.h"

#include <QDir>
#include <QLocale>

namespace hearth::core {

bool PlanRecovery::isDamage(const Error &error)
{
    return error.kind == ErrorKind::Corrupt || error.kind == ErrorKind::NotADatabase;
}

std::optional<BackupInfo> PlanRecovery::newestUsableBackup(const QString &databasePath,
                                                           const Clock &clock, int tries)
{
    auto listed = BackupService::backupsIn(BackupService::defaultFolderFor(databasePath));
    if (!listed)
        return std::nullopt;
    for (const BackupInfo &backup : std::as_const(*listed)) {
        if (tries-- <= 0)
            break;
        if (BackupService::verify(backup.path, clock))
            return backup;
    }
    return std::nullopt;
}

QString PlanRecovery::advice(const QString &databasePath, const std::optional<BackupInfo> &backup)
{
    if (!backup)
        return tr("There is no usable backup in %1.")
            .arg(QDir::toNativeSeparators(BackupService::defaultFolderFor(databasePath)));
    return tr("The newest backup is %1 (%2); restore it with \"hearth-cli --db %3 restore %1\" "
              "(the damaged file is kept aside).")
        .arg(QDir::toNativeSeparators(backup->path),
             QLocale().toString(backup->createdAt.toLocalTime(), QLocale::ShortFormat),
             QDir::toNativeSeparators(databasePath));
}

} // namespace hearth::core
