// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlitehandle.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QVariant>

namespace hearth::core {

sqlite3 *nativeSqliteHandle(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

ChangeStamp changeStamp(const Database &database)
{
    ChangeStamp stamp;
    if (database.isServer()) {
        // The server's snapshot (oldest running, next id, ids running) moves whenever a write
        // transaction anywhere starts or ends, this connection's included: a write committed
        // by anyone moves it, and an unrelated one only costs a needless re-read.
        if (auto snapshot = database.scalar(QStringLiteral("SELECT CAST(pg_current_snapshot() "
                                                           "AS text)")))
            stamp.otherConnections = qint64(qHash(snapshot->toString()) >> 1);
        stamp.thisConnection = 0;
        return stamp;
    }
    if (auto version = database.scalar(QStringLiteral("PRAGMA data_version")))
        stamp.otherConnections = version->toLongLong();
    if (sqlite3 *handle = nativeSqliteHandle(database.connection()))
        stamp.thisConnection = sqlite3_total_changes64(handle);
    return stamp;
}

Result<void> prepareStatement(Database &database, SqliteStatement &statement,
                              const QString &sqlText, const QString &context)
{
    sqlite3 *handle = nativeSqliteHandle(database.connection());
    if (!handle)
        return Error::make(ErrorKind::Internal,
                           QCoreApplication::translate("hearth::core::SqliteStatement",
                                                       "The database connection is not SQLite."));
    if (const int rc = statement.prepare(handle, sqlText); rc != SQLITE_OK)
        return database.errorFrom(statement.lastError(rc), context);
    return success();
}

Result<void> runStatement(Database &database, SqliteStatement &statement, const QString &context)
{
    const int rc = statement.step();
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const QSqlError error = statement.lastError(rc);
        statement.reset();
        return database.errorFrom(error, context);
    }
    statement.reset();
    return success();
}

} // namespace hearth::core
