#include "ideasearch.h"

#include "ideasql.h"

#include <QHash>

#include <algorithm>

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
    // Rank first with nothing but ids and scores; then read columns and build snippets only
    // for the rows kept, in one pass (the unary + keeps the id list a filter on the match
    // scan; as an FTS5 rowid constraint it would re-run the match once per id). With 100k ideas a
    // short prefix matches thousands of rows, and computing snippets and usage for all of them is
    // what costs. Title words weigh most, then tags, then notes.
    QString ranked =
        QStringLiteral("SELECT ideas_fts.rowid, bm25(ideas_fts, 10.0, 1.0, 4.0) "
                       "FROM ideas_fts JOIN ideas i ON i.id = ideas_fts.rowid WHERE %1")
            .arg(conditions.join(QStringLiteral(" AND ")));
    // With a limit, only the newest candidates are scored: bm25 over the tens of thousands of
    // ideas a short prefix can match in a big bank costs far more than the 5 ms a keystroke
    // may take. Below the cap (the usual case) the ranking is exact.
    if (filter.limit > 0)
        ranked += QStringLiteral(" ORDER BY ideas_fts.rowid DESC LIMIT %1")
                      .arg(std::max(filter.limit, rankedCandidateCap));
    auto order = m_database.exec(ranked, bindings);
    if (!order)
        return order.error();
    QList<std::pair<double, qint64>> scored;
    while (order->next())
        scored.append({order->value(1).toDouble(), order->value(0).toLongLong()});
    std::sort(scored.begin(), scored.end());
    if (filter.limit > 0 && scored.size() > filter.limit)
        scored.resize(filter.limit);
    QHash<qint64, qsizetype> position;
    QList<double> scores;
    QStringList ids;
    for (const auto &[score, id] : std::as_const(scored)) {
        position.insert(id, scores.size());
        scores << score;
        ids << QString::number(id);
    }
    if (ids.isEmpty())
        return hits;

    auto rows = m_database.exec(
        QStringLiteral("SELECT %1, snippet(ideas_fts, -1, :open, :close, :ellipsis, 12) "
                       "FROM ideas_fts JOIN ideas i ON i.id = ideas_fts.rowid "
                       "WHERE ideas_fts MATCH :query "
                       "AND +ideas_fts.rowid IN (SELECT value FROM json_each(:ids))")
            .arg(ideasql::columns()),
        {{QStringLiteral(":query"), query},
         {QStringLiteral(":ids"), QStringLiteral("[%1]").arg(ids.join(u','))},
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
