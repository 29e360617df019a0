// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/planhealth.h"

#include <QList>
#include <QString>

namespace hearth::core {

class Database;

// Copies every row of a whole plan (posts, network texts, tags, media, ideas, pillars, slots,
// metric imports with their raw cells, settings) from one database into another that holds no
// plan data yet, in one transaction of `to`; works between any two engines. Ids are kept, so
// references and raw cells stay valid.
Result<void> copyPlan(const Database &from, Database &to);

// copyPlan into a new SQLite file at `target`, written beside it and renamed into place, so a
// failure leaves no half file; the file opens in Hearth offline.
Result<void> copyPlanToFile(const Database &from, const QString &target);

// The rows of every table copyPlan copies, in its order: what a copy moved, said to the user.
Result<QList<TableCount>> planRowCounts(const Database &database);

} // namespace hearth::core
