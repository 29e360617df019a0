// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/catalog.h"
#include "plan/postsummary.h"

#include <QDate>
#include <QList>

namespace hearth::core {

// How one pillar fares in a week against the share of posts the user wants it to have.
struct PillarMix
{
    Pillar pillar;
    int count = 0;
    // count / posts that have a pillar; 0 when the week has none.
    double share = 0;
};

// The week at a glance: the pillar mix against the target and the days with nothing planned.
struct WeekSummary
{
    QList<PillarMix> pillars;
    int total = 0;
    int withoutPillar = 0;
    QList<QDate> emptyDays;
};

// Skipped posts do not count: they will not go out.
WeekSummary summarizeWeek(const QList<PostSummary> &posts, const QList<Pillar> &pillars,
                          const QDate &weekStart);

} // namespace hearth::core
