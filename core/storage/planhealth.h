// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hearth::core {

class Database;

// How many rows one table of the plan holds.
struct TableCount
{
    QString table;
    qint64 rows = 0;

    friend bool operator==(const TableCount &, const TableCount &) = default;
};

// A plan's health at a glance: what the integrity checks found and the size of its main tables.
struct PlanHealth
{
    int schemaVersion = 0;
    // Empty when the file is healthy.
    QStringList problems;
    // posts, ideas, networks, pillars, tags, metric_snapshots and posting_slots, in that order.
    QList<TableCount> counts;

    bool healthy() const { return problems.isEmpty(); }

    // Reads it from an open plan; nothing is written.
    static Result<PlanHealth> of(const Database &database);
};

} // namespace hearth::core
