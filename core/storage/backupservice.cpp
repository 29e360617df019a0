// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/backupservice.h"

#include "common/clock.h"
#include "common/logging.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sqlitehandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::BackupService", text);
}

const QString keepSettingKey = QStringLiteral("backup_keep");
const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");

// hearth-20261125-195600-daily.sqlite, optionally with -2, -3 … when a second falls twice.
const QRegularExpression &backupNamePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^hearth-(\\d{8}-\\d{6})-(daily|import|restore|manual)(-\\d+)?\\.sqlite$"));
    return pattern;
}

QString fileTag(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily:
        return QStringLiteral("daily");
    case BackupReason::BeforeImport:
        return QStringLiteral("import");
    case BackupReason::BeforeRestore:
        return QStringLiteral("restore");
    case BackupReason::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("manual");
}

std::optional<BackupReason> reasonFromTag(const QString &tag)
{
    for (BackupReason reason : {BackupReason::Daily, BackupReason::BeforeImport,
                                BackupReason::BeforeRestore, BackupReason::Manual}) {
        if (fileTag(reason) == tag)
            return reason;
    }
    return std::nullopt;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

int pragmaValue(sqlite3 *db, const char *pragma)
{
    sqlite3_stmt *statement = nullptr;
    int value = 0;
    if (sqlite3_prepare_v2(db, pragma, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

int pageSize(sqlite3 *db)
{
    return pragmaValue(db, "PRAGMA page_size");
}

int pragmaValue(const QString &path, const char *pragma)
{
    sqlite3 *db = nullptr;
    int value = 0;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK)
        value = pragmaValue(db, pragma);
    sqlite3_close(db);
    return value;
}

// A private copy of a checked backup to restore from, so the backup itself is never changed.
Result<void> copyForRestore(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return Error::make(ErrorKind::Io, tr("Cannot copy %1 beside the plan; nothing was "
                                             "restored. Free some space and try again.")
                                              .arg(shown(from)));
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    return success();
}

// Rewrites a copy with another page size (VACUUM in rollback mode).
Result<void> changePageSize(const QString &backupPath, const QString &copyPath, int size)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(copyPath).constData(), &db, SQLITE_OPEN_READWRITE,
                             nullptr);
    if (rc == SQLITE_OK) {
        const QByteArray sql =
            "PRAGMA journal_mode = DELETE; PRAGMA page_size = " + QByteArray::number(size) +
            "; VACUUM;";
        rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
    if (rc != SQLITE_OK)
        return Error::make(ErrorKind::Io,
                           tr("Restoring %1 failed (%2); the plan is unchanged.")
                               .arg(shown(backupPath), QString::fromUtf8(sqlite3_errstr(rc))));
    return success();
}

QString asideName(const QString &databasePath, const Clock &clock)
{
    const QFileInfo info(databasePath);
    const QString folder = BackupService::defaultFolderFor(databasePath);
    QString candidate = QDir(folder).filePath(
        QStringLiteral("hearth-%1-restore.sqlite").arg(clock.now().toString(stampFormat)));
    for (int n = 2; QFile::exists(candidate); ++n)
        candidate = QDir(folder).filePath(QStringLiteral("hearth-%1-restore-%2.sqlite")
                                              .arg(clock.now().toString(stampFormat))
                                              .arg(n));
    return candidate;
}

} // namespace

QString toString(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily:
        return tr("daily");
    case BackupReason::BeforeImport:
        return tr("before an import");
    case BackupReason::BeforeRestore:
        return tr("before a restore");
    case BackupReason::Manual:
        return tr("by hand");
    }
    return {};
}

BackupService::BackupService(Database &database, QString folder)
    : m_database(database)
    , m_folder(folder.isEmpty() ? defaultFolderFor(database.path()) : std::move(folder))
{}

