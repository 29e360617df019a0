// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the idea search: what differs between the engines. IdeaSearch reads the found
// ideas and builds their snippets the same way on both.

#include "common/result.h"
#include "spark/idea.h"
#include "storage/database.h"

#include <QList>
#include <QString>

#include <memory>

namespace hearth::core {

// One idea a search matched, with its bm25 score (lower is better).
struct RankedIdea
{
    qint64 id = 0;
    double score = 0;
};

// Finds and ranks ideas by text on one engine: FTS5 on SQLite, a tsvector on PostgreSQL.
class IdeaSearchBackend
{
public:
    explicit IdeaSearchBackend(Database &database)
        : m_database(database)
    {}
    virtual ~IdeaSearchBackend() = default;

    // The ideas matching every word of `text` (which has at least one) and `filter`, best first,
    // scored like FTS5's bm25 (title 10, notes 1, tags 4; a one-word search leaves out the
    // word's inverse document frequency, a factor every row would share). With a limit, only the
    // newest IdeaSearch::rankedCandidateCap matches are scored and the best `limit` kept.
    virtual Result<QList<RankedIdea>> rank(const QString &text, const IdeaFilter &filter) const = 0;
    // A subquery selecting the ids of the JSON array bound to `placeholder`.
    virtual QString idsFromJson(const QString &placeholder) const = 0;

protected:
    Database &m_database;
};

// The backend for the engine `database` runs on.
std::unique_ptr<IdeaSearchBackend> makeSqliteIdeaSearch(Database &database);
std::unique_ptr<IdeaSearchBackend> makePostgresIdeaSearch(Database &database);

// Column weights of the ranking: title, notes, tags.
inline constexpr double ideaColumnWeights[] = {10.0, 1.0, 4.0};

} // namespace hearth::core
