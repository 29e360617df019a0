// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/textcounter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <array>

namespace hearth::core {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("hearth::core::TextCounter", text, nullptr, n);
}

// Every link weighs this much on X and Mastodon, whatever its length.
constexpr int linkWeight = 23;

struct Range
{
    char32_t first;
    char32_t last;
};

// Unicode Extended_Pictographic, condensed (emoji-data.txt); sorted for binary search.
constexpr std::array pictographic{
    Range{0x00A9, 0x00A9},   Range{0x00AE, 0x00AE},   Range{0x203C, 0x203C},
    Range{0x2049, 0x2049},   Range{0x2122, 0x2122},   Range{0x2139, 0x2139},
    Range{0x2194, 0x2199},   Range{0x21A9, 0x21AA},   Range{0x231A, 0x231B},
    Range{0x2328, 0x2328},   Range{0x2388, 0x2388},   Range{0x23CF, 0x23CF},
    Range{0x23E9, 0x23F3},   Range{0x23F8, 0x23FA},   Range{0x24C2, 0x24C2},
    Range{0x25AA, 0x25AB},   Range{0x25B6, 0x25B6},   Range{0x25C0, 0x25C0},
    Range{0x25FB, 0x25FE},   Range{0x2600, 0x2605},   Range{0x2607, 0x2612},
    Range{0x2614, 0x2685},   Range{0x2690, 0x2705},   Range{0x2708, 0x2712},
    Range{0x2714, 0x2714},   Range{0x2716, 0x2716},   Range{0x271D, 0x271D},
    Range{0x2721, 0x2721},   Range{0x2728, 0x2728},   Range{0x2733, 0x2734},
    Range{0x2744, 0x2744},   Range{0x2747, 0x2747},   Range{0x274C, 0x274C},
    Range{0x274E, 0x274E},   Range{0x2753, 0x2755},   Range{0x2757, 0x2757},
    Range{0x2763, 0x2767},   Range{0x2795, 0x2797},   Range{0x27A1, 0x27A1},
    Range{0x27B0, 0x27B0},   Range{0x27BF, 0x27BF},   Range{0x2934, 0x2935},
    Range{0x2B05, 0x2B07},   Range{0x2B1B, 0x2B1C},   Range{0x2B50, 0x2B50},
    Range{0x2B55, 0x2B55},   Range{0x3030, 0x3030},   Range{0x303D, 0x303D},
    Range{0x3297, 0x3297},   Range{0x3299, 0x3299},   Range{0x1F000, 0x1F0FF},
    Range{0x1F10D, 0x1F10F}, Range{0x1F12F, 0x1F12F}, Range{0x1F16C, 0x1F171},
    Range{0x1F17E, 0x1F17F}, Range{0x1F18E, 0x1F18E}, Range{0x1F191, 0x1F19A},
    Range{0x1F1AD, 0x1F1E5}, Range{0x1F201, 0x1F20F}, Range{0x1F21A, 0x1F21A},
    Range{0x1F22F, 0x1F22F}, Range{0x1F232, 0x1F23A}, Range{0x1F23C, 0x1F23F},
    Range{0x1F249, 0x1F3FA}, Range{0x1F400, 0x1F53D}, Range{0x1F546, 0x1F64F},
    Range{0x1F680, 0x1F6FF}, Range{0x1F774, 0x1F77F}, Range{0x1F7D5, 0x1F7FF},
    Range{0x1F80C, 0x1F80F}, Range{0x1F848, 0x1F84F}, Range{0x1F85A, 0x1F85F},
    Range{0x1F888, 0x1F88F}, Range{0x1F8AE, 0x1F8FF}, Range{0x1F90C, 0x1F93A},
    Range{0x1F93C, 0x1F945}, Range{0x1F947, 0x1FAFF}, Range{0x1FC00, 0x1FFFD},
};

