// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/weeklyreview.h"

#include "common/clock.h"
#include "storage/sqlvalues.h"

namespace hearth::core {

namespace {

QDateTime localMidnightUtc(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC();
}

// Mean of the rows' rates (as every aggregation averages them) and how many had one.
std::pair<std::optional<double>, int> meanRate(const QList<PostMetrics> &rows)
{
    double sum = 0;
    int rated = 0;
    for (const PostMetrics &row : rows) {
        if (row.communityRate) {
            sum += *row.communityRate;
            ++rated;
        }
    }
    if (rated == 0)
        return {std::nullopt, 0};
    return {sum / rated, rated};
}

} // namespace

WeeklyReviewReader::WeeklyReviewReader(const Database &database)
    : m_database(database)
{}

QDate WeeklyReviewReader::lastWeekStart(const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    return today.addDays(1 - today.dayOfWeek()).addDays(-7);
}

Result<WeeklyReview> WeeklyReviewReader::review(const QDate &anyDay) const
{
    WeeklyReview review;
    review.weekStart = anyDay.addDays(1 - anyDay.dayOfWeek());
    const MetricsAnalysis analysis(m_database);

    MetricsFilter week{localMidnightUtc(review.weekStart),
                       localMidnightUtc(review.weekStart.addDays(7)), QString()};
    auto rows = analysis.perPost(week, PostOrder::HighestRate);
    if (!rows)
        return rows.error();
    review.measured = int(rows->size());
    std::tie(review.meanRate, review.rated) = meanRate(*rows);
    // Highest rate first; rows without a rate come last.
    if (review.rated > 0) {
        review.best = rows->first();
        review.quietest = rows->at(review.rated - 1);
    }

    MetricsFilter before{localMidnightUtc(review.weekStart.addDays(-28)), week.from, QString()};
    auto previous = analysis.perPost(before);
    if (!previous)
        return previous.error();
    std::tie(review.previousMeanRate, review.previousRated) = meanRate(*previous);

    auto missing = unmeasured(week.from, week.to);
    if (!missing)
        return missing.error();
    review.unmeasured = *missing;
    return review;
}

Result<QList<UnmeasuredPost>> WeeklyReviewReader::unmeasured(const QDateTime &from,
                                                             const QDateTime &to) const
{
    // Only what went out, or should have by now: a draft or a future post has nothing to
    // measure.
    auto query =
        m_database.exec(QStringLiteral(R"(
            SELECT pn.post_id, pn.network_id, n.name,
                   CASE WHEN p.title <> '' THEN p.title ELSE substr(p.body, 1, 120) END,
                   coalesce(pn.published_at, p.scheduled_at) AS at
            FROM post_networks pn
            JOIN posts p ON p.id = pn.post_id
            JOIN networks n ON n.id = pn.network_id
            WHERE coalesce(pn.published_at, p.scheduled_at) >= :from
              AND coalesce(pn.published_at, p.scheduled_at) < :to
              AND coalesce(pn.published_at, p.scheduled_at) <= :now
              AND (p.status = 'published' OR p.status = 'scheduled')
              AND NOT EXISTS (SELECT 1 FROM metric_snapshots m
                              WHERE m.post_id = pn.post_id AND m.network_id = pn.network_id)
            ORDER BY at, pn.post_id, n.sort_order)"),
                        {{QStringLiteral(":from"), sql::fromTime(from)},
                         {QStringLiteral(":to"), sql::fromTime(to)},
                         {QStringLiteral(":now"), sql::fromTime(m_database.clock().now())}});
    if (!query)
        return query.error();
    QList<UnmeasuredPost> posts;
    while (query->next()) {
        posts << UnmeasuredPost{query->value(0).toLongLong(), query->value(1).toString(),
                                query->value(2).toString(), query->value(3).toString().simplified(),
                                sql::toTime(query->value(4))};
    }
    return posts;
}

} // namespace hearth::core
