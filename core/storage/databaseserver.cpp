// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Database on a PostgreSQL server: connecting, the schema under an advisory lock, and errors
// that say what happened to the connection.
#include "common/clock.h"
#include "common/logging.h"
#include "storage/database.h"
#include "storage/plancopy.h"
#include "storage/postgreshandle.h"
#include "storage/schema.h"
#include "storage/serveraddress.h"

#include <QFile>
#include <QSqlDriver>
#include <QSqlError>

#include <atomic>

namespace hearth::core {

namespace {

// PostgreSQL 13 is the oldest release whose unaccent and citext extensions a database owner
// may create, and the oldest still supported when Hearth's schema was written.
constexpr int oldestServerVersion = 130000;
// Any 64-bit number only Hearth uses: "HRTH" and the schema's purpose.
constexpr qint64 schemaLockKey = 0x4852544800000001;

QString nextServerConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("hearth-server-%1").arg(++counter);
}

// SQLSTATE classes and codes (PostgreSQL manual, appendix A) mapped to what a user can act on.
ErrorKind kindFromSqlState(const QString &state)
{
    if (state == QLatin1String("28P01") || state == QLatin1String("28000"))
        return ErrorKind::AuthenticationFailed;
    if (state == QLatin1String("42501"))
        return ErrorKind::PermissionDenied;
    if (state == QLatin1String("25006"))
        return ErrorKind::ReadOnly;
    if (state == QLatin1String("53100"))
        return ErrorKind::DiskFull;
    if (state == QLatin1String("55P03") || state == QLatin1String("40001") ||
        state == QLatin1String("40P01") || state == QLatin1String("57014"))
        return ErrorKind::Busy;
    if (state.startsWith(QLatin1String("23")))
        return ErrorKind::Conflict;
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
        state == QLatin1String("57P02") || state == QLatin1String("57P03"))
        return ErrorKind::ConnectionLost;
    if (state.startsWith(QLatin1String("22")))
        return ErrorKind::InvalidInput;
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        return ErrorKind::Corrupt;
    return ErrorKind::Internal;
}

// libpq's own text for a connection that failed before any SQLSTATE existed.
ErrorKind kindFromConnectionText(const QString &text)
{
    if (text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("no password supplied")) ||
        text.contains(QLatin1String("authentication failed")) ||
        text.contains(QLatin1String("no pg_hba.conf entry")))
        return ErrorKind::AuthenticationFailed;
    if (text.contains(QLatin1String("permission denied")))
        return ErrorKind::PermissionDenied;
    // Unknown host, refused port, TLS asked for but not offered, a server too busy: the
    // connection never came about.
    return ErrorKind::ConnectionFailed;
}

// Server notices ("extension already exists, skipping") belong in the log: on stderr they would
// mix with hearth-cli's own messages.
void logServerNotice(void *, const char *message)
{
    qCDebug(lcStorage) << "server notice:" << QString::fromUtf8(message).trimmed();
}

// libpq's text on one line: its first line, without the severity and the doubled spaces
// ("FATAL:  password authentication failed …"); a trailing full stop goes, as the message
// adds its own.
QString firstLine(const QString &text)
{
    QString line = text.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    for (const QLatin1String severity : {QLatin1String("FATAL: "), QLatin1String("ERROR: ")})
        line.replace(severity, QString());
    while (line.endsWith(QLatin1Char('.')))
        line.chop(1);
    return line;
}

} // namespace

