#include "ideasearch.h"

#include "ideasql.h"

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
    // Title words weigh most, then tags, then notes. The snippet comes from whichever column
    // matched best, so a match in the notes shows the sentence around it.
    QString sqlText =
        QStringLiteral("SELECT %1, bm25(ideas_fts, 10.0, 1.0, 4.0) AS score, "
                       "snippet(ideas_fts, -1, :open, :close, :ellipsis, 12) "
                       "FROM ideas_fts JOIN ideas i ON i.id = ideas_fts.rowid WHERE %2 "
                       "ORDER BY score, i.id")
            .arg(ideasql::columns(), conditions.join(QStringLiteral(" AND ")));
    if (filter.limit > 0)
        sqlText += QStringLiteral(" LIMIT %1").arg(filter.limit);
    bindings.emplace_back(QStringLiteral(":open"), QString(QChar(highlightStart)));
    bindings.emplace_back(QStringLiteral(":close"), QString(QChar(highlightEnd)));
    bindings.emplace_back(QStringLiteral(":ellipsis"), QString(QChar(0x2026)));
    auto rows = m_database.exec(sqlText, bindings);
    if (!rows)
        return rows.error();
    const int offset = ideasql::columnCount();
    while (rows->next())
        hits << IdeaHit{ideasql::fromRow(*rows), rows->value(offset).toDouble(),
                        rows->value(offset + 1).toString()};
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
