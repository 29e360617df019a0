// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/ideasearch.h"

#include "spark/ideasql.h"
#include "storage/sqlitehandle.h"

#include <QHash>
#include <QSqlDriver>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <sqlite3.h>

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

// What folded() does to one UTF-16 unit of the Latin scripts, looked up instead of computed:
// the snippet folds every word of every kept row, and QString::normalized() per word was a
// large share of a search's time. Folding a word character by character gives what folded()
// gives the whole word: canonical decomposition and case folding work per character, and the
// combining marks that decomposition could reorder are dropped anyway.
class FoldTable final
{
public:
    // Units from here on take the general path.
    static constexpr char16_t size = 0x0370;
    // A unit that folds to more than one unit (ß folds to "ss"): the word takes the slow path.
    static constexpr char16_t expands = 0xFFFF;

    FoldTable()
    {
        for (char16_t unit = 0; unit < size; ++unit) {
            const QChar ch(unit);
            m_inWord[unit] = ch.isLetterOrNumber() || ch.isMark();
            const QString one = folded(QStringView(&ch, 1));
            m_fold[unit] = one.isEmpty() ? u'\0' : one.size() == 1 ? one.at(0).unicode() : expands;
        }
    }
    bool inWord(QChar ch) const
    {
        if (ch.unicode() < size)
            return m_inWord[ch.unicode()];
        return ch.isLetterOrNumber() || ch.isMark() || ch.isSurrogate();
    }
    // The folded unit, 0 when folding drops it, `expands` when the table cannot say.
    char16_t fold(QChar ch) const { return ch.unicode() < size ? m_fold[ch.unicode()] : expands; }

private:
    std::array<bool, size> m_inWord{};
    std::array<char16_t, size> m_fold{};
};

const FoldTable &foldTable()
{
    static const FoldTable table;
    return table;
}

// The first term `word` matches (after folding), or -1. The word is folded a unit at a time and
// compared with every term as it goes, so most words stop at their first letter.
int matchingTerm(QStringView word, const QList<Term> &terms, const FoldTable &table)
{
    // The general way: the whole word folded, then compared.
    auto slowly = [&] {
        const QString key = folded(word);
        for (int t = 0; t < terms.size(); ++t) {
            const Term &term = terms.at(t);
            if (term.prefix ? key.startsWith(term.text) : key == term.text)
                return t;
        }
        return -1;
    };
    if (terms.size() > 64)
        return slowly();
    quint64 alive = terms.size() == 64 ? ~quint64(0) : (quint64(1) << terms.size()) - 1;
    quint64 matched = 0;
    qsizetype length = 0;
    for (const QChar ch : word) {
        const char16_t unit = table.fold(ch);
        // Beyond the table, or folding to more than one unit.
        if (unit == FoldTable::expands)
            return slowly();
        if (unit == u'\0')
            continue;
        for (quint64 rest = alive; rest != 0; rest &= rest - 1) {
            const int t = std::countr_zero(rest);
            const QString &text = terms.at(t).text;
            if (length < text.size() && text.at(length).unicode() == unit)
                continue;
            if (length >= text.size() && terms.at(t).prefix)
                matched |= quint64(1) << t;
            alive &= ~(quint64(1) << t);
        }
        ++length;
        if (alive == 0)
            break;
    }
    for (quint64 rest = alive; rest != 0; rest &= rest - 1) {
        const int t = std::countr_zero(rest);
        if (length == terms.at(t).text.size())
            matched |= quint64(1) << t;
    }
    return matched == 0 ? -1 : std::countr_zero(matched);
}

