// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli stats, run as a real process over a database written by the core.
#include "cliplan.h"
#include "common/clock.h"
#include "plan/post.h"
#include "plan/postrepository.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

class TestStatsCommand final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // --db FILE, or --server on the _postgresql run.
    QStringList m_plan;
    qint64 m_first = 0;
    qint64 m_second = 0;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run run(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HEARTH_CLI_PATH), arguments);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    QJsonValue json(const QStringList &arguments) const
    {
        const Run result = run(m_plan +
                               QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                           QStringLiteral("stats")} +
                               arguments);
        if (result.exitCode != 0)
            qWarning("hearth-cli failed: %s", result.err.constData());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", result.out.constData());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_plan = hearth::cli::testing::newPlanArguments(m_dir.filePath(QStringLiteral("stats.db")));
        ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
        auto database = hearth::cli::testing::openPlan(m_plan, clock);
        QVERIFY(database);
        Database &db = **database;

        auto makePost = [&](const QString &title, const QDateTime &when, qint64 pillar,
                            const QStringList &networks) {
            Post post;
            post.title = title;
            post.body = post.link = post.firstComment = post.notes = QStringLiteral("");
            post.scheduledAt = when;
            post.status = PostStatus::Published;
            post.pillarId = pillar;
            for (const QString &network : networks) {
                PostNetwork target;
                target.networkId = network;
                post.networks << target;
            }
            auto created = PostRepository(db).create(post);
            return created ? created->id : qint64(0);
        };
        // Monday 4 May 2026, 09:00 and Tuesday 12 May 2026, 18:00 Berlin time.
        m_first = makePost(QStringLiteral("Sourdough basics"),
                           QDateTime(QDate(2026, 5, 4), QTime(7, 0), Qt::UTC), 1,
                           {QStringLiteral("instagram"), QStringLiteral("x")});
        m_second = makePost(QStringLiteral("Meet the team"),
                            QDateTime(QDate(2026, 5, 12), QTime(16, 0), Qt::UTC), 6,
                            {QStringLiteral("x")});
        QVERIFY(m_first > 0 && m_second > 0);

        const QString insert = QStringLiteral(
            "INSERT INTO metric_snapshots (post_id, network_id, captured_at, reach, impressions, "
            "views, "
            "reactions, comments, shares, saves, clicks, follows) VALUES (:post, :network, "
            ":captured, :reach, "
            ":impressions, :views, :reactions, :comments, :shares, :saves, :clicks, :follows)");
        const QVariant null(QMetaType::fromType<qint64>());
        auto snapshot = [&](qint64 post, const QString &network, QVariant reach,
                            QVariant impressions, QVariant comments, QVariant shares,
                            QVariant follows) {
            return db
                .exec(insert, {{QStringLiteral(":post"), post},
                               {QStringLiteral(":network"), network},
                               {QStringLiteral(":captured"), qint64(1780000000)},
                               {QStringLiteral(":reach"), reach},
                               {QStringLiteral(":impressions"), impressions},
                               {QStringLiteral(":views"), null},
                               {QStringLiteral(":reactions"), 40},
                               {QStringLiteral(":comments"), comments},
                               {QStringLiteral(":shares"), shares},
                               {QStringLiteral(":saves"), null},
                               {QStringLiteral(":clicks"), null},
                               {QStringLiteral(":follows"), follows}})
                .ok();
        };
        QVERIFY(snapshot(m_first, QStringLiteral("instagram"), 1000, null, 12, 8, -1));
        QVERIFY(snapshot(m_first, QStringLiteral("x"), null, 4000, 20, null, null));
        QVERIFY(snapshot(m_second, QStringLiteral("x"), 500, 900, null, null, null));
    }

    void perPost()
    {
        const QJsonArray rows = json({QStringLiteral("--by"), QStringLiteral("post")}).toArray();
        QCOMPARE(rows.size(), 3);
        const QStringList required{QStringLiteral("post_id"),   QStringLiteral("network"),
                                   QStringLiteral("reach"),     QStringLiteral("impressions"),
                                   QStringLiteral("views"),     QStringLiteral("reactions"),
                                   QStringLiteral("comments"),  QStringLiteral("shares"),
                                   QStringLiteral("saves"),     QStringLiteral("clicks"),
                                   QStringLiteral("follows"),   QStringLiteral("community_rate"),
                                   QStringLiteral("rate_basis")};
        for (const QJsonValue &row : rows) {
            for (const QString &key : required)
                QVERIFY2(row.toObject().contains(key), qPrintable(key));
        }
        QJsonObject instagram;
        QJsonObject x;
        QJsonObject second;
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            if (row.value(QStringLiteral("post_id")).toInteger() == m_second)
                second = row;
            else if (row.value(QStringLiteral("network")).toString() == QLatin1String("instagram"))
                instagram = row;
            else
                x = row;
        }
        QCOMPARE(instagram.value(QStringLiteral("community_rate")).toDouble(), 0.019);
        QCOMPARE(instagram.value(QStringLiteral("rate_basis")).toString(), QStringLiteral("reach"));
        QCOMPARE(instagram.value(QStringLiteral("follows")).toInteger(), -1);
        QVERIFY(instagram.value(QStringLiteral("saves")).isNull());
        QCOMPARE(x.value(QStringLiteral("community_rate")).toDouble(), 0.005);
        QCOMPARE(x.value(QStringLiteral("rate_basis")).toString(), QStringLiteral("impressions"));
        QVERIFY(x.value(QStringLiteral("reach")).isNull());
        // No community figure at all: no rate and no basis, not zero.
        QVERIFY(second.value(QStringLiteral("community_rate")).isNull());
        QVERIFY(second.value(QStringLiteral("rate_basis")).isNull());
        QCOMPARE(second.value(QStringLiteral("reach")).toInteger(), 500);
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("rows");
        QTest::newRow("network") << QStringList{QStringLiteral("--network"), QStringLiteral("x")}
                                 << 2;
        QTest::newRow("to is inclusive")
            << QStringList{QStringLiteral("--to"), QStringLiteral("2026-05-04")} << 2;
        QTest::newRow("from") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-05-05")}
                              << 1;
        QTest::newRow("empty range")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2026-06-01")} << 0;
    }

    void filters()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, rows);
        QCOMPARE(json(QStringList{QStringLiteral("--by"), QStringLiteral("post")} + arguments)
                     .toArray()
                     .size(),
                 rows);
    }

    void groups()
    {
        const QJsonArray weeks = json({QStringLiteral("--by"), QStringLiteral("week")}).toArray();
        QCOMPARE(weeks.size(), 2);
        QCOMPARE(weeks.at(0).toObject().value(QStringLiteral("week_start")).toString(),
                 QStringLiteral("2026-05-04"));
        QCOMPARE(weeks.at(0).toObject().value(QStringLiteral("posts")).toInt(), 2);
        QCOMPARE(weeks.at(0).toObject().value(QStringLiteral("mean_community_rate")).toDouble(),
                 0.012);
        QVERIFY(weeks.at(1).toObject().value(QStringLiteral("mean_community_rate")).isNull());

        const QJsonArray pillars =
            json({QStringLiteral("--by"), QStringLiteral("pillar")}).toArray();
        QCOMPARE(pillars.size(), 2);
        QCOMPARE(pillars.at(0).toObject().value(QStringLiteral("label")).toString(),
                 QStringLiteral("Educate"));
        QCOMPARE(pillars.at(0).toObject().value(QStringLiteral("pillar_id")).toInteger(), 1);

        const QJsonArray networks =
            json({QStringLiteral("--by"), QStringLiteral("network")}).toArray();
        QCOMPARE(networks.size(), 2);
        QCOMPARE(networks.at(0).toObject().value(QStringLiteral("network")).toString(),
                 QStringLiteral("x"));
        QCOMPARE(networks.at(0).toObject().value(QStringLiteral("rated_posts")).toInt(), 1);
    }

    void timeSlots()
    {
        const QJsonObject result = json({QStringLiteral("--by"), QStringLiteral("slot"),
                                         QStringLiteral("--min-posts"), QStringLiteral("1")})
                                       .toObject();
        QCOMPARE(result.value(QStringLiteral("minimum_posts")).toInt(), 1);
        const QJsonArray cells = result.value(QStringLiteral("slots")).toArray();
        // Only the Monday 09:00 local slot has rated posts (two networks).
        QCOMPARE(cells.size(), 1);
        const QJsonObject monday = cells.at(0).toObject();
        QCOMPARE(monday.value(QStringLiteral("weekday")).toInt(), 1);
        QCOMPARE(monday.value(QStringLiteral("hour")).toInt(), 9);
        QCOMPARE(monday.value(QStringLiteral("posts")).toInt(), 2);
        QVERIFY(monday.value(QStringLiteral("enough_posts")).toBool());
        QCOMPARE(result.value(QStringLiteral("best_times")).toArray().size(), 2);
    }

    void tableOutput()
    {
        const Run result = run(m_plan + QStringList{QStringLiteral("stats"), QStringLiteral("--by"),
                                                    QStringLiteral("post")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("1.90%"));
        QVERIFY(result.out.contains("impressions"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown grouping")
            << QStringList{QStringLiteral("--by"), QStringLiteral("month")} << 2
            << QByteArray("--by \"month\"");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--from"),
                                                 QStringLiteral("05/04/2026")}
                                  << 2 << QByteArray("--from \"05/04/2026\"");
        QTest::newRow("reversed range")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2026-06-01"),
                           QStringLiteral("--to"), QStringLiteral("2026-05-01")}
            << 2 << QByteArray("swap");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run result = run(m_plan + QStringList{QStringLiteral("stats")} + arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void missingDatabase()
    {
        const Run result =
            run({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("nothing.db")),
                 QStringLiteral("stats")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.err.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nothing.db"))));
    }
};

QTEST_GUILESS_MAIN(TestStatsCommand)
#include "tst_statscommand.moc"
