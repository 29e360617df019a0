// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "spark/idea.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace hearth::core {

class IdeaSearchBackend;

// One idea found by a search, with its rank and a snippet around the matched words.
struct IdeaHit
{
    Idea idea;
    // bm25 score (title 10, tags 4, notes 1); lower is better. A one-word search leaves out the
    // word's inverse document frequency, a factor every row would share. 0 when the query had
    // no search words.
    double rank = 0;
    // Text around the match; matched words sit between IdeaSearch::highlightStart and
    // highlightEnd. Empty when the query had no search words.
    QString snippet;
};

// Full-text search over ideas' titles, notes and tags: prefix matching for words of three or
// more characters, case and diacritics ignored, ranked by bm25 (title counts most). The same on
// both engines: FTS5 on SQLite, a tsvector on PostgreSQL (IdeaSearchBackend).
class IdeaSearch final
{
    Q_DECLARE_TR_FUNCTIONS(IdeaSearch)

public:
    // Markers around matched words in IdeaHit::snippet (Unicode private-use characters).
    static constexpr char16_t highlightStart = 0xE000;
    static constexpr char16_t highlightEnd = 0xE001;
    // Words shorter than this match whole words only; longer ones match as prefixes.
    static constexpr int minimumPrefixLength = 3;
    // A limited search scores at most this many matches (the newest); see search().
    static constexpr int rankedCandidateCap = 500;

    explicit IdeaSearch(Database &database);
    ~IdeaSearch();

    // Ideas matching `text` and `filter`, best first. Text without any searchable word
    // lists the filtered ideas instead (favourites first, newest first). With a limit, a
    // query matching more than rankedCandidateCap ideas ranks only the newest of them.
    Result<QList<IdeaHit>> search(const QString &text, const IdeaFilter &filter = {}) const;

    // The FTS5 query for `text`: every word quoted, so operators, quotes, `*`, `:` and
    // parentheses the user typed are plain text. Empty when `text` has no searchable word.
    static QString ftsQuery(const QString &text);
    // `snippet` with the markers replaced by `open` and `close`; with `escapeHtml` the text
    // between them is HTML-escaped first.
    static QString renderSnippet(const QString &snippet, const QString &open, const QString &close,
                                 bool escapeHtml = false);

private:
    Database &m_database;
    std::unique_ptr<IdeaSearchBackend> m_backend;
};

} // namespace hearth::core
