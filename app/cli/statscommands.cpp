// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli stats: community response per post, week, pillar, network or time slot.
#include "commands.h"
#include "listen/metricsanalysis.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <optional>

namespace hearth::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth_cli", text);
}

QJsonValue jsonValue(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonValue(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString cell(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

// Rates print as percentages in tables; JSON keeps the fraction.
QString percent(const std::optional<double> &rate)
{
    return rate ? QString::number(*rate * 100.0, 'f', 2) + u'%' : QStringLiteral("-");
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

QJsonObject groupJson(const core::RateGroup &group, const QString &keyName)
{
    return QJsonObject{{keyName, group.key},
                       {QStringLiteral("label"), group.label},
                       {QStringLiteral("posts"), group.posts},
                       {QStringLiteral("rated_posts"), group.ratedPosts},
                       {QStringLiteral("mean_community_rate"), jsonValue(group.meanRate)},
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

} // namespace

int runStats(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption byOption(
        QStringLiteral("by"),
        tr("Group by post, week, pillar, network or slot (local weekday "
           "and hour)."),
        QStringLiteral("post|week|pillar|network|slot"), QStringLiteral("post"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("Only posts from this local day on."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("Only posts up to and including this local day."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption networkOption(
        QStringLiteral("network"), tr("Only this network (its id, e.g. x)."), QStringLiteral("ID"));
    const QCommandLineOption minimumOption(
        QStringLiteral("min-posts"),
        tr("With --by slot: posts a slot needs before its mean counts "
           "(default 3)."),
        QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({byOption, fromOption, toOption, networkOption, minimumOption});
    int exitCode = ExitOk;
    if (!context.parse(parser,
                       tr("Community response from the current metrics. ") +
                           core::MetricsAnalysis::formulaText(),
                       exitCode))
        return exitCode;

    const QString by = parser.value(byOption);
    static const QStringList groupings{QStringLiteral("post"), QStringLiteral("week"),
                                       QStringLiteral("pillar"), QStringLiteral("network"),
                                       QStringLiteral("slot")};
    if (!groupings.contains(by))
        return context.fail(
            tr("--by \"%1\" is not one of post, week, pillar, network, slot.").arg(by), ExitUsage);

    core::MetricsFilter filter;
    if (parser.isSet(fromOption)) {
        const auto from = parseDay(parser.value(fromOption), false);
        if (!from)
            return context.fail(
                tr("--from \"%1\" is not a date like 2026-11-23.").arg(parser.value(fromOption)),
                ExitUsage);
        filter.from = *from;
    }
    if (parser.isSet(toOption)) {
        const auto to = parseDay(parser.value(toOption), true);
        if (!to)
            return context.fail(
                tr("--to \"%1\" is not a date like 2026-11-23.").arg(parser.value(toOption)),
                ExitUsage);
        filter.to = *to;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from >= filter.to)
        return context.fail(tr("--from is after --to; swap them."), ExitUsage);
    filter.networkId = parser.value(networkOption);
    bool minimumOk = false;
    const int minimumPosts = parser.value(minimumOption).toInt(&minimumOk);
    if (!minimumOk || minimumPosts < 1)
        return context.fail(tr("--min-posts needs a whole number of at least 1."), ExitUsage);

    auto database = context.openDatabase(core::CreateMode::MustExist);
    if (!database)
        return context.fail(database.error());
    const core::MetricsAnalysis analysis(**database);

    if (by == QLatin1String("post")) {
        auto posts = analysis.perPost(filter, core::PostOrder::Oldest);
        if (!posts)
            return context.fail(posts.error());
        QJsonArray json;
        QList<QStringList> rows;
        for (const core::PostMetrics &post : *posts) {
            const QString basis = core::toString(post.rateBasis);
            json.append(QJsonObject{
                {QStringLiteral("post_id"), post.postId},
                {QStringLiteral("network"), post.networkId},
                {QStringLiteral("title"), post.title},
                {QStringLiteral("posted_at"), post.postedAt.isValid()
                                                  ? QJsonValue(post.postedAt.toString(Qt::ISODate))
                                                  : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("pillar"), post.pillarName.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(post.pillarName)},
                {QStringLiteral("reach"), jsonValue(post.reach)},
                {QStringLiteral("impressions"), jsonValue(post.impressions)},
                {QStringLiteral("views"), jsonValue(post.views)},
                {QStringLiteral("reactions"), jsonValue(post.reactions)},
                {QStringLiteral("comments"), jsonValue(post.comments)},
                {QStringLiteral("shares"), jsonValue(post.shares)},
                {QStringLiteral("saves"), jsonValue(post.saves)},
                {QStringLiteral("clicks"), jsonValue(post.clicks)},
                {QStringLiteral("follows"), jsonValue(post.follows)},
                {QStringLiteral("community"), jsonValue(post.community)},
                {QStringLiteral("community_rate"), jsonValue(post.communityRate)},
                {QStringLiteral("rate_basis"),
                 basis.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(basis)},
            });
            rows << QStringList{QString::number(post.postId),
                                post.networkId,
                                localTime(post.postedAt),
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

    if (by == QLatin1String("slot")) {
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
                            {QStringLiteral("mean_community_rate"), jsonValue(slot.meanRate)},
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

} // namespace hearth::cli
