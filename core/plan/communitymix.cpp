// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/communitymix.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::CommunityMix", text);
}

// Whole percents that add up to `total`: each share's floor, then the points left over to the
// largest remainders, so rounding never changes the total.
QHash<qint64, double> wholePercents(const QList<Pillar> &pillars,
                                    const QHash<qint64, double> &shares, int total)
{
    QHash<qint64, double> rounded;
    QList<std::pair<double, qint64>> remainders;
    int given = 0;
    for (const Pillar &pillar : pillars) {
        const double exact = shares.value(pillar.id) * 100;
        const int points = int(std::floor(exact + 1e-9));
        rounded.insert(pillar.id, points);
        remainders.append({exact - points, pillar.id});
        given += points;
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype index = 0; index < remainders.size() && given < total; ++index, ++given)
        rounded[remainders.at(index).second] += 1;
    for (double &share : rounded)
        share /= 100;
    return rounded;
}

} // namespace

QHash<qint64, double> communityMix(const QList<Pillar> &pillars,
                                   const QHash<qint64, RateSummary> &rates)
{
    double best = 0;
    for (const RateSummary &rate : rates)
        best = std::max(best, rate.meanRate);
    double before = 0;
    double after = 0;
    QHash<qint64, double> mix;
    for (const Pillar &pillar : pillars) {
        const auto rate = rates.constFind(pillar.id);
        const double factor =
            rate != rates.cend() && best > 0 ? 1.0 + std::max(0.0, rate->meanRate) / best : 1.0;
        mix.insert(pillar.id, pillar.targetShare * factor);
        before += pillar.targetShare;
        after += pillar.targetShare * factor;
    }
    if (after > 0) {
        for (double &share : mix)
            share *= before / after;
    }
    return mix;
}

MixProposal proposeMix(const QList<Pillar> &pillars, const QHash<qint64, RateSummary> &rates)
{
    MixProposal proposal;
    double total = 0;
    const Pillar *best = nullptr;
    for (const Pillar &pillar : pillars) {
        total += pillar.targetShare;
        proposal.shares.insert(pillar.id, pillar.targetShare);
        const auto rate = rates.constFind(pillar.id);
        if (rate != rates.cend() && rate->posts > 0 &&
            (!best || rate->meanRate > rates.value(best->id).meanRate))
            best = &pillar;
    }
    if (!best || rates.value(best->id).meanRate <= 0) {
        proposal.why = tr("No pillar has community figures yet: import or enter figures in "
                          "Listen first.");
        return proposal;
    }
    if (total <= 0) {
        proposal.why = tr("Your pillars have no target mix to weigh yet.");
        return proposal;
    }
    // Only the pillars asked about count: a rate of a pillar not listed does not set the scale.
    QHash<qint64, RateSummary> listed;
    for (const Pillar &pillar : pillars) {
        if (rates.contains(pillar.id))
            listed.insert(pillar.id, rates.value(pillar.id));
    }
    proposal.shares = wholePercents(pillars, communityMix(pillars, listed), qRound(total * 100));
    const RateSummary rate = rates.value(best->id);
    // Spelt out rather than "%n post(s)": the command line has no English catalogue.
    proposal.why = (rate.posts == 1 ? tr("%1 built the most community: %2 over %3 post")
                                    : tr("%1 built the most community: %2 over %3 posts"))
                       .arg(best->name, ratePercent(rate.meanRate))
                       .arg(rate.posts);
    proposal.fromFigures = true;
    return proposal;
}

} // namespace hearth::core
