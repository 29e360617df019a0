// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/ideatext.h"

#include "spark/ideasearch.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>

namespace hearth::core::ideatext {

namespace {

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

// The terms a word matches, one bit per term (the first 64 terms).
using TermMask = quint64;

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    TermMask terms = 0;

    // The first term the token matches, or -1.
    int firstTerm() const { return terms == 0 ? -1 : std::countr_zero(terms); }
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

bool matches(const Term &term, const QString &key)
{
    return term.prefix ? key.startsWith(term.text) : key == term.text;
}

// The terms `word` matches (after folding). The word is folded a unit at a time and compared
// with every term as it goes, so most words stop at their first letter.
TermMask matchingTerms(QStringView word, const QList<Term> &terms, const FoldTable &table)
{
    // The general way: the whole word folded, then compared.
    auto slowly = [&] {
        const QString key = folded(word);
        TermMask mask = 0;
        for (qsizetype t = 0; t < std::min<qsizetype>(terms.size(), 64); ++t)
            mask |= matches(terms.at(t), key) ? TermMask(1) << t : 0;
        return mask;
    };
    if (terms.size() > 64)
        return slowly();
    TermMask alive = terms.size() == 64 ? ~TermMask(0) : (TermMask(1) << terms.size()) - 1;
    TermMask matched = 0;
    qsizetype length = 0;
    for (const QChar ch : word) {
        const char16_t unit = table.fold(ch);
        // Beyond the table, or folding to more than one unit.
        if (unit == FoldTable::expands)
            return slowly();
        if (unit == u'\0')
            continue;
        for (TermMask rest = alive; rest != 0; rest &= rest - 1) {
            const int t = std::countr_zero(rest);
            const QString &text = terms.at(t).text;
            if (length < text.size() && text.at(length).unicode() == unit)
                continue;
            if (length >= text.size() && terms.at(t).prefix)
                matched |= TermMask(1) << t;
            alive &= ~(TermMask(1) << t);
        }
        ++length;
        if (alive == 0)
            break;
    }
    for (TermMask rest = alive; rest != 0; rest &= rest - 1) {
        const int t = std::countr_zero(rest);
        if (length == terms.at(t).text.size())
            matched |= TermMask(1) << t;
    }
    return matched;
}

QList<Token> tokens(const QString &text, const QList<Term> &terms)
{
    const FoldTable &table = foldTable();
    QList<Token> list;
    list.reserve(text.size() / 4 + 1);
    qsizetype start = -1;
    auto close = [&](qsizetype end) {
        list.append(Token{
            start, end, matchingTerms(QStringView(text).sliced(start, end - start), terms, table)});
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
    TermMask seen = 0;
    int hits = 0;
    for (qsizetype i = from; i < to; ++i) {
        const int term = list.at(i).firstTerm();
        if (term < 0)
            continue;
        ++hits;
        seen |= TermMask(1) << term;
    }
    return {std::popcount(seen), hits};
}

constexpr qsizetype snippetTokens = 12;
constexpr double bm25K1 = 1.2;
constexpr double bm25B = 0.75;

} // namespace

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

QList<Term> terms(const QString &text)
{
    QList<Term> list;
    for (const QString &word : words(text))
        list.append({folded(word), word.size() >= IdeaSearch::minimumPrefixLength});
    return list;
}

QList<double> weightedFrequencies(const QStringList &columns, std::span<const double> weights,
                                  const QList<Term> &terms)
{
    QList<double> frequencies(terms.size(), 0.0);
    for (qsizetype c = 0; c < columns.size() && c < qsizetype(weights.size()); ++c) {
        for (const Token &token : tokens(columns.at(c), terms)) {
            for (TermMask rest = token.terms; rest != 0; rest &= rest - 1)
                frequencies[std::countr_zero(rest)] += weights[size_t(c)];
        }
    }
    return frequencies;
}

QString snippet(const QStringList &columns, const QList<Term> &terms)
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
        if (token.terms == 0)
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

double bm25(std::span<const double> frequencies, std::span<const double> matchingRows,
            double length, const BankFigures &bank)
{
    double score = 0;
    const double norm = bm25K1 * (1 - bm25B + bm25B * length / bank.averageLength);
    for (size_t p = 0; p < frequencies.size(); ++p) {
        // The inverse document frequency as bm25() computes it, floored the same way.
        double idf = 1;
        if (p < matchingRows.size() && matchingRows[p] >= 0) {
            idf = std::log((bank.rows - matchingRows[p] + 0.5) / (matchingRows[p] + 0.5));
            if (idf <= 0)
                idf = 1e-6;
        }
        score += idf * frequencies[p] * (bm25K1 + 1) / (frequencies[p] + norm);
    }
    return -score;
}

double estimatedMatches(qint64 counted, qint64 oldestCounted, qint64 firstId, qint64 lastId)
{
    if (counted < matchCountCap || oldestCounted > lastId || lastId < firstId)
        return double(counted);
    return double(counted) * double(lastId - firstId + 1) / double(lastId - oldestCounted + 1);
}

} // namespace hearth::core::ideatext
