// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli idea suggest with best times, and hearth-cli review, run as real processes over a
// plan whose figures came in through "import metrics" of a Meta Business Suite export.
#include "cliplan.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSuggestCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // --db FILE, or --server on the _postgresql run.
    QStringList m_plan;
    int m_posts = 0;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Local time is UTC, and no settings of the person running the tests count.
        environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HEARTH_CLI_PATH), m_plan + arguments);
        Run result;
        if (!process.waitForFinished(60000))
            return result;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    QJsonObject json(const QStringList &arguments) const
    {
        const Run result =
            cli(QStringList{QStringLiteral("--format"), QStringLiteral("json")} + arguments);
        if (result.exitCode != 0)
            qWarning("hearth-cli failed: %s", result.err.constData());
        return QJsonDocument::fromJson(result.out).object();
    }

    static QDate thisMonday()
    {
        const QDate today = QDate::currentDate();
        return today.addDays(1 - today.dayOfWeek());
    }

    // One row of a Meta Business Suite "Content" export: a Facebook post `weeksBack` weeks
    // ago on `weekday` at `hour` UTC, with `comments` over a reach of 1000.
    QByteArray exportRow(int weeksBack, int weekday, int hour, int comments)
    {
        const QDate day = thisMonday().addDays(-7 * weeksBack + weekday - 1);
        const QString id = QStringLiteral("613168031534769_%1").arg(1000 + ++m_posts);
        return QStringLiteral("%1,613168031534769,\"Hearth Bakery\",,\"Post %2\",,\"%3 %4:00\",,"
                              "https://www.facebook.com/613168031534769/posts/p%2,No,No,Text,,,,,"
                              "Lifetime,1500,1000,%5,0,%5,0,0,,0,1500\n")
            .arg(id)
            .arg(m_posts)
            .arg(day.toString(QStringLiteral("MM/dd/yyyy")))
            .arg(hour, 2, 10, QLatin1Char('0'))
            .arg(comments)
            .toUtf8();
    }

    void importFigures()
    {
        QByteArray csv = "\"Post ID\",\"Page ID\",\"Page name\",Title,Description,\"Duration "
                         "(sec)\",\"Publish time\",\"Caption type\",Permalink,\"Is crosspost\","
                         "\"Is share\",\"Post type\",Languages,\"Custom labels\",\"Funded content "
                         "status\",\"Data comment\",Date,Views,Reach,\"Reactions, comments and "
                         "shares\",Reactions,Comments,Shares,\"Total clicks\",\"Link Clicks\","
                         "\"Other Clicks\",Views\n";
        for (int week = 1; week <= 3; ++week) {
            csv += exportRow(week, 4, 4, 12); // Thursday 04:00: 1.2 %
            csv += exportRow(week, 4, 9, 5);  // Thursday 09:00: 0.5 %
            csv += exportRow(week, 2, 17, 8); // Tuesday 17:00: 0.8 %
        }
        // Monday 10:00 did best of all, but on two posts only: below the minimum of three.
        csv += exportRow(1, 1, 10, 50);
        csv += exportRow(2, 1, 10, 50);
        QFile file(m_dir.filePath(QStringLiteral("facebook.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        const Run imported =
            cli({QStringLiteral("import"), QStringLiteral("metrics"), file.fileName(),
                 QStringLiteral("--time-zone"), QStringLiteral("UTC")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    QJsonArray suggest(const QStringList &extra = {}) const
    {
        const QJsonObject result = json(
            QStringList{QStringLiteral("idea"), QStringLiteral("suggest"), QStringLiteral("--seed"),
                        QStringLiteral("5"), QStringLiteral("--week"),
                        thisMonday().addDays(7).toString(Qt::ISODate)} +
            extra);
        return result.value(QStringLiteral("proposals")).toArray();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int counter = 0;
        m_plan = hearth::cli::testing::newPlanArguments(
            m_dir.filePath(QStringLiteral("suggest%1.db").arg(++counter)));
        m_posts = 0;
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
    }

    void proposesTheBestTimesOfTheFigures()
    {
        importFigures();
        const QJsonObject stats =
            json({QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("slot"),
                  QStringLiteral("--network"), QStringLiteral("facebook")});
        QSet<QPair<int, int>> bestTimes;
        for (const QJsonValue &value : stats.value(QStringLiteral("best_times")).toArray()) {
            const QJsonObject time = value.toObject();
            bestTimes.insert({time.value(QStringLiteral("weekday")).toInt(),
                              time.value(QStringLiteral("hour")).toInt()});
        }
        QCOMPARE(bestTimes.size(), 3);

        const QJsonArray proposals =
            suggest({QStringLiteral("--network"), QStringLiteral("facebook")});
        QCOMPARE(proposals.size(), 5);
        QHash<int, QDateTime> slotByDay;
        for (const QJsonValue &value : proposals) {
            const QJsonObject proposal = value.toObject();
            const QDateTime slot = QDateTime::fromString(
                proposal.value(QStringLiteral("slot")).toString(), Qt::ISODate);
            const QString why = proposal.value(QStringLiteral("why")).toString();
            QCOMPARE(proposal.value(QStringLiteral("network")).toString(),
                     QStringLiteral("facebook"));
            const int weekday = slot.date().dayOfWeek();
            slotByDay.insert(weekday, slot);
            if (weekday == 2 || weekday == 4) {
                // Days with figures: an hour among the best times, and the figures named.
                QVERIFY2(bestTimes.contains({weekday, slot.time().hour()}), qPrintable(why));
                QVERIFY2(why.contains(QStringLiteral("3 posts")), qPrintable(why));
                QVERIFY2(why.contains(QStringLiteral("Facebook")), qPrintable(why));
            } else {
                QCOMPARE(slot.time(), QTime(9, 30));
                QVERIFY2(why.contains(QStringLiteral("not enough figures")), qPrintable(why));
            }
        }
        QCOMPARE(slotByDay.value(4).time(), QTime(4, 0));
        QVERIFY(proposals.at(3)
                    .toObject()
                    .value(QStringLiteral("why"))
                    .toString()
                    .contains(QStringLiteral("1.2 %")));
        QCOMPARE(slotByDay.value(2).time(), QTime(17, 0));
        // Monday's two posts are fewer than the minimum: the default time.
        QCOMPARE(slotByDay.value(1).time(), QTime(9, 30));
    }

    void withoutFiguresProposesTheDefaults()
    {
        const QJsonArray proposals =
            suggest({QStringLiteral("--network"), QStringLiteral("facebook")});
        QCOMPARE(proposals.size(), 5);
        for (const QJsonValue &value : proposals) {
            const QJsonObject proposal = value.toObject();
            QCOMPARE(QDateTime::fromString(proposal.value(QStringLiteral("slot")).toString(),
                                           Qt::ISODate)
                         .time(),
                     QTime(9, 30));
            QVERIFY(proposal.value(QStringLiteral("why"))
                        .toString()
                        .contains(QStringLiteral("not enough figures")));
        }
    }

    void otherNetworksHaveTheirOwnFigures()
    {
        importFigures();
        // The figures are Facebook's: X has none, so X gets the defaults.
        for (const QJsonValue &value : suggest({QStringLiteral("--network"), QStringLiteral("x")}))
            QCOMPARE(QDateTime::fromString(
                         value.toObject().value(QStringLiteral("slot")).toString(), Qt::ISODate)
                         .time(),
                     QTime(9, 30));
    }

    void unknownNetworkIsAUsageError()
    {
        const Run result = cli({QStringLiteral("idea"), QStringLiteral("suggest"),
                                QStringLiteral("--network"), QStringLiteral("myspace")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("myspace"));
    }

    void reviewPrintsTheWeeksFigures()
    {
        importFigures();
        const QDate lastWeek = thisMonday().addDays(-7);
        const QJsonObject review = json({QStringLiteral("review"), QStringLiteral("--week"),
                                         lastWeek.addDays(2).toString(Qt::ISODate)});
        QCOMPARE(review.value(QStringLiteral("week")).toString(), lastWeek.toString(Qt::ISODate));
        // Last week: 1.2 %, 0.5 %, 0.8 % and Monday's 5 %.
        QCOMPARE(review.value(QStringLiteral("rated_posts")).toInt(), 4);
        QCOMPARE(review.value(QStringLiteral("mean_community_rate")).toDouble(), 0.01875);
        QCOMPARE(review.value(QStringLiteral("previous_rated_posts")).toInt(), 7);
        QCOMPARE(review.value(QStringLiteral("best"))
                     .toObject()
                     .value(QStringLiteral("community_rate"))
                     .toDouble(),
                 0.05);
        QCOMPARE(review.value(QStringLiteral("quietest"))
                     .toObject()
                     .value(QStringLiteral("community_rate"))
                     .toDouble(),
                 0.005);
        QVERIFY(review.value(QStringLiteral("unmeasured")).toArray().isEmpty());
        const Run bad = cli(
            {QStringLiteral("review"), QStringLiteral("--week"), QStringLiteral("last tuesday")});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestSuggestCli)
#include "tst_suggestcli.moc"
