// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/batchedinsert.h"

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

Result<void> BatchedInsert::prepare(Database &database, const QString &insert,
                                    const QString &rowValues, const QString &context)
{
    if (auto made =
            prepareStatement(database, m_batch, insert + repeated(rowValues, batchRows), context);
        !made)
        return made;
    return prepareStatement(database, m_single, insert + rowValues, context);
}

} // namespace hearth::core
