#include "metricsanalysis.h"

#include "sqlvalues.h"

#include <QCoreApplication>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::MetricsAnalysis", text);
}

// The rated rows every aggregation starts from: the current snapshot of each post ×
// network in the filter, its community sum, the basis it is divided by, and the rate.
// NULL stays NULL: a community sum only exists when at least one signal does, and a
// rate only when both the sum and a positive basis exist. Appends the bindings it uses.
QString ratedRows(const MetricsFilter &filter, Bindings &bindings)
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
        rated AS (
            SELECT *,
                CASE WHEN community IS NOT NULL AND audience IS NOT NULL
                     THEN CAST(community AS REAL) / audience END AS rate,
                (CAST(strftime('%w', at, 'unixepoch', 'localtime') AS INTEGER) + 6) % 7 + 1
                    AS weekday,
                CAST(strftime('%H', at, 'unixepoch', 'localtime') AS INTEGER) AS hour
            FROM summed
        ))");
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
    post.reach = optionalInt(row.value(7));
    post.impressions = optionalInt(row.value(8));
    post.views = optionalInt(row.value(9));
    post.reactions = optionalInt(row.value(10));
    post.comments = optionalInt(row.value(11));
    post.shares = optionalInt(row.value(12));
    post.saves = optionalInt(row.value(13));
    post.clicks = optionalInt(row.value(14));
    post.follows = optionalInt(row.value(15));
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

Result<QList<RateGroup>> MetricsAnalysis::groups(const QString &tail, const MetricsFilter &filter,
                                                 bool weekly) const
{
    Bindings bindings;
    auto query = m_database.exec(ratedRows(filter, bindings) + tail, bindings);
    if (!query)
        return query.error();
    QList<RateGroup> groups;
    while (query->next()) {
        RateGroup group;
        group.key = query->value(0).toString();
        group.label = query->value(1).toString();
        group.posts = query->value(2).toInt();
        group.ratedPosts = query->value(3).toInt();
        group.meanRate = optionalReal(query->value(4));
        group.community = query->value(5).toLongLong();
        group.audience = query->value(6).toLongLong();
        if (weekly)
            group.weekStart = QDate::fromString(group.key, Qt::ISODate);
        groups << group;
    }
    return groups;
}

// The figures every group reports, in the order groups() reads them; `table` qualifies columns.
static QString groupFigures(const QString &table = QString())
{
    return QStringLiteral("count(*), count(%1rate), avg(%1rate), coalesce(sum(%1community), 0), "
                          "coalesce(sum(%1audience), 0)")
        .arg(table.isEmpty() ? QString() : table + u'.');
}

Result<QList<RateGroup>> MetricsAnalysis::weekly(const MetricsFilter &filter) const
{
    // SQLite's 'weekday 0' moves to the coming Sunday (or stays), so -6 days is Monday.
    return groups(QStringLiteral(R"(, weeks AS (
            SELECT *, date(at, 'unixepoch', 'localtime', 'weekday 0', '-6 days') AS week
            FROM rated WHERE at IS NOT NULL)
        SELECT week, week, )") +
                      groupFigures() + QStringLiteral(" FROM weeks GROUP BY week ORDER BY week"),
                  filter, true);
}

Result<QList<RateGroup>> MetricsAnalysis::byPillar(const MetricsFilter &filter) const
{
    auto result =
        groups(QStringLiteral(" SELECT coalesce(r.pillar_id, ''), coalesce(pl.name, ''), ") +
                   groupFigures(QStringLiteral("r")) +
                   QStringLiteral(R"( FROM rated r LEFT JOIN pillars pl ON pl.id = r.pillar_id
                GROUP BY r.pillar_id ORDER BY pl.id IS NULL, pl.sort_order, pl.name)"),
               filter, false);
    if (result) {
        for (RateGroup &group : *result) {
            if (group.key.isEmpty())
                group.label = tr("No pillar");
        }
    }
    return result;
}

Result<QList<RateGroup>> MetricsAnalysis::byNetwork(const MetricsFilter &filter) const
{
    return groups(QStringLiteral(" SELECT r.network_id, n.name, ") +
                      groupFigures(QStringLiteral("r")) +
                      QStringLiteral(R"( FROM rated r JOIN networks n ON n.id = r.network_id
                GROUP BY r.network_id ORDER BY n.sort_order, n.name)"),
                  filter, false);
}

Result<Heatmap> MetricsAnalysis::heatmap(const MetricsFilter &filter, int minimumPosts) const
{
    Heatmap map;
    map.minimumPosts = qMax(1, minimumPosts);
    map.cells.reserve(7 * 24);
    for (int weekday = 1; weekday <= 7; ++weekday) {
        for (int hour = 0; hour < 24; ++hour)
            map.cells << HeatmapCell{weekday, hour, 0, std::nullopt, false};
    }
    Bindings bindings;
    auto query = m_database.exec(ratedRows(filter, bindings) + QStringLiteral(R"(
        SELECT weekday, hour, count(*), avg(rate) FROM rated
        WHERE at IS NOT NULL AND rate IS NOT NULL
        GROUP BY weekday, hour)"),
                                 bindings);
    if (!query)
        return query.error();
    while (query->next()) {
        const int weekday = query->value(0).toInt();
        const int hour = query->value(1).toInt();
        if (weekday < 1 || weekday > 7 || hour < 0 || hour > 23)
            continue;
        HeatmapCell &cell = map.cells[(weekday - 1) * 24 + hour];
        cell.posts = query->value(2).toInt();
        cell.meanRate = optionalReal(query->value(3));
        cell.enoughPosts = cell.posts >= map.minimumPosts;
    }
    return map;
}

Result<QList<BestTime>> MetricsAnalysis::bestTimes(const MetricsFilter &filter, int perNetwork,
                                                   int minimumPosts) const
{
    Bindings bindings;
    const QString sql = ratedRows(filter, bindings) + QStringLiteral(R"(,
        slots AS (
            SELECT network_id, weekday, hour, count(*) AS rows_in_slot, avg(rate) AS mean_rate
            FROM rated WHERE at IS NOT NULL AND rate IS NOT NULL
            GROUP BY network_id, weekday, hour
            HAVING count(*) >= :minimum
        ),
        ranked AS (
            SELECT *, row_number() OVER (PARTITION BY network_id
                                         ORDER BY mean_rate DESC, rows_in_slot DESC, weekday, hour)
                      AS slot_rank
            FROM slots
        )
        SELECT s.network_id, n.name, s.slot_rank, s.weekday, s.hour, s.mean_rate, s.rows_in_slot
        FROM ranked s JOIN networks n ON n.id = s.network_id
        WHERE s.slot_rank <= :per_network
        ORDER BY n.sort_order, n.name, s.slot_rank)");
    bindings.emplace_back(QStringLiteral(":minimum"), qMax(1, minimumPosts));
    bindings.emplace_back(QStringLiteral(":per_network"), qMax(0, perNetwork));
    auto query = m_database.exec(sql, bindings);
    if (!query)
        return query.error();
    QList<BestTime> times;
    while (query->next()) {
        BestTime time;
        time.networkId = query->value(0).toString();
        time.networkName = query->value(1).toString();
        time.rank = query->value(2).toInt();
        time.weekday = query->value(3).toInt();
        time.hour = query->value(4).toInt();
        time.meanRate = query->value(5).toDouble();
        time.posts = query->value(6).toInt();
        times << time;
    }
    return times;
}

} // namespace hearth::core
