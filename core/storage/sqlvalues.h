// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QVariant>

#include <optional>

// Conversions between domain values and the SQL columns that store them.
namespace hearth::core::sql {

// UTC seconds since the epoch, or NULL for an invalid time.
QVariant fromTime(const QDateTime &time);
QDateTime toTime(const QVariant &value);

QVariant fromOptionalId(const std::optional<qint64> &id);
std::optional<qint64> toOptionalId(const QVariant &value);

// A NULL stays a null QString, so "no variant" differs from "empty variant".
QString toText(const QVariant &value);

} // namespace hearth::core::sql
