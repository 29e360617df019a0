// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/catalog.h"
#include "plan/timeadvisor.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hearth::core {

// A target mix proposed from what built community, for the user to accept or ignore.
struct MixProposal
{
    // The proposed target share by pillar id, in whole percents adding up to today's total.
    QHash<qint64, double> shares;
    // One sentence: why these shares, or why there is nothing to propose.
    QString why;
    // False without figures for any pillar or without a target mix to weigh.
    bool fromFigures = false;
};

// Each pillar's target share times up to twice for the pillar with the best community rate
// (pillars without figures keep theirs), scaled to add up to the same total. Only a proposal:
// nothing is stored.
QHash<qint64, double> communityMix(const QList<Pillar> &pillars,
                                   const QHash<qint64, RateSummary> &rates);

// communityMix() in whole percents, with the sentence that names the pillar that built the most
// community, e.g. "Behind the scenes built the most community: 3.1 % over 6 posts".
MixProposal proposeMix(const QList<Pillar> &pillars, const QHash<qint64, RateSummary> &rates);

} // namespace hearth::core