QString BackupService::defaultFolderFor(const QString &databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return {};
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

int BackupService::keepCount() const
{
    auto value = m_database.scalar(QStringLiteral("SELECT value FROM settings WHERE key = :key"),
                                   {{QStringLiteral(":key"), keepSettingKey}});
    bool ok = false;
    const int count = value ? value->toString().toInt(&ok) : 0;
    return ok && count > 0 ? count : defaultKeepCount;
}

Result<void> BackupService::setKeepCount(int count)
{
    if (count < 1)
        return Error::make(ErrorKind::InvalidInput, tr("Keep at least one backup."));
    return m_database.write([&]() -> Result<void> {
        auto stored = m_database.exec(
            QStringLiteral(
                "INSERT INTO settings (key, value) VALUES (:key, :value) ON CONFLICT (key) "
                "DO UPDATE SET value = excluded.value"),
            {{QStringLiteral(":key"), keepSettingKey},
             {QStringLiteral(":value"), QString::number(count)}});
        if (!stored)
            return stored.error();
        return success();
    });
}

QString BackupService::nextPath(BackupReason reason) const
{
    const QString stamp = m_database.clock().now().toUTC().toString(stampFormat);
    const QDir dir(m_folder);
    QString candidate =
        dir.filePath(QStringLiteral("hearth-%1-%2.sqlite").arg(stamp, fileTag(reason)));
    for (int n = 2; QFile::exists(candidate); ++n)
        candidate = dir.filePath(
            QStringLiteral("hearth-%1-%2-%3.sqlite").arg(stamp, fileTag(reason)).arg(n));
    return candidate;
}

Result<BackupInfo> BackupService::backupNow(BackupReason reason)
{
    if (m_folder.isEmpty())
        return Error::make(ErrorKind::InvalidInput,
                           tr("This database has no file, so there is no folder for its backups."));
    if (!QDir().mkpath(m_folder))
        return Error::make(ErrorKind::Io,
                           tr("Cannot create the backup folder %1. Check that you may "
                              "write there.")
                               .arg(shown(m_folder)));
    const QString path = nextPath(reason);
    if (auto written = m_database.backupTo(path); !written)
        return written.error();
    qCInfo(lcStorage) << "backup written" << path;
    if (auto pruned = prune(reason); !pruned)
        qCWarning(lcStorage) << "could not prune backups:" << pruned.error().message;
    return BackupInfo{path, m_database.clock().now().toUTC(), reason, QFileInfo(path).size()};
}

Result<std::optional<BackupInfo>> BackupService::backupIfDue()
{
    auto existing = backups();
    if (!existing)
        return existing.error();
    const QDateTime now = m_database.clock().now().toUTC();
    for (const BackupInfo &info : std::as_const(*existing)) {
        if (info.reason == BackupReason::Daily && info.createdAt.secsTo(now) < 24 * 60 * 60)
            return std::optional<BackupInfo>();
    }
    auto written = backupNow(BackupReason::Daily);
    if (!written)
        return written.error();
    return std::optional<BackupInfo>(*written);
}

Result<QList<BackupInfo>> BackupService::backups() const
{
    return backupsIn(m_folder);
}

Result<QList<BackupInfo>> BackupService::backupsIn(const QString &folder)
{
    QList<BackupInfo> list;
    if (folder.isEmpty())
        return list;
    const QDir dir(folder);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("hearth-*.sqlite")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const auto match = backupNamePattern().match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime created = QDateTime::fromString(match.captured(1), stampFormat);
        created.setTimeZone(QTimeZone::utc());
        list << BackupInfo{file.absoluteFilePath(), created,
                           reasonFromTag(match.captured(2)).value_or(BackupReason::Manual),
                           file.size()};
    }
    std::sort(list.begin(), list.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.path > b.path;
    });
    return list;
}

Result<void> BackupService::prune(BackupReason reason) const
{
    auto existing = backups();
    if (!existing)
        return existing.error();
    int kept = 0;
    const int keep = keepCount();
    for (const BackupInfo &info : std::as_const(*existing)) {
        if (info.reason != reason)
            continue;
        if (++kept <= keep)
            continue;
        if (!QFile::remove(info.path))
            return Error::make(ErrorKind::Io,
                               tr("Cannot delete the old backup %1.").arg(shown(info.path)));
        qCDebug(lcStorage) << "old backup removed" << info.path;
    }
    return success();
}

Result<void> BackupService::verify(const QString &path, const Clock &clock)
{
    const QString what = shown(path);
    if (!QFileInfo(path).isFile())
        return Error::make(ErrorKind::NotFound, tr("The backup %1 does not exist.").arg(what));
    OpenOptions options;
    options.mode = OpenMode::ReadOnly;
    options.create = CreateMode::MustExist;
    // A backup from before the last schema change is checked as it is (restoring upgrades it).
    if (const int version = pragmaValue(path, "PRAGMA user_version");
        version > 0 && version < schema::currentVersion())
        options.migrations = schema::migrations().first(version);
    auto opened = Database::open(path, options, clock);
    if (!opened)
        return Error::make(
            opened.error().kind,
            tr("The backup %1 cannot be restored: %2").arg(what, opened.error().message));
    // An older schema is upgraded when restored; a newer one this Hearth cannot read.
    if ((*opened)->schemaVersion() > schema::currentVersion())
        return Error::make(ErrorKind::NotHearthDatabase,
                           tr("The backup %1 cannot be restored: it was made by a newer Hearth "
                              "(schema %2; this one uses schema %3). Update Hearth first.")
                               .arg(what)
                               .arg((*opened)->schemaVersion())
                               .arg(schema::currentVersion()));
    auto problems = (*opened)->integrityProblems();
    if (!problems)
        return Error::make(ErrorKind::Corrupt,
                           tr("The backup %1 is damaged and was not restored: %2")
                               .arg(what, problems.error().message));
    if (!problems->isEmpty())
        return Error::make(ErrorKind::Corrupt,
                           tr("The backup %1 is damaged and was not restored (%2). Choose an older "
                              "backup.")
                               .arg(what, problems->first()));
    return success();
}

