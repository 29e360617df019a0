// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "common/clock.h"
#include "common/logging.h"
#include "storage/postgresstatement.h"
#include "storage/schema.h"
#include "storage/sqlitehandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace hearth::core {

namespace {

constexpr QByteArrayView sqliteMagic("SQLite format 3\0", 16);

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("hearth-%1").arg(++counter);
}

// Maps SQLite's primary result codes to what a user can act on.
ErrorKind kindFromSqliteCode(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorKind::Busy;
    case SQLITE_FULL:
        return ErrorKind::DiskFull;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return ErrorKind::ReadOnly;
    case SQLITE_CORRUPT:
        return ErrorKind::Corrupt;
    case SQLITE_NOTADB:
        return ErrorKind::NotADatabase;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
        return ErrorKind::Io;
    case SQLITE_CONSTRAINT:
        return ErrorKind::Conflict;
    default:
        return ErrorKind::Internal;
    }
}

// A write that failed because the disk (or the user's quota or file size limit) is full shows
// up as SQLITE_FULL, or as SQLITE_IOERR with one of these errno values.
bool isNoSpace(int code, int systemErrno)
{
    return (code & 0xff) == SQLITE_FULL ||
           ((code & 0xff) == SQLITE_IOERR &&
            (systemErrno == ENOSPC || systemErrno == EDQUOT || systemErrno == EFBIG));
}

// Creates the file with owner-only permissions before SQLite sees it.
Result<void> createPrivateFile(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::make(
            ErrorKind::Io,
            Database::tr("Cannot create the folder %1. Check that you may write there, or "
                         "choose another file with --db.")
                .arg(QDir::toNativeSeparators(info.absolutePath())));
    const QByteArray encoded = QFile::encodeName(path);
    const int fd = ::open(encoded.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error::make(
            ErrorKind::Io,
            Database::tr("Cannot create the database file %1: %2. Check the folder's "
                         "permissions and free space.")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(strerror(errno))));
    ::close(fd);
    return success();
}

// PostgreSQL cannot store U+0000 in text, so no engine keeps it: a plan reads the same on
// both, and a NUL in pasted or imported text never meant anything to a reader.
QVariant withoutNul(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return value;
    const QString text = value.toString();
    if (!text.contains(QChar(u'\0')))
        return value;
    return QString(text).remove(QChar(u'\0'));
}

} // namespace

Database::Database(QString connectionName, QString path, const Clock &clock)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_clock(clock)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_transactionDepth > 0)
                db.exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const OpenOptions &options,
                                                 const Clock &clock)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    bool createdNow = false;

    if (!info.exists()) {
        if (options.create == CreateMode::MustExist || options.mode == OpenMode::ReadOnly)
            return Error::make(
                ErrorKind::NotFound,
                Database::tr("The database %1 does not exist. Check the path, or run "
                             "\"hearth-cli --db %1 init\" to create it.")
                    .arg(shownPath));
        if (auto created = createPrivateFile(path); !created)
            return created.error();
        createdNow = true;
    } else if (info.isDir()) {
        return Error::make(
            ErrorKind::InvalidInput,
            Database::tr("%1 is a folder, not a database file. Give the path of a file.")
                .arg(shownPath));
    } else if (info.size() > 0) {
        // Look at the header ourselves first, so SQLite never opens a foreign file for writing.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(ErrorKind::Io,
                               Database::tr("Cannot read %1: %2. Check its permissions.")
                                   .arg(shownPath, file.errorString()));
        const QByteArray header = file.read(16);
        if (header != sqliteMagic)
            return Error::make(
                ErrorKind::NotADatabase,
                Database::tr("%1 is not a Hearth database (it is not an SQLite file at "
                             "all). Hearth left it untouched. Open another file with --db, "
                             "or restore one of your backups.")
                    .arg(shownPath));
    }

    std::unique_ptr<Database> database(new Database(nextConnectionName(), path, clock));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    if (!db.isValid())
        return Error::make(ErrorKind::MissingFeature,
                           Database::tr("Qt's SQLite driver is not installed. Install the package "
                                        "libqt6sql6-sqlite."));
    db.setDatabaseName(path);

    // Without write permission (or when asked), open read-only and say so.
    OpenOptions effective = options;
    if (effective.mode == OpenMode::ReadWrite && !createdNow && !info.isWritable()) {
        effective.mode = OpenMode::ReadOnly;
        database->m_readOnlyReason = Database::tr("You may not write to %1.").arg(shownPath);
    } else if (effective.mode == OpenMode::ReadOnly) {
        database->m_readOnlyReason = Database::tr("Opened read-only on request.");
    }
    database->m_readOnly = effective.mode == OpenMode::ReadOnly;

    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1")
                                 .arg(static_cast<qint64>(effective.busyTimeout.count()));
    if (database->m_readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(connectOptions);

    if (!db.open())
        return database->errorFrom(db.lastError(), Database::tr("opening %1").arg(shownPath));

    if (auto configured = database->configure(effective, createdNow); !configured)
        return configured.error();
    if (auto migrated = database->migrate(effective, createdNow); !migrated)
        return migrated.error();

    qCDebug(lcStorage) << "opened" << path << "schema" << database->m_schemaVersion
                       << (database->m_readOnly ? "read-only" : "read-write");
    return database;
}

