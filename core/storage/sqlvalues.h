// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QVariant>

#include <optional>
#include <type_traits>

// Conversions between domain values and the SQL columns that store them.
namespace hearth::core::sql {

// UTC seconds since the epoch, or NULL for an invalid time.
QVariant fromTime(const QDateTime &time);
QDateTime toTime(const QVariant &value);

QVariant fromOptionalId(const std::optional<qint64> &id);
std::optional<qint64> toOptionalId(const QVariant &value);

// A NULL stays a null QString, so "no variant" differs from "empty variant".
QString toText(const QVariant &value);

// Every row of a query's result read by `fromRow`, or the query's error.
template<typename FromRow>
auto readAll(Result<QSqlQuery> rows, FromRow fromRow)
    -> Result<QList<std::invoke_result_t<FromRow, const QSqlQuery &>>>
{
    if (!rows)
        return rows.error();
    QList<std::invoke_result_t<FromRow, const QSqlQuery &>> list;
    while (rows->next())
        list << fromRow(*rows);
    return list;
}

// The first row of a query's result read by `fromRow`; `notFound()` when there is none.
template<typename FromRow, typename NotFound>
auto readOne(Result<QSqlQuery> rows, FromRow fromRow, NotFound notFound)
    -> Result<std::invoke_result_t<FromRow, const QSqlQuery &>>
{
    if (!rows)
        return rows.error();
    if (!rows->next())
        return notFound();
    return fromRow(*rows);
}

} // namespace hearth::core::sql
