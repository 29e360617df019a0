// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/ideasuggester.h"

#include "common/clock.h"
#include "plan/catalog.h"
#include "plan/communitymix.h"
#include "plan/postrepository.h"
#include "spark/idearepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <random>

namespace hearth::core {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("hearth::core::IdeaSuggester", text, disambiguation, n);
}

// Portable draws: std::mt19937's output sequence is fixed by the standard, while the
// standard distributions may differ between library implementations.
double uniform(std::mt19937 &generator)
{
    return static_cast<double>(generator()) / 4294967296.0;
}

// Index picked with probability proportional to its weight; -1 when all weights are zero.
qsizetype weightedIndex(const QList<double> &weights, std::mt19937 &generator)
{
    double total = 0;
    for (double weight : weights)
        total += weight;
    if (total <= 0)
        return -1;
    const double target = uniform(generator) * total;
    double running = 0;
    for (qsizetype index = 0; index < weights.size(); ++index) {
        running += weights.at(index);
        if (target < running && weights.at(index) > 0)
            return index;
    }
    for (qsizetype index = weights.size() - 1; index >= 0; --index) {
        if (weights.at(index) > 0)
            return index;
    }
    return -1;
}

QDateTime localSlotTime(const QDate &weekStart, const WeeklySlot &slot)
{
    const QDate day = weekStart.addDays(slot.weekday - 1);
    return QDateTime(day, QTime(slot.minuteOfDay / 60, slot.minuteOfDay % 60), Qt::LocalTime)
        .toUTC();
}

} // namespace

struct IdeaSuggester::WeekState
{
    QDateTime now;
    QList<Pillar> pillars;
    // Target shares scaled so they add up to 1 (all zero when no pillar has a target).
    QHash<qint64, double> share;
    QHash<qint64, int> planned;
    int plannedTotal = 0;
    QList<QDateTime> plannedTimes;
    QList<Idea> candidates;
    QHash<qint64, RateSummary> ideaRates;
    QHash<qint64, RateSummary> pillarRates;
    double bestIdeaRate = 0;
    double bestPillarRate = 0;

    // How much the week lacks `pillarId` against its share, between 0 and 1.
    double deficit(const std::optional<qint64> &pillarId) const
    {
        if (!pillarId)
            return 0;
        const double wanted = share.value(*pillarId);
        const double actual =
            plannedTotal > 0 ? double(planned.value(*pillarId)) / plannedTotal : 0;
        return std::max(0.0, wanted - actual);
    }
    QString pillarName(qint64 id) const
    {
        for (const Pillar &pillar : pillars) {
            if (pillar.id == id)
                return pillar.name;
        }
        return QString();
    }
};

IdeaSuggester::IdeaSuggester(Database &database, SuggestionAdvice advice)
    : m_database(database)
    , m_advice(std::move(advice))
{}

