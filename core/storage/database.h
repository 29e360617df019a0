// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <chrono>
#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace hearth::core {

class Clock;
class ServerAddress;

// Which engine holds the plan: the embedded SQLite file, or a team's PostgreSQL server.
enum class Engine
{
    Sqlite,
    PostgreSql
};

enum class OpenMode
{
    ReadWrite,
    ReadOnly
};
enum class CreateMode
{
    CreateIfMissing,
    MustExist
};
enum class MigrationBackup
{
    Write,
    Skip
};

// Everything a caller may choose when opening a database file.
struct OpenOptions
{
    OpenMode mode = OpenMode::ReadWrite;
    CreateMode create = CreateMode::CreateIfMissing;
    MigrationBackup backup = MigrationBackup::Write;
    std::chrono::milliseconds busyTimeout{5000};
    // The schema steps to apply; tests replace them to exercise upgrades.
    std::span<const schema::Migration> migrations = schema::migrations();
};

// Named values bound to a statement's `:placeholders`.
using Bindings = std::vector<std::pair<QString, QVariant>>;

// Owns Hearth's one SQLite connection: opening, refusing bad files, migrating,
// and running statements and write transactions. Not thread-safe: one per thread.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Hearth's SQLite application_id ("HRTH"), so other tools can tell the file apart.
    static constexpr int applicationId = 0x48525448;

    static Result<std::unique_ptr<Database>> open(const QString &path, const OpenOptions &options,
                                                  const Clock &clock);
    // An in-memory database, migrated to the current schema; for tests and tools.
    static Result<std::unique_ptr<Database>> openInMemory(const Clock &clock);
    // A team plan on a PostgreSQL server. CreateIfMissing creates the schema in an empty
    // database; MustExist refuses one that holds no plan. `options.migrations` is ignored
    // unless it was changed from the SQLite default (tests of upgrades).
    static Result<std::unique_ptr<Database>>
    openServer(const ServerAddress &address, const OpenOptions &options, const Clock &clock);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSql; }
    // The file's path, or for a team plan the server's address without its password.
    QString path() const { return m_path; }
    // For a team plan: "host/database", and whether the connection is encrypted (TLS).
    QString serverName() const { return m_serverName; }
    bool isEncrypted() const;
    // A team plan whose connection dropped (server restarted, network gone).
    bool isConnectionLost() const;
    // Opens the dropped connection again; any transaction it had was rolled back by the server.
    Result<void> reconnect();
    bool isReadOnly() const { return m_readOnly; }
    // Why the file is read-only, for the status bar; empty when writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }
    // Where the pre-migration copy went, if this open migrated an existing file.
    QString migrationBackupPath() const { return m_migrationBackupPath; }
    const Clock &clock() const { return m_clock; }

    // Prepares, binds and runs one statement; reads go forward only (SQLite steps through rows,
    // PostgreSQL results arrive whole, so other statements may run while one is read). Bound
    // text loses any U+0000, which PostgreSQL cannot store.
    Result<QSqlQuery> exec(const QString &sql, const Bindings &bindings = {}) const;
    // Runs one statement and returns the first column of the first row (null when no row).
    Result<QVariant> scalar(const QString &sql, const Bindings &bindings = {}) const;

    // Runs `work` inside BEGIN IMMEDIATE … COMMIT; rolls back when it returns an error.
    // Nested calls join the outer transaction.
    template<typename Work>
    auto write(Work &&work) -> decltype(work())
    {
        if (auto begun = beginWrite(); !begun)
            return begun.error();
        auto result = work();
        if (!result) {
            rollbackWrite();
            return result;
        }
        if (auto committed = commitWrite(); !committed)
            return committed.error();
        return result;
    }

    // write() for a bulk load that makes every reference it writes itself, to rows it wrote or
    // read in the same transaction. SQLite's foreign key checks are off for it: with them every
    // multi-row INSERT keeps a statement journal, a sixth of a large metric import. Inside an
    // outer transaction they stay on (SQLite ignores the switch there); afterwards they are on
    // again whatever the outcome.
    template<typename Work>
    auto writeBulk(Work &&work) -> decltype(work())
    {
        const bool switchOff = m_engine == Engine::Sqlite && m_transactionDepth == 0 && !m_readOnly;
        if (switchOff) {
            if (auto off = setForeignKeys(false); !off)
                return off.error();
        }
        auto result = write(std::forward<Work>(work));
        if (switchOff) {
            if (auto on = setForeignKeys(true); !on && result)
                return on.error();
        }
        return result;
    }
    bool foreignKeysEnforced() const;

    // PRAGMA integrity_check and foreign_key_check; the problems found, empty when healthy.
    Result<QStringList> integrityProblems() const;

    // A consistent copy of the whole database written to `target` with the SQLite backup API.
    Result<void> backupTo(const QString &target) const;

    // The raw connection, for the storage layer only.
    QSqlDatabase connection() const;

    // Turns a failed statement into an Error naming what was being done.
    Error errorFrom(const QSqlError &sqlError, const QString &context) const;

private:
    Database(QString connectionName, QString path, const Clock &clock);

    Result<void> configure(const OpenOptions &options, bool createdNow);
    Result<void> checkFeatures();
    bool needsOpenCheck() const;
    Result<void> migrate(const OpenOptions &options, bool createdNow);
    Result<void> beginWrite();
    Result<void> commitWrite();
    void rollbackWrite();
    Result<void> setForeignKeys(bool enforced);

    // The PostgreSQL side (databaseserver.cpp).
    Result<void> connectServer();
    Result<void> configureServer(const OpenOptions &options);
    Result<void> readServerSchema();
    Result<void> refuseNewerSchema() const;
    Result<void> refuseForeignTables();
    Result<void> migrateServer(const OpenOptions &options);
    Error serverErrorFrom(const QSqlError &sqlError, const QString &context) const;
    Result<void> backupServerTo(const QString &target) const;

    QString m_connectionName;
    Engine m_engine = Engine::Sqlite;
    QString m_path;
    QString m_serverName;
    const Clock &m_clock;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    QString m_migrationBackupPath;
};

} // namespace hearth::core
