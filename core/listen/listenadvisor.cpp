// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/listenadvisor.h"

#include "common/clock.h"
#include "listen/metricsanalysis.h"

#include <QCoreApplication>

namespace hearth::core {

namespace {

// Older figures describe an audience that may have moved on.
MetricsFilter newestYear(const Database &database, const QString &networkId = {})
{
    MetricsFilter filter;
    filter.from = database.clock().now().toUTC().addMonths(-12);
    filter.networkId = networkId;
    return filter;
}

QHash<qint64, RateSummary> summaries(const QList<RateGroup> &groups)
{
    QHash<qint64, RateSummary> rates;
    for (const RateGroup &group : groups) {
        bool ok = false;
        const qint64 id = group.key.toLongLong(&ok);
        if (ok && group.meanRate && group.ratedPosts > 0)
            rates.insert(id, RateSummary{*group.meanRate, group.ratedPosts});
    }
    return rates;
}

} // namespace

ListenAdvisor::ListenAdvisor(const Database &database, int minimumPosts)
    : m_database(database)
    , m_minimumPosts(qMax(1, minimumPosts))
{}

Result<BestTimesByNetwork> ListenAdvisor::bestTimes(const QStringList &networkIds) const
{
    // One pass over the figures however many networks are asked: one network is filtered in
    // SQL, several are picked from every network's ranking.
    auto ranked = MetricsAnalysis(m_database)
                      .bestTimes(newestYear(m_database, networkIds.size() == 1 ? networkIds.first()
                                                                               : QString()),
                                 7 * 24, m_minimumPosts);
    if (!ranked)
        return ranked.error();
    BestTimesByNetwork best;
    // Every slot with enough posts, ranked: the first one seen for a weekday is its best.
    for (const BestTime &time : std::as_const(*ranked)) {
        if (!networkIds.contains(time.networkId) ||
            best.value(time.networkId).contains(time.weekday))
            continue;
        // Spelt out rather than "%n post(s)": the command line has no English catalogue.
        const char *const text =
            time.posts == 1
                ? QT_TRANSLATE_NOOP("hearth::core::ListenAdvisor",
                                    "your %1 posts at this hour averaged a %2 community rate "
                                    "over %3 post")
                : QT_TRANSLATE_NOOP("hearth::core::ListenAdvisor",
                                    "your %1 posts at this hour averaged a %2 community rate "
                                    "over %3 posts");
        const QString why = QCoreApplication::translate("hearth::core::ListenAdvisor", text)
                                .arg(time.networkName, ratePercent(time.meanRate))
                                .arg(time.posts);
        best[time.networkId].insert(time.weekday,
                                    TimeAdvice{QTime(time.hour, 0), why, time.networkId, true});
    }
    return best;
}

Result<QHash<qint64, RateSummary>> ListenAdvisor::byIdea() const
{
    // Every figure an idea's posts ever had: ideas are reused over years.
    auto groups = MetricsAnalysis(m_database).byIdea(MetricsFilter{});
    if (!groups)
        return groups.error();
    return summaries(*groups);
}

Result<QHash<qint64, RateSummary>> ListenAdvisor::byPillar() const
{
    auto groups = MetricsAnalysis(m_database).byPillar(newestYear(m_database));
    if (!groups)
        return groups.error();
    return summaries(*groups);
}

} // namespace hearth::core
