// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "listen/metricsanalysis.h"
#include "storage/database.h"

#include <QDate>
#include <QList>

#include <optional>

namespace hearth::core {

// A post of the week on one network that went out (or was due) but has no figures yet.
struct UnmeasuredPost
{
    qint64 postId = 0;
    QString networkId;
    QString networkName;
    QString title;
    QDateTime postedAt; // UTC
};

// How one local week's posts did against the four weeks before it.
struct WeeklyReview
{
    QDate weekStart;
    // Post × network rows of the week with current figures, and those of them with a rate.
    int measured = 0;
    int rated = 0;
    std::optional<double> meanRate;
    // The same over the four weeks before.
    int previousRated = 0;
    std::optional<double> previousMeanRate;
    // Highest and lowest rate of the week; the same row when only one has a rate.
    std::optional<PostMetrics> best;
    std::optional<PostMetrics> quietest;
    // Published or past scheduled rows of the week without any figures.
    QList<UnmeasuredPost> unmeasured;
};

// The weekly review: last week's posts and their community rate, read from the current
// figures. Writes nothing.
class WeeklyReviewReader final
{
public:
    explicit WeeklyReviewReader(const Database &database);

    // The week starting on the Monday of `anyDay` (local time).
    Result<WeeklyReview> review(const QDate &anyDay) const;
    // The Monday of the last full week before `now` (local time).
    static QDate lastWeekStart(const QDateTime &now);

private:
    Result<QList<UnmeasuredPost>> unmeasured(const QDateTime &from, const QDateTime &to) const;

    const Database &m_database;
};

} // namespace hearth::core
