// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Community rate and the aggregations of MetricsAnalysis over a real in-memory database.
#include "common/clock.h"
#include "listen/metricsanalysis.h"
#include "plan/post.h"
#include "plan/postrepository.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <ctime>
#include <map>
#include <optional>

using namespace hearth::core;

namespace {

using Figures = std::map<QString, std::optional<qint64>>;
using OptInt = std::optional<qint64>;

// A local wall-clock time in the test's zone (Europe/Berlin), as UTC.
QDateTime local(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::LocalTime).toUTC();
}

} // namespace

class TestMetricsAnalysis final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;

    qint64 addPost(const QDateTime &when, const QStringList &networks,
                   std::optional<qint64> pillar = std::nullopt, const QString &title = {})
    {
        Post post;
        post.title =
            title.isEmpty() ? QStringLiteral("Post at %1").arg(when.toString(Qt::ISODate)) : title;
        // Empty, not null: PostRepository stores null strings as NULL.
        post.body = QStringLiteral("Body of ") + post.title;
        post.link = post.firstComment = post.notes = QStringLiteral("");
        post.scheduledAt = when;
        post.status = PostStatus::Published;
        post.pillarId = pillar;
        for (const QString &network : networks) {
            PostNetwork target;
            target.networkId = network;
            post.networks << target;
        }
        PostRepository posts(*m_database);
        auto created = posts.create(post);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return created->id;
    }

    void addSnapshot(qint64 postId, const QString &network, const QDateTime &captured,
                     const Figures &figures)
    {
        QStringList columns{QStringLiteral("post_id"), QStringLiteral("network_id"),
                            QStringLiteral("captured_at")};
        QStringList values{QStringLiteral(":post_id"), QStringLiteral(":network_id"),
                           QStringLiteral(":captured_at")};
        Bindings bindings{{QStringLiteral(":post_id"), postId},
                          {QStringLiteral(":network_id"), network},
                          {QStringLiteral(":captured_at"), captured.toSecsSinceEpoch()}};
        for (const auto &[name, value] : figures) {
            columns << name;
            values << u':' + name;
            bindings.emplace_back(u':' + name, value ? QVariant(*value)
                                                     : QVariant(QMetaType::fromType<qint64>()));
        }
        auto inserted =
            m_database->exec(QStringLiteral("INSERT INTO metric_snapshots (%1) VALUES (%2)")
                                 .arg(columns.join(u','), values.join(u',')),
                             bindings);
        if (!inserted)
            qFatal("%s", qPrintable(inserted.error().message));
    }

    PostMetrics only(const MetricsFilter &filter = {})
    {
        auto posts = MetricsAnalysis(*m_database).perPost(filter);
        if (!posts || posts->size() != 1)
            qFatal("expected one row");
        return posts->first();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Local slots and weeks depend on the zone; pin one with a DST change.
        qputenv("TZ", "Europe/Berlin");
        tzset();
    }

    void init()
    {
        m_clock =
            std::make_unique<ManualClock>(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
        auto database = testing::openTestDatabase(*m_clock);
        QVERIFY2(database, qPrintable(database ? QString() : database.error().message));
        m_database = std::move(*database);
    }

    void cleanup() { m_database.reset(); }

    void communityRate_data()
    {
        QTest::addColumn<Figures>("figures");
        QTest::addColumn<OptInt>("community");
        QTest::addColumn<std::optional<double>>("rate");
        QTest::addColumn<RateBasis>("basis");

        const OptInt none;
        QTest::newRow("all signals over reach")
            << Figures{{QStringLiteral("reach"), 1000},  {QStringLiteral("impressions"), 5000},
                       {QStringLiteral("comments"), 10}, {QStringLiteral("shares"), 5},
                       {QStringLiteral("saves"), 3},     {QStringLiteral("follows"), 2}}
            << OptInt(20) << std::optional<double>(0.02) << RateBasis::Reach;
        QTest::newRow("no reach falls back to impressions")
            << Figures{{QStringLiteral("reach"), none},
                       {QStringLiteral("impressions"), 2000},
                       {QStringLiteral("views"), 100},
                       {QStringLiteral("comments"), 20}}
            << OptInt(20) << std::optional<double>(0.01) << RateBasis::Impressions;
        QTest::newRow("zero reach and no impressions fall back to views")
            << Figures{{QStringLiteral("reach"), 0},
                       {QStringLiteral("views"), 500},
                       {QStringLiteral("shares"), 5}}
            << OptInt(5) << std::optional<double>(0.01) << RateBasis::Views;
        QTest::newRow("no basis at all has no rate")
            << Figures{{QStringLiteral("comments"), 4}, {QStringLiteral("clicks"), 50}} << OptInt(4)
            << std::optional<double>() << RateBasis::None;
        QTest::newRow("every community signal missing has no rate")
            << Figures{{QStringLiteral("reach"), 800},     {QStringLiteral("reactions"), 90},
                       {QStringLiteral("comments"), none}, {QStringLiteral("shares"), none},
                       {QStringLiteral("saves"), none},    {QStringLiteral("follows"), none}}
            << none << std::optional<double>() << RateBasis::None;
        QTest::newRow("missing signals are left out, not zero")
            << Figures{{QStringLiteral("reach"), 200},
                       {QStringLiteral("comments"), 6},
                       {QStringLiteral("saves"), none}}
            << OptInt(6) << std::optional<double>(0.03) << RateBasis::Reach;
        QTest::newRow("zeros are a real zero rate")
            << Figures{{QStringLiteral("reach"), 300},
                       {QStringLiteral("comments"), 0},
                       {QStringLiteral("shares"), 0}}
            << OptInt(0) << std::optional<double>(0.0) << RateBasis::Reach;
        QTest::newRow("negative follows lower the sum")
            << Figures{{QStringLiteral("reach"), 100},
                       {QStringLiteral("comments"), 3},
                       {QStringLiteral("follows"), -5}}
            << OptInt(-2) << std::optional<double>(-0.02) << RateBasis::Reach;
        QTest::newRow("reactions and clicks are not community")
            << Figures{{QStringLiteral("reach"), 100},
                       {QStringLiteral("reactions"), 70},
                       {QStringLiteral("clicks"), 30},
                       {QStringLiteral("comments"), 1}}
            << OptInt(1) << std::optional<double>(0.01) << RateBasis::Reach;
    }

    void communityRate()
    {
        QFETCH(Figures, figures);
        QFETCH(OptInt, community);
        QFETCH(std::optional<double>, rate);
        QFETCH(RateBasis, basis);

        const qint64 post = addPost(local(2026, 5, 4, 9), {QStringLiteral("instagram")});
        addSnapshot(post, QStringLiteral("instagram"), local(2026, 5, 20, 9), figures);
        const PostMetrics row = only();
        QCOMPARE(row.postId, post);
        QCOMPARE(row.networkId, QStringLiteral("instagram"));
        QCOMPARE(row.community, community);
        QCOMPARE(row.communityRate.has_value(), rate.has_value());
        if (rate)
            QVERIFY(qAbs(*row.communityRate - *rate) < 1e-12);
        QCOMPARE(toString(row.rateBasis), toString(basis));
        // Figures come back as stored: missing stays missing.
        for (const auto &[name, value] : figures) {
            if (name == QLatin1String("reach"))
                QCOMPARE(row.reach, value);
            else if (name == QLatin1String("comments"))
                QCOMPARE(row.comments, value);
            else if (name == QLatin1String("saves"))
                QCOMPARE(row.saves, value);
        }
        if (!figures.contains(QStringLiteral("reach")))
            QVERIFY(!row.reach.has_value());
    }

    void newestSnapshotIsCurrent()
    {
        const qint64 post = addPost(local(2026, 5, 4, 9), {QStringLiteral("x")});
        addSnapshot(post, QStringLiteral("x"), local(2026, 5, 5, 9),
                    {{QStringLiteral("reach"), 100}, {QStringLiteral("comments"), 1}});
        addSnapshot(post, QStringLiteral("x"), local(2026, 5, 20, 9),
                    {{QStringLiteral("reach"), 1000}, {QStringLiteral("comments"), 30}});
        // Same capture time: the later row wins.
        addSnapshot(post, QStringLiteral("x"), local(2026, 5, 20, 9),
                    {{QStringLiteral("reach"), 1000}, {QStringLiteral("comments"), 40}});
        // An older export imported later does not replace newer figures.
        addSnapshot(post, QStringLiteral("x"), local(2026, 5, 10, 9),
                    {{QStringLiteral("reach"), 500}, {QStringLiteral("comments"), 5}});
        const PostMetrics row = only();
        QCOMPARE(row.comments, OptInt(40));
        QCOMPARE(*row.communityRate, 0.04);
    }

    void postsWithoutSnapshotsAreAbsent()
    {
        addPost(local(2026, 5, 4, 9), {QStringLiteral("x")});
        auto posts = MetricsAnalysis(*m_database).perPost({});
        QVERIFY(posts);
        QVERIFY(posts->isEmpty());
        auto counts = MetricsAnalysis(*m_database).counts({});
        QVERIFY(counts);
        QCOMPARE(counts->first, 0);
    }

    void filters_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<QString>("network");
        QTest::addColumn<int>("rows");

        QTest::newRow("everything") << QDateTime() << QDateTime() << QString() << 4;
        QTest::newRow("one network")
            << QDateTime() << QDateTime() << QStringLiteral("linkedin") << 1;
        QTest::newRow("from May") << local(2026, 5, 1, 0) << QDateTime() << QString() << 3;
        QTest::newRow("end is exclusive")
            << local(2026, 5, 1, 0) << local(2026, 5, 4, 9) << QString() << 0;
        QTest::newRow("May only") << local(2026, 5, 1, 0) << local(2026, 6, 1, 0) << QString() << 3;
        QTest::newRow("range and network")
            << local(2026, 4, 1, 0) << local(2026, 5, 1, 0) << QStringLiteral("x") << 1;
    }

    void filters()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(QString, network);
        QFETCH(int, rows);
        const Figures figures{{QStringLiteral("reach"), 100}, {QStringLiteral("comments"), 2}};
        const qint64 april = addPost(local(2026, 4, 20, 9), {QStringLiteral("x")});
        const qint64 may =
            addPost(local(2026, 5, 4, 9), {QStringLiteral("x"), QStringLiteral("linkedin")});
        const qint64 late = addPost(local(2026, 5, 31, 23, 30), {QStringLiteral("x")});
        addSnapshot(april, QStringLiteral("x"), local(2026, 6, 1, 0), figures);
        addSnapshot(may, QStringLiteral("x"), local(2026, 6, 1, 0), figures);
        addSnapshot(may, QStringLiteral("linkedin"), local(2026, 6, 1, 0), figures);
        addSnapshot(late, QStringLiteral("x"), local(2026, 6, 1, 0), figures);

        const MetricsFilter filter{from, to, network};
        auto posts = MetricsAnalysis(*m_database).perPost(filter);
        QVERIFY(posts);
        QCOMPARE(posts->size(), rows);
        auto counts = MetricsAnalysis(*m_database).counts(filter);
        QVERIFY(counts);
        QCOMPARE(counts->first, rows);
        QCOMPARE(counts->second, rows);
    }

    void publishedTimeWinsOverScheduled()
    {
        Post post;
        post.title = QStringLiteral("Went out late");
        post.body = post.link = post.firstComment = post.notes = QStringLiteral("");
        post.scheduledAt = local(2026, 5, 4, 9);
        post.status = PostStatus::Published;
        PostNetwork target;
        target.networkId = QStringLiteral("x");
        target.publishedAt = local(2026, 5, 6, 18);
        post.networks << target;
        auto created = PostRepository(*m_database).create(post);
        QVERIFY(created);
        addSnapshot(created->id, QStringLiteral("x"), local(2026, 5, 20, 0),
                    {{QStringLiteral("reach"), 10}, {QStringLiteral("comments"), 1}});
        QCOMPARE(only().postedAt, local(2026, 5, 6, 18));
        auto map = MetricsAnalysis(*m_database).heatmap({}, 1);
        QVERIFY(map);
        QCOMPARE(map->cell(3, 18).posts, 1);
        QCOMPARE(map->cell(1, 9).posts, 0);
    }

    // Europe/Berlin moves to summer time on Sunday 29 March 2026 at 02:00.
    void localSlotsAcrossDst_data()
    {
        QTest::addColumn<QDateTime>("posted");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<int>("hour");
        QTest::addColumn<QDate>("week");

        QTest::newRow("winter Saturday") << local(2026, 3, 28, 10) << 6 << 10 << QDate(2026, 3, 23);
        QTest::newRow("summer Monday") << local(2026, 3, 30, 10) << 1 << 10 << QDate(2026, 3, 30);
        QTest::newRow("late Sunday is the old week")
            << local(2026, 3, 29, 23, 30) << 7 << 23 << QDate(2026, 3, 23);
        QTest::newRow("just after the change")
            << local(2026, 3, 29, 3, 15) << 7 << 3 << QDate(2026, 3, 23);
        QTest::newRow("autumn change back")
            << local(2026, 10, 25, 4) << 7 << 4 << QDate(2026, 10, 19);
        QTest::newRow("midnight Monday") << local(2026, 11, 2, 0) << 1 << 0 << QDate(2026, 11, 2);
    }

    void localSlotsAcrossDst()
    {
        QFETCH(QDateTime, posted);
        QFETCH(int, weekday);
        QFETCH(int, hour);
        QFETCH(QDate, week);
        const qint64 post = addPost(posted, {QStringLiteral("mastodon")});
        addSnapshot(post, QStringLiteral("mastodon"), posted.addDays(7),
                    {{QStringLiteral("impressions"), 400}, {QStringLiteral("comments"), 8}});
        MetricsAnalysis analysis(*m_database);
        auto map = analysis.heatmap({}, 1);
        QVERIFY(map);
        QCOMPARE(map->cells.size(), 7 * 24);
        QCOMPARE(map->cell(weekday, hour).posts, 1);
        QVERIFY(map->cell(weekday, hour).enoughPosts);
        QCOMPARE(*map->cell(weekday, hour).meanRate, 0.02);
        auto weeks = analysis.weekly({});
        QVERIFY(weeks);
        QCOMPARE(weeks->size(), 1);
        QCOMPARE(weeks->first().weekStart, week);
        QCOMPARE(weeks->first().weekStart.dayOfWeek(), 1);
    }

    void weeklyTrend()
    {
        // Week of 4 May: rates 0.02 and 0.04 and one row without a rate.
        const qint64 a = addPost(local(2026, 5, 4, 9), {QStringLiteral("x")});
        const qint64 b = addPost(local(2026, 5, 10, 20), {QStringLiteral("x")});
        const qint64 c = addPost(local(2026, 5, 6, 9), {QStringLiteral("x")});
        const qint64 d = addPost(local(2026, 5, 18, 9), {QStringLiteral("x")});
        addSnapshot(a, QStringLiteral("x"), local(2026, 6, 1, 0),
                    {{QStringLiteral("reach"), 100}, {QStringLiteral("comments"), 2}});
        addSnapshot(b, QStringLiteral("x"), local(2026, 6, 1, 0),
                    {{QStringLiteral("reach"), 100}, {QStringLiteral("comments"), 4}});
        addSnapshot(c, QStringLiteral("x"), local(2026, 6, 1, 0), {{QStringLiteral("reach"), 100}});
        addSnapshot(d, QStringLiteral("x"), local(2026, 6, 1, 0),
                    {{QStringLiteral("reach"), 50}, {QStringLiteral("shares"), 5}});
        auto weeks = MetricsAnalysis(*m_database).weekly({});
        QVERIFY(weeks);
        QCOMPARE(weeks->size(), 2);
        QCOMPARE(weeks->at(0).weekStart, QDate(2026, 5, 4));
        QCOMPARE(weeks->at(0).posts, 3);
        QCOMPARE(weeks->at(0).ratedPosts, 2);
        QVERIFY(qAbs(*weeks->at(0).meanRate - 0.03) < 1e-12);
        QCOMPARE(weeks->at(0).community, 6);
        QCOMPARE(weeks->at(0).audience, 300);
        QCOMPARE(weeks->at(1).weekStart, QDate(2026, 5, 18));
        QCOMPARE(*weeks->at(1).meanRate, 0.1);
    }

    void byPillarAndNetwork()
    {
        const qint64 educate = 1;
        const qint64 promote = 4;
        const qint64 a = addPost(local(2026, 5, 4, 9),
                                 {QStringLiteral("x"), QStringLiteral("linkedin")}, educate);
        const qint64 b = addPost(local(2026, 5, 5, 9), {QStringLiteral("x")}, promote);
        const qint64 c = addPost(local(2026, 5, 6, 9), {QStringLiteral("linkedin")});
        addSnapshot(a, QStringLiteral("x"), local(2026, 6, 1, 0),
                    {{QStringLiteral("reach"), 100}, {QStringLiteral("comments"), 10}});
        addSnapshot(a, QStringLiteral("linkedin"), local(2026, 6, 1, 0),
                    {{QStringLiteral("impressions"), 100}, {QStringLiteral("comments"), 20}});
        addSnapshot(b, QStringLiteral("x"), local(2026, 6, 1, 0),
                    {{QStringLiteral("reach"), 100}, {QStringLiteral("comments"), 1}});
        addSnapshot(c, QStringLiteral("linkedin"), local(2026, 6, 1, 0),
                    {{QStringLiteral("reach"), 100}});

        MetricsAnalysis analysis(*m_database);
        auto pillars = analysis.byPillar({});
        QVERIFY(pillars);
        QCOMPARE(pillars->size(), 3);
        QCOMPARE(pillars->at(0).label, QStringLiteral("Educate"));
        QCOMPARE(pillars->at(0).posts, 2);
        QVERIFY(qAbs(*pillars->at(0).meanRate - 0.15) < 1e-12);
        QCOMPARE(pillars->at(1).label, QStringLiteral("Promote"));
        QCOMPARE(*pillars->at(1).meanRate, 0.01);
        QVERIFY(pillars->at(2).key.isEmpty());
        QCOMPARE(pillars->at(2).posts, 1);
        QCOMPARE(pillars->at(2).ratedPosts, 0);
        QVERIFY(!pillars->at(2).meanRate.has_value());

        auto networks = analysis.byNetwork({});
        QVERIFY(networks);
        QCOMPARE(networks->size(), 2);
        // Networks come in their catalogue order: X before LinkedIn.
        QCOMPARE(networks->at(0).key, QStringLiteral("x"));
        QVERIFY(qAbs(*networks->at(0).meanRate - 0.055) < 1e-12);
        QCOMPARE(networks->at(1).key, QStringLiteral("linkedin"));
        QCOMPARE(networks->at(1).label, QStringLiteral("LinkedIn"));
        QCOMPARE(networks->at(1).posts, 2);
        QCOMPARE(*networks->at(1).meanRate, 0.2);

        auto filtered = analysis.byNetwork({QDateTime(), QDateTime(), QStringLiteral("x")});
        QVERIFY(filtered);
        QCOMPARE(filtered->size(), 1);
    }

    void heatmapThreshold()
    {
        // Three Monday-10:00 posts and one Friday-18:00 post.
        for (int week = 0; week < 3; ++week) {
            const qint64 post = addPost(local(2026, 5, 4 + 7 * week, 10), {QStringLiteral("x")});
            addSnapshot(post, QStringLiteral("x"), local(2026, 6, 1, 0),
                        {{QStringLiteral("reach"), 100}, {QStringLiteral("comments"), 1 + week}});
        }
        const qint64 friday = addPost(local(2026, 5, 8, 18), {QStringLiteral("x")});
        addSnapshot(friday, QStringLiteral("x"), local(2026, 6, 1, 0),
                    {{QStringLiteral("reach"), 100}, {QStringLiteral("comments"), 50}});
        auto map = MetricsAnalysis(*m_database).heatmap({}, 3);
        QVERIFY(map);
        QCOMPARE(map->minimumPosts, 3);
        const HeatmapCell &monday = map->cell(1, 10);
        QCOMPARE(monday.posts, 3);
        QVERIFY(monday.enoughPosts);
        QVERIFY(qAbs(*monday.meanRate - 0.02) < 1e-12);
        const HeatmapCell &fri = map->cell(5, 18);
        QCOMPARE(fri.posts, 1);
        QVERIFY(!fri.enoughPosts);
        QCOMPARE(*fri.meanRate, 0.5);
        QVERIFY(!map->cell(2, 10).meanRate.has_value());
    }

    void bestTimesPerNetwork()
    {
        // X: Monday 9 (rate 0.05 × 2), Tuesday 12 (0.02 × 2), Wednesday 18 (0.08 × 2),
        // Thursday 7 (0.01 × 2), Friday 20 (0.9 × 1, too few posts).
        struct Slot
        {
            int day;
            int hour;
            qint64 comments;
            int times;
        };
        const Slot plan[] = {
            {4, 9, 5, 2}, {5, 12, 2, 2}, {6, 18, 8, 2}, {7, 7, 1, 2}, {8, 20, 90, 1}};
        for (const Slot &slot : plan) {
            for (int i = 0; i < slot.times; ++i) {
                const qint64 post =
                    addPost(local(2026, 5, slot.day + 7 * i, slot.hour), {QStringLiteral("x")});
                addSnapshot(
                    post, QStringLiteral("x"), local(2026, 6, 1, 0),
                    {{QStringLiteral("reach"), 100}, {QStringLiteral("comments"), slot.comments}});
            }
        }
        const qint64 linkedin = addPost(local(2026, 5, 4, 8), {QStringLiteral("linkedin")});
        addSnapshot(linkedin, QStringLiteral("linkedin"), local(2026, 6, 1, 0),
                    {{QStringLiteral("reach"), 100}, {QStringLiteral("comments"), 3}});

        auto best = MetricsAnalysis(*m_database).bestTimes({}, 3, 2);
        QVERIFY(best);
        QCOMPARE(best->size(), 3);
        QCOMPARE(best->at(0).networkId, QStringLiteral("x"));
        QCOMPARE(best->at(0).rank, 1);
        QCOMPARE(best->at(0).weekday, 3);
        QCOMPARE(best->at(0).hour, 18);
        QCOMPARE(best->at(0).posts, 2);
        QCOMPARE(best->at(1).weekday, 1);
        QCOMPARE(best->at(1).hour, 9);
        QCOMPARE(best->at(2).weekday, 2);
        QCOMPARE(best->at(2).rank, 3);

        auto loose = MetricsAnalysis(*m_database).bestTimes({}, 1, 1);
        QVERIFY(loose);
        QCOMPARE(loose->size(), 2);
        QCOMPARE(loose->at(0).weekday, 5);
        QCOMPARE(loose->at(1).networkId, QStringLiteral("linkedin"));
    }

    void overviewMatchesSingleAggregations()
    {
        for (int i = 0; i < 40; ++i) {
            const QString network = i % 3 == 0 ? QStringLiteral("linkedin") : QStringLiteral("x");
            const qint64 post =
                addPost(local(2026, 3, 1 + i, 8 + i % 12), {network},
                        i % 4 == 0 ? std::nullopt : std::optional<qint64>(1 + i % 6));
            addSnapshot(post, network, local(2026, 6, 1, 0),
                        {{QStringLiteral("reach"), 100 + i}, {QStringLiteral("comments"), i % 7}});
        }
        MetricsAnalysis analysis(*m_database);
        const MetricsFilter filter{local(2026, 3, 5, 0), local(2026, 4, 5, 0), QString()};
        auto all = analysis.overview(filter, 2, 2);
        QVERIFY2(all, qPrintable(all ? QString() : all.error().message));
        auto weeks = analysis.weekly(filter);
        auto pillars = analysis.byPillar(filter);
        auto networks = analysis.byNetwork(filter);
        auto map = analysis.heatmap(filter, 2);
        auto best = analysis.bestTimes(filter, 2, 2);
        QVERIFY(weeks && pillars && networks && map && best);
        QVERIFY(!all->weekly.isEmpty());
        QCOMPARE(all->weekly.size(), weeks->size());
        for (qsizetype i = 0; i < weeks->size(); ++i) {
            QCOMPARE(all->weekly.at(i).weekStart, weeks->at(i).weekStart);
            QCOMPARE(all->weekly.at(i).meanRate, weeks->at(i).meanRate);
        }
        QCOMPARE(all->pillars.size(), pillars->size());
        QCOMPARE(all->pillars.last().label, QStringLiteral("No pillar"));
        QCOMPARE(all->networks.size(), networks->size());
        QCOMPARE(all->networks.first().posts, networks->first().posts);
        for (qsizetype i = 0; i < map->cells.size(); ++i)
            QCOMPARE(all->heatmap.cells.at(i).posts, map->cells.at(i).posts);
        QCOMPARE(all->bestTimes.size(), best->size());
        for (qsizetype i = 0; i < best->size(); ++i) {
            QCOMPARE(all->bestTimes.at(i).networkId, best->at(i).networkId);
            QCOMPARE(all->bestTimes.at(i).rank, best->at(i).rank);
            QCOMPARE(all->bestTimes.at(i).hour, best->at(i).hour);
        }
    }

    void topPostsAndOrders()
    {
        const qint64 low = addPost(local(2026, 5, 4, 9), {QStringLiteral("x")}, std::nullopt,
                                   QStringLiteral("Low"));
        const qint64 high = addPost(local(2026, 5, 5, 9), {QStringLiteral("x")}, std::nullopt,
                                    QStringLiteral("High"));
        const qint64 unrated = addPost(local(2026, 5, 6, 9), {QStringLiteral("x")}, std::nullopt,
                                       QStringLiteral("Unrated"));
        addSnapshot(low, QStringLiteral("x"), local(2026, 6, 1, 0),
                    {{QStringLiteral("reach"), 100}, {QStringLiteral("comments"), 1}});
        addSnapshot(high, QStringLiteral("x"), local(2026, 6, 1, 0),
                    {{QStringLiteral("reach"), 100}, {QStringLiteral("comments"), 9}});
        addSnapshot(unrated, QStringLiteral("x"), local(2026, 6, 1, 0),
                    {{QStringLiteral("reach"), 100}});
        MetricsAnalysis analysis(*m_database);
        auto top = analysis.topPosts({}, 10);
        QVERIFY(top);
        QCOMPARE(top->size(), 2);
        QCOMPARE(top->at(0).title, QStringLiteral("High"));
        QCOMPARE(top->at(1).postId, low);
        auto newest = analysis.perPost({}, PostOrder::Newest, 2);
        QVERIFY(newest);
        QCOMPARE(newest->size(), 2);
        QCOMPARE(newest->at(0).postId, unrated);
        auto oldest = analysis.perPost({}, PostOrder::Oldest);
        QVERIFY(oldest);
        QCOMPARE(oldest->first().postId, low);
    }

    void formulaIsExplained()
    {
        const QString text = MetricsAnalysis::formulaText();
        for (const char *word :
             {"comments", "shares", "saves", "follows", "reach", "impressions", "views"})
            QVERIFY2(text.contains(QLatin1String(word)), word);
        QCOMPARE(toString(RateBasis::Impressions), QStringLiteral("impressions"));
        QVERIFY(toString(RateBasis::None).isNull());
    }
};

QTEST_GUILESS_MAIN(TestMetricsAnalysis)
#include "tst_metricsanalysis.moc"