QDate IdeaSuggester::weekStartFor(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QList<WeeklySlot> IdeaSuggester::defaultSlots(const QTime &time)
{
    QList<WeeklySlot> slotList;
    for (int weekday = 1; weekday <= 5; ++weekday)
        slotList << WeeklySlot{weekday, time.hour() * 60 + time.minute()};
    return slotList;
}

double IdeaSuggester::communityWeight(const std::optional<RateSummary> &ideaRate,
                                      double bestIdeaRate,
                                      const std::optional<RateSummary> &pillarRate,
                                      double bestPillarRate)
{
    double weight = 1.0;
    if (ideaRate && bestIdeaRate > 0)
        weight *= 1.0 + std::clamp(ideaRate->meanRate / bestIdeaRate, 0.0, 1.0);
    if (pillarRate && bestPillarRate > 0)
        weight *= 1.0 + 0.5 * std::clamp(pillarRate->meanRate / bestPillarRate, 0.0, 1.0);
    return weight;
}

QHash<qint64, double> IdeaSuggester::communityMix(const QList<Pillar> &pillars,
                                                  const QHash<qint64, RateSummary> &rates)
{
    return core::communityMix(pillars, rates);
}

double IdeaSuggester::weightFor(const Idea &idea, const WeekState &state) const
{
    const auto ideaRate = state.ideaRates.constFind(idea.id);
    const auto pillarRate =
        idea.pillarId ? state.pillarRates.constFind(*idea.pillarId) : state.pillarRates.cend();
    return usageWeight(idea, state.now) *
           communityWeight(
               ideaRate != state.ideaRates.cend() ? std::optional(*ideaRate) : std::nullopt,
               state.bestIdeaRate,
               pillarRate != state.pillarRates.cend() ? std::optional(*pillarRate) : std::nullopt,
               state.bestPillarRate);
}

QString IdeaSuggester::reasonFor(const Idea &idea, const WeekState &state) const
{
    QStringList reasons;
    if (idea.timesUsed == 0)
        reasons << tr("never used yet");
    else {
        const qint64 days = idea.lastUsed.daysTo(state.now);
        reasons << (days == 1 ? tr("last used yesterday")
                    : days >= 0
                        ? tr("last used %1 days ago").arg(days)
                        : tr("planned again for %1")
                              .arg(idea.lastUsed.toLocalTime().date().toString(Qt::ISODate)));
    }
    if (idea.pillarId && state.deficit(idea.pillarId) > 0) {
        const int plannedCount = state.planned.value(*idea.pillarId);
        reasons
            << (plannedCount == 0
                    ? tr("this week has no %1 post yet").arg(state.pillarName(*idea.pillarId))
                    : tr("this week is short of %1 posts").arg(state.pillarName(*idea.pillarId)));
    }
    if (const auto ideaRate = state.ideaRates.constFind(idea.id);
        ideaRate != state.ideaRates.cend()) {
        reasons << (ideaRate->posts == 1
                        ? tr("its posts averaged a %1 community rate over %2 post")
                        : tr("its posts averaged a %1 community rate over %2 posts"))
                       .arg(ratePercent(ideaRate->meanRate))
                       .arg(ideaRate->posts);
    } else if (idea.pillarId && state.pillarRates.contains(*idea.pillarId)) {
        reasons << tr("%1 posts averaged a %2 community rate")
                       .arg(state.pillarName(*idea.pillarId),
                            ratePercent(state.pillarRates.value(*idea.pillarId).meanRate));
    }
    return reasons.join(QStringLiteral("; "));
}

Result<QHash<int, TimeAdvice>> IdeaSuggester::adviseTimes(const QList<int> &weekdays) const
{
    auto bestByNetwork = bestTimesOf(m_advice.times, m_advice.networks);
    if (!bestByNetwork)
        return bestByNetwork.error();
    QHash<int, TimeAdvice> advised;
    for (int weekday : weekdays) {
        TimeAdvice advice =
            adviseTime(*bestByNetwork, m_advice.networks, weekday, m_advice.defaultTime);
        if (advice.networkId.isEmpty())
            advice.networkId = m_advice.networks.value(0);
        advised.insert(weekday, advice);
    }
    return advised;
}

double IdeaSuggester::usageWeight(const Idea &idea, const QDateTime &now)
{
    double weight = 1.0;
    if (idea.timesUsed == 0 || !idea.lastUsed.isValid()) {
        weight = 6.0;
    } else {
        const qint64 days = idea.lastUsed.daysTo(now);
        if (days < 14)
            weight = 0.25; // planned ahead or used lately: rarely worth repeating
        else
            weight = 1.0 + double(std::min<qint64>(days, 180)) / 45.0; // up to 5 after half a year
    }
    if (idea.favourite)
        weight *= 1.5;
    return weight;
}

Result<QList<WeeklySlot>> IdeaSuggester::postingSlots() const
{
    auto rows = m_database.exec(QStringLiteral("SELECT DISTINCT weekday, minute_of_day FROM "
                                               "posting_slots ORDER BY weekday, minute_of_day"));
    if (!rows)
        return rows.error();
    QList<WeeklySlot> slotList;
    while (rows->next())
        slotList << WeeklySlot{rows->value(0).toInt(), rows->value(1).toInt()};
    return slotList;
}

Result<IdeaSuggester::WeekState> IdeaSuggester::weekState(const QDate &weekStart) const
{
    WeekState state;
    state.now = m_database.clock().now();
    auto pillars = CatalogRepository(m_database).pillars();
    if (!pillars)
        return pillars.error();
    state.pillars = *pillars;
    double shareTotal = 0;
    for (const Pillar &pillar : std::as_const(state.pillars))
        shareTotal += pillar.targetShare;
    for (const Pillar &pillar : std::as_const(state.pillars))
        state.share.insert(pillar.id, shareTotal > 0 ? pillar.targetShare / shareTotal : 0);

    const QDateTime from = QDateTime(weekStart, QTime(0, 0), Qt::LocalTime).toUTC();
    const QDateTime to = QDateTime(weekStart.addDays(7), QTime(0, 0), Qt::LocalTime).toUTC();
    auto posts = PostRepository(m_database).scheduledBetween(from, to);
    if (!posts)
        return posts.error();
    QSet<qint64> plannedIdeas;
    for (const Post &post : std::as_const(*posts)) {
        if (post.status == PostStatus::Skipped)
            continue;
        ++state.plannedTotal;
        state.plannedTimes << post.scheduledAt;
        if (post.pillarId)
            state.planned[*post.pillarId] += 1;
        if (post.ideaId)
            plannedIdeas.insert(*post.ideaId);
    }

    auto ideas = IdeaRepository(m_database).list();
    if (!ideas)
        return ideas.error();
    for (const Idea &idea : std::as_const(*ideas)) {
        if (!plannedIdeas.contains(idea.id))
            state.candidates << idea;
    }
    if (m_advice.rates) {
        auto ideaRates = m_advice.rates->byIdea();
        if (!ideaRates)
            return ideaRates.error();
        auto pillarRates = m_advice.rates->byPillar();
        if (!pillarRates)
            return pillarRates.error();
        state.ideaRates = *ideaRates;
        state.pillarRates = *pillarRates;
        for (const RateSummary &rate : std::as_const(state.ideaRates))
            state.bestIdeaRate = std::max(state.bestIdeaRate, rate.meanRate);
        for (const RateSummary &rate : std::as_const(state.pillarRates))
            state.bestPillarRate = std::max(state.bestPillarRate, rate.meanRate);
    }
    // A fixed order, so the same seed walks the same list.
    std::sort(state.candidates.begin(), state.candidates.end(),
              [](const Idea &a, const Idea &b) { return a.id < b.id; });
    return state;
}

Result<std::optional<Suggestion>> IdeaSuggester::surpriseMe(const QDate &weekStart, quint32 seed,
                                                            const QSet<qint64> &exclude) const
{
    auto state = weekState(weekStart);
    if (!state)
        return state.error();
    // The most lacking pillar gets up to five times the weight of a balanced one.
    double maxDeficit = 0;
    for (const Pillar &pillar : std::as_const(state->pillars))
        maxDeficit = std::max(maxDeficit, state->deficit(pillar.id));

    QList<const Idea *> pool;
    QList<double> weights;
    for (const Idea &idea : std::as_const(state->candidates)) {
        if (exclude.contains(idea.id))
            continue;
        const double pillarFactor =
            maxDeficit > 0 ? 1.0 + 4.0 * state->deficit(idea.pillarId) / maxDeficit : 1.0;
        pool << &idea;
        weights << weightFor(idea, *state) * pillarFactor;
    }
    std::mt19937 generator(seed);
    const qsizetype picked = weightedIndex(weights, generator);
    if (picked < 0)
        return std::optional<Suggestion>();

    const Idea &idea = *pool.at(picked);
    return std::optional<Suggestion>(Suggestion{idea, reasonFor(idea, *state)});
}

Result<WeekProposal> IdeaSuggester::fillWeek(const QDate &weekStart, quint32 seed) const
{
    auto state = weekState(weekStart);
    if (!state)
        return state.error();
    auto userSlots = postingSlots();
    if (!userSlots)
        return userSlots.error();
    WeekProposal proposal;
    proposal.weekStart = weekStart;
    QList<WeeklySlot> slotList = *userSlots;
    QHash<int, TimeAdvice> advised;
    if (slotList.isEmpty()) {
        // No slot on any day: each default day gets its best hour from the figures.
        const QList<WeeklySlot> defaults = defaultSlots(m_advice.defaultTime);
        QList<int> weekdays;
        for (const WeeklySlot &slot : defaults)
            weekdays << slot.weekday;
        auto times = adviseTimes(weekdays);
        if (!times)
            return times.error();
        advised = *times;
        for (const WeeklySlot &slot : defaults) {
            const QTime time = advised.value(slot.weekday).time;
            slotList << WeeklySlot{slot.weekday, time.hour() * 60 + time.minute()};
        }
        proposal.usedDefaultSlots = true;
    }

    // Empty slots: ahead of now, with no post within the hour around them.
    QList<QDateTime> emptySlots;
    QList<TimeAdvice> emptySlotAdvice;
    for (const WeeklySlot &slot : std::as_const(slotList)) {
        const QDateTime at = localSlotTime(weekStart, slot);
        if (at <= state->now)
            continue;
        const bool taken =
            std::any_of(state->plannedTimes.cbegin(), state->plannedTimes.cend(),
                        [&](const QDateTime &time) { return std::abs(time.secsTo(at)) < 3600; });
        if (taken)
            continue;
        emptySlots << at;
        emptySlotAdvice << advised.value(
            slot.weekday, TimeAdvice{QTime(slot.minuteOfDay / 60, slot.minuteOfDay % 60),
                                     tr("your posting slot"), m_advice.networks.value(0), false});
    }

    // Give each empty slot the pillar that lags its target share most, counting what is
    // planned already; only pillars that still have ideas take part.
    QHash<qint64, int> available;
    for (const Idea &idea : std::as_const(state->candidates)) {
        if (idea.pillarId)
            available[*idea.pillarId] += 1;
    }
    const int total = state->plannedTotal + int(emptySlots.size());
    QHash<qint64, int> allocated;
    QList<std::optional<qint64>> wanted;
    for (qsizetype index = 0; index < emptySlots.size(); ++index) {
        std::optional<qint64> best;
        double bestGap = -1e9;
        for (const Pillar &pillar : std::as_const(state->pillars)) {
            const double share = state->share.value(pillar.id);
            if (share <= 0 || available.value(pillar.id) <= allocated.value(pillar.id))
                continue;
            const double gap =
                share * total - state->planned.value(pillar.id) - allocated.value(pillar.id);
            if (gap > bestGap + 1e-9) {
                bestGap = gap;
                best = pillar.id;
            }
        }
        if (best)
            allocated[*best] += 1;
        wanted << best;
    }
    std::mt19937 generator(seed);
    // Shuffle which day gets which pillar (Fisher–Yates with our own draws).
    for (qsizetype index = wanted.size() - 1; index > 0; --index) {
        const auto other = static_cast<qsizetype>(generator() % quint32(index + 1));
        std::swap(wanted[index], wanted[other]);
    }

    QSet<qint64> used;
    for (qsizetype index = 0; index < emptySlots.size(); ++index) {
        SlotProposal slotProposal{emptySlots.at(index),
                                  wanted.at(index),
                                  std::nullopt,
                                  emptySlotAdvice.at(index).why,
                                  emptySlotAdvice.at(index).networkId,
                                  QString()};
        auto pick = [&](bool samePillar) -> const Idea * {
            QList<const Idea *> pool;
            QList<double> weights;
            for (const Idea &idea : std::as_const(state->candidates)) {
                if (used.contains(idea.id) ||
                    (samePillar && idea.pillarId != slotProposal.pillarId))
                    continue;
                pool << &idea;
                weights << weightFor(idea, *state);
            }
            const qsizetype picked = weightedIndex(weights, generator);
            return picked < 0 ? nullptr : pool.at(picked);
        };
        const Idea *idea = slotProposal.pillarId ? pick(true) : nullptr;
        if (!idea)
            idea = pick(false);
        if (idea) {
            slotProposal.idea = *idea;
            slotProposal.ideaWhy = reasonFor(*idea, *state);
            used.insert(idea->id);
        }
        proposal.proposals << slotProposal;
    }
    return proposal;
}

Result<std::optional<Idea>> IdeaSuggester::reroll(const QDate &weekStart, const SlotProposal &slot,
                                                  quint32 seed, const QSet<qint64> &exclude) const
{
    auto state = weekState(weekStart);
    if (!state)
        return state.error();
    std::mt19937 generator(seed);
    for (const bool samePillar : {true, false}) {
        if (samePillar && !slot.pillarId)
            continue;
        QList<const Idea *> pool;
        QList<double> weights;
        for (const Idea &idea : std::as_const(state->candidates)) {
            if (exclude.contains(idea.id) || (slot.idea && slot.idea->id == idea.id) ||
                (samePillar && idea.pillarId != slot.pillarId))
                continue;
            pool << &idea;
            weights << weightFor(idea, *state);
        }
        const qsizetype picked = weightedIndex(weights, generator);
        if (picked >= 0)
            return std::optional<Idea>(*pool.at(picked));
    }
    return std::optional<Idea>();
}

} // namespace hearth::core
