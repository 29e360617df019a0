// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hearth::core {

class Clock;
class Database;

enum class BackupReason
{
    Daily,
    BeforeImport,
    BeforeRestore,
    Manual
};

QString toString(BackupReason reason);

// One backup file in the backups folder.
struct BackupInfo
{
    QString path;
    QDateTime createdAt;
    BackupReason reason = BackupReason::Manual;
    qint64 size = 0;
};

// What a restore did: the file kept aside holds the plan as it was, so restoring it undoes.
struct RestoreResult
{
    QString restoredFrom;
    QString keptAside;
};

// Rolling backups of the open database in a `backups/` folder beside it, written with the
// SQLite backup API; checked restores that can be undone; whole-plan export and import.
class BackupService final
{
public:
    static constexpr int defaultKeepCount = 10;

    // `folder` empty: the `backups` folder beside the database file.
    explicit BackupService(Database &database, QString folder = {});

    static QString defaultFolderFor(const QString &databasePath);
    QString folder() const { return m_folder; }

    // How many backups of each reason are kept (stored in the plan's settings).
    int keepCount() const;
    Result<void> setKeepCount(int count);

    // Writes a backup now and drops the oldest ones of the same reason beyond keepCount().
    Result<BackupInfo> backupNow(BackupReason reason);
    // Writes the daily backup when the newest one is a day old or missing; the UI calls this
    // from a timer while Hearth runs.
    Result<std::optional<BackupInfo>> backupIfDue();
    // Backups in the folder, newest first.
    Result<QList<BackupInfo>> backups() const;
    // The same for any folder, without an open database (e.g. when the plan cannot be opened).
    static Result<QList<BackupInfo>> backupsIn(const QString &folder);

    // Opens `path` read-only and checks that it is a healthy Hearth database of this schema.
    static Result<void> verify(const QString &path, const Clock &clock);

    // Replaces the open database's content with `backupPath` after verifying it; the current
    // plan is first written aside (see RestoreResult::keptAside).
    Result<RestoreResult> restore(const QString &backupPath);
    // The same for a database file nobody has open (e.g. one too damaged to open).
    static Result<RestoreResult> restoreFile(const QString &backupPath, const QString &databasePath,
                                             const Clock &clock);

    // The whole plan as one file, and back.
    Result<void> exportWholePlan(const QString &path) const;
    Result<RestoreResult> importWholePlan(const QString &path) { return restore(path); }

private:
    Result<void> prune(BackupReason reason) const;
    QString nextPath(BackupReason reason) const;

    Database &m_database;
    QString m_folder;
};

} // namespace hearth::core