PGconn *nativePostgresHandle(const QSqlDatabase &connection)
{
    if (!connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    // Qt's driver registers the handle under libpq's struct name.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

Result<std::unique_ptr<Database>>
Database::openServer(const ServerAddress &address, const OpenOptions &options, const Clock &clock)
{
    std::unique_ptr<Database> database(
        new Database(nextServerConnectionName(), address.displayText(), clock));
    database->m_engine = Engine::PostgreSql;
    database->m_serverName = address.shortName();
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
    if (!db.isValid())
        return Error::make(ErrorKind::MissingFeature,
                           Database::tr("Qt's PostgreSQL driver is not installed. Install the "
                                        "package libqt6sql6-psql."));
    db.setHostName(address.host());
    QString driverOptions = address.driverOptions();
    bool plainPort = false;
    const int port = address.port().toInt(&plainPort);
    if (plainPort) {
        db.setPort(port);
    } else if (!address.port().isEmpty()) {
        // A port per host ("5432,5433") is no number for Qt; libpq takes the list itself.
        driverOptions += (driverOptions.isEmpty() ? QString() : QStringLiteral(";")) +
                         QStringLiteral("port='%1'").arg(address.port());
    }
    db.setDatabaseName(address.databaseName());
    db.setUserName(address.user());
    db.setPassword(address.password());
    db.setConnectOptions(driverOptions);

    database->m_readOnly = options.mode == OpenMode::ReadOnly;
    if (database->m_readOnly)
        database->m_readOnlyReason = Database::tr("Opened read-only on request.");

    if (auto connected = database->connectServer(); !connected)
        return connected.error();
    if (auto configured = database->configureServer(options); !configured)
        return configured.error();
    if (auto migrated = database->migrateServer(options); !migrated)
        return migrated.error();
    qCDebug(lcStorage) << "opened team plan" << database->m_path << "schema"
                       << database->m_schemaVersion;
    return database;
}

Result<void> Database::connectServer()
{
    QSqlDatabase db = connection();
    if (!db.open()) {
        const QString text = db.lastError().databaseText().isEmpty()
                                 ? db.lastError().text()
                                 : db.lastError().databaseText();
        const ErrorKind kind = kindFromConnectionText(text);
        QString message;
        switch (kind) {
        case ErrorKind::AuthenticationFailed:
            message = Database::tr("The server %1 refused the login: %2. Check the user name "
                                   "and password.")
                          .arg(m_serverName, firstLine(text));
            break;
        case ErrorKind::PermissionDenied:
            message = Database::tr("The server %1 did not let this login in: %2. Ask the "
                                   "plan's owner for access.")
                          .arg(m_serverName, firstLine(text));
            break;
        default:
            message = Database::tr("Could not connect to %1: %2. Check the address, that the "
                                   "server runs, and the network.")
                          .arg(m_serverName, firstLine(text));
            break;
        }
        return Error::make(kind, message);
    }
    if (PGconn *handle = nativePostgresHandle(db))
        PQsetNoticeProcessor(handle, &logServerNotice, nullptr);
    // Plain settings every Hearth session needs: UTF-8 text, a lock wait that gives up like
    // SQLite's busy timeout, and read-only sessions when asked.
    QStringList settings{QStringLiteral("SET client_encoding = 'UTF8'"),
                         QStringLiteral("SET lock_timeout = '5s'"),
                         QStringLiteral("SET standard_conforming_strings = on")};
    if (m_readOnly)
        settings << QStringLiteral("SET default_transaction_read_only = on");
    for (const QString &setting : std::as_const(settings)) {
        if (auto done = exec(setting); !done)
            return done.error();
    }
    return success();
}

Result<void> Database::configureServer(const OpenOptions &options)
{
    auto version = scalar(QStringLiteral("SELECT current_setting('server_version_num')::integer"));
    if (!version)
        return version.error();
    if (version->toInt() < oldestServerVersion)
        return Error::make(
            ErrorKind::MissingFeature,
            Database::tr("The server %1 runs PostgreSQL %2; Hearth needs PostgreSQL 13 or newer. "
                         "Ask the server's administrator to upgrade it.")
                .arg(m_serverName)
                .arg(QStringLiteral("%1.%2")
                         .arg(version->toInt() / 10000)
                         .arg(version->toInt() % 10000)));
    if (auto read = readServerSchema(); !read)
        return read;
    if (auto known = refuseNewerSchema(); !known)
        return known;
    if (m_schemaVersion == 0 && options.create == CreateMode::MustExist)
        return Error::make(ErrorKind::NotFound,
                           Database::tr("The database %1 holds no Hearth plan yet. Create one "
                                        "with \"hearth-cli --server URI init\".")
                               .arg(m_serverName));
    return success();
}

Result<void> Database::readServerSchema()
{
    // PostgreSQL skips a schema on the search path that this login may not use, so the plan's
    // schema would look empty (and a new plan would be made in the next one).
    auto hidden = scalar(QStringLiteral(
        "SELECT min(n.nspname) FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY "
        "(string_to_array(replace(current_setting('search_path'), ' ', ''), ',')) AND NOT "
        "has_schema_privilege(n.oid, 'USAGE')"));
    if (!hidden)
        return hidden.error();
    if (!hidden->isNull())
        return Error::make(ErrorKind::PermissionDenied,
                           Database::tr("The server %1 did not allow this: this login may not "
                                        "use the schema %2. Ask the plan's owner for the right "
                                        "role.")
                               .arg(m_serverName, hidden->toString()));
    // Only the plan's own schema counts (the first on the search path): a hearth_schema table
    // further down, in public say, belongs to another plan.
    auto stored = scalar(QStringLiteral(
        "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND "
        "tablename = 'hearth_schema'"));
    if (!stored)
        return stored.error();
    m_schemaVersion = 0;
    if (stored->toInt() == 0)
        return success();
    auto read = exec(QStringLiteral("SELECT application, version FROM hearth_schema"));
    if (!read)
        return read.error();
    if (read->next()) {
        if (read->value(0).toString() != QLatin1String("hearth"))
            return Error::make(ErrorKind::NotHearthDatabase,
                               Database::tr("The database %1 belongs to another application. "
                                            "Hearth left it untouched.")
                                   .arg(m_serverName));
        m_schemaVersion = read->value(1).toInt();
    }
    return success();
}

Result<void> Database::refuseNewerSchema() const
{
    const int codeVersion = schema::currentVersion();
    if (m_schemaVersion <= codeVersion)
        return success();
    return Error::make(ErrorKind::NewerSchema,
                       Database::tr("%1 was written by a newer version of Hearth (schema %2; this "
                                    "version knows up to %3). Hearth left it untouched. Install "
                                    "the newer Hearth to open it.")
                           .arg(m_serverName)
                           .arg(m_schemaVersion)
                           .arg(codeVersion));
}

Result<void> Database::refuseForeignTables()
{
    auto relations = scalar(QStringLiteral(
        "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = "
        "c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', "
        "'m', 'f')"));
    if (!relations)
        return relations.error();
    if (relations->toInt() == 0)
        return success();
    return Error::make(ErrorKind::NotHearthDatabase,
                       Database::tr("The database %1 holds tables of another application. Hearth "
                                    "left it untouched. Give Hearth an empty database of its "
                                    "own.")
                           .arg(m_serverName));
}

Result<void> Database::migrateServer(const OpenOptions &options)
{
    Q_UNUSED(options)
    const std::span<const schema::Migration> migrations = schema::postgresMigrations();
    const int target = migrations.back().version;
    if (m_schemaVersion == target)
        return success();
    if (m_readOnly)
        return Error::make(ErrorKind::ReadOnly,
                           Database::tr("%1 uses an older schema (%2) and must be upgraded, but "
                                        "it is opened read-only. Open it read-write once to "
                                        "upgrade it.")
                               .arg(m_serverName)
                               .arg(m_schemaVersion));
    auto applied = write([&]() -> Result<void> {
        // Two Hearths starting at once: the second waits here, then finds the work done. It
        // waits as long as creating a schema may take on a busy server, not the usual 5 s.
        if (auto patient = exec(QStringLiteral("SET LOCAL lock_timeout = '120s'")); !patient)
            return patient.error();
        if (auto locked =
                exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(schemaLockKey));
            !locked)
            return locked.error();
        // What another Hearth did while this one waited for the lock counts, not what was
        // read before.
        if (auto read = readServerSchema(); !read)
            return read;
        if (auto known = refuseNewerSchema(); !known)
            return known;
        if (m_schemaVersion == 0) {
            if (auto empty = refuseForeignTables(); !empty)
                return empty;
            if (auto created = exec(QStringLiteral(
                    "CREATE TABLE hearth_schema (singleton boolean PRIMARY KEY DEFAULT true CHECK "
                    "(singleton), application text NOT NULL, version integer NOT NULL)"));
                !created)
                return created.error();
        }
        int version = m_schemaVersion;
        for (const schema::Migration &migration : migrations) {
            if (migration.version <= version)
                continue;
            for (const QString &statement : migration.statements) {
                if (auto done = exec(statement); !done)
                    return done.error();
            }
            version = migration.version;
        }
        if (auto stamped =
                exec(QStringLiteral("INSERT INTO hearth_schema (application, version) VALUES "
                                    "('hearth', :version) ON CONFLICT (singleton) DO UPDATE SET "
                                    "version = excluded.version"),
                     {{QStringLiteral(":version"), version}});
            !stamped)
            return stamped.error();
        m_schemaVersion = version;
        return success();
    });
    if (!applied && (applied.error().kind == ErrorKind::NotHearthDatabase ||
                     applied.error().kind == ErrorKind::NewerSchema))
        return applied;
    if (!applied)
        return Error::make(applied.error().kind,
                           Database::tr("Creating or upgrading the plan in %1 failed; nothing "
                                        "was changed. %2")
                               .arg(m_serverName, applied.error().message));
    return success();
}

bool Database::isEncrypted() const
{
    PGconn *handle = nativePostgresHandle(connection());
    return handle && PQsslInUse(handle) == 1;
}

bool Database::isConnectionLost() const
{
    if (m_engine != Engine::PostgreSql)
        return false;
    PGconn *handle = nativePostgresHandle(connection());
    return !handle || PQstatus(handle) == CONNECTION_BAD;
}

Result<void> Database::reconnect()
{
    if (m_engine != Engine::PostgreSql)
        return success();
    // A new connection under a new name: queries still held from the old one lose their
    // driver, instead of sending their DEALLOCATE into the new session, where a failing one
    // would abort the transaction then running.
    const QString oldName = m_connectionName;
    {
        QSqlDatabase old = QSqlDatabase::database(oldName, false);
        m_connectionName = nextServerConnectionName();
        QSqlDatabase::cloneDatabase(old, m_connectionName);
        old.close();
    }
    QSqlDatabase::removeDatabase(oldName);
    // The server rolled back whatever transaction the old session had open.
    m_transactionDepth = 0;
    return connectServer();
}

Error Database::serverErrorFrom(const QSqlError &sqlError, const QString &context) const
{
    const QString state = sqlError.nativeErrorCode();
    ErrorKind kind = kindFromSqlState(state);
    if (state.isEmpty() && isConnectionLost())
        kind = ErrorKind::ConnectionLost;
    const QString detail =
        firstLine(sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText());
    QString message;
    switch (kind) {
    case ErrorKind::ConnectionLost:
        message = Database::tr("The connection to %1 was lost; nothing of this change was "
                               "saved. Hearth reconnects when the server is back.")
                      .arg(m_serverName);
        break;
    case ErrorKind::PermissionDenied:
        message = Database::tr("The server %1 did not allow this: %2. Ask the plan's owner "
                               "for the right role.")
                      .arg(m_serverName, detail);
        break;
    case ErrorKind::AuthenticationFailed:
        message = Database::tr("The server %1 refused the login: %2.").arg(m_serverName, detail);
        break;
    case ErrorKind::Busy:
        message = Database::tr("The plan on %1 is busy with another member's change and did not "
                               "become free in time. Try again.")
                      .arg(m_serverName);
        break;
    case ErrorKind::DiskFull:
        message = Database::tr("The server %1 is out of disk space: the change was not saved. "
                               "Ask its administrator to free some.")
                      .arg(m_serverName);
        break;
    case ErrorKind::ReadOnly:
        message = Database::tr("%1 is read-only, so the change was not saved. %2")
                      .arg(m_serverName, m_readOnlyReason);
        break;
    default:
        message = Database::tr("Database error while %1: %2").arg(context, detail);
        break;
    }
    return Error::make(kind, message);
}

Result<void> Database::backupServerTo(const QString &target) const
{
    return copyPlanToFile(*this, target);
}

} // namespace hearth::core
