// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the core: the SQL pieces IdeaRepository and IdeaSearch share, so a listed idea
// and a found idea are read the same way. Not for use outside the storage layer.

#include "common/result.h"
#include "spark/idea.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QStringList>

namespace hearth::core::ideasql {

// The idea columns, usage and tags, for a query on `database` that names the ideas table `i`.
QString columns(const Database &database);
// How many columns columns() selects.
int columnCount();
// Reads an idea whose columns start at `offset` in `row`.
Idea fromRow(const QSqlQuery &row, int offset = 0);
// Adds the SQL conditions (on alias `i`) and bindings for `filter`.
void appendConditions(const IdeaFilter &filter, QStringList &conditions, Bindings &bindings);
// The ideas matching `filter` (no text search), favourites first, then newest first, at most
// its limit: the idea list of the repository and of an empty search alike.
Result<QList<Idea>> list(const Database &database, const IdeaFilter &filter);
// Tag names cleaned for storage: trimmed, without a leading '#', no duplicates (ignoring case).
QStringList normalisedTags(const QStringList &tags);

} // namespace hearth::core::ideasql
