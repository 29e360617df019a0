// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "storage/database.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <memory>

// The engine a test runs on. CMake registers every repository, service and importer test twice:
// as is (SQLite in memory) and as NAME_postgresql with HEARTH_TEST_ENGINE=postgresql, which
// opens each plan in a schema of its own on the server libpq's environment names (PGHOST, PGPORT,
// PGUSER, PGPASSWORD, PGDATABASE; pg_virtualenv sets them around the suite). The schemas are
// dropped when the test program ends.
namespace hearth::core::testing {

inline bool testsOnPostgreSql()
{
    return qEnvironmentVariable("HEARTH_TEST_ENGINE") == QLatin1String("postgresql");
}

inline QString testEngineName()
{
    return testsOnPostgreSql() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

namespace detail {

inline const QString &adminConnectionName()
{
    static const QString name = QStringLiteral("hearth-test-admin");
    return name;
}

inline QStringList &createdSchemas()
{
    static QStringList schemas;
    return schemas;
}

inline void dropCreatedSchemas()
{
    {
        QSqlDatabase admin = QSqlDatabase::database(adminConnectionName(), false);
        if (admin.isOpen()) {
            for (const QString &schema : std::as_const(createdSchemas()))
                QSqlQuery(admin).exec(
                    QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
            admin.close();
        }
    }
    QSqlDatabase::removeDatabase(adminConnectionName());
}

// The server's connection for setting up and removing test schemas; the extensions the schema
// needs are created once per database, under a lock, since test programs run in parallel.
inline core::Result<void> openAdmin()
{
    if (QSqlDatabase::database(adminConnectionName(), false).isOpen())
        return core::success();
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), adminConnectionName());
    if (!admin.open())
        return core::Error::make(core::ErrorKind::ConnectionFailed,
                                 QStringLiteral("no PostgreSQL server for the tests (run them "
                                                "under pg_virtualenv): %1")
                                     .arg(admin.lastError().text()));
    QSqlQuery query(admin);
    for (const char *statement : {"SELECT pg_advisory_lock(4242)",
                                  "CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public",
                                  "CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public",
                                  "SELECT pg_advisory_unlock(4242)"}) {
        if (!query.exec(QString::fromLatin1(statement)))
            return core::Error::make(core::ErrorKind::Internal, query.lastError().text());
    }
    qAddPostRoutine(dropCreatedSchemas);
    return core::success();
}

} // namespace detail

// The address of a new, empty schema on the test server, for tests that open it themselves.
inline core::Result<core::ServerAddress> newTestServerAddress()
{
    if (auto admin = detail::openAdmin(); !admin)
        return admin.error();
    const QString schema = QStringLiteral("hearth_t%1_%2")
                               .arg(QCoreApplication::applicationPid())
                               .arg(detail::createdSchemas().size() + 1);
    QSqlQuery query(QSqlDatabase::database(detail::adminConnectionName(), false));
    if (!query.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)))
        return core::Error::make(core::ErrorKind::Internal, query.lastError().text());
    detail::createdSchemas() << schema;
    return core::ServerAddress::parse(
        QStringLiteral("options='-c search_path=%1,public'").arg(schema));
}

// A new, migrated plan on the engine this test run uses.
inline core::Result<std::unique_ptr<core::Database>> openTestDatabase(const core::Clock &clock)
{
    if (!testsOnPostgreSql())
        return core::Database::openInMemory(clock);
    auto address = newTestServerAddress();
    if (!address)
        return address.error();
    return core::Database::openServer(*address, core::OpenOptions{}, clock);
}

} // namespace hearth::core::testing
