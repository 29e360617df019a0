// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"
#include "storage/sqlitehandle.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringEncoder>

#include <optional>

namespace hearth::core {

// A column a bulk write fills: bound per row, or the same text in every row.
struct BulkColumn
{
    QString name;
    // Written as is in every row when not null (a plain word: no quotes, tabs or backslashes).
    QString fixedText = {};
};

// The rows of one COPY … FROM STDIN in PostgreSQL's text format, filled through the same bind()
// calls a SqliteStatement takes, parameter after parameter.
class CopyRows final
{
public:
    void setColumns(const QList<BulkColumn> &columns);
    void clear() { m_data.clear(); }
    const QByteArray &data() const { return m_data; }

    void beginRow()
    {
        m_column = 0;
        writeFixed();
    }
    void endRow() { m_data += '\n'; }

    void bind(int, qint64 value)
    {
        separate();
        m_data += QByteArray::number(value);
        writeFixed();
    }
    void bind(int, double value)
    {
        separate();
        m_data += QByteArray::number(value, 'g', 17);
        writeFixed();
    }
    template<typename Number>
    void bind(int index, const std::optional<Number> &value)
    {
        if (value)
            bind(index, *value);
        else
            bindNull(index);
    }
    // A null QString is NULL; "" an empty text.
    void bind(int index, const QString &text);
    void bindUtf8(int index, const QByteArray &utf8);
    void bindNull(int)
    {
        separate();
        m_data += "\\N";
        writeFixed();
    }

private:
    void separate()
    {
        if (m_column++ > 0)
            m_data += '\t';
    }
    void writeFixed()
    {
        while (m_column < m_fixed.size() && !m_fixed.at(m_column).isNull()) {
            separate();
            m_data += m_fixed.at(m_column - 1);
        }
    }
    void appendEscaped(const char *bytes, qsizetype size);

    // Per column: its fixed text, or null when bound.
    QList<QByteArray> m_fixed;
    qsizetype m_column = 0;
    QByteArray m_data;
    QByteArray m_utf8;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

// Bulk writes of imports inside the caller's transaction, used by every table an import fills.
// SQLite: one multi-row INSERT per 64 rows, one single-row INSERT for the rest, both prepared
// once on the native handle. PostgreSQL: one COPY … FROM STDIN per write() through libpq on
// the driver's own connection (measured against multi-row and array INSERTs, see
// benchmarks/import_bench.cpp: COPY was the fastest by far).
class BatchedInsert final
{
public:
    static constexpr int batchRows = 64;

    // How many rows a caller gathers before write(): a COPY costs a round trip to the server.
    static int rowsPerWrite(const Database &database)
    {
        return database.isServer() ? 4096 : batchRows;
    }

    Result<void> prepare(Database &database, const QString &table, const QList<BulkColumn> &columns,
                         const QString &context);

    // bind(statement, firstParameter - 1, row) binds the bound columns of one row, in order;
    // `statement` is a SqliteStatement or CopyRows.
    template<typename Row, typename Bind>
    Result<void> write(Database &database, const QList<Row> &rows, Bind bind,
                       const QString &context)
    {
        if (database.isServer()) {
            m_copy.clear();
            for (const Row &row : rows) {
                m_copy.beginRow();
                bind(m_copy, 0, row);
                m_copy.endRow();
            }
            return writeCopy(database, context);
        }
        qsizetype next = 0;
        for (; next + batchRows <= rows.size(); next += batchRows) {
            for (int row = 0; row < batchRows; ++row)
                bind(m_batch, row * m_boundColumns, rows.at(next + row));
            if (auto done = runStatement(database, m_batch, context); !done)
                return done;
        }
        for (; next < rows.size(); ++next) {
            bind(m_single, 0, rows.at(next));
            if (auto done = runStatement(database, m_single, context); !done)
                return done;
        }
        return success();
    }

private:
    Result<void> writeCopy(Database &database, const QString &context);

    int m_boundColumns = 0;
    SqliteStatement m_batch;
    SqliteStatement m_single;
    QByteArray m_copyCommand;
    CopyRows m_copy;
};

} // namespace hearth::core