// Pictographs below U+1F000 that show as emoji even without U+FE0F (Emoji_Presentation).
constexpr std::array emojiPresentationBmp{
    Range{0x231A, 0x231B}, Range{0x23E9, 0x23EC}, Range{0x23F0, 0x23F0}, Range{0x23F3, 0x23F3},
    Range{0x25FD, 0x25FE}, Range{0x2614, 0x2615}, Range{0x2648, 0x2653}, Range{0x267F, 0x267F},
    Range{0x2693, 0x2693}, Range{0x26A1, 0x26A1}, Range{0x26AA, 0x26AB}, Range{0x26BD, 0x26BE},
    Range{0x26C4, 0x26C5}, Range{0x26CE, 0x26CE}, Range{0x26D4, 0x26D4}, Range{0x26EA, 0x26EA},
    Range{0x26F2, 0x26F3}, Range{0x26F5, 0x26F5}, Range{0x26FA, 0x26FA}, Range{0x26FD, 0x26FD},
    Range{0x2705, 0x2705}, Range{0x270A, 0x270B}, Range{0x2728, 0x2728}, Range{0x274C, 0x274C},
    Range{0x274E, 0x274E}, Range{0x2753, 0x2755}, Range{0x2757, 0x2757}, Range{0x2795, 0x2797},
    Range{0x27B0, 0x27B0}, Range{0x27BF, 0x27BF}, Range{0x2B1B, 0x2B1C}, Range{0x2B50, 0x2B50},
    Range{0x2B55, 0x2B55},
};

// X's light code points (twitter-text v3 configuration); everything else weighs 2.
constexpr std::array xLightRanges{
    Range{0x0000, 0x10FF},
    Range{0x2000, 0x200D},
    Range{0x2010, 0x201F},
    Range{0x2032, 0x2037},
};

template<std::size_t N>
bool inRanges(const std::array<Range, N> &ranges, char32_t cp)
{
    auto it = std::upper_bound(ranges.begin(), ranges.end(), cp,
                               [](char32_t value, const Range &r) { return value < r.first; });
    if (it == ranges.begin())
        return false;
    --it;
    return cp >= it->first && cp <= it->last;
}

bool isRegionalIndicator(char32_t cp)
{
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
}

bool isSkinTone(char32_t cp)
{
    return cp >= 0x1F3FB && cp <= 0x1F3FF;
}

// Whether one grapheme cluster is an emoji: a whole ZWJ sequence, flag, keycap or
// modified emoji is one cluster, so it is decided once for all its code points.
bool isEmojiCluster(const QList<char32_t> &cluster)
{
    if (cluster.isEmpty())
        return false;
    const char32_t first = cluster.first();
    const bool variationSelector = cluster.contains(U'\uFE0F');
    if (cluster.contains(U'\u20E3'))
        return true; // keycap: 1️⃣, #️⃣
    if (isRegionalIndicator(first) || isSkinTone(first))
        return true;
    if (!inRanges(pictographic, first))
        return false;
    return first >= 0x1F000 || variationSelector || inRanges(emojiPresentationBmp, first);
}

// The text split into grapheme clusters, each as its code points.
QList<QList<char32_t>> graphemes(const QString &text)
{
    QList<QList<char32_t>> clusters;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        QList<char32_t> cluster;
        for (char32_t cp : QStringView(text).mid(start, end - start).toUcs4())
            cluster.append(cp);
        clusters.append(cluster);
        start = end;
    }
    return clusters;
}

qsizetype codePoints(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isHighSurrogate() && i + 1 < text.size() &&
              text.at(i + 1).isLowSurrogate()))
            ++count;
    }
    return count;
}

int utf8Bytes(const QList<char32_t> &cluster)
{
    int bytes = 0;
    for (char32_t cp : cluster)
        bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    return bytes;
}

struct Span
{
    qsizetype start;
    qsizetype length;
};

enum class LinkKinds
{
    WithScheme,
    WithSchemeOrBareDomain
};

// Links as the networks auto-link them. Bare domains need a well-known top-level domain
// so "e.g." or "file.txt" are never taken for links.
QList<Span> findLinks(const QString &text, LinkKinds kinds)
{
    static const QRegularExpression withScheme(QStringLiteral(R"((?<![\w@])https?://[^\s<>"]+)"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bare(
        QStringLiteral(R"((?<![\w@./:-])(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+)"
                       R"((?:com|org|net|edu|gov|io|co|de|uk|fr|es|it|nl|eu|ch|at|be|ca|us|me|)"
                       R"(app|dev|info|biz|blog|shop|social|xyz|ai|ly|tv|jp|cn|au|se|no|dk|fi|pl))"
                       R"((?![\w-])(?::\d{1,5})?(?:/[^\s<>"]*)?)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression trailing(QStringLiteral(R"([.,:;!?'"]+$)"));

    QList<Span> spans;
    auto collect = [&](const QRegularExpression &pattern) {
        auto it = pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            QString found = match.captured(0);
            // Sentence punctuation and an unbalanced closing bracket are not part of a link.
            for (;;) {
                const qsizetype before = found.size();
                found.remove(trailing);
                if (found.endsWith(u')') && found.count(u'(') < found.count(u')'))
                    found.chop(1);
                if (found.size() == before)
                    break;
            }
            const Span span{match.capturedStart(0), found.size()};
            const bool overlaps = std::any_of(spans.cbegin(), spans.cend(), [&](const Span &s) {
                return span.start < s.start + s.length && s.start < span.start + span.length;
            });
            if (!overlaps && span.length > 0)
                spans.append(span);
        }
    };
    collect(withScheme);
    if (kinds == LinkKinds::WithSchemeOrBareDomain)
        collect(bare);
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    return spans;
}

