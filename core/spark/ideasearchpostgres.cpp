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

// The figures bm25 needs besides each row's own, selected with the candidates: uncorrelated
// subqueries run once per statement, so a search is one round trip to the server. The bank:
// how many of the newest ideas were counted, their total length, their smallest and largest id,
// and the smallest id of all (exact while the bank has no more ideas than are counted).
QString bankColumn()
{
    return QStringLiteral(
               "(SELECT ARRAY[count(*), coalesce(sum(length), 0), min(idea_id), "
               "max(idea_id), (SELECT min(idea_id) FROM ideas_search)] FROM (SELECT "
               "idea_id, length FROM ideas_search ORDER BY idea_id DESC LIMIT %1) newest)")
        .arg(ideatext::matchCountCap);
}

// Per word: how many of the newest ideas match the word bound to `placeholder`, and the smallest
// id among them (see ideatext::estimatedMatches()).
QString matchingColumn(const QString &placeholder)
{
    return QStringLiteral("(SELECT ARRAY[count(*), min(idea_id)] FROM (SELECT s.idea_id FROM "
                          "ideas_search s WHERE %1 ORDER BY s.idea_id DESC LIMIT %2) matching)")
        .arg(matchCondition(placeholder))
        .arg(ideatext::matchCountCap);
}

// The integers of a bigint[] as the driver hands it over: "{1,2,NULL}" (NULL reads as 0).
QList<qint64> integers(const QVariant &array)
{
    QList<qint64> values;
    QString text = array.toString();
    text.remove(u'{').remove(u'}');
    for (const QString &value : text.split(u','))
        values << value.toLongLong();
    return values;
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
};

Result<QList<RankedIdea>> PostgresIdeaSearch::rank(const QString &text,
                                                   const IdeaFilter &filter) const
{
    const QStringList words = ideatext::words(text);
    QStringList conditions{matchCondition(QStringLiteral(":query"))};
    Bindings bindings{{QStringLiteral(":query"), tsQuery(words)}};
    ideasql::appendConditions(filter, conditions, bindings);
    QStringList figures{bankColumn()};
    // As on SQLite, a one-word search leaves the word's frequency out.
    for (qsizetype w = 0; words.size() > 1 && w < words.size(); ++w) {
        const QString placeholder = QStringLiteral(":word%1").arg(w);
        figures << matchingColumn(placeholder);
        bindings.emplace_back(placeholder, tsQuery({words.at(w)}));
    }
    // With a limit only the newest rankedCandidateCap matches are scored, as on SQLite.
    QString candidates =
        QStringLiteral("SELECT s.idea_id, s.title, s.notes, s.tags, s.length, %1 "
                       "FROM ideas_search s JOIN ideas i ON i.id = s.idea_id "
                       "WHERE %2 ORDER BY s.idea_id DESC")
            .arg(figures.join(QStringLiteral(", ")), conditions.join(QStringLiteral(" AND ")));
    if (filter.limit > 0)
        candidates +=
            QStringLiteral(" LIMIT %1").arg(std::max(filter.limit, IdeaSearch::rankedCandidateCap));
    auto rows = m_database.exec(candidates, bindings);
    if (!rows)
        return rows.error();

    const QList<ideatext::Term> terms = ideatext::terms(text);
    ideatext::BankFigures bank;
    // A negative count leaves a word's frequency out.
    QList<double> matching(words.size(), -1.0);
    QList<RankedIdea> ranked;
    while (rows->next()) {
        if (ranked.isEmpty()) {
            const QList<qint64> newest = integers(rows->value(5));
            const qint64 firstId = newest.value(4);
            const qint64 lastId = newest.value(3);
            bank.rows =
                ideatext::estimatedMatches(newest.value(0), newest.value(2), firstId, lastId);
            bank.averageLength = std::max(double(newest.value(1)) / double(newest.value(0)), 1e-9);
            for (qsizetype w = 0; w + 1 < figures.size(); ++w) {
                const QList<qint64> counted = integers(rows->value(6 + int(w)));
                matching[w] =
                    ideatext::estimatedMatches(counted.value(0), counted.value(1), firstId, lastId);
            }
        }
        const QList<double> frequencies = ideatext::weightedFrequencies(
            {rows->value(1).toString(), rows->value(2).toString(), rows->value(3).toString()},
            ideaColumnWeights, terms);
        ranked.append({rows->value(0).toLongLong(),
                       ideatext::bm25(frequencies, matching, rows->value(4).toDouble(), bank)});
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
