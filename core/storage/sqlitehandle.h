// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringEncoder>

#include <optional>
#include <sqlite3.h>
#include <vector>

// The one place that reaches past Qt's SQL driver to SQLite itself: the backup API, FTS5
// functions, data_version and the import's per-row statements need the native handle.
namespace hearth::core {

class Database;
class SqliteStatement;

// The connection's own sqlite3 handle, or nullptr when the connection is not Qt's SQLite driver.
sqlite3 *nativeSqliteHandle(const QSqlDatabase &connection);

// Moves whenever this connection or another one writes to the plan's file (SQLite's data_version
// and the connection's total_changes): a cheap key for results cached across reads. On a server
// it moves with the server's transaction snapshot: after any committed write, this connection's
// included (writes inside its own open transaction do not move it).
struct ChangeStamp
{
    qint64 otherConnections = -1;
    qint64 thisConnection = -1;
    friend bool operator==(const ChangeStamp &, const ChangeStamp &) = default;
};
ChangeStamp changeStamp(const Database &database);

// Prepares `statement` on the database's native handle; a failure reads as Database reports it,
// with `context` saying what was being done.
Result<void> prepareStatement(Database &database, SqliteStatement &statement,
                              const QString &sqlText, const QString &context);
// Steps a prepared statement that returns no rows once, then resets it.
Result<void> runStatement(Database &database, SqliteStatement &statement, const QString &context);

// A statement on the connection's own sqlite3 handle, prepared once and run per row. Qt 6.4's
// SQLite driver formats a placeholder name (QString::arg) for every positional bind and copies
// every value through QVariant and UTF-16; at 100k imported rows that was more than half the
// import. The SQL stays prepared with bound values, inside the caller's transaction.
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    int prepare(sqlite3 *db, const QString &sqlText)
    {
        m_db = db;
        const QByteArray utf8 = sqlText.toUtf8();
        const int rc = sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()),
                                          SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
        m_texts.resize(m_statement ? sqlite3_bind_parameter_count(m_statement) + 1 : 0);
        return rc;
    }
    bool isPrepared() const { return m_statement != nullptr; }

    // Parameters are 1-based, as in SQLite.
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, const std::optional<qint64> &value)
    {
        if (value)
            bind(index, *value);
        else
            bindNull(index);
    }
    void bind(int index, const std::optional<double> &value)
    {
        if (value)
            sqlite3_bind_double(m_statement, index, *value);
        else
            bindNull(index);
    }
    // A null QString binds as NULL; "" as an empty text.
    void bind(int index, const QString &text)
    {
        if (text.isNull()) {
            bindNull(index);
            return;
        }
        // Encoded into the buffer this parameter kept from its last value: no allocation per
        // value once the buffer is large enough.
        QByteArray &buffer = m_texts[index];
        buffer.resize(text.size() * 3);
        char *end = m_utf8.appendToBuffer(buffer.data(), text);
        buffer.truncate(end - buffer.data());
        sqlite3_bind_text(m_statement, index, buffer.constData(), int(buffer.size()),
                          SQLITE_STATIC);
    }
    void bindUtf8(int index, QByteArray utf8)
    {
        // Kept here until the next bind of this parameter, so SQLite need not copy it.
        m_texts[index] = std::move(utf8);
        sqlite3_bind_text(m_statement, index, m_texts[index].constData(),
                          int(m_texts[index].size()), SQLITE_STATIC);
    }
    void bindNull(int index) { sqlite3_bind_null(m_statement, index); }

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_statement); }
    void reset() { sqlite3_reset(m_statement); }

    bool isNull(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    qint64 int64(int column) const { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    // NULL reads as a null QString.
    QString text(int column) const
    {
        const auto *bytes =
            reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        if (!bytes)
            return {};
        return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
    }

    // The last error of the connection as Qt reports it, for Database::errorFrom().
    QSqlError lastError(int code) const
    {
        return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)),
                         QSqlError::StatementError, QString::number(code));
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QByteArray> m_texts;
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

} // namespace hearth::core