Result<std::unique_ptr<Database>> Database::openInMemory(const Clock &clock)
{
    std::unique_ptr<Database> database(
        new Database(nextConnectionName(), QStringLiteral(":memory:"), clock));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open())
        return database->errorFrom(db.lastError(), Database::tr("opening an in-memory database"));
    if (auto configured = database->configure(OpenOptions{}, true); !configured)
        return configured.error();
    if (auto migrated = database->migrate(OpenOptions{}, true); !migrated)
        return migrated.error();
    return database;
}

Result<void> Database::configure(const OpenOptions &options, bool createdNow)
{
    const QString shownPath = QDir::toNativeSeparators(m_path);

    // Read-only checks come first: nothing below may write to a file we might refuse.
    auto version = scalar(QStringLiteral("PRAGMA user_version"));
    if (!version) {
        if (version.error().kind == ErrorKind::NotADatabase ||
            version.error().kind == ErrorKind::Corrupt)
            return Error::make(
                version.error().kind,
                Database::tr("%1 is damaged or is not a database. Hearth left it untouched. "
                             "Restore one of your backups, or open another file with --db.")
                    .arg(shownPath));
        return version.error();
    }
    m_schemaVersion = version->toInt();

    auto appId = scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return appId.error();
    if (appId->toInt() != 0 && appId->toInt() != applicationId)
        return Error::make(
            ErrorKind::NotHearthDatabase,
            Database::tr("%1 is an SQLite database of another application. Hearth left it "
                         "untouched. Open a Hearth database with --db.")
                .arg(shownPath));

    const int codeVersion = options.migrations.empty() ? 0 : options.migrations.back().version;
    if (m_schemaVersion > codeVersion)
        return Error::make(
            ErrorKind::NewerSchema,
            Database::tr("%1 was written by a newer version of Hearth (schema %2; this "
                         "version knows up to %3). Hearth left it untouched. Install the "
                         "newer Hearth to open it.")
                .arg(shownPath)
                .arg(m_schemaVersion)
                .arg(codeVersion));

    // Hearth never writes a negative version: such a file belongs to another program, even
    // when it has no tables yet.
    if (m_schemaVersion < 0)
        return Error::make(
            ErrorKind::NotHearthDatabase,
            Database::tr("%1 is an SQLite database but not a Hearth database (its schema version "
                         "is %2). Hearth left it untouched. Open a Hearth database with --db.")
                .arg(shownPath)
                .arg(m_schemaVersion));

    if (m_schemaVersion == 0 && !createdNow) {
        auto tables = scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (!tables)
            return tables.error();
        if (tables->toInt() > 0)
            return Error::make(
                ErrorKind::NotHearthDatabase,
                Database::tr("%1 is an SQLite database but not a Hearth database. Hearth left "
                             "it untouched. Open a Hearth database with --db.")
                    .arg(shownPath));
    }

    if (m_schemaVersion > 0 && needsOpenCheck()) {
        auto check = scalar(QStringLiteral("PRAGMA quick_check(1)"));
        if (!check || check->toString() != QLatin1String("ok"))
            return Error::make(
                ErrorKind::Corrupt,
                Database::tr("%1 is damaged (%2). Hearth left it untouched. Restore the "
                             "newest backup (File > Restore Backup, or \"hearth-cli restore\").")
                    .arg(shownPath, check ? check->toString() : check.error().message));
    }

    if (auto features = checkFeatures(); !features)
        return features;

    // A new plan gets 16 KiB pages (SQLite's default is 4 KiB): a 100k-row metric import writes
    // a fifth less CPU time into fewer, fuller pages, and the calendar's range reads touch
    // fewer of them. It takes effect only before the first table exists (and before WAL), so
    // plans created earlier keep their page size.
    if (m_schemaVersion == 0) {
        if (auto pageSize = exec(QStringLiteral("PRAGMA page_size = 16384")); !pageSize)
            return pageSize.error();
    }

    // Statement journals (what undoes one failed statement inside a transaction) and sort
    // b-trees stay in memory instead of a temporary file: a 100k-row metric import wrote its
    // batches a second time into such a file (13k writes per 20k rows, 0.15 s of system time).
    // Nothing there is needed after a crash: the write-ahead log is what makes commits durable.
    if (auto temp = exec(QStringLiteral("PRAGMA temp_store = MEMORY")); !temp)
        return temp.error();
    if (auto fk = exec(QStringLiteral("PRAGMA foreign_keys = ON")); !fk)
        return fk.error();
    // Up to 16 MiB of pages stay in SQLite's own cache (the default is 2 MiB): a big idea bank's
    // full-text index is read again on every keystroke of a search. More helped search a little
    // but a 100k-row import then held 64 MiB of pages. Memory is taken only as pages are read.
    if (auto cache = exec(QStringLiteral("PRAGMA cache_size = -16384")); !cache)
        return cache.error();

    if (options.mode == OpenMode::ReadOnly) {
        if (auto queryOnly = exec(QStringLiteral("PRAGMA query_only = ON")); !queryOnly)
            return queryOnly.error();
        return success();
    }

    if (m_path != QLatin1String(":memory:")) {
        auto mode = scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode)
            return mode.error();
        if (mode->toString() != QLatin1String("wal"))
            qCWarning(lcStorage) << "journal mode stayed" << mode->toString();
    }
    // FULL: a committed edit survives a power cut too, not only a crash.
    if (auto sync = exec(QStringLiteral("PRAGMA synchronous = FULL")); !sync)
        return sync.error();
    return success();
}