Result<RestoreResult> BackupService::restore(const QString &backupPath)
{
    if (m_database.isReadOnly())
        return Error::make(ErrorKind::ReadOnly,
                           tr("The plan is open read-only, so it cannot be replaced by a backup."));
    if (auto checked = verify(backupPath, m_database.clock()); !checked)
        return checked.error();
    // Keep the current plan aside first, so the restore can be undone.
    auto aside = backupNow(BackupReason::BeforeRestore);
    if (!aside)
        return Error::make(aside.error().kind,
                           tr("Could not keep the current plan aside, so nothing was restored: %1")
                               .arg(aside.error().message));

    sqlite3 *live = nativeSqliteHandle(m_database.connection());
    if (!live)
        return Error::make(ErrorKind::Internal, tr("The SQLite handle is not available."));
    QString sourcePath = backupPath;
    const QString converted = QDir(folder()).filePath(QStringLiteral(".restoring.sqlite"));
    auto removeConverted = qScopeGuard([&] {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(converted + QLatin1String(suffix));
    });
    // A backup taken before the last schema change is upgraded on a copy, as opening it would.
    if (pragmaValue(backupPath, "PRAGMA user_version") < schema::currentVersion()) {
        if (auto copied = copyForRestore(backupPath, converted); !copied)
            return copied.error();
        OpenOptions options;
        options.create = CreateMode::MustExist;
        options.backup = MigrationBackup::Skip;
        auto upgraded = Database::open(converted, options, m_database.clock());
        if (!upgraded)
            return Error::make(upgraded.error().kind,
                               tr("The backup %1 could not be brought up to this Hearth's schema, "
                                  "so nothing was restored: %2")
                                   .arg(shown(backupPath), upgraded.error().message));
        sourcePath = converted;
    }
    // The backup API cannot change the page size of a plan in WAL mode, and plans made before
    // 16 KiB pages have 4 KiB ones: such a backup is restored from a copy with the live size.
    if (const int livePageSize = pageSize(live);
        pragmaValue(sourcePath, "PRAGMA page_size") != livePageSize && livePageSize > 0) {
        if (sourcePath != converted) {
            if (auto copied = copyForRestore(backupPath, converted); !copied)
                return copied.error();
            sourcePath = converted;
        }
        if (auto changed = changePageSize(backupPath, converted, livePageSize); !changed)
            return changed.error();
    }

    sqlite3 *source = nullptr;
    const QByteArray encoded = QFile::encodeName(sourcePath);
    int rc = sqlite3_open_v2(encoded.constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK) {
        // The backup API in reverse: the open connection's pages are replaced in one step,
        // atomically, and the connection stays usable.
        sqlite3_backup *copy = sqlite3_backup_init(live, "main", source, "main");
        if (!copy) {
            rc = sqlite3_errcode(live);
        } else {
            rc = sqlite3_backup_step(copy, -1);
            const int finished = sqlite3_backup_finish(copy);
            if (rc == SQLITE_DONE)
                rc = finished;
        }
    }
    sqlite3_close(source);
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        return Error::make(ErrorKind::Io,
                           tr("Restoring %1 failed (%2); the plan is unchanged.")
                               .arg(shown(backupPath), QString::fromUtf8(sqlite3_errstr(rc))));
    qCInfo(lcStorage) << "restored" << backupPath << "kept aside" << aside->path;
    return RestoreResult{backupPath, aside->path};
}

Result<RestoreResult> BackupService::restoreFile(const QString &backupPath,
                                                 const QString &databasePath, const Clock &clock)
{
    if (auto checked = verify(backupPath, clock); !checked)
        return checked.error();
    const QString folder = defaultFolderFor(databasePath);
    if (!QDir().mkpath(folder))
        return Error::make(ErrorKind::Io,
                           tr("Cannot create the backup folder %1.").arg(shown(folder)));

    // Copy first, swap last: until the final rename the old file stays where it was.
    const QString incoming = databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming))
        return Error::make(
            ErrorKind::Io,
            tr("Cannot copy %1 beside %2.").arg(shown(backupPath), shown(databasePath)));
    QString aside;
    if (QFile::exists(databasePath)) {
        aside = asideName(databasePath, clock);
        if (!QFile::rename(databasePath, aside)) {
            QFile::remove(incoming);
            return Error::make(
                ErrorKind::Io,
                tr("Cannot move %1 aside; nothing was restored.").arg(shown(databasePath)));
        }
        // The write-ahead log belongs to the old file and goes with it.
        for (const char *suffix : {"-wal", "-shm"}) {
            const QString sidecar = databasePath + QLatin1String(suffix);
            if (QFile::exists(sidecar))
                QFile::rename(sidecar, aside + QLatin1String(suffix));
        }
    }
    if (::rename(QFile::encodeName(incoming).constData(),
                 QFile::encodeName(databasePath).constData()) != 0)
        return Error::make(ErrorKind::Io,
                           tr("Cannot move the restored plan into place at %1; the old "
                              "plan is at %2.")
                               .arg(shown(databasePath), shown(aside)));
    return RestoreResult{backupPath, aside};
}

Result<void> BackupService::exportWholePlan(const QString &path) const
{
    return m_database.backupTo(path);
}

} // namespace hearth::core
