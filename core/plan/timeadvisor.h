// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVariant>

namespace hearth::core {

// A proposed local time of day to post, and why, in words a person reads.
struct TimeAdvice
{
    QTime time;
    QString why;
    // The network whose figures chose the time; empty for the default time.
    QString networkId;
    // True when the plan's own figures chose the time, false for the default.
    bool fromFigures = false;
};

// The best times per weekday of each network, by network id.
using BestTimesByNetwork = QHash<QString, QHash<int, TimeAdvice>>;

// What worked before, as far as the plan's figures tell. Planning and suggestions ask it for
// times and rates; Listen answers, so plan and spark need not include listen.
class TimeAdvisor
{
public:
    virtual ~TimeAdvisor() = default;
    // The best local time per ISO weekday (1 = Monday) for each of `networkIds`, asked at
    // once; weekdays (and networks) whose figures are too few are absent.
    virtual Result<BestTimesByNetwork> bestTimes(const QStringList &networkIds) const = 0;
};

// The community rate a group of posts (an idea's, a pillar's) reached.
struct RateSummary
{
    double meanRate = 0;
    int posts = 0;
};

// Community rates by idea and by pillar, from the current figures.
class CommunityRates
{
public:
    virtual ~CommunityRates() = default;
    // Mean rate of the rated posts made from each idea, by idea id.
    virtual Result<QHash<qint64, RateSummary>> byIdea() const = 0;
    // Mean rate of the rated posts of each pillar, by pillar id.
    virtual Result<QHash<qint64, RateSummary>> byPillar() const = 0;
};

// The best times of `networks`; none without an advisor.
Result<BestTimesByNetwork> bestTimesOf(const TimeAdvisor *advisor, const QStringList &networks);

// The time for `weekday`: the first of `networks` with figures for that day gives its best
// hour, else `fallback` with a reason saying there are not enough figures yet. A missing
// advisor (no figures to ask) gives the fallback too.
TimeAdvice adviseTime(const BestTimesByNetwork &bestByNetwork, const QStringList &networks,
                      int weekday, const QTime &fallback);

// The default posting time from the "defaults/postTime" setting ("HH:mm"), else 09:30.
QTime defaultPostTime(const QString &setting);

// The network ids of the "defaults/networks" setting (a list, or ids separated by commas).
QStringList networkIdsFromSetting(const QVariant &setting);

// The community rate as a person reads it, e.g. "1.2 %".
QString ratePercent(double rate);

} // namespace hearth::core