bool Database::needsOpenCheck() const
{
    // quick_check reads every page (about 2 s at a million posts). Small plans are checked on
    // every open; large ones when a write-ahead log was left behind, i.e. after a crash or
    // while another program has the file open. "hearth-cli check" checks on demand.
    constexpr qint64 alwaysCheckUpTo = 8 * 1024 * 1024;
    if (m_path == QLatin1String(":memory:"))
        return false;
    return QFileInfo(m_path).size() <= alwaysCheckUpTo ||
           QFileInfo(m_path + QStringLiteral("-wal")).size() > 0;
}

Result<void> Database::checkFeatures()
{
    auto json = scalar(QStringLiteral("SELECT json_valid('{\"a\":1}')"));
    if (!json || json->toInt() != 1)
        return Error::make(
            ErrorKind::MissingFeature,
            Database::tr("The system's SQLite library lacks JSON support. Install SQLite "
                         "3.38 or newer (package libsqlite3-0)."));
    auto fts = exec(QStringLiteral("CREATE VIRTUAL TABLE temp.hearth_fts5_probe USING fts5(x)"));
    if (!fts)
        return Error::make(
            ErrorKind::MissingFeature,
            Database::tr("The system's SQLite library lacks full-text search (FTS5). "
                         "Install an SQLite built with FTS5 (package libsqlite3-0)."));
    return exec(QStringLiteral("DROP TABLE temp.hearth_fts5_probe")).ok()
               ? success()
               : Result<void>(
                     Error::make(ErrorKind::Internal, Database::tr("FTS5 probe cleanup failed")));
}

Result<void> Database::migrate(const OpenOptions &options, bool createdNow)
{
    if (options.migrations.empty())
        return Error::make(ErrorKind::Internal, Database::tr("No schema migrations were given."));
    const int target = options.migrations.back().version;
    if (m_schemaVersion == target)
        return success();
    const QString shownPath = QDir::toNativeSeparators(m_path);
    if (m_readOnly)
        return Error::make(
            ErrorKind::ReadOnly,
            Database::tr("%1 uses an older schema (%2) and must be upgraded, but it is "
                         "opened read-only. Open it read-write once to upgrade it.")
                .arg(shownPath)
                .arg(m_schemaVersion));

    // An existing plan is copied aside before its schema changes.
    if (m_schemaVersion > 0 && !createdNow && options.backup == MigrationBackup::Write) {
        const QString stamp = m_clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString backup =
            QStringLiteral("%1.schema%2-%3.bak").arg(m_path).arg(m_schemaVersion).arg(stamp);
        if (auto copied = backupTo(backup); !copied)
            return Error::make(
                copied.error().kind,
                Database::tr("Could not back up %1 before upgrading it, so it was not "
                             "upgraded: %2")
                    .arg(shownPath, copied.error().message));
        m_migrationBackupPath = backup;
    }

    for (const schema::Migration &migration : options.migrations) {
        if (migration.version <= m_schemaVersion)
            continue;
        auto applied = write([&]() -> Result<void> {
            for (const QString &statement : migration.statements) {
                if (auto done = exec(statement); !done)
                    return done.error();
            }
            if (auto done = exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
                !done)
                return done.error();
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)).ok()
                       ? success()
                       : Result<void>(
                             Error::make(ErrorKind::Internal,
                                         Database::tr("could not set the schema version")));
        });
        if (!applied)
            return Error::make(
                applied.error().kind,
                Database::tr("Upgrading %1 to schema %2 failed; nothing was changed. %3")
                    .arg(shownPath)
                    .arg(migration.version)
                    .arg(applied.error().message));
        m_schemaVersion = migration.version;
        qCDebug(lcStorage) << "migrated" << m_path << "to schema" << migration.version;
    }
    return success();
}