// The text with every link cut out, and how many links there were.
QString withoutLinks(const QString &text, const QList<Span> &links)
{
    QString rest;
    qsizetype position = 0;
    for (const Span &link : links) {
        rest += QStringView(text).mid(position, link.start - position);
        rest += u' '; // keeps the text on both sides from joining into one cluster
        position = link.start + link.length;
    }
    rest += QStringView(text).mid(position);
    return rest;
}

// Distinct hashtags (case-insensitive); a tag needs at least one non-digit.
QStringList hashtags(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral(
        R"((?<![\p{L}\p{N}_&#])[#＃]([\p{L}\p{M}\p{N}_]*[\p{L}_][\p{L}\p{M}\p{N}_]*))"));
    QStringList tags;
    QSet<QString> seen;
    auto it = tag.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!seen.contains(name.toCaseFolded())) {
            seen.insert(name.toCaseFolded());
            tags << name;
        }
    }
    return tags;
}

// Remote mentions `@user@host`, which Mastodon counts as `@user`.
const QRegularExpression &remoteMention()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"((?<![\w@/])(@[A-Za-z0-9_]+(?:[.-]+[A-Za-z0-9_]+)*)@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b)"));
    return pattern;
}

int settingInt(const Network &network, const char *key, int fallback)
{
    const QJsonValue value = network.settings.value(QLatin1String(key));
    return value.isDouble() && value.toInt() > 0 ? value.toInt() : fallback;
}

// The limit of the checked field: options, then the network's settings, then its limit.
int limitFor(const Network &network, const TextCheckOptions &options)
{
    if (options.limit && *options.limit > 0)
        return *options.limit;
    switch (options.field) {
    case TextField::Title:
        if (network.settings.contains(QLatin1String("title_limit")))
            return settingInt(network, "title_limit", network.charLimit);
        return settingInt(network, "photo_title_limit", network.charLimit);
    case TextField::Comment:
        return settingInt(network, "comment_limit", network.charLimit);
    case TextField::Body:
        break;
    }
    // A Mastodon account may allow more than the server default.
    return settingInt(network, "account_limit", network.charLimit);
}

struct Count
{
    int count = 0;
    int links = 0;
    int emoji = 0;
    int heavy = 0;
    int remoteMentions = 0;
    int bytes = 0;
};

Count countX(const QString &input)
{
    const QString text = input.normalized(QString::NormalizationForm_C);
    Count result;
    const QList<Span> links = findLinks(text, LinkKinds::WithSchemeOrBareDomain);
    result.links = int(links.size());
    result.count = result.links * linkWeight;
    // withoutLinks() put one space per link in; it must not be counted.
    result.count -= result.links;
    for (const QList<char32_t> &cluster : graphemes(withoutLinks(text, links))) {
        if (isEmojiCluster(cluster)) {
            result.count += 2;
            ++result.emoji;
            continue;
        }
        for (char32_t cp : cluster) {
            const bool light = inRanges(xLightRanges, cp);
            result.count += light ? 1 : 2;
            result.heavy += light ? 0 : 1;
        }
    }
    return result;
}

Count countMastodon(const QString &input)
{
    Count result;
    QString text = input;
    // Mastodon only links addresses that carry their scheme.
    const QList<Span> links = findLinks(text, LinkKinds::WithScheme);
    result.links = int(links.size());
    text = withoutLinks(text, links);
    result.count = result.links * linkWeight - result.links;
    auto it = remoteMention().globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++result.remoteMentions;
    }
    text.replace(remoteMention(), QStringLiteral("\\1"));
    // The server counts grapheme clusters, so an emoji sequence is one character.
    result.count += int(graphemes(text).size());
    return result;
}

Count countBluesky(const QString &text)
{
    Count result;
    const auto clusters = graphemes(text);
    result.count = int(clusters.size());
    result.bytes = int(text.toUtf8().size());
    for (const auto &cluster : clusters)
        result.emoji += isEmojiCluster(cluster) ? 1 : 0;
    result.links = int(findLinks(text, LinkKinds::WithSchemeOrBareDomain).size());
    return result;
}

