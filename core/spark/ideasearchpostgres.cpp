// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The idea search on PostgreSQL: the GIN-indexed tsvector of ideas_search finds the matches (the
// schema unaccents and lower-cases the words as FTS5's tokenizer does), and the ranking is the
// SQLite search's bm25, computed here over the matched rows' texts with the same tokenizing.
#include "spark/ideasearch.h"
#include "spark/ideasearchbackend.h"
#include "spark/ideasql.h"
#include "spark/ideatext.h"

#include <algorithm>
#include <optional>

namespace hearth::core {

namespace {

// `words` as a tsquery every word of which must match, as a prefix from
// IdeaSearch::minimumPrefixLength characters. A word holds only letters, digits and marks (see
// ideatext::words()), so quoting it keeps every tsquery operator the user typed out.
QString tsQuery(const QStringList &words)
{
    QStringList operands;
    for (const QString &word : words) {
        QString operand = u'\'' + word + u'\'';
        if (word.size() >= IdeaSearch::minimumPrefixLength)
            operand += QStringLiteral(":*");
        operands << operand;
    }
    return operands.join(QStringLiteral(" & "));
}

// The matching condition on ideas_search `s` for the tsquery bound to `placeholder`; the text
// search configuration comes from the schema.
QString matchCondition(const QString &placeholder)
{
    return QStringLiteral("s.document @@ to_tsquery('hearth_search', CAST(%1 AS text))")
        .arg(placeholder);
}

class PostgresIdeaSearch final : public IdeaSearchBackend
{
public:
    using IdeaSearchBackend::IdeaSearchBackend;

    Result<QList<RankedIdea>> rank(const QString &text, const IdeaFilter &filter) const override;
    QString idsFromJson(const QString &placeholder) const override
    {
        return QStringLiteral("SELECT CAST(value AS bigint) FROM "
                              "json_array_elements_text(CAST(%1 AS json))")
            .arg(placeholder);
    }

private:
    // The bank's size and average length for bm25 and the id range for estimates, from the
    // newest ideas (exact while the bank has no more than ideatext::matchCountCap of them).
    struct Bank
    {
        ideatext::BankFigures figures;
        qint64 firstId = 0;
        qint64 lastId = 0;
    };
    Result<Bank> bank() const;
    // How many ideas match `word` (see ideatext::estimatedMatches()).
    Result<double> matchingRows(const QString &word, const Bank &bank) const;
};

Result<PostgresIdeaSearch::Bank> PostgresIdeaSearch::bank() const
{
    auto rows = m_database.exec(
        QStringLiteral("SELECT count(*), coalesce(sum(length), 0), min(idea_id), max(idea_id), "
                       "(SELECT min(idea_id) FROM ideas_search) FROM (SELECT idea_id, length "
                       "FROM ideas_search ORDER BY idea_id DESC LIMIT %1) newest")
            .arg(ideatext::matchCountCap));
    if (!rows)
        return rows.error();
    Bank bank;
    if (!rows->next() || rows->value(0).toLongLong() == 0)
        return bank;
    const qint64 counted = rows->value(0).toLongLong();
    bank.firstId = rows->value(4).toLongLong();
    bank.lastId = rows->value(3).toLongLong();
    bank.figures.rows =
        ideatext::estimatedMatches(counted, rows->value(2).toLongLong(), bank.firstId, bank.lastId);
    bank.figures.averageLength = std::max(rows->value(1).toDouble() / double(counted), 1e-9);
    return bank;
}

Result<double> PostgresIdeaSearch::matchingRows(const QString &word, const Bank &bank) const
{
    auto counted = m_database.exec(
        QStringLiteral("SELECT count(*), min(idea_id) FROM (SELECT s.idea_id FROM ideas_search s "
                       "WHERE %1 ORDER BY s.idea_id DESC LIMIT %2) matching")
            .arg(matchCondition(QStringLiteral(":query")))
            .arg(ideatext::matchCountCap),
        {{QStringLiteral(":query"), tsQuery({word})}});
    if (!counted)
        return counted.error();
    if (!counted->next())
        return 0.0;
    return ideatext::estimatedMatches(counted->value(0).toLongLong(),
                                      counted->value(1).toLongLong(), bank.firstId, bank.lastId);
}

Result<QList<RankedIdea>> PostgresIdeaSearch::rank(const QString &text,
                                                   const IdeaFilter &filter) const
{
    const QStringList words = ideatext::words(text);
    const QList<ideatext::Term> terms = ideatext::terms(text);
    auto figures = bank();
    if (!figures)
        return figures.error();
    // As on SQLite, a one-word search leaves the word's frequency out (a negative count).
    QList<double> matching(words.size(), -1.0);
    for (qsizetype w = 0; words.size() > 1 && w < words.size(); ++w) {
        auto rows = matchingRows(words.at(w), *figures);
        if (!rows)
            return rows.error();
        matching[w] = *rows;
    }

    QStringList conditions{matchCondition(QStringLiteral(":query"))};
    Bindings bindings{{QStringLiteral(":query"), tsQuery(words)}};
    ideasql::appendConditions(filter, conditions, bindings);
    // With a limit only the newest rankedCandidateCap matches are scored, as on SQLite.
    QString candidates =
        QStringLiteral("SELECT s.idea_id, s.title, s.notes, s.tags, s.length FROM ideas_search s "
                       "JOIN ideas i ON i.id = s.idea_id WHERE %1 ORDER BY s.idea_id DESC")
            .arg(conditions.join(QStringLiteral(" AND ")));
    if (filter.limit > 0)
        candidates +=
            QStringLiteral(" LIMIT %1").arg(std::max(filter.limit, IdeaSearch::rankedCandidateCap));
    auto rows = m_database.exec(candidates, bindings);
    if (!rows)
        return rows.error();
    QList<RankedIdea> ranked;
    while (rows->next()) {
        const QList<double> frequencies = ideatext::weightedFrequencies(
            {rows->value(1).toString(), rows->value(2).toString(), rows->value(3).toString()},
            ideaColumnWeights, terms);
        ranked.append(
            {rows->value(0).toLongLong(),
             ideatext::bm25(frequencies, matching, rows->value(4).toDouble(), figures->figures)});
    }
    std::sort(ranked.begin(), ranked.end(), [](const RankedIdea &a, const RankedIdea &b) {
        return a.score != b.score ? a.score < b.score : a.id < b.id;
    });
    if (filter.limit > 0 && ranked.size() > filter.limit)
        ranked.resize(filter.limit);
    return ranked;
}

} // namespace

std::unique_ptr<IdeaSearchBackend> makePostgresIdeaSearch(Database &database)
{
    return std::make_unique<PostgresIdeaSearch>(database);
}

} // namespace hearth::core
