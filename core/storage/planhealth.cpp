// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/planhealth.h"

#include "storage/database.h"

namespace hearth::core {

Result<PlanHealth> PlanHealth::of(const Database &database)
{
    PlanHealth health;
    health.schemaVersion = database.schemaVersion();
    auto problems = database.integrityProblems();
    if (!problems)
        return problems.error();
    health.problems = *problems;
    // Fixed names, never user input: a table name cannot be a bound value.
    for (const char *table :
         {"posts", "ideas", "networks", "pillars", "tags", "metric_snapshots", "posting_slots"}) {
        const QString name = QString::fromLatin1(table);
        auto rows = database.scalar(QStringLiteral("SELECT count(*) FROM ") + name);
        if (!rows)
            return rows.error();
        health.counts << TableCount{name, rows->toLongLong()};
    }
    return health;
}

} // namespace hearth::core