Result<QSqlQuery> Database::exec(const QString &sql, const Bindings &bindings) const
{
    QSqlQuery query(connection());
    // Qt streams a forward-only PostgreSQL result row by row and drops the rows not yet read
    // when the next statement runs on the connection; callers read one result while running
    // others, so the server's results arrive whole.
    query.setForwardOnly(m_engine == Engine::Sqlite);
    // PostgreSQL prepares only queries and data changes (not SET, BEGIN, CREATE …); a statement
    // without values goes to the server as it is.
    if (m_engine == Engine::PostgreSql && bindings.empty()) {
        if (!query.exec(sql))
            return errorFrom(query.lastError(), sql.simplified().left(80));
        return query;
    }
    // With values: Qt's driver would PREPARE, EXECUTE with the values written as literals, and
    // DEALLOCATE, three round trips per statement; the same literals written in cost one.
    if (m_engine == Engine::PostgreSql) {
        Bindings cleaned;
        cleaned.reserve(bindings.size());
        for (const auto &[name, value] : bindings)
            cleaned.emplace_back(name, withoutNul(value));
        auto statement = withLiteralValues(sql, cleaned, *connection().driver());
        if (!statement)
            return statement.error();
        if (!query.exec(*statement))
            return errorFrom(query.lastError(), sql.simplified().left(80));
        return query;
    }
    if (!query.prepare(sql))
        return errorFrom(query.lastError(), sql.simplified().left(80));
    for (const auto &[name, value] : bindings)
        query.bindValue(name, withoutNul(value));
    if (!query.exec())
        return errorFrom(query.lastError(), sql.simplified().left(80));
    return query;
}

Result<QVariant> Database::scalar(const QString &sql, const Bindings &bindings) const
{
    auto query = exec(sql, bindings);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

Error Database::errorFrom(const QSqlError &sqlError, const QString &context) const
{
    if (m_engine == Engine::PostgreSql)
        return serverErrorFrom(sqlError, context);
    bool numeric = false;
    const int code = sqlError.nativeErrorCode().toInt(&numeric);
    ErrorKind kind = numeric ? kindFromSqliteCode(code) : ErrorKind::Internal;
    if (kind == ErrorKind::Io) {
        sqlite3 *handle = nativeSqliteHandle(connection());
        if (handle && isNoSpace(code, sqlite3_system_errno(handle)))
            kind = ErrorKind::DiskFull;
    }
    const QString shownPath = QDir::toNativeSeparators(m_path);
    QString message;
    switch (kind) {
    case ErrorKind::Busy:
        message =
            Database::tr("The database %1 is in use by another program and did not become free "
                         "in time. Close the other Hearth window or program and try again.")
                .arg(shownPath);
        break;
    case ErrorKind::DiskFull:
        message = Database::tr("The disk is full: the change to %1 was not saved. Nothing was "
                               "changed; free some space and try again.")
                      .arg(shownPath);
        break;
    case ErrorKind::ReadOnly:
        message = Database::tr("%1 is read-only, so the change was not saved. %2")
                      .arg(shownPath, m_readOnlyReason);
        break;
    case ErrorKind::Corrupt:
        message = Database::tr("%1 is damaged. Restore the newest backup.").arg(shownPath);
        break;
    default:
        message = Database::tr("Database error while %1: %2").arg(context, sqlError.text());
        break;
    }
    return Error::make(kind, message);
}

Result<void> Database::beginWrite()
{
    if (m_readOnly)
        return Error::make(ErrorKind::ReadOnly,
                           Database::tr("%1 is open read-only, so this change cannot be saved. %2")
                               .arg(QDir::toNativeSeparators(m_path), m_readOnlyReason));
    // PostgreSQL takes row locks as it writes; SQLite's IMMEDIATE takes the write lock now.
    const QString begin = m_engine == Engine::PostgreSql ? QStringLiteral("BEGIN")
                                                         : QStringLiteral("BEGIN IMMEDIATE");
    const QString sql = m_transactionDepth == 0
                            ? begin
                            : QStringLiteral("SAVEPOINT hearth_%1").arg(m_transactionDepth);
    if (auto begun = exec(sql); !begun)
        return begun.error();
    ++m_transactionDepth;
    return success();
}

Result<void> Database::commitWrite()
{
    --m_transactionDepth;
    const QString sql = m_transactionDepth == 0
                            ? QStringLiteral("COMMIT")
                            : QStringLiteral("RELEASE hearth_%1").arg(m_transactionDepth);
    if (auto committed = exec(sql); !committed) {
        ++m_transactionDepth;
        rollbackWrite();
        return committed.error();
    }
    return success();
}

void Database::rollbackWrite()
{
    --m_transactionDepth;
    if (m_transactionDepth == 0) {
        (void)exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)exec(QStringLiteral("ROLLBACK TO hearth_%1").arg(m_transactionDepth));
        (void)exec(QStringLiteral("RELEASE hearth_%1").arg(m_transactionDepth));
    }
}