Count countThreads(const QString &text)
{
    Count result;
    for (const auto &cluster : graphemes(text)) {
        if (isEmojiCluster(cluster)) {
            result.count += utf8Bytes(cluster);
            ++result.emoji;
        } else {
            result.count += int(cluster.size());
        }
    }
    result.links = int(findLinks(text, LinkKinds::WithSchemeOrBareDomain).size());
    return result;
}

} // namespace

TextCheck checkText(const Network &network, const QString &text, const TextCheckOptions &options)
{
    TextCheck check;
    check.networkId = network.id;
    check.limit = limitFor(network, options);
    const QString &rule = network.countingRule;
    const QString &name = network.name.isEmpty() ? network.id : network.name;

    // A "#" inside a link (a page anchor) is not a hashtag.
    const QString textOutsideLinks =
        withoutLinks(text, findLinks(text, LinkKinds::WithSchemeOrBareDomain));

    Count counted;
    if (rule == QLatin1String("x-weighted")) {
        counted = countX(text);
        if (counted.links > 0)
            check.reasons << tr("%1 counts each link as %2 characters, whatever its length.")
                                 .arg(name)
                                 .arg(linkWeight);
        if (counted.emoji > 0)
            check.reasons << tr("%1 counts each emoji as 2 characters.").arg(name);
        if (counted.heavy > 0)
            check.reasons
                << tr("%1 counts Chinese, Japanese, Korean and some other characters as 2 "
                      "each.")
                       .arg(name);
    } else if (rule == QLatin1String("mastodon")) {
        counted = countMastodon(text);
        if (counted.links > 0)
            check.reasons << tr("%1 counts each link as %2 characters, whatever its length.")
                                 .arg(name)
                                 .arg(linkWeight);
        if (counted.remoteMentions > 0)
            check.reasons << tr("%1 counts a mention of another server's account (@user@server) "
                                "only as @user.")
                                 .arg(name);
    } else if (rule == QLatin1String("bluesky")) {
        counted = countBluesky(text);
        if (counted.emoji > 0)
            check.reasons
                << tr("%1 counts what you see as one character, so an emoji counts 1.").arg(name);
        const int maxBytes = settingInt(network, "max_bytes", 3000);
        if (counted.bytes > maxBytes) {
            check.ok = false;
            check.reasons << tr("%1 allows at most %2 bytes of UTF-8; this text has %3.")
                                 .arg(name)
                                 .arg(maxBytes)
                                 .arg(counted.bytes);
        }
        const int maxTags = settingInt(network, "max_tags", 8);
        const auto tags = hashtags(textOutsideLinks).size();
        if (tags > maxTags) {
            check.ok = false;
            check.reasons << tr("%1 allows at most %2 tags; this text has %3.")
                                 .arg(name)
                                 .arg(maxTags)
                                 .arg(tags);
        }
    } else if (rule == QLatin1String("threads")) {
        counted = countThreads(text);
        if (counted.emoji > 0)
            check.reasons << tr("%1 counts each emoji as its size in bytes (usually 4).").arg(name);
        const int maxLinks = settingInt(network, "max_links", 5);
        if (counted.links > maxLinks) {
            check.ok = false;
            check.reasons << tr("%1 allows at most %2 links; this text has %3.")
                                 .arg(name)
                                 .arg(maxLinks)
                                 .arg(counted.links);
        }
        const int maxTopics = settingInt(network, "max_topic_tags", 1);
        const auto tags = hashtags(textOutsideLinks).size();
        if (tags > maxTopics)
            check.warnings
                << tr("%1 turns only %2 hashtag into a topic tag; the other %3 stay plain "
                      "text.")
                       .arg(name)
                       .arg(maxTopics)
                       .arg(tags - maxTopics);
    } else {
        // "characters": Unicode code points, so an emoji outside the BMP counts once.
        counted.count = int(codePoints(text));
    }

    if (network.settings.contains(QLatin1String("hashtag_cap")) || options.hashtagCap) {
        const int cap = options.hashtagCap.value_or(settingInt(network, "hashtag_cap", 30));
        const auto tags = hashtags(textOutsideLinks).size();
        if (tags > cap)
            check.warnings
                << tr("%1 hashtags is above your cap of %2 for %3.").arg(tags).arg(cap).arg(name);
    }

    check.count = counted.count;
    if (check.count > check.limit) {
        check.ok = false;
        check.reasons << tr("%1 allows %2 characters; this text has %3.")
                             .arg(name)
                             .arg(check.limit)
                             .arg(check.count);
    }
    return check;
}

} // namespace hearth::core