QList<Token> tokens(const QString &text, const QList<Term> &terms)
{
    const FoldTable &table = foldTable();
    QList<Token> list;
    list.reserve(text.size() / 4 + 1);
    qsizetype start = -1;
    auto close = [&](qsizetype end) {
        list.append(Token{
            start, end, matchingTerm(QStringView(text).sliced(start, end - start), terms, table)});
        start = -1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool inWord = table.inWord(text.at(i));
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

// ---------------------------------------------------------------------------------------------
// Ranking. FTS5's bm25() finds each word's inverse document frequency by running the word
// again over the whole index before the first row: for a short prefix in a big bank that is
// tens of thousands of rows read twice, more than the rest of the search together. rankFunction
// is bm25 with the same formula (k1 1.2, b 0.75, column weights, total row length), but it is
// handed each word's document count, which search() counts with a scan that stops early.

// The name the ranking function has in SQL, registered on each connection before first use.
constexpr char rankFunctionName[] = "hearth_rank";
constexpr double bm25K1 = 1.2;
constexpr double bm25B = 0.75;

// Per query, kept by FTS5 between rows: the number of rows and their average length in tokens.
struct RankConstants
{
    double rows = 0;
    double averageLength = 1;
};

// hearth_rank(ideas_fts, titleWeight, notesWeight, tagsWeight, rows0, rows1, ...): bm25 where
// rowsN is how many ideas match phrase N (estimated when large; see documentCount()); a
// negative rowsN leaves the frequency out (an inverse document frequency of 1).
void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
                  sqlite3_value **argv)
{
    const int columns = api->xColumnCount(fts);
    const int phrases = api->xPhraseCount(fts);
    if (argc != columns + phrases) {
        sqlite3_result_error(context, "hearth_rank: wrong number of arguments", -1);
        return;
    }
    auto *constants = static_cast<RankConstants *>(api->xGetAuxdata(fts, 0));
    if (!constants) {
        sqlite3_int64 rows = 0;
        sqlite3_int64 tokens = 0;
        if (const int rc = api->xRowCount(fts, &rows); rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
        if (const int rc = api->xColumnTotalSize(fts, -1, &tokens); rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
        constants = new RankConstants{double(rows), rows > 0 ? double(tokens) / double(rows) : 1.0};
        if (const int rc = api->xSetAuxdata(
                fts, constants, [](void *data) { delete static_cast<RankConstants *>(data); });
            rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
    }

    QVarLengthArray<double, 8> frequency(phrases, 0.0);
    int instances = 0;
    if (const int rc = api->xInstCount(fts, &instances); rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && column < columns)
            frequency[phrase] += sqlite3_value_double(argv[column]);
    }
    int length = 0;
    if (const int rc = api->xColumnSize(fts, -1, &length); rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    double score = 0;
    const double norm = bm25K1 * (1 - bm25B + bm25B * double(length) / constants->averageLength);
    for (int p = 0; p < phrases; ++p) {
        // The inverse document frequency as bm25() computes it, floored the same way.
        const double matching = sqlite3_value_double(argv[columns + p]);
        double idf = 1;
        if (matching >= 0) {
            idf = std::log((constants->rows - matching + 0.5) / (matching + 0.5));
            if (idf <= 0)
                idf = 1e-6;
        }
        score += idf * frequency[p] * (bm25K1 + 1) / (frequency[p] + norm);
    }
    sqlite3_result_double(context, -score);
}

// Registers rankFunction on `database`'s connection once: FTS5 keeps a list of functions and
// would grow it on every registration. The mark lives on the driver object, so it goes away
// with the connection.
Result<void> ensureRankFunction(const Database &database)
{
    static constexpr char mark[] = "hearthRankFunction";
    QSqlDriver *driver = database.connection().driver();
    if (driver->property(mark).toBool())
        return success();
    sqlite3 *handle = nativeSqliteHandle(database.connection());
    if (!handle)
        return Error::make(ErrorKind::Internal,
                           IdeaSearch::tr("The search needs Qt's SQLite driver."));
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (!api ||
        api->xCreateFunction(api, rankFunctionName, nullptr, &rankFunction, nullptr) != SQLITE_OK)
        return Error::make(ErrorKind::Internal,
                           IdeaSearch::tr("The search could not set up its ranking in SQLite."));
    driver->setProperty(mark, true);
    return success();
}

// The phrases of IdeaSearch::ftsQuery(text), one per word, in the same order.
QStringList ftsPhrases(const QString &text)
{
    QStringList phrases;
    for (const QString &word : words(text))
        phrases << IdeaSearch::ftsQuery(word);
    return phrases;
}

// Matches of one phrase counted exactly up to this many.
constexpr int documentCountCap = 1000;

// How many ideas match `phrase`, for its inverse document frequency. Counted exactly up to
// documentCountCap, newest first so the scan stops there; beyond, estimated from how densely
// the newest ideas match (the id range the counted matches span against all ids), which is
// as good as bm25 needs: the frequency changes little between, say, 30 000 and 40 000 rows.
// `idRange` (smallest and largest idea id) is looked up on first need and kept.
Result<double> documentCount(const Database &database, const QString &phrase,
                             std::optional<std::pair<qint64, qint64>> &idRange)
{
    auto counted = database.exec(
        QStringLiteral("SELECT count(*), min(id) FROM (SELECT rowid AS id FROM ideas_fts "
                       "WHERE ideas_fts MATCH :phrase ORDER BY rowid DESC LIMIT %1)")
            .arg(documentCountCap),
        {{QStringLiteral(":phrase"), phrase}});
    if (!counted)
        return counted.error();
    if (!counted->next())
        return 0.0;
    const qint64 count = counted->value(0).toLongLong();
    if (count < documentCountCap)
        return double(count);
    const qint64 oldest = counted->value(1).toLongLong();
    if (!idRange) {
        // Two subqueries: each is one step down the table's b-tree, where min() and max() in
        // one SELECT would read every row.
        auto range = database.exec(
            QStringLiteral("SELECT (SELECT min(id) FROM ideas), (SELECT max(id) FROM ideas)"));
        if (!range)
            return range.error();
        if (!range->next())
            return double(count);
        idRange = std::pair{range->value(0).toLongLong(), range->value(1).toLongLong()};
    }
    const auto [first, last] = *idRange;
    if (oldest > last || last < first)
        return double(count);
    return double(count) * double(last - first + 1) / double(last - oldest + 1);
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
        auto ideas = ideasql::list(m_database, filter);
        if (!ideas)
            return ideas.error();
        for (const Idea &idea : std::as_const(*ideas))
            hits << IdeaHit{idea, 0, QString()};
        return hits;
    }

    if (auto registered = ensureRankFunction(m_database); !registered)
        return registered.error();
    // Each word's document count for the inverse document frequency, bound as :rowsN.
    QStringList rowArguments;
    Bindings bindings{{QStringLiteral(":query"), query}};
    std::optional<std::pair<qint64, qint64>> idRange;
    const QStringList phrases = ftsPhrases(text);
    for (qsizetype p = 0; p < phrases.size(); ++p) {
        // One word's frequency would scale every score alike and leave the order as it is,
        // so a one-word search does not count (a negative count means "leave it out").
        Result<double> rows = -1.0;
        if (phrases.size() > 1)
            rows = documentCount(m_database, phrases.at(p), idRange);
        if (!rows)
            return rows.error();
        const QString name = QStringLiteral(":rows%1").arg(p);
        rowArguments << name;
        bindings.emplace_back(name, *rows);
    }
    QStringList conditions{QStringLiteral("ideas_fts MATCH :query")};
    ideasql::appendConditions(filter, conditions, bindings);
    // Pass 1 ranks with nothing but ids and scores, and SQLite keeps only the best `limit` (a
    // top-N sort); pass 2 reads columns and builds snippets for those rows alone. With 100k
    // ideas a short prefix matches thousands of rows, and snippets, usage counts and QString
    // work for all of them is what costs. Title words weigh most, then tags, then notes.
    QString ranked =
        QStringLiteral("SELECT ideas_fts.rowid AS id, %1(ideas_fts, 10.0, 1.0, 4.0, %2) AS score "
                       "FROM ideas_fts JOIN ideas i ON i.id = ideas_fts.rowid WHERE %3")
            .arg(QLatin1String(rankFunctionName), rowArguments.join(QStringLiteral(", ")),
                 conditions.join(QStringLiteral(" AND ")));
    if (filter.limit > 0) {
        // With a limit, only the newest rankedCandidateCap matches are scored: scoring reads
        // each candidate's length from the index, and over the tens of thousands of ideas a
        // short prefix can match in a big bank that costs far more than the 5 ms a keystroke
        // may take (at 100k ideas 1000 candidates kept the p95 near 6 ms, 500 below 5 ms).
        // Below the cap (the usual case) the ranking is exact. The FTS5 index hands rows out
        // newest first, so the inner LIMIT stops its scan early.
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
