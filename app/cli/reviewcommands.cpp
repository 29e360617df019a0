// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli review: the weekly review's figures (a week's community rate against the four
// weeks before, its best and quietest post, the posts still without figures).
#include "commands.h"
#include "common/clock.h"
#include "listen/weeklyreview.h"
#include "plan/timeadvisor.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hearth::cli {

namespace {

QString rateText(const std::optional<double> &rate)
{
    return rate ? core::ratePercent(*rate) : QStringLiteral("-");
}

QJsonValue postJson(const std::optional<core::PostMetrics> &post)
{
    if (!post)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("post_id"), post->postId},
                       {QStringLiteral("network"), post->networkId},
                       {QStringLiteral("title"), post->title},
                       {QStringLiteral("posted_at"), jsonTime(post->postedAt)},
                       {QStringLiteral("community_rate"), jsonOrNull(post->communityRate)}};
}

QString postText(const std::optional<core::PostMetrics> &post)
{
    if (!post)
        return QStringLiteral("-");
    return QStringLiteral("%1 (%2, %3)")
        .arg(post->title, post->networkName, rateText(post->communityRate));
}

int runReview(CliContext &context)
{
    auto database = context.openDatabase(core::CreateMode::MustExist);
    if (!database)
        return context.fail(database.error());
    QDate week = core::WeeklyReviewReader::lastWeekStart((*database)->clock().now());
    if (context.isSet("week")) {
        week = QDate::fromString(context.value("week"), Qt::ISODate);
        if (!week.isValid())
            return context.fail(
                tr("--week \"%1\" is not a date like 2026-11-23.").arg(context.value("week")),
                ExitUsage);
    }
    auto review = core::WeeklyReviewReader(**database).review(week);
    if (!review)
        return context.fail(review.error());

    QJsonArray unmeasured;
    QStringList unmeasuredText;
    for (const core::UnmeasuredPost &post : std::as_const(review->unmeasured)) {
        unmeasured.append(QJsonObject{{QStringLiteral("post_id"), post.postId},
                                      {QStringLiteral("network"), post.networkId},
                                      {QStringLiteral("title"), post.title},
                                      {QStringLiteral("posted_at"), jsonTime(post.postedAt)}});
        unmeasuredText << QStringLiteral("%1 (%2)").arg(post.title, post.networkName);
    }
    const QJsonObject json{
        {QStringLiteral("week"), review->weekStart.toString(Qt::ISODate)},
        {QStringLiteral("measured_posts"), review->measured},
        {QStringLiteral("rated_posts"), review->rated},
        {QStringLiteral("mean_community_rate"), jsonOrNull(review->meanRate)},
        {QStringLiteral("previous_weeks"), 4},
        {QStringLiteral("previous_rated_posts"), review->previousRated},
        {QStringLiteral("previous_mean_community_rate"), jsonOrNull(review->previousMeanRate)},
        {QStringLiteral("best"), postJson(review->best)},
        {QStringLiteral("quietest"), postJson(review->quietest)},
        {QStringLiteral("unmeasured"), unmeasured}};
    const QList<QStringList> rows{
        {tr("week"), review->weekStart.toString(Qt::ISODate)},
        {tr("posts with figures"), QString::number(review->measured)},
        {tr("mean community rate"), rateText(review->meanRate)},
        {tr("the four weeks before"), rateText(review->previousMeanRate)},
        {tr("best post"), postText(review->best)},
        {tr("quietest post"), postText(review->quietest)},
        {tr("without figures"), unmeasuredText.isEmpty()
                                    ? QStringLiteral("-")
                                    : unmeasuredText.join(QStringLiteral("; "))}};
    context.printRows({tr("item"), tr("value")}, rows, json);
    return ExitOk;
}

} // namespace

Command reviewCommand()
{
    return Command{.name = QStringLiteral("review"),
                   .summary = tr("the weekly review: a week's community rate against the four "
                                 "weeks before"),
                   .description = tr("How a week's posts did: their mean community rate against "
                                     "the four weeks before, the best and the quietest post, and "
                                     "the posts still without figures."),
                   .options = {valued("week", "YYYY-MM-DD",
                                      tr("The week holding this date (default: last week)."))},
                   .run = &runReview};
}

} // namespace hearth::cli
