// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/sqlitehandle.h"

#include <QByteArray>
#include <QSqlError>
#include <QString>

#include <libpq-fe.h>
#include <optional>
#include <vector>

// Statements run per imported row on the connection's own handle, on either engine: Qt's
// drivers copy every value through QVariant, which at 100k rows was most of an import.
namespace hearth::core {

class Database;

// The connection's PGconn once no query of Qt's is still reading from it (a forward-only
// QSqlQuery streams its rows), so libpq may send the next command itself.
Result<PGconn *> idlePostgresConnection(Database &database, const QString &context);
// The error of a failed libpq call as Qt's driver reports one (SQLSTATE as the native code), for
// Database::errorFrom().
QSqlError postgresError(PGconn *connection, const PGresult *result);

// A prepared statement on a PostgreSQL connection through libpq, values sent as text.
class PostgresStatement final
{
public:
    PostgresStatement() = default;
    ~PostgresStatement();
    PostgresStatement(const PostgresStatement &) = delete;
    PostgresStatement &operator=(const PostgresStatement &) = delete;

    // `sqlText` numbers its parameters as SQLite does (?1, ?2) or leaves them plain (?).
    Result<void> prepare(Database &database, const QString &sqlText, const QString &context);

    void bindText(int index, QByteArray text)
    {
        // A null array is how a NULL goes to libpq; an empty text is not NULL.
        m_values[index - 1] = text.isNull() ? QByteArray("") : std::move(text);
    }
    void bindNull(int index) { m_values[index - 1] = QByteArray(); }

    // Runs the statement on the first call after binding; true while a row is there to read.
    Result<bool> step(const QString &context);
    void reset();

    bool isNull(int column) const { return PQgetisnull(m_result, m_row, column) != 0; }
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;

private:
    Database *m_database = nullptr;
    QByteArray m_name;
    std::vector<QByteArray> m_values;
    PGresult *m_result = nullptr;
    int m_row = -1;
};

// A statement prepared once and run per row on whichever engine holds the plan.
class NativeStatement final
{
public:
    Result<void> prepare(Database &database, const QString &sqlText, const QString &context);

    // Parameters are 1-based, as in SQLite.
    void bind(int index, qint64 value)
    {
        if (m_server)
            m_postgres.bindText(index, QByteArray::number(value));
        else
            m_sqlite.bind(index, value);
    }
    void bind(int index, const std::optional<qint64> &value)
    {
        if (value)
            bind(index, *value);
        else
            bindNull(index);
    }
    // A null QString binds as NULL; "" as an empty text.
    void bind(int index, const QString &text)
    {
        if (!m_server)
            m_sqlite.bind(index, text);
        else if (text.isNull())
            m_postgres.bindNull(index);
        else
            m_postgres.bindText(index, text.toUtf8());
    }
    void bindNull(int index)
    {
        if (m_server)
            m_postgres.bindNull(index);
        else
            m_sqlite.bindNull(index);
    }

    // True while a row is there to read; once it is false (or failed) the statement is reset.
    Result<bool> step(const QString &context);
    // Runs a statement that returns no rows once.
    Result<void> run(const QString &context);
    // Ends reading early, ready for the next binds.
    void reset();

    bool isNull(int column) const
    {
        return m_server ? m_postgres.isNull(column) : m_sqlite.isNull(column);
    }
    qint64 int64(int column) const
    {
        return m_server ? m_postgres.int64(column) : m_sqlite.int64(column);
    }
    double real(int column) const
    {
        return m_server ? m_postgres.real(column) : m_sqlite.real(column);
    }
    // NULL reads as a null QString.
    QString text(int column) const
    {
        return m_server ? m_postgres.text(column) : m_sqlite.text(column);
    }

private:
    Database *m_database = nullptr;
    bool m_server = false;
    SqliteStatement m_sqlite;
    PostgresStatement m_postgres;
};

} // namespace hearth::core