Result<void> Database::setForeignKeys(bool enforced)
{
    if (m_engine == Engine::PostgreSql)
        return success(); // PostgreSQL always checks references
    auto set = exec(enforced ? QStringLiteral("PRAGMA foreign_keys = ON")
                             : QStringLiteral("PRAGMA foreign_keys = OFF"));
    if (!set)
        return set.error();
    if (foreignKeysEnforced() != enforced)
        return Error::make(ErrorKind::Internal,
                           Database::tr("%1: SQLite did not switch its reference checks as "
                                        "asked. Close Hearth and open it again.")
                               .arg(QDir::toNativeSeparators(m_path)));
    return success();
}

bool Database::foreignKeysEnforced() const
{
    if (m_engine == Engine::PostgreSql)
        return true;
    auto enforced = scalar(QStringLiteral("PRAGMA foreign_keys"));
    return enforced && enforced->toInt() == 1;
}

Result<QStringList> Database::integrityProblems() const
{
    QStringList problems;
    // The server checks its own pages and every reference on each write.
    if (m_engine == Engine::PostgreSql)
        return problems;
    auto integrity = exec(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    auto foreignKeys = exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys)
        return foreignKeys.error();
    while (foreignKeys->next())
        problems << Database::tr("row %1 of table %2 points to a missing row in %3")
                        .arg(foreignKeys->value(1).toString(), foreignKeys->value(0).toString(),
                             foreignKeys->value(2).toString());
    return problems;
}

Result<void> Database::backupTo(const QString &target) const
{
    if (m_engine == Engine::PostgreSql)
        return backupServerTo(target);
    sqlite3 *source = nativeSqliteHandle(connection());
    if (!source)
        return Error::make(ErrorKind::Internal,
                           Database::tr("The SQLite handle is not available."));

    // Written beside the target and renamed at the end, so a failed backup leaves no half file.
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    sqlite3 *destination = nullptr;
    const QByteArray encoded = QFile::encodeName(partial);
    int rc = sqlite3_open_v2(encoded.constData(), &destination,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
        if (backup) {
            do {
                rc = sqlite3_backup_step(backup, 256);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(20);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
        }
        rc = sqlite3_errcode(destination);
    }
    const int systemErrno = destination ? sqlite3_system_errno(destination) : 0;
    sqlite3_close(destination);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        QFile::remove(partial);
        if (isNoSpace(rc, systemErrno))
            return Error::make(ErrorKind::DiskFull,
                               Database::tr("The disk is full: the backup %1 was not written. "
                                            "Free some space and try again; the plan and any "
                                            "older file there are unchanged.")
                                   .arg(QDir::toNativeSeparators(target)));
        const ErrorKind kind = kindFromSqliteCode(rc);
        return Error::make(kind, Database::tr("Could not write the backup %1: %2")
                                     .arg(QDir::toNativeSeparators(target),
                                          QString::fromUtf8(sqlite3_errstr(rc))));
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // rename(2) replaces an older backup of the same name atomically.
    if (::rename(encoded.constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(partial);
        return Error::make(ErrorKind::Io,
                           Database::tr("Could not move the backup into place at %1.")
                               .arg(QDir::toNativeSeparators(target)));
    }
    return success();
}

} // namespace hearth::core
