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

// A word as the unicode61 tokenizer with remove_diacritics compares it: accents dropped, case
// folded. Plain ASCII words (most of them) take the short way.
QString folded(QStringView word)
{
    bool ascii = true;
    for (const QChar ch : word)
        ascii = ascii && ch.unicode() < 0x80;
    if (ascii)
        return word.toString().toLower();
    QString decomposed = word.toString().normalized(QString::NormalizationForm_D);
    decomposed.removeIf([](QChar ch) { return ch.isMark(); });
    return decomposed.toCaseFolded();
}

// One search word: matched as a prefix from minimumPrefixLength characters, whole otherwise.
struct Term
{
    QString text;
    bool prefix = false;
};

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    // Index into the terms it matches, or -1.
    int term = -1;
};

QList<Token> tokens(const QString &text, const QList<Term> &terms)
{
    QList<Token> list;
    qsizetype start = -1;
    auto close = [&](qsizetype end) {
        Token token{start, end, -1};
        const QString word = folded(QStringView(text).sliced(start, end - start));
        for (int t = 0; t < terms.size() && token.term < 0; ++t) {
            const Term &term = terms.at(t);
            if (term.prefix ? word.startsWith(term.text) : word == term.text)
                token.term = t;
        }
        list << token;
        start = -1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        const bool inWord = ch.isLetterOrNumber() || ch.isMark() || ch.isSurrogate();
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0)
            close(i);
    }
    if (start >= 0)
        close(text.size());
    return list;
}

// Distinct terms and matched tokens in tokens [from, to).
std::pair<int, int> coverage(const QList<Token> &list, qsizetype from, qsizetype to)
{
    quint64 seen = 0;
    int distinct = 0;
    int hits = 0;
    for (qsizetype i = from; i < to; ++i) {
        const int term = list.at(i).term;
        if (term < 0)
            continue;
        ++hits;
        const quint64 bit = quint64(1) << (term % 64);
        if (!(seen & bit)) {
            seen |= bit;
            ++distinct;
        }
    }
    return {distinct, hits};
}

constexpr qsizetype snippetTokens = 12;

// The snippet FTS5's snippet() would show: the column with the most matched words, a window of
// twelve words around the matches, matched words between the highlight markers, an ellipsis
// where text was cut. Built here for the kept rows only, so the second pass needs no MATCH.
QString snippetFor(const QStringList &columns, const QList<Term> &terms)
{
    qsizetype best = 0;
    QList<Token> bestTokens;
    std::pair<int, int> bestScore{-1, -1};
    for (qsizetype c = 0; c < columns.size(); ++c) {
        QList<Token> list = tokens(columns.at(c), terms);
        const auto score = coverage(list, 0, list.size());
        if (score > bestScore) {
            bestScore = score;
            best = c;
            bestTokens = std::move(list);
        }
    }
    const QString &text = columns.at(best);
    qsizetype from = 0;
    qsizetype to = bestTokens.size();
    if (to > snippetTokens) {
        std::pair<int, int> windowScore{-1, -1};
        for (qsizetype s = 0; s + snippetTokens <= bestTokens.size(); ++s) {
            const auto score = coverage(bestTokens, s, s + snippetTokens);
            if (score > windowScore) {
                windowScore = score;
                from = s;
            }
        }
        to = from + snippetTokens;
    }
    QString result;
    qsizetype at = 0;
    if (from > 0) {
        result += QChar(0x2026);
        at = bestTokens.at(from).start;
    }
    for (qsizetype i = from; i < to; ++i) {
        const Token &token = bestTokens.at(i);
        if (token.term < 0)
            continue;
        result += QStringView(text).sliced(at, token.start - at);
        result += QChar(IdeaSearch::highlightStart);
        result += QStringView(text).sliced(token.start, token.end - token.start);
        result += QChar(IdeaSearch::highlightEnd);
        at = token.end;
    }
    const qsizetype end = to < bestTokens.size() ? bestTokens.at(to - 1).end : text.size();
    result += QStringView(text).sliced(at, std::max<qsizetype>(end - at, 0));
    if (to < bestTokens.size())
        result += QChar(0x2026);
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
    while (order->next()) {
        const qint64 id = order->value(0).toLongLong();
        position.insert(id, scores.size());
        scores << order->value(1).toDouble();
        ids += (ids.isEmpty() ? u'[' : u',') + QString::number(id);
    }
    if (scores.isEmpty())
        return hits;
    ids += u']';

    // The kept rows by id; no second MATCH, and the snippets come from snippetFor().
    auto rows = m_database.exec(
        QStringLiteral("SELECT %1 FROM ideas i WHERE i.id IN (SELECT value FROM json_each(:ids))")
            .arg(ideasql::columns()),
        {{QStringLiteral(":ids"), ids}});
    if (!rows)
        return rows.error();
    QList<Term> terms;
    for (const QString &word : words(text))
        terms.append({folded(word), word.size() >= minimumPrefixLength});
    hits.resize(scores.size());
    while (rows->next()) {
        Idea idea = ideasql::fromRow(*rows);
        const qsizetype at = position.value(idea.id, -1);
        if (at < 0)
            continue;
        // The tags column of the index holds the names separated by spaces.
        const QString snippet = snippetFor({idea.title, idea.notes, idea.tags.join(u' ')}, terms);
        hits[at] = IdeaHit{std::move(idea), scores.at(at), snippet};
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
