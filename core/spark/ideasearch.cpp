// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/ideasearch.h"

#include "spark/ideasearchbackend.h"
#include "spark/ideasql.h"
#include "spark/ideatext.h"

#include <QHash>

namespace hearth::core {

IdeaSearch::IdeaSearch(Database &database)
    : m_database(database)
    , m_backend(database.engine() == Engine::PostgreSql ? makePostgresIdeaSearch(database)
                                                        : makeSqliteIdeaSearch(database))
{}

IdeaSearch::~IdeaSearch() = default;

QString IdeaSearch::ftsQuery(const QString &text)
{
    QStringList terms;
    for (const QString &word : ideatext::words(text)) {
        // A word never holds a double quote (see words()), so quoting it is enough to make
        // every FTS5 operator in the input plain text.
        QString term = u'"' + word + u'"';
        if (word.size() >= minimumPrefixLength)
            term += u'*';
        terms << term;
    }
    return terms.join(u' ');
}

Result<QList<IdeaHit>> IdeaSearch::search(const QString &text, const IdeaFilter &filter) const
{
    QList<IdeaHit> hits;
    if (ideatext::words(text).isEmpty()) {
        auto ideas = ideasql::list(m_database, filter);
        if (!ideas)
            return ideas.error();
        for (const Idea &idea : std::as_const(*ideas))
            hits << IdeaHit{idea, 0, QString()};
        return hits;
    }

    // Pass 1 ranks with nothing but ids and scores and keeps the best `limit`; pass 2 reads
    // columns and builds snippets for those rows alone. With 100k ideas a short prefix matches
    // thousands of rows, and snippets, usage counts and QString work for all of them is what
    // costs.
    auto ranked = m_backend->rank(text, filter);
    if (!ranked)
        return ranked.error();
    if (ranked->isEmpty())
        return hits;
    QHash<qint64, qsizetype> position;
    QString ids;
    for (const RankedIdea &idea : std::as_const(*ranked)) {
        position.insert(idea.id, position.size());
        ids += (ids.isEmpty() ? u'[' : u',') + QString::number(idea.id);
    }
    ids += u']';

    // The kept rows by id; no second match, and the snippets come from ideatext::snippet().
    auto rows = m_database.exec(
        QStringLiteral("SELECT %1 FROM ideas i WHERE i.id IN (%2)")
            .arg(ideasql::columns(m_database), m_backend->idsFromJson(QStringLiteral(":ids"))),
        {{QStringLiteral(":ids"), ids}});
    if (!rows)
        return rows.error();
    const QList<ideatext::Term> terms = ideatext::terms(text);
    hits.resize(ranked->size());
    while (rows->next()) {
        Idea idea = ideasql::fromRow(*rows);
        const qsizetype at = position.value(idea.id, -1);
        if (at < 0)
            continue;
        // The tags column of the index holds the names separated by spaces.
        const QString snippet =
            ideatext::snippet({idea.title, idea.notes, idea.tags.join(u' ')}, terms);
        hits[at] = IdeaHit{std::move(idea), ranked->at(at).score, snippet};
    }
    return hits;
}

QString IdeaSearch::renderSnippet(const QString &snippet, const QString &open, const QString &close,
                                  bool escapeHtml)
{
    QString result;
    QString plain;
    auto flush = [&] {
        result += escapeHtml ? plain.toHtmlEscaped() : plain;
        plain.clear();
    };
    for (const QChar ch : snippet) {
        if (ch == QChar(highlightStart)) {
            flush();
            result += open;
        } else if (ch == QChar(highlightEnd)) {
            flush();
            result += close;
        } else {
            plain += ch;
        }
    }
    flush();
    return result;
}

} // namespace hearth::core
