// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/nativestatement.h"

#include "storage/database.h"
#include "storage/postgreshandle.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <atomic>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::NativeStatement", text);
}

// SQLite's "?1" and "?" as PostgreSQL's "$1"; the number of parameters goes to `count`.
QByteArray numberedParameters(const QString &sqlText, int &count)
{
    QString converted;
    converted.reserve(sqlText.size() + 16);
    int plain = 0;
    count = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < sqlText.size(); ++i) {
        const QChar c = sqlText.at(i);
        if (c == u'\'')
            quoted = !quoted;
        if (quoted || c != u'?') {
            converted += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < sqlText.size() && sqlText.at(end).isDigit())
            ++end;
        const int number = end > i + 1 ? sqlText.mid(i + 1, end - i - 1).toInt() : ++plain;
        converted += u'$' + QString::number(number);
        count = std::max(count, number);
        i = end - 1;
    }
    return converted.toUtf8();
}

} // namespace

Result<PGconn *> idlePostgresConnection(Database &database, const QString &context)
{
    PGconn *connection = nativePostgresHandle(database.connection());
    if (!connection)
        return Error::make(ErrorKind::Internal,
                           tr("The database connection is not PostgreSQL (%1).").arg(context));
    if (PQtransactionStatus(connection) == PQTRANS_ACTIVE) {
        // A forward-only query still streams its rows; Qt reads them to the end before it runs
        // the next statement of its own.
        QSqlQuery settle(database.connection());
        settle.exec(QStringLiteral("SELECT 1"));
        settle.finish();
    }
    if (PQtransactionStatus(connection) == PQTRANS_ACTIVE)
        return Error::make(
            ErrorKind::Internal,
            tr("The connection is still busy with another query (%1).").arg(context));
    return connection;
}

QSqlError postgresError(PGconn *connection, const PGresult *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *message = result ? PQresultErrorMessage(result) : nullptr;
    if (!message || !*message)
        message = PQerrorMessage(connection);
    const QString text = QString::fromUtf8(message).trimmed();
    return QSqlError(text, text, QSqlError::StatementError,
                     state ? QString::fromLatin1(state) : QString());
}

PostgresStatement::~PostgresStatement()
{
    reset();
    if (m_name.isEmpty() || !m_database)
        return;
    // A statement prepared in a transaction outlives it; it goes when the connection is idle.
    PGconn *connection = nativePostgresHandle(m_database->connection());
    if (connection && PQtransactionStatus(connection) == PQTRANS_IDLE)
        PQclear(PQexec(connection, QByteArray("DEALLOCATE " + m_name).constData()));
}

Result<void> PostgresStatement::prepare(Database &database, const QString &sqlText,
                                        const QString &context)
{
    static std::atomic<quint64> prepared{0};
    m_database = &database;
    auto connection = idlePostgresConnection(database, context);
    if (!connection)
        return connection.error();
    int count = 0;
    const QByteArray converted = numberedParameters(sqlText, count);
    m_name = "hearth_native_" + QByteArray::number(++prepared);
    PGresult *result =
        PQprepare(*connection, m_name.constData(), converted.constData(), 0, nullptr);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    const QSqlError error = ok ? QSqlError() : postgresError(*connection, result);
    PQclear(result);
    if (!ok) {
        m_name.clear();
        return database.errorFrom(error, context);
    }
    m_values.assign(count, QByteArray());
    return success();
}

Result<bool> PostgresStatement::step(const QString &context)
{
    if (!m_result) {
        auto connection = idlePostgresConnection(*m_database, context);
        if (!connection)
            return connection.error();
        std::vector<const char *> values;
        values.reserve(m_values.size());
        for (const QByteArray &value : m_values)
            values.push_back(value.isNull() ? nullptr : value.constData());
        m_result = PQexecPrepared(*connection, m_name.constData(), int(values.size()),
                                  values.data(), nullptr, nullptr, 0);
        const ExecStatusType status = PQresultStatus(m_result);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            const QSqlError error = postgresError(*connection, m_result);
            reset();
            return m_database->errorFrom(error, context);
        }
        m_row = -1;
    }
    return ++m_row < PQntuples(m_result);
}

void PostgresStatement::reset()
{
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
}

qint64 PostgresStatement::int64(int column) const
{
    return QByteArray::fromRawData(PQgetvalue(m_result, m_row, column),
                                   PQgetlength(m_result, m_row, column))
        .toLongLong();
}

double PostgresStatement::real(int column) const
{
    return QByteArray::fromRawData(PQgetvalue(m_result, m_row, column),
                                   PQgetlength(m_result, m_row, column))
        .toDouble();
}

QString PostgresStatement::text(int column) const
{
    if (isNull(column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column),
                             PQgetlength(m_result, m_row, column));
}

Result<void> NativeStatement::prepare(Database &database, const QString &sqlText,
                                      const QString &context)
{
    m_database = &database;
    m_server = database.isServer();
    if (m_server)
        return m_postgres.prepare(database, sqlText, context);
    return prepareStatement(database, m_sqlite, sqlText, context);
}

Result<bool> NativeStatement::step(const QString &context)
{
    if (m_server) {
        auto row = m_postgres.step(context);
        if (!row || !*row)
            m_postgres.reset();
        return row;
    }
    const int rc = m_sqlite.step();
    if (rc == SQLITE_ROW)
        return true;
    const QSqlError error = m_sqlite.lastError(rc);
    m_sqlite.reset();
    if (rc != SQLITE_DONE)
        return m_database->errorFrom(error, context);
    return false;
}

Result<void> NativeStatement::run(const QString &context)
{
    auto row = step(context);
    if (!row)
        return row.error();
    if (*row)
        reset();
    return success();
}

void NativeStatement::reset()
{
    if (m_server)
        m_postgres.reset();
    else
        m_sqlite.reset();
}

} // namespace hearth::core
