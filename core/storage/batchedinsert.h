// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"
#include "storage/sqlitehandle.h"

#include <QList>
#include <QString>

namespace hearth::core {

// Bulk writes of imports: one multi-row INSERT per 64 rows, one single-row INSERT for the rest,
// both prepared once on the native handle. Used by every table an import fills.
class BatchedInsert final
{
public:
    static constexpr int batchRows = 64;

    // `insert` ends in "VALUES "; `rowValues` is one row's "(?, …)". OR FAIL rather than the
    // default ABORT: a failed row fails the whole import anyway, and with ABORT SQLite keeps a
    // statement journal of every page each multi-row INSERT touches.
    Result<void> prepare(Database &database, const QString &insert, const QString &rowValues,
                         const QString &context);

    // bind(statement, firstParameter - 1, row) binds the `columns` values of one row.
    template<typename Row, typename Bind>
    Result<void> write(Database &database, const QList<Row> &rows, int columns, Bind bind,
                       const QString &context)
    {
        qsizetype next = 0;
        for (; next + batchRows <= rows.size(); next += batchRows) {
            for (int row = 0; row < batchRows; ++row)
                bind(m_batch, row * columns, rows.at(next + row));
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
    SqliteStatement m_batch;
    SqliteStatement m_single;
};

// A post an import creates: published, with origin "imported".

} // namespace hearth::core
