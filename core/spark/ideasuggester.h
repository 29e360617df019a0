// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
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

// Picks ideas for the user: "Surprise me" and "Fill my week". Weighted toward ideas never or
// long not used and toward pillars the shown week lacks against the pillars' target shares.
// Every pick is drawn from a std::mt19937 seeded by the caller, so a seed repeats a result.
class IdeaSuggester final
{
public:
    explicit IdeaSuggester(Database &database);

    // The Monday of the week holding `date`.
    static QDate weekStartFor(const QDate &date);
    // Slots used when the user has none: Monday to Friday at 9:30.
    static QList<WeeklySlot> defaultSlots();
    // How much an idea's usage makes it worth suggesting at `now` (higher is likelier):
    // never used beats long unused beats recently used; favourites count a little more.
    static double usageWeight(const Idea &idea, const QDateTime &now);

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

    // The user's posting slots (deduplicated across networks), in week order.
    Result<QList<WeeklySlot>> postingSlots() const;

private:
    struct WeekState;
    Result<WeekState> weekState(const QDate &weekStart) const;

    Database &m_database;
};

} // namespace hearth::core
