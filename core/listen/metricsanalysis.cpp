// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/metricsanalysis.h"

#include "common/clock.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <utility>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::MetricsAnalysis", text);
}

// Whether SQLite keeps the rated rows in a temporary table (worth it when several passes read
// them).
enum class Materialise
{
    No,
    Yes
};

// Which posts are rated: all, or only those made from an idea (what an idea's rate reads).
enum class RatedPosts
{
    All,
    FromIdeas
};

// The rated rows every aggregation starts from: the current snapshot of each post ×
// network in the filter, its community sum, the basis it is divided by, and the rate.
// NULL stays NULL: a community sum only exists when at least one signal does, and a
// rate only when both the sum and a positive basis exist. Appends the bindings it uses.
QString ratedRows(const MetricsFilter &filter, Bindings &bindings,
                  Materialise materialise = Materialise::No, RatedPosts posts = RatedPosts::All)
{
    QStringList conditions;
    const QString postedAt = QStringLiteral("coalesce(pn.published_at, p.scheduled_at)");
    if (filter.from.isValid()) {
        conditions << postedAt + QStringLiteral(" >= :from");
        bindings.emplace_back(QStringLiteral(":from"), sql::fromTime(filter.from));
    }
    if (filter.to.isValid()) {
        conditions << postedAt + QStringLiteral(" < :to");
        bindings.emplace_back(QStringLiteral(":to"), sql::fromTime(filter.to));
    }
    if (posts == RatedPosts::FromIdeas)
        conditions << QStringLiteral("p.idea_id IS NOT NULL");
    if (!filter.networkId.isEmpty()) {
        conditions << QStringLiteral("pn.network_id = :network");
        bindings.emplace_back(QStringLiteral(":network"), filter.networkId);
    }
    const QString where =
        conditions.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return QStringLiteral(R"(WITH current AS (
            SELECT pn.post_id, pn.network_id, )") +
           postedAt + QStringLiteral(R"( AS at, p.pillar_id,
                   s.reach, s.impressions, s.views, s.reactions, s.comments, s.shares,
                   s.saves, s.clicks, s.follows
            FROM post_networks pn
            JOIN posts p ON p.id = pn.post_id
            JOIN metric_snapshots s ON s.id = (
                SELECT m.id FROM metric_snapshots m
                WHERE m.post_id = pn.post_id AND m.network_id = pn.network_id
                ORDER BY m.captured_at DESC, m.id DESC LIMIT 1))") +
           where + QStringLiteral(R"(
        ),
        summed AS (
            SELECT *,
                CASE WHEN comments IS NULL AND shares IS NULL AND saves IS NULL AND follows IS NULL
                     THEN NULL
                     ELSE coalesce(comments, 0) + coalesce(shares, 0) + coalesce(saves, 0)
                          + coalesce(follows, 0) END AS community,
                CASE WHEN reach > 0 THEN 1 WHEN impressions > 0 THEN 2 WHEN views > 0 THEN 3
                     ELSE 0 END AS basis,
                CASE WHEN reach > 0 THEN reach WHEN impressions > 0 THEN impressions
                     WHEN views > 0 THEN views END AS audience
            FROM current
        ),
        rated AS )") +
           (materialise == Materialise::Yes ? QStringLiteral("MATERIALIZED") : QString()) +
           QStringLiteral(R"( (
            SELECT *,
                CASE WHEN community IS NOT NULL AND audience IS NOT NULL
                     THEN CAST(community AS DOUBLE PRECISION) / audience END AS rate
            FROM summed
        ))");
}

