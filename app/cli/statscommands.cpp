// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli stats: community response per post, week, pillar, network or time slot.
#include "commands.h"
#include "listen/metricsanalysis.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <optional>

namespace hearth::cli {

namespace {

QString cell(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

// Rates print as percentages in tables; JSON keeps the fraction.
QString percent(const std::optional<double> &rate)
{
    return rate ? QString::number(*rate * 100.0, 'f', 2) + u'%' : QStringLiteral("-");
}

QJsonObject groupJson(const core::RateGroup &group, const QString &keyName)
{
    return QJsonObject{{keyName, group.key},
                       {QStringLiteral("label"), group.label},
                       {QStringLiteral("posts"), group.posts},
                       {QStringLiteral("rated_posts"), group.ratedPosts},
                       {QStringLiteral("mean_community_rate"), jsonOrNull(group.meanRate)},
                       {QStringLiteral("community"), group.community},
                       {QStringLiteral("audience"), group.audience}};
}

// Parses a local calendar date; `endOfDay` moves to the start of the next day, so
// --to is inclusive.
std::optional<QDateTime> parseDay(const QString &text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), Qt::LocalTime).toUTC();
}

// --from, --to and --network; false (after saying why) when a date is not one.
bool readFilter(CliContext &context, core::MetricsFilter &filter)
{
    if (context.isSet("from")) {
        const auto from = parseDay(context.value("from"), false);
        if (!from) {
            context.fail(
                tr("--from \"%1\" is not a date like 2026-11-23.").arg(context.value("from")),
                ExitUsage);
            return false;
        }
        filter.from = *from;
    }
    if (context.isSet("to")) {
        const auto to = parseDay(context.value("to"), true);
        if (!to) {
            context.fail(tr("--to \"%1\" is not a date like 2026-11-23.").arg(context.value("to")),
                         ExitUsage);
            return false;
        }
        filter.to = *to;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from >= filter.to) {
        context.fail(tr("--from is after --to; swap them."), ExitUsage);
        return false;
    }
    filter.networkId = context.value("network");
    return true;
}

QJsonObject postMetricsJson(const core::PostMetrics &post)
{
    const QString basis = core::toString(post.rateBasis);
    return QJsonObject{
        {QStringLiteral("post_id"), post.postId},
        {QStringLiteral("network"), post.networkId},
        {QStringLiteral("title"), post.title},
        {QStringLiteral("posted_at"), post.postedAt.isValid()
                                          ? QJsonValue(post.postedAt.toString(Qt::ISODate))
                                          : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("pillar"),
         post.pillarName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(post.pillarName)},
        {QStringLiteral("reach"), jsonOrNull(post.reach)},
        {QStringLiteral("impressions"), jsonOrNull(post.impressions)},
        {QStringLiteral("views"), jsonOrNull(post.views)},
        {QStringLiteral("reactions"), jsonOrNull(post.reactions)},
        {QStringLiteral("comments"), jsonOrNull(post.comments)},
        {QStringLiteral("shares"), jsonOrNull(post.shares)},
        {QStringLiteral("saves"), jsonOrNull(post.saves)},
        {QStringLiteral("clicks"), jsonOrNull(post.clicks)},
        {QStringLiteral("follows"), jsonOrNull(post.follows)},
        {QStringLiteral("community"), jsonOrNull(post.community)},
        {QStringLiteral("community_rate"), jsonOrNull(post.communityRate)},
        {QStringLiteral("rate_basis"),
         basis.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(basis)}};
}

int printPerPost(CliContext &context, const core::MetricsAnalysis &analysis,
                 const core::MetricsFilter &filter)
{
    auto posts = analysis.perPost(filter, core::PostOrder::Oldest);
    if (!posts)
        return context.fail(posts.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const core::PostMetrics &post : *posts) {
        const QString basis = core::toString(post.rateBasis);
        json.append(postMetricsJson(post));
        rows << QStringList{QString::number(post.postId),
                            post.networkId,
                            localText(post.postedAt),
                            cell(post.reach),
                            cell(post.impressions),
                            cell(post.views),
                            cell(post.comments),
                            cell(post.shares),
                            cell(post.saves),
                            cell(post.follows),
                            percent(post.communityRate),
                            basis.isNull() ? QStringLiteral("-") : basis};
    }
    context.printRows({tr("post"), tr("network"), tr("posted"), tr("reach"), tr("impressions"),
                       tr("views"), tr("comments"), tr("shares"), tr("saves"), tr("follows"),
                       tr("community rate"), tr("basis")},
                      rows, json);
    return ExitOk;
}

int printSlots(CliContext &context, const core::MetricsAnalysis &analysis,
               const core::MetricsFilter &filter, int minimumPosts)
{
    auto map = analysis.heatmap(filter, minimumPosts);
    if (!map)
        return context.fail(map.error());
    auto best = analysis.bestTimes(filter, 3, minimumPosts);
    if (!best)
        return context.fail(best.error());
    QJsonArray slotRows;
    QList<QStringList> rows;
    const QLocale locale;
    for (const core::HeatmapCell &slot : map->cells) {
        if (slot.posts == 0)
            continue;
        slotRows.append(
            QJsonObject{{QStringLiteral("weekday"), slot.weekday},
                        {QStringLiteral("hour"), slot.hour},
                        {QStringLiteral("posts"), slot.posts},
                        {QStringLiteral("mean_community_rate"), jsonOrNull(slot.meanRate)},
                        {QStringLiteral("enough_posts"), slot.enoughPosts}});
        rows << QStringList{locale.dayName(slot.weekday, QLocale::ShortFormat),
                            QStringLiteral("%1:00").arg(slot.hour, 2, 10, QLatin1Char('0')),
                            QString::number(slot.posts), percent(slot.meanRate),
                            slot.enoughPosts ? QString() : tr("too few posts")};
    }
    QJsonArray bestJson;
    for (const core::BestTime &time : *best)
        bestJson.append(QJsonObject{{QStringLiteral("network"), time.networkId},
                                    {QStringLiteral("rank"), time.rank},
                                    {QStringLiteral("weekday"), time.weekday},
                                    {QStringLiteral("hour"), time.hour},
                                    {QStringLiteral("posts"), time.posts},
                                    {QStringLiteral("mean_community_rate"), time.meanRate}});
    context.printRows(
        {tr("weekday"), tr("hour"), tr("posts"), tr("mean community rate"), tr("note")}, rows,
        QJsonObject{{QStringLiteral("minimum_posts"), map->minimumPosts},
                    {QStringLiteral("slots"), slotRows},
                    {QStringLiteral("best_times"), bestJson}});
    return ExitOk;
}

// --by week, pillar or network: one row per group.
int printGroups(CliContext &context, const core::MetricsAnalysis &analysis,
                const core::MetricsFilter &filter, const QString &by)
{
    core::Result<QList<core::RateGroup>> groups = QList<core::RateGroup>();
    QString keyName;
    if (by == QLatin1String("week")) {
        groups = analysis.weekly(filter);
        keyName = QStringLiteral("week_start");
    } else if (by == QLatin1String("pillar")) {
        groups = analysis.byPillar(filter);
        keyName = QStringLiteral("pillar_id");
    } else {
        groups = analysis.byNetwork(filter);
        keyName = QStringLiteral("network");
    }
    if (!groups)
        return context.fail(groups.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const core::RateGroup &group : *groups) {
        QJsonObject object = groupJson(group, keyName);
        // Posts without a pillar have no pillar id.
        if (by == QLatin1String("pillar") && group.key.isEmpty())
            object.insert(keyName, QJsonValue::Null);
        else if (by == QLatin1String("pillar"))
            object.insert(keyName, group.key.toLongLong());
        json.append(object);
        rows << QStringList{group.label,
                            QString::number(group.posts),
                            QString::number(group.ratedPosts),
                            percent(group.meanRate),
                            QString::number(group.community),
                            QString::number(group.audience)};
    }
    context.printRows(
        {by, tr("posts"), tr("rated"), tr("mean community rate"), tr("community"), tr("audience")},
        rows, json);
    return ExitOk;
}

int runStats(CliContext &context)
{
    const QString by = context.value("by");
    static const QStringList groupings{QStringLiteral("post"), QStringLiteral("week"),
                                       QStringLiteral("pillar"), QStringLiteral("network"),
                                       QStringLiteral("slot")};
    if (!groupings.contains(by))
        return context.fail(
            tr("--by \"%1\" is not one of post, week, pillar, network, slot.").arg(by), ExitUsage);
    core::MetricsFilter filter;
    if (!readFilter(context, filter))
        return ExitUsage;
    bool minimumOk = false;
    const int minimumPosts = context.value("min-posts").toInt(&minimumOk);
    if (!minimumOk || minimumPosts < 1)
        return context.fail(tr("--min-posts needs a whole number of at least 1."), ExitUsage);

    auto database = context.openDatabase(core::CreateMode::MustExist);
    if (!database)
        return context.fail(database.error());
    const core::MetricsAnalysis analysis(**database);
    if (by == QLatin1String("post"))
        return printPerPost(context, analysis, filter);
    if (by == QLatin1String("slot"))
        return printSlots(context, analysis, filter, minimumPosts);
    return printGroups(context, analysis, filter, by);
}

} // namespace

Command statsCommand()
{
    return Command{
        .name = QStringLiteral("stats"),
        .summary = tr("community response per post, week, pillar, network or slot"),
        .description = tr("Community response from the current metrics. ") +
                       core::MetricsAnalysis::formulaText(),
        .options = {valued("by", "post|week|pillar|network|slot",
                           tr("Group by post, week, pillar, network or slot (local weekday "
                              "and hour)."),
                           "post"),
                    valued("from", "YYYY-MM-DD", tr("Only posts from this local day on.")),
                    valued("to", "YYYY-MM-DD",
                           tr("Only posts up to and including this local day.")),
                    valued("network", "ID", tr("Only this network (its id, e.g. x).")),
                    valued("min-posts", "N",
                           tr("With --by slot: posts a slot needs before its mean counts "
                              "(default 3)."),
                           "3")},
        .run = &runStats};
}

} // namespace hearth::cli
