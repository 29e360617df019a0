// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/catalog.h"
#include "plan/timeadvisor.h"
#include "spark/idea.h"
#include "storage/database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace hearth::core {

// An idea picked for the user, with the reason it was picked.
struct Suggestion
{
    Idea idea;
    QString reason;
};

// One empty posting slot of the week and the idea proposed for it.
struct SlotProposal
{
    // When the slot is, in UTC.
    QDateTime at;
    // The pillar the target mix wants here; empty when no pillar applies.
    std::optional<qint64> pillarId;
    // The proposed idea; empty when the bank has nothing left to propose.
    std::optional<Idea> idea;
    // Why this time: the figures behind it, the user's slot, or the default.
    QString timeWhy;
    // The network whose figures chose the time, else the first network asked for.
    QString networkId;
    // Which rule picked the idea, in words.
    QString ideaWhy;
};

// "Fill my week": a proposal per empty slot.
struct WeekProposal
{
    QDate weekStart;
    // True when the user has no posting slots and Hearth used defaultSlots().
    bool usedDefaultSlots = false;
    QList<SlotProposal> proposals;
};

// A posting slot in local wall-clock time: ISO weekday (1 = Monday) and minute of the day.
struct WeeklySlot
{
    int weekday = 1;
    int minuteOfDay = 0;
    friend bool operator==(const WeeklySlot &, const WeeklySlot &) = default;
};

// What the plan's figures add to suggestions; each part may be missing (nothing to ask).
struct SuggestionAdvice
{
    const TimeAdvisor *times = nullptr;
    const CommunityRates *rates = nullptr;
    // The networks the posts are for; the first with figures for a day sets its time.
    QStringList networks;
    // The time of a day without figures ("defaults/postTime").
    QTime defaultTime{9, 30};
};

// Picks ideas for the user: "Surprise me" and "Fill my week". Weighted toward ideas never or
// long not used, toward pillars the shown week lacks against the pillars' target shares, and
// toward ideas and pillars whose posts built community.
// Every pick is drawn from a std::mt19937 seeded by the caller, so a seed repeats a result.
class IdeaSuggester final
{
public:
    explicit IdeaSuggester(Database &database, SuggestionAdvice advice = {});

    // The Monday of the week holding `date`.
    static QDate weekStartFor(const QDate &date);
    // Slots used when the user has none: Monday to Friday at `time`.
    static QList<WeeklySlot> defaultSlots(const QTime &time = QTime(9, 30));
    // How much an idea's usage makes it worth suggesting at `now` (higher is likelier):
    // never used beats long unused beats recently used; favourites count a little more.
    static double usageWeight(const Idea &idea, const QDateTime &now);
    // How much the community its posts (or else its pillar's) built makes an idea worth
    // suggesting: 1 without figures, up to 2 for the best idea of the plan, times up to 1.5 for
    // the best pillar. Never enough to lift a recently used idea over an unused one.
    static double communityWeight(const std::optional<RateSummary> &ideaRate, double bestIdeaRate,
                                  const std::optional<RateSummary> &pillarRate,
                                  double bestPillarRate);

    // One idea for the week starting `weekStart`, or none when the bank is empty.
    // Ideas in `exclude` and ideas already planned that week are never picked.
    Result<std::optional<Suggestion>> surpriseMe(const QDate &weekStart, quint32 seed,
                                                 const QSet<qint64> &exclude = {}) const;
    // One proposal per empty posting slot of the week that lies ahead of now, following the
    // pillars' target mix.
    Result<WeekProposal> fillWeek(const QDate &weekStart, quint32 seed) const;
    // Another idea for `slot` (same pillar when possible), avoiding `exclude`.
    Result<std::optional<Idea>> reroll(const QDate &weekStart, const SlotProposal &slot,
                                       quint32 seed, const QSet<qint64> &exclude) const;

    // A target mix weighted by what built community (plan/communitymix.h, where the plan's
    // week strip proposes it too). Only a proposal: nothing is stored.
    static QHash<qint64, double> communityMix(const QList<Pillar> &pillars,
                                              const QHash<qint64, RateSummary> &rates);

    // The user's posting slots (deduplicated across networks), in week order.
    Result<QList<WeeklySlot>> postingSlots() const;
    // The time proposed for each weekday of `weekdays` without a posting slot: the best hour of
    // the advised networks from their figures, else the default time; each with its reason.
    Result<QHash<int, TimeAdvice>> adviseTimes(const QList<int> &weekdays) const;

private:
    struct WeekState;
    Result<WeekState> weekState(const QDate &weekStart) const;
    QString reasonFor(const Idea &idea, const WeekState &state) const;
    double weightFor(const Idea &idea, const WeekState &state) const;

    Database &m_database;
    SuggestionAdvice m_advice;
};

} // namespace hearth::core