// The local time of `at` as SQL both engines run: the zone's offsets over the span of the rows
// are worked out here and passed as values (neither engine's own time functions are shared).
// Appends the bindings it uses.
QString localTimeOf(const QString &at, const QDateTime &first, const QDateTime &last,
                    Bindings &bindings)
{
    // Zone rules beyond these years are guesses anyway; the outer offsets cover the rest.
    const QDateTime earliest(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime latest(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime from = std::clamp(first, earliest, latest);
    const QDateTime to = std::clamp(last, from, latest);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    auto offset = [&bindings](qsizetype index, int seconds) {
        const QString name = QStringLiteral(":zone_offset_%1").arg(index);
        bindings.emplace_back(name, qint64(seconds));
        return QStringLiteral("CAST(%1 AS bigint)").arg(name);
    };
    QString arms;
    qsizetype index = 0;
    int current = zone.offsetFromUtc(from);
    for (const QTimeZone::OffsetData &change : zone.transitions(from, to)) {
        if (change.offsetFromUtc == current)
            continue;
        const QString until = QStringLiteral(":zone_until_%1").arg(index);
        bindings.emplace_back(until, change.atUtc.toSecsSinceEpoch());
        arms += QStringLiteral(" WHEN %1 < CAST(%2 AS bigint) THEN %3")
                    .arg(at, until, offset(index, current));
        current = change.offsetFromUtc;
        ++index;
    }
    const QString finalOffset = offset(index, current);
    if (arms.isEmpty())
        return QStringLiteral("%1 + %2").arg(at, finalOffset);
    return QStringLiteral("%1 + CASE%2 ELSE %3 END").arg(at, arms, finalOffset);
}

// Appended to ratedRows() by the aggregations over local time: the rows that have a time,
// with their local day, ISO weekday (1 = Monday) and hour. The zone conversion is the
// costly part, so it runs once per row (materialised) and the rest is arithmetic.
QString localRows(const QDateTime &first, const QDateTime &last, Bindings &bindings)
{
    return QStringLiteral(R"(,
        localized AS MATERIALIZED (
            SELECT *, )") +
           localTimeOf(QStringLiteral("at"), first, last, bindings) + QStringLiteral(R"( AS local_at
            FROM rated WHERE at IS NOT NULL
        ),
        split AS (
            SELECT *, ((local_at % 86400) + 86400) % 86400 AS local_second FROM localized
        ),
        located AS (
            SELECT *, (local_at - local_second) / 86400 AS local_day, local_second / 3600 AS hour,
                   ((((local_at - local_second) / 86400) % 7 + 7) % 7 + 3) % 7 + 1 AS weekday
            FROM split
        ))");
}

// The first and last time a post in the filter can have: the filter's own ends, else those of
// the posts on record; the span the zone offsets are worked out for.
Result<std::pair<QDateTime, QDateTime>> postedSpan(const Database &database,
                                                   const MetricsFilter &filter)
{
    if (filter.from.isValid() && filter.to.isValid())
        return std::pair(filter.from, filter.to);
    auto span = database.exec(QStringLiteral("SELECT min(coalesce(pn.published_at, "
                                             "p.scheduled_at)), max(coalesce(pn.published_at, "
                                             "p.scheduled_at)) FROM post_networks pn JOIN posts p "
                                             "ON p.id = pn.post_id"));
    if (!span)
        return span.error();
    const QDateTime now = database.clock().now();
    std::pair<QDateTime, QDateTime> ends(now, now);
    if (span->next() && !span->value(0).isNull()) {
        ends.first = sql::toTime(span->value(0));
        ends.second = sql::toTime(span->value(1));
    }
    if (filter.from.isValid())
        ends.first = filter.from;
    if (filter.to.isValid())
        ends.second = filter.to;
    return ends;
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

std::optional<double> optionalReal(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

RateBasis basisFromColumn(int value)
{
    switch (value) {
    case 1:
        return RateBasis::Reach;
    case 2:
        return RateBasis::Impressions;
    case 3:
        return RateBasis::Views;
    default:
        return RateBasis::None;
    }
}

const QString postColumns = QStringLiteral(R"(
    r.post_id, r.network_id, n.name,
    CASE WHEN p.title <> '' THEN p.title ELSE substr(p.body, 1, 120) END,
    r.at, r.pillar_id, pl.name,
    r.reach, r.impressions, r.views, r.reactions, r.comments, r.shares, r.saves, r.clicks,
    r.follows, r.community, r.audience, r.rate, r.basis)");

const QString postJoins = QStringLiteral(R"(
    FROM rated r
    JOIN posts p ON p.id = r.post_id
    JOIN networks n ON n.id = r.network_id
    LEFT JOIN pillars pl ON pl.id = r.pillar_id)");

PostMetrics postFromRow(const QSqlQuery &row)
{
    PostMetrics post;
    post.postId = row.value(0).toLongLong();
    post.networkId = row.value(1).toString();
    post.networkName = row.value(2).toString();
    // Lines of a body become one line for lists and chart labels.
    post.title = row.value(3).toString().simplified();
    post.postedAt = sql::toTime(row.value(4));
    post.pillarId = sql::toOptionalId(row.value(5));
    post.pillarName = row.value(6).toString();
    // Columns 7 to 15, in the order of PostCounts.
    int column = 7;
    for (std::optional<qint64> PostCounts::*count :
         {&PostCounts::reach, &PostCounts::impressions, &PostCounts::views, &PostCounts::reactions,
          &PostCounts::comments, &PostCounts::shares, &PostCounts::saves, &PostCounts::clicks,
          &PostCounts::follows})
        post.*count = optionalInt(row.value(column++));
    post.community = optionalInt(row.value(16));
    post.audience = optionalInt(row.value(17));
    post.communityRate = optionalReal(row.value(18));
    // A basis is only named for a rate that exists.
    post.rateBasis = post.communityRate ? basisFromColumn(row.value(19).toInt()) : RateBasis::None;
    return post;
}

Result<QList<PostMetrics>> loadPosts(const Database &database, const QString &sql,
                                     const Bindings &bindings)
{
    auto query = database.exec(sql, bindings);
    if (!query)
        return query.error();
    QList<PostMetrics> posts;
    while (query->next())
        posts << postFromRow(*query);
    return posts;
}

} // namespace

QString toString(RateBasis basis)
{
    switch (basis) {
    case RateBasis::Reach:
        return QStringLiteral("reach");
    case RateBasis::Impressions:
        return QStringLiteral("impressions");
    case RateBasis::Views:
        return QStringLiteral("views");
    case RateBasis::None:
        break;
    }
    return {};
}

MetricsAnalysis::MetricsAnalysis(const Database &database)
    : m_database(database)
{}

QString MetricsAnalysis::formulaText()
{
    return tr("Community rate = (comments + shares + saves + follows gained) ÷ reach. "
              "Where a network gives no reach, Hearth divides by impressions, else by views, "
              "and shows which one it used. A missing figure is left out, never counted as "
              "zero; a post without any community figure has no rate. Likes and reactions are "
              "not counted: they show attention, not conversation.");
}

QString MetricsAnalysis::formulaShort()
{
    return tr("(comments + shares + saves + follows) ÷ reach (else impressions, else views)");
}

Result<QList<PostMetrics>> MetricsAnalysis::perPost(const MetricsFilter &filter, PostOrder order,
                                                    int limit) const
{
    Bindings bindings;
    QString sql =
        ratedRows(filter, bindings) + QStringLiteral(" SELECT ") + postColumns + postJoins;
    switch (order) {
    case PostOrder::Newest:
        sql += QStringLiteral(" ORDER BY r.at IS NULL, r.at DESC, r.post_id DESC, n.sort_order");
        break;
    case PostOrder::Oldest:
        sql += QStringLiteral(" ORDER BY r.at IS NULL, r.at, r.post_id, n.sort_order");
        break;
    case PostOrder::HighestRate:
        sql += QStringLiteral(" ORDER BY r.rate IS NULL, r.rate DESC, r.community DESC, r.post_id");
        break;
    }
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT :limit");
        bindings.emplace_back(QStringLiteral(":limit"), limit);
    }
    return loadPosts(m_database, sql, bindings);
}

Result<QList<PostMetrics>> MetricsAnalysis::topPosts(const MetricsFilter &filter, int limit) const
{
    Bindings bindings;
    QString sql = ratedRows(filter, bindings) + QStringLiteral(" SELECT ") + postColumns +
                  postJoins +
                  QStringLiteral(" WHERE r.rate IS NOT NULL"
                                 " ORDER BY r.rate DESC, r.community DESC, r.post_id LIMIT :limit");
    bindings.emplace_back(QStringLiteral(":limit"), qMax(0, limit));
    return loadPosts(m_database, sql, bindings);
}

Result<QPair<int, int>> MetricsAnalysis::counts(const MetricsFilter &filter) const
{
    Bindings bindings;
    auto query = m_database.exec(ratedRows(filter, bindings) +
                                     QStringLiteral(" SELECT count(*), count(rate) FROM rated"),
                                 bindings);
    if (!query)
        return query.error();
    if (!query->next())
        return QPair<int, int>(0, 0);
    return QPair<int, int>(query->value(0).toInt(), query->value(1).toInt());
}

namespace {

// Each aggregation is one arm of a UNION ALL over the rated rows, with one column layout:
// kind, key, label, two numeric sort keys, posts, rated posts, mean rate, community, audience,
// weekday, hour, and a text sort key. MetricsAnalysis::run() reads them back by kind.
enum ArmKind
{
    NetworkArm = 1,
    PillarArm = 2,
    WeekArm = 3,
    SlotArm = 4,
    BestArm = 5
};

const QString groupFigures =
    QStringLiteral("count(*), count(r.rate), avg(r.rate), coalesce(sum(r.community), 0), "
                   "coalesce(sum(r.audience), 0)");

// Typed, since PostgreSQL gives a bare NULL its type from the arms before it.
const QString noSlot = QStringLiteral("CAST(NULL AS bigint), CAST(NULL AS bigint)");
const QString noName = QStringLiteral("CAST(NULL AS text)");

QString arm(ArmKind kind)
{
    switch (kind) {
    case NetworkArm:
        return QStringLiteral("SELECT 1, r.network_id, n.name, n.sort_order, 0, ") + groupFigures +
               QStringLiteral(", ") + noSlot +
               QStringLiteral(", n.name FROM rated r JOIN networks n ON n.id = "
                              "r.network_id GROUP BY r.network_id, n.name, n.sort_order");
    case PillarArm:
        // Posts without a pillar come last.
        return QStringLiteral(
                   "SELECT 2, coalesce(CAST(r.pillar_id AS text), ''), coalesce(pl.name, ''), "
                   "CASE WHEN pl.id IS NULL THEN 1e9 ELSE pl.sort_order END, 0, ") +
               groupFigures + QStringLiteral(", ") + noSlot +
               QStringLiteral(", pl.name FROM rated r LEFT JOIN pillars pl ON pl.id = "
                              "r.pillar_id GROUP BY r.pillar_id, pl.id, pl.name, pl.sort_order");
    case WeekArm:
        // The key is the week's Monday as days since 1970; run() writes it as a date.
        return QStringLiteral("SELECT 3, CAST(r.week AS text), '', r.week, 0, ") + groupFigures +
               QStringLiteral(", ") + noSlot + QStringLiteral(", ") + noName +
               QStringLiteral(" FROM weeks r GROUP BY r.week");
    case SlotArm:
        return QStringLiteral("SELECT 4, '', '', weekday, hour, count(*), count(*), avg(rate), "
                              "0, 0, weekday, hour, ") +
               noName +
               QStringLiteral(" FROM located WHERE rate IS NOT NULL GROUP BY weekday, hour");
    case BestArm:
        return QStringLiteral(
                   "SELECT 5, s.network_id, n.name, n.sort_order, s.slot_rank, "
                   "s.rows_in_slot, s.rows_in_slot, s.mean_rate, 0, 0, s.weekday, s.hour, ") +
               noName +
               QStringLiteral(" FROM ranked s JOIN networks n ON n.id = s.network_id "
                              "WHERE s.slot_rank <= :per_network");
    }
    return {};
}

// The local-time rows, weeks, and the ranked slots the best times read.
const QString weekRows = QStringLiteral(R"(,
        weeks AS (
            SELECT *, local_day - (weekday - 1) AS week FROM located
        ))");
const QString rankedSlots = QStringLiteral(R"(,
        slot_means AS (
            SELECT network_id, weekday, hour, count(*) AS rows_in_slot, avg(rate) AS mean_rate
            FROM located WHERE rate IS NOT NULL
            GROUP BY network_id, weekday, hour
            HAVING count(*) >= :minimum
        ),
        ranked AS (
            SELECT *, row_number() OVER (PARTITION BY network_id
                                         ORDER BY mean_rate DESC, rows_in_slot DESC, weekday, hour)
                      AS slot_rank
            FROM slot_means
        ))");

} // namespace

Result<MetricsOverview> MetricsAnalysis::run(const MetricsFilter &filter, int parts,
                                             int minimumPosts, int perNetwork) const
{
    Bindings bindings;
    // Several aggregations read the rated rows: rate them once.
    QString sql = ratedRows(filter, bindings, Materialise::Yes);
    const bool local = parts & (WeeklyPart | HeatmapPart | BestTimesPart);
    if (local) {
        auto span = postedSpan(m_database, filter);
        if (!span)
            return span.error();
        sql += localRows(span->first, span->second, bindings);
    }
    if (parts & WeeklyPart)
        sql += weekRows;
    if (parts & BestTimesPart) {
        sql += rankedSlots;
        bindings.emplace_back(QStringLiteral(":minimum"), qMax(1, minimumPosts));
        bindings.emplace_back(QStringLiteral(":per_network"), qMax(0, perNetwork));
    }
    QStringList arms;
    if (parts & NetworksPart)
        arms << arm(NetworkArm);
    if (parts & PillarsPart)
        arms << arm(PillarArm);
    if (parts & WeeklyPart)
        arms << arm(WeekArm);
    if (parts & HeatmapPart)
        arms << arm(SlotArm);
    if (parts & BestTimesPart)
        arms << arm(BestArm);
    sql +=
        u' ' + arms.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY 1, 4, 5, 13");

    MetricsOverview overview;
    overview.heatmap.minimumPosts = qMax(1, minimumPosts);
    overview.heatmap.cells.reserve(7 * 24);
    for (int weekday = 1; weekday <= 7; ++weekday) {
        for (int hour = 0; hour < 24; ++hour)
            overview.heatmap.cells << HeatmapCell{weekday, hour, 0, std::nullopt, false};
    }

    auto query = m_database.exec(sql, bindings);
    if (!query)
        return query.error();
    while (query->next()) {
        const int kind = query->value(0).toInt();
        if (kind == SlotArm) {
            const int weekday = query->value(10).toInt();
            const int hour = query->value(11).toInt();
            if (weekday < 1 || weekday > 7 || hour < 0 || hour > 23)
                continue;
            HeatmapCell &cell = overview.heatmap.cells[(weekday - 1) * 24 + hour];
            cell.posts = query->value(5).toInt();
            cell.meanRate = optionalReal(query->value(7));
            cell.enoughPosts = cell.posts >= overview.heatmap.minimumPosts;
            continue;
        }
        if (kind == BestArm) {
            BestTime time;
            time.networkId = query->value(1).toString();
            time.networkName = query->value(2).toString();
            time.rank = query->value(4).toInt();
            time.posts = query->value(5).toInt();
            time.meanRate = query->value(7).toDouble();
            time.weekday = query->value(10).toInt();
            time.hour = query->value(11).toInt();
            overview.bestTimes << time;
            continue;
        }
        RateGroup group;
        group.key = query->value(1).toString();
        group.label = query->value(2).toString();
        group.posts = query->value(5).toInt();
        group.ratedPosts = query->value(6).toInt();
        group.meanRate = optionalReal(query->value(7));
        group.community = query->value(8).toLongLong();
        group.audience = query->value(9).toLongLong();
        switch (kind) {
        case NetworkArm:
            overview.networks << group;
            break;
        case PillarArm:
            if (group.key.isEmpty())
                group.label = tr("No pillar");
            overview.pillars << group;
            break;
        case WeekArm:
            group.weekStart = QDate(1970, 1, 1).addDays(group.key.toLongLong());
            group.key = group.label = group.weekStart.toString(Qt::ISODate);
            overview.weekly << group;
            break;
        default:
            break;
        }
    }
    return overview;
}

Result<MetricsOverview> MetricsAnalysis::overview(const MetricsFilter &filter, int minimumPosts,
                                                  int perNetwork) const
{
    return run(filter, AllParts, minimumPosts, perNetwork);
}

Result<QList<RateGroup>> MetricsAnalysis::weekly(const MetricsFilter &filter) const
{
    auto result = run(filter, WeeklyPart, 1, 0);
    if (!result)
        return result.error();
    return std::move(result->weekly);
}

Result<QList<RateGroup>> MetricsAnalysis::byPillar(const MetricsFilter &filter) const
{
    auto result = run(filter, PillarsPart, 1, 0);
    if (!result)
        return result.error();
    return std::move(result->pillars);
}

Result<QList<RateGroup>> MetricsAnalysis::byNetwork(const MetricsFilter &filter) const
{
    auto result = run(filter, NetworksPart, 1, 0);
    if (!result)
        return result.error();
    return std::move(result->networks);
}

Result<QList<RateGroup>> MetricsAnalysis::byIdea(const MetricsFilter &filter) const
{
    Bindings bindings;
    auto query = m_database.exec(
        ratedRows(filter, bindings, Materialise::No, RatedPosts::FromIdeas) +
            QStringLiteral(" SELECT p.idea_id, ") + groupFigures +
            QStringLiteral(" FROM rated r JOIN posts p ON p.id = r.post_id"
                           " WHERE p.idea_id IS NOT NULL GROUP BY p.idea_id ORDER BY p.idea_id"),
        bindings);
    if (!query)
        return query.error();
    QList<RateGroup> groups;
    while (query->next()) {
        RateGroup group;
        group.key = query->value(0).toString();
        group.label = group.key;
        group.posts = query->value(1).toInt();
        group.ratedPosts = query->value(2).toInt();
        group.meanRate = optionalReal(query->value(3));
        group.community = query->value(4).toLongLong();
        group.audience = query->value(5).toLongLong();
        groups << group;
    }
    return groups;
}

Result<Heatmap> MetricsAnalysis::heatmap(const MetricsFilter &filter, int minimumPosts) const
{
    auto result = run(filter, HeatmapPart, minimumPosts, 0);
    if (!result)
        return result.error();
    return std::move(result->heatmap);
}

Result<QList<BestTime>> MetricsAnalysis::bestTimes(const MetricsFilter &filter, int perNetwork,
                                                   int minimumPosts) const
{
    auto result = run(filter, BestTimesPart, minimumPosts, perNetwork);
    if (!result)
        return result.error();
    return std::move(result->bestTimes);
}

} // namespace hearth::core
