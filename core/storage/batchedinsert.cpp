// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/batchedinsert.h"

#include "storage/nativestatement.h"

#include <QStringList>

namespace hearth::core {

namespace {

QString repeated(const QString &row, int count)
{
    QStringList rows;
    for (int i = 0; i < count; ++i)
        rows << row;
    return rows.join(QStringLiteral(", "));
}

} // namespace

void CopyRows::setColumns(const QList<BulkColumn> &columns)
{
    m_fixed.clear();
    for (const BulkColumn &column : columns)
        m_fixed << (column.fixedText.isNull() ? QByteArray() : column.fixedText.toUtf8());
}

void CopyRows::bind(int index, const QString &text)
{
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    m_utf8.resize(text.size() * 3);
    char *end = m_encoder.appendToBuffer(m_utf8.data(), text);
    separate();
    appendEscaped(m_utf8.constData(), end - m_utf8.constData());
    writeFixed();
}

void CopyRows::bindUtf8(int index, const QByteArray &utf8)
{
    if (utf8.isNull()) {
        bindNull(index);
        return;
    }
    separate();
    appendEscaped(utf8.constData(), utf8.size());
    writeFixed();
}

void CopyRows::appendEscaped(const char *bytes, qsizetype size)
{
    // COPY's text format: backslash, tab, newline and carriage return are escaped.
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < size; ++i) {
        char escaped = 0;
        switch (bytes[i]) {
        case '\\':
            escaped = '\\';
            break;
        case '\t':
            escaped = 't';
            break;
        case '\n':
            escaped = 'n';
            break;
        case '\r':
            escaped = 'r';
            break;
        default:
            continue;
        }
        m_data.append(bytes + plainFrom, i - plainFrom);
        m_data += '\\';
        m_data += escaped;
        plainFrom = i + 1;
    }
    m_data.append(bytes + plainFrom, size - plainFrom);
}

Result<void> BatchedInsert::prepare(Database &database, const QString &table,
                                    const QList<BulkColumn> &columns, const QString &context)
{
    QStringList names;
    QStringList values;
    m_boundColumns = 0;
    for (const BulkColumn &column : columns) {
        names << column.name;
        if (column.fixedText.isNull()) {
            values << QStringLiteral("?");
            ++m_boundColumns;
        } else {
            values << u'\'' + column.fixedText + u'\'';
        }
    }
    const QString columnList = names.join(QStringLiteral(", "));
    if (database.isServer()) {
        m_copy.setColumns(columns);
        m_copyCommand = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columnList).toUtf8();
        return success();
    }
    // OR FAIL rather than the default ABORT: a failed row fails the whole import anyway, and
    // with ABORT SQLite keeps a statement journal of every page each multi-row INSERT touches.
    const QString insert =
        QStringLiteral("INSERT OR FAIL INTO %1 (%2) VALUES ").arg(table, columnList);
    const QString rowValues = u'(' + values.join(QStringLiteral(", ")) + u')';
    if (auto made =
            prepareStatement(database, m_batch, insert + repeated(rowValues, batchRows), context);
        !made)
        return made;
    return prepareStatement(database, m_single, insert + rowValues, context);
}

Result<void> BatchedInsert::writeCopy(Database &database, const QString &context)
{
    if (m_copy.data().isEmpty())
        return success();
    auto connection = idlePostgresConnection(database, context);
    if (!connection)
        return connection.error();
    PGconn *server = *connection;
    // In the caller's transaction: a failed COPY leaves it aborted, and the caller rolls back.
    PGresult *started = PQexec(server, m_copyCommand.constData());
    if (PQresultStatus(started) != PGRES_COPY_IN) {
        const QSqlError error = postgresError(server, started);
        PQclear(started);
        return database.errorFrom(error, context);
    }
    PQclear(started);
    const QByteArray &data = m_copy.data();
    const bool sent = PQputCopyData(server, data.constData(), int(data.size())) == 1;
    PQputCopyEnd(server, sent ? nullptr : "the rows could not be sent");
    QSqlError error;
    bool failed = !sent;
    // The COPY's result, then nothing: read every result so the connection is free again.
    while (PGresult *result = PQgetResult(server)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && !failed) {
            error = postgresError(server, result);
            failed = true;
        }
        PQclear(result);
    }
    if (failed)
        return database.errorFrom(
            error.type() == QSqlError::NoError ? postgresError(server, nullptr) : error, context);
    m_copy.clear();
    return success();
}

} // namespace hearth::core
