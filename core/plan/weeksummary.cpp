// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/weeksummary.h"

#include <QHash>
#include <QSet>

namespace hearth::core {

WeekSummary summarizeWeek(const QList<PostSummary> &posts, const QList<Pillar> &pillars,
                          const QDate &weekStart)
{
    WeekSummary summary;
    QHash<qint64, int> counts;
    QSet<QDate> busyDays;
    int withPillar = 0;
    for (const PostSummary &post : posts) {
        if (post.status == PostStatus::Skipped)
            continue;
        ++summary.total;
        busyDays.insert(post.localDateTime.date());
        if (post.pillarId) {
            ++counts[*post.pillarId];
            ++withPillar;
        } else {
            ++summary.withoutPillar;
        }
    }
    for (const Pillar &pillar : pillars) {
        PillarMix mix;
        mix.pillar = pillar;
        mix.count = counts.value(pillar.id);
        mix.share = withPillar > 0 ? double(mix.count) / withPillar : 0.0;
        summary.pillars << mix;
    }
    for (int day = 0; day < 7; ++day) {
        const QDate date = weekStart.addDays(day);
        if (!busyDays.contains(date))
            summary.emptyDays << date;
    }
    return summary;
}

} // namespace hearth::core
