// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/timeadvisor.h"
#include "storage/database.h"

namespace hearth::core {

// Best times and community rates from the plan's own figures: the newest twelve months, and
// only weekday × hour slots with at least the heatmap's minimum of rated posts.
class ListenAdvisor final
    : public TimeAdvisor
    , public CommunityRates
{
public:
    static constexpr int defaultMinimumPosts = 3;

    explicit ListenAdvisor(const Database &database, int minimumPosts = defaultMinimumPosts);

    Result<BestTimesByNetwork> bestTimes(const QStringList &networkIds) const override;
    Result<QHash<qint64, RateSummary>> byIdea() const override;
    Result<QHash<qint64, RateSummary>> byPillar() const override;

private:
    const Database &m_database;
    int m_minimumPosts;
};

} // namespace hearth::core
