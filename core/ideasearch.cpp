#include "ideasearch.h"

#include "ideasql.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace hearth::core {

namespace {

// Splits user text into words the way the unicode61 tokenizer will: letters, digits and
// marks belong to a word, anything else separates words.
QStringList words(const QString &text)
{
    QStringList result;
    QString current;
    for (const QChar ch : text) {
        if (ch.isLetterOrNumber() || ch.isMark() || ch.isSurrogate()) {
            current += ch;
        } else if (!current.isEmpty()) {
            result << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        result << current;
    return result;
}

} // namespace

IdeaSearch::IdeaSearch(Database &database)
    : m_database(database)
{}

QString IdeaSearch::ftsQuery(const QString &text)
{
    QStringList terms;
    for (const QString &word : words(text)) {
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
    const QString query = ftsQuery(text);
    QList<IdeaHit> hits;
    if (query.isEmpty()) {
        QStringList conditions{QStringLiteral("1")};
        Bindings bindings;
        ideasql::appendConditions(filter, conditions, bindings);
        QString sqlText = QStringLiteral("SELECT %1 FROM ideas i WHERE %2 "
                                         "ORDER BY i.favourite DESC, i.created_at DESC, i.id DESC")
                              .arg(ideasql::columns(), conditions.join(QStringLiteral(" AND ")));
        if (filter.limit > 0)
            sqlText += QStringLiteral(" LIMIT %1").arg(filter.limit);
        auto rows = m_database.exec(sqlText, bindings);
        if (!rows)
            return rows.error();
        while (rows->next())
            hits << IdeaHit{ideasql::fromRow(*rows), 0, QString()};
        return hits;
    }

    QStringList conditions{QStringLiteral("ideas_fts MATCH :query")};
    Bindings bindings{{QStringLiteral(":query"), query}};
    ideasql::appendConditions(filter, conditions, bindings);
    // Pass 1 ranks with nothing but ids and scores, and SQLite keeps only the best `limit` (a
    // top-N sort); pass 2 reads columns and builds snippets for those rows alone. With 100k
    // ideas a short prefix matches thousands of rows, and snippets, usage counts and QString
    // work for all of them is what costs. Title words weigh most, then tags, then notes.
    QString ranked =
        QStringLiteral("SELECT ideas_fts.rowid AS id, bm25(ideas_fts, 10.0, 1.0, 4.0) AS score "
                       "FROM ideas_fts JOIN ideas i ON i.id = ideas_fts.rowid WHERE %1")
            .arg(conditions.join(QStringLiteral(" AND ")));
    if (filter.limit > 0) {
        // With a limit, only the newest rankedCandidateCap matches are scored: bm25 over the
        // tens of thousands of ideas a short prefix can match in a big bank costs far more than
        // the 5 ms a keystroke may take. Below the cap (the usual case) the ranking is exact.
        // The FTS5 index hands rows out newest first, so the inner LIMIT stops its scan early.
        ranked = QStringLiteral("SELECT id, score FROM (%1 ORDER BY ideas_fts.rowid DESC LIMIT %2) "
                                "ORDER BY score, id LIMIT %3")
                     .arg(ranked)
                     .arg(std::max(filter.limit, rankedCandidateCap))
                     .arg(filter.limit);
    } else {
        ranked += QStringLiteral(" ORDER BY score, id");
    }
    auto order = m_database.exec(ranked, bindings);
    if (!order)
        return order.error();
    QHash<qint64, qsizetype> position;
    QList<double> scores;
    QString ids;
    qint64 lowest = std::numeric_limits<qint64>::max();
    qint64 highest = std::numeric_limits<qint64>::min();
    while (order->next()) {
        const qint64 id = order->value(0).toLongLong();
        position.insert(id, scores.size());
        scores << order->value(1).toDouble();
        ids += (ids.isEmpty() ? u'[' : u',') + QString::number(id);
        lowest = std::min(lowest, id);
        highest = std::max(highest, id);
    }
    if (scores.isEmpty())
        return hits;
    ids += u']';

    // The rowid range lets FTS5 visit only the matches between the kept ids (the newest ones,
    // under a limit) instead of every match again; the id list then picks the kept rows.
    auto rows = m_database.exec(
        QStringLiteral("SELECT %1, snippet(ideas_fts, -1, :open, :close, :ellipsis, 12) "
                       "FROM ideas_fts JOIN ideas i ON i.id = ideas_fts.rowid "
                       "WHERE ideas_fts MATCH :query AND ideas_fts.rowid >= :lowest "
                       "AND ideas_fts.rowid <= :highest "
                       "AND +ideas_fts.rowid IN (SELECT value FROM json_each(:ids))")
            .arg(ideasql::columns()),
        {{QStringLiteral(":query"), query},
         {QStringLiteral(":lowest"), lowest},
         {QStringLiteral(":highest"), highest},
         {QStringLiteral(":ids"), ids},
         {QStringLiteral(":open"), QString(QChar(highlightStart))},
         {QStringLiteral(":close"), QString(QChar(highlightEnd))},
         {QStringLiteral(":ellipsis"), QString(QChar(0x2026))}});
    if (!rows)
        return rows.error();
    hits.resize(scores.size());
    const int offset = ideasql::columnCount();
    while (rows->next()) {
        Idea idea = ideasql::fromRow(*rows);
        const qsizetype at = position.value(idea.id, -1);
        if (at < 0)
            continue;
        hits[at] = IdeaHit{std::move(idea), scores.at(at), rows->value(offset).toString()};
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
