// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the idea search: words as the search sees them, and the pieces both engines'
// searches share, so a search on a team's server matches, ranks and marks text as the FTS5 search
// of a SQLite plan does (its unicode61 tokenizer, its bm25, its snippet).

#include <QList>
#include <QString>
#include <QStringList>

#include <span>

namespace hearth::core::ideatext {

// Words of `text` as the unicode61 tokenizer splits them: letters, digits and marks belong to a
// word, anything else separates words.
QStringList words(const QString &text);

// One search word, folded (accents dropped, case folded): matched as a prefix from
// IdeaSearch::minimumPrefixLength characters, whole otherwise.
struct Term
{
    QString text;
    bool prefix = false;
};

// The terms of `text`, one per word, in order.
QList<Term> terms(const QString &text);

// How often each term occurs in `columns` (title, notes, tags), each occurrence counted with its
// column's weight in `weights`; a word matching several terms counts for each.
QList<double> weightedFrequencies(const QStringList &columns, std::span<const double> weights,
                                  const QList<Term> &terms);

// The snippet FTS5's snippet() would show for `columns`: the column with the most matched words,
// a window of twelve words around the matches, matched words between IdeaSearch's highlight
// markers, an ellipsis where text was cut.
QString snippet(const QStringList &columns, const QList<Term> &terms);

// The figures of the whole bank bm25 needs besides a row's own.
struct BankFigures
{
    double rows = 0;
    double averageLength = 1;
};

// bm25 as FTS5's bm25() computes it (k1 1.2, b 0.75), negated so lower is better: `frequencies`
// the weighted count of each term in the row, `matchingRows` how many ideas match each term (a
// negative count leaves the term's inverse document frequency out), `length` the row's tokens.
double bm25(std::span<const double> frequencies, std::span<const double> matchingRows,
            double length, const BankFigures &bank);

// Matches of one term counted exactly up to this many; see estimatedMatches().
constexpr int matchCountCap = 1000;

// How many ideas match a term, from the `counted` newest matches (at most matchCountCap) and the
// smallest id among them: beyond the cap, the density of the newest matches over the id range
// [firstId, lastId] of the bank. Good enough for bm25, whose weights change little between, say,
// 30 000 and 40 000 matches.
double estimatedMatches(qint64 counted, qint64 oldestCounted, qint64 firstId, qint64 lastId);

} // namespace hearth::core::ideatext
