// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/metricmatcher.h"

#include "listen/metricimporttext.h"

#include <algorithm>
#include <cmath>

namespace hearth::core {

using importtext::tr;

PostMatcher::PostMatcher(Database &database, const MetricImportOptions &options)
    : m_database(database)
    , m_toleranceMinutes(options.matchToleranceMinutes)
    , m_textChars(options.matchTextChars)
{}

Result<void> PostMatcher::prepare()
{
    auto make = [&](NativeStatement &statement, const QString &sqlText) {
        return statement.prepare(m_database, sqlText, tr("preparing the metric import"));
    };
    // CROSS JOIN keeps posts outermost so the scheduled_at index bounds the search; otherwise
    // SQLite may scan every post of the network for each row. PostgreSQL plans joins itself.
    const QString postsFirst = m_database.engine() == Engine::Sqlite ? QStringLiteral("CROSS JOIN")
                                                                     : QStringLiteral("JOIN");
    const QString candidateColumns =
        QStringLiteral("SELECT p.id, coalesce(pn.published_at, p.scheduled_at), "
                       "coalesce(pn.variant_text, p.body), p.title, "
                       "pn.external_id FROM posts p JOIN post_networks pn ON pn.post_id = p.id ");
    // Prepared once and reused for every row: preparing per row would dominate large imports.
    // Numbered parameters: ?1 network, then the values named in each statement.
    for (auto [statement, sqlText] : std::initializer_list<std::pair<NativeStatement *, QString>>{
             {&m_byExternal,
              QStringLiteral("SELECT post_id FROM post_networks WHERE network_id = ?1 "
                             "AND external_id = ?2 ORDER BY post_id LIMIT 1")},
             {&m_byPermalink,
              QStringLiteral("SELECT post_id FROM post_networks WHERE permalink = ?2 "
                             "AND network_id = ?1 ORDER BY post_id LIMIT 1")},
             {&m_confirmExternal,
              QStringLiteral("SELECT 1 FROM post_networks WHERE post_id = ?3 AND network_id = ?1 "
                             "AND external_id = ?2")},
             {&m_confirmPermalink,
              QStringLiteral("SELECT 1 FROM post_networks WHERE post_id = ?3 AND network_id = ?1 "
                             "AND permalink = ?2")},
             {&m_byPublished,
              candidateColumns + QStringLiteral("WHERE pn.network_id = ?1 AND pn.published_at "
                                                "BETWEEN ?2 AND ?3")},
             {&m_byScheduled,
              QStringLiteral(
                  "SELECT p.id, p.scheduled_at, coalesce(pn.variant_text, p.body), p.title, "
                  "pn.external_id FROM posts p %1 post_networks pn ON pn.post_id = p.id "
                  "AND pn.network_id = ?1 WHERE p.scheduled_at BETWEEN ?2 AND ?3 AND "
                  "pn.published_at IS NULL")
                  .arg(postsFirst)},
             {&m_current,
              QStringLiteral(
                  "SELECT reach, impressions, views, reactions, comments, shares, saves, "
                  "clicks, follows, profile_visits, watch_time_seconds, captured_at "
                  "FROM metric_snapshots WHERE network_id = ?1 AND post_id = ?2 "
                  "ORDER BY captured_at DESC, id DESC LIMIT 1")},
         }) {
        if (auto made = make(*statement, sqlText); !made)
            return made;
    }
    return loadKnownPosts();
}

Result<void> PostMatcher::loadKnownPosts()
{
    const QString context = tr("reading the posts to match");
    NativeStatement all;
    if (auto prepared =
            all.prepare(m_database,
                        QStringLiteral("SELECT pn.network_id, pn.external_id, pn.permalink, "
                                       "coalesce(pn.published_at, p.scheduled_at), pn.post_id FROM "
                                       "post_networks pn JOIN posts p ON p.id = pn.post_id"),
                        context);
        !prepared)
        return prepared;
    for (;;) {
        auto row = all.step(context);
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString network = all.text(0);
        const qint64 postId = all.int64(4);
        if (!all.isNull(1))
            rememberFirst(m_knownIds, idKey(network, all.text(1)), postId);
        if (!all.isNull(2))
            rememberFirst(m_knownLinks, idKey(network, all.text(2)), postId);
        if (!all.isNull(3))
            m_knownTimes[network].push_back(all.int64(3));
    }
    for (std::vector<qint64> &times : m_knownTimes)
        std::sort(times.begin(), times.end());
    return success();
}

bool PostMatcher::hasTimeCandidate(const QString &network, qint64 from, qint64 to) const
{
    const auto found = m_knownTimes.constFind(network);
    if (found == m_knownTimes.cend())
        return false;
    const auto first = std::lower_bound(found->begin(), found->end(), from);
    return first != found->end() && *first <= to;
}

Result<std::optional<qint64>> PostMatcher::byExternalId(const QString &network,
                                                        const QString &externalId, quint64 key)
{
    return findKnown(m_knownIds, key, network, externalId, m_confirmExternal, m_byExternal,
                     tr("finding a post by its id"));
}

Result<std::optional<qint64>> PostMatcher::byPermalink(const QString &network,
                                                       const QString &permalink)
{
    return findKnown(m_knownLinks, idKey(network, permalink), network, permalink,
                     m_confirmPermalink, m_byPermalink, tr("finding a post by its link"));
}

Result<std::optional<qint64>> PostMatcher::findKnown(const QHash<quint64, qint64> &known,
                                                     quint64 key, const QString &network,
                                                     const QString &value, NativeStatement &confirm,
                                                     NativeStatement &search,
                                                     const QString &context)
{
    const auto found = known.constFind(key);
    if (found == known.cend())
        return std::optional<qint64>();
    confirm.bind(1, network);
    confirm.bind(2, value);
    confirm.bind(3, *found);
    auto confirmed = confirm.step(context);
    if (!confirmed)
        return confirmed.error();
    confirm.reset();
    if (*confirmed)
        return std::optional<qint64>(*found);
    // Another text with the same key: search the table itself.
    search.bind(1, network);
    search.bind(2, value);
    auto searched = search.step(context);
    if (!searched)
        return searched.error();
    std::optional<qint64> id;
    if (*searched)
        id = search.int64(0);
    search.reset();
    return id;
}

Result<std::optional<qint64>> PostMatcher::byTimeAndText(const QString &network,
                                                         const ParsedTime &time,
                                                         const QString &text,
                                                         const QString &externalId)
{
    if (!time.utc.isValid())
        return std::optional<qint64>();
    const qint64 at = time.utc.toSecsSinceEpoch();
    const qint64 tolerance = qint64(m_toleranceMinutes) * 60;
    // A date without a time matches anything on that day.
    const qint64 from = time.dateOnly ? at : at - tolerance;
    const qint64 to = time.dateOnly ? at + 24 * 3600 - 1 : at + tolerance;
    if (!hasTimeCandidate(network, from, to))
        return std::optional<qint64>();
    const QString wanted = matchKey(text);
    if (wanted.isEmpty())
        return std::optional<qint64>();
    std::optional<qint64> best;
    qint64 bestDistance = 0;
    const QString context = tr("finding a post by time");
    for (NativeStatement *query : {&m_byPublished, &m_byScheduled}) {
        query->bind(1, network);
        query->bind(2, from);
        query->bind(3, to);
        for (;;) {
            auto row = query->step(context);
            if (!row)
                return row.error();
            if (!*row)
                break;
            const qint64 postId = query->int64(0);
            const QString storedExternal = query->text(4);
            // A post that is already tied to another network id is another post.
            if (!storedExternal.isEmpty() && !isMangledId(storedExternal) &&
                storedExternal != externalId)
                continue;
            if (createdHere(postId) || m_claimed.contains(claimKey(network, postId)))
                continue;
            if (!textMatches(*query, wanted))
                continue;
            const qint64 distance = std::abs(query->int64(1) - at);
            if (!best || distance < bestDistance || (distance == bestDistance && postId < *best)) {
                best = postId;
                bestDistance = distance;
            }
        }
    }
    return best;
}

Result<std::optional<MetricSnapshot>> PostMatcher::currentFigures(qint64 postId,
                                                                  const QString &network)
{
    m_current.bind(1, network);
    m_current.bind(2, postId);
    std::optional<MetricSnapshot> snapshot;
    auto row = m_current.step(tr("reading the current figures"));
    if (!row)
        return row.error();
    if (*row) {
        MetricSnapshot figures;
        int column = 0;
        for (CountMetric metric : allCountMetrics) {
            if (!m_current.isNull(column))
                figures.setValue(metric, m_current.int64(column));
            ++column;
        }
        if (!m_current.isNull(column))
            figures.watchTimeSeconds = m_current.real(column);
        figures.capturedAt = QDateTime::fromSecsSinceEpoch(m_current.int64(column + 1), Qt::UTC);
        snapshot = figures;
    }
    m_current.reset();
    return snapshot;
}

bool PostMatcher::textMatches(const NativeStatement &query, const QString &wanted) const
{
    for (const QString &candidate : {query.text(2), query.text(3)}) {
        const QString key = matchKey(candidate);
        const qsizetype n =
            std::min<qsizetype>({qsizetype(m_textChars), key.size(), wanted.size()});
        if (n > 0 && QStringView(key).left(n) == QStringView(wanted).left(n))
            return true;
    }
    return false;
}

std::optional<qint64> PostMatcher::claim(const QString &network, qint64 postId, qint64 line)
{
    const quint64 key = claimKey(network, postId);
    if (const auto first = m_claimed.constFind(key); first != m_claimed.cend())
        return *first;
    m_claimed.insert(key, line);
    return std::nullopt;
}

void PostMatcher::rememberLinked(const QString &network, const QString &externalId,
                                 const QString &permalink, qint64 postId)
{
    if (!externalId.isEmpty())
        rememberFirst(m_knownIds, idKey(network, externalId), postId);
    if (!permalink.isEmpty())
        rememberFirst(m_knownLinks, idKey(network, permalink), postId);
}

quint64 PostMatcher::textKey(const QString &text)
{
    static_assert(sizeof(size_t) == 8, "64-bit hashes expected");
    return quint64(qHash(text, size_t(0x9e3779b97f4a7c15ULL)));
}

quint64 PostMatcher::claimKey(const QString &network, qint64 postId)
{
    return idKey(network, QString::number(postId));
}

void PostMatcher::rememberFirst(QHash<quint64, qint64> &known, quint64 key, qint64 postId)
{
    const auto found = known.find(key);
    if (found == known.end())
        known.insert(key, postId);
    else if (postId < *found)
        *found = postId;
}

} // namespace hearth::core
