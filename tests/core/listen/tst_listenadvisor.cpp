// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ListenAdvisor: the best hour per weekday and the community rates by idea and pillar, from the
// plan's own figures.
#include "listen/listenadvisor.h"
#include "support/listentestplan.h"

#include <QStandardPaths>
#include <QTest>

#include <ctime>

using namespace hearth::core;
using hearth::test::ListenTestPlan;

class TestListenAdvisor final : public QObject
{
    Q_OBJECT

private:
    // Monday 1 June 2026, noon UTC.
    const QDateTime m_now{QDate(2026, 6, 1), QTime(12, 0), Qt::UTC};

    qint64 addIdea(ListenTestPlan &plan, const QString &title)
    {
        auto inserted =
            plan.database().exec(QStringLiteral("INSERT INTO ideas (title, created_at, updated_at) "
                                                "VALUES (:title, 0, 0)"),
                                 {{QStringLiteral(":title"), title}});
        if (!inserted)
            qFatal("%s", qPrintable(inserted.error().message));
        return inserted->lastInsertId().toLongLong();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "Europe/Berlin");
        tzset();
    }

    void bestHourPerWeekday()
    {
        ListenTestPlan plan(m_now);
        // Thursday: 04:00 beats 09:00; Tuesday has one slot; Facebook only.
        plan.addRatedPosts(QStringLiteral("facebook"), 4, 4, 3, 12);
        plan.addRatedPosts(QStringLiteral("facebook"), 4, 9, 3, 5);
        plan.addRatedPosts(QStringLiteral("facebook"), 2, 17, 4, 8);
        plan.addRatedPosts(QStringLiteral("x"), 4, 20, 3, 50);

        auto both = ListenAdvisor(plan.database())
                        .bestTimes({QStringLiteral("facebook"), QStringLiteral("x")});
        QVERIFY(both);
        QCOMPARE(both->value(QStringLiteral("x")).value(4).time, QTime(20, 0));
        const auto only = ListenAdvisor(plan.database()).bestTimes({QStringLiteral("facebook")});
        QVERIFY(only);
        QCOMPARE(only->size(), 1);
        QCOMPARE(only->value(QStringLiteral("facebook")).size(), 2);
        const QHash<int, TimeAdvice> facebook = both->value(QStringLiteral("facebook"));
        QCOMPARE(facebook.size(), 2);
        QCOMPARE(facebook.value(4).time, QTime(4, 0));
        QVERIFY(facebook.value(4).fromFigures);
        QCOMPARE(facebook.value(4).networkId, QStringLiteral("facebook"));
        QVERIFY2(facebook.value(4).why.contains(QStringLiteral("Facebook")),
                 qPrintable(facebook.value(4).why));
        QVERIFY2(facebook.value(4).why.contains(QStringLiteral("1.2 %")),
                 qPrintable(facebook.value(4).why));
        QVERIFY2(facebook.value(4).why.contains(QStringLiteral("3 posts")),
                 qPrintable(facebook.value(4).why));
        QCOMPARE(facebook.value(2).time, QTime(17, 0));
        QVERIFY(!facebook.contains(1));
    }

    void slotsNeedTheMinimumOfPosts_data()
    {
        QTest::addColumn<int>("posts");
        QTest::addColumn<int>("minimum");
        QTest::addColumn<bool>("advised");
        QTest::newRow("two posts, default minimum") << 2 << 3 << false;
        QTest::newRow("three posts, default minimum") << 3 << 3 << true;
        QTest::newRow("three posts, minimum five") << 3 << 5 << false;
        QTest::newRow("one post, minimum one") << 1 << 1 << true;
    }

    void slotsNeedTheMinimumOfPosts()
    {
        QFETCH(int, posts);
        QFETCH(int, minimum);
        QFETCH(bool, advised);
        ListenTestPlan plan(m_now);
        plan.addRatedPosts(QStringLiteral("facebook"), 3, 11, posts, 10);
        auto best = ListenAdvisor(plan.database(), minimum).bestTimes({QStringLiteral("facebook")});
        QVERIFY(best);
        QCOMPARE(best->value(QStringLiteral("facebook")).contains(3), advised);
    }

    void onlyTheNewestYearCounts()
    {
        ListenTestPlan plan(m_now);
        // Three posts some 60 weeks back: older than twelve months.
        plan.addRatedPosts(QStringLiteral("facebook"), 5, 8, 3, 30, std::nullopt, std::nullopt, 60);
        plan.addRatedPosts(QStringLiteral("facebook"), 5, 14, 3, 10);
        auto best = ListenAdvisor(plan.database()).bestTimes({QStringLiteral("facebook")});
        QVERIFY(best);
        QCOMPARE(best->value(QStringLiteral("facebook")).value(5).time, QTime(14, 0));
    }

    void noFiguresNoAdvice()
    {
        ListenTestPlan plan(m_now);
        auto best = ListenAdvisor(plan.database()).bestTimes({QStringLiteral("facebook")});
        QVERIFY(best);
        QVERIFY(best->isEmpty());
        const TimeAdvice fallback =
            adviseTime(*best, {QStringLiteral("facebook")}, 4, QTime(9, 30));
        QCOMPARE(fallback.time, QTime(9, 30));
        QVERIFY(!fallback.fromFigures);
        QVERIFY(fallback.why.contains(QStringLiteral("not enough figures")));
    }

    void ratesByIdeaAndPillar()
    {
        ListenTestPlan plan(m_now);
        const qint64 loud = addIdea(plan, QStringLiteral("Loud"));
        const qint64 quiet = addIdea(plan, QStringLiteral("Quiet"));
        const qint64 unused = addIdea(plan, QStringLiteral("Unused"));
        plan.addRatedPosts(QStringLiteral("x"), 1, 9, 2, 30, loud, 1);
        plan.addRatedPosts(QStringLiteral("x"), 2, 9, 1, 10, quiet, 2);
        const ListenAdvisor advisor(plan.database());
        auto ideas = advisor.byIdea();
        QVERIFY(ideas);
        QCOMPARE(ideas->size(), 2);
        QCOMPARE(ideas->value(loud).posts, 2);
        QCOMPARE(ideas->value(loud).meanRate, 0.03);
        QCOMPARE(ideas->value(quiet).meanRate, 0.01);
        QVERIFY(!ideas->contains(unused));
        auto pillars = advisor.byPillar();
        QVERIFY(pillars);
        QCOMPARE(pillars->value(1).meanRate, 0.03);
        QCOMPARE(pillars->value(2).posts, 1);
    }

    void defaultsFromSettings_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QTime>("time");
        QTest::newRow("unset") << QString() << QTime(9, 30);
        QTest::newRow("set") << QStringLiteral("07:15") << QTime(7, 15);
        QTest::newRow("not a time") << QStringLiteral("noon") << QTime(9, 30);
    }

    void defaultsFromSettings()
    {
        QFETCH(QString, setting);
        QFETCH(QTime, time);
        QCOMPARE(defaultPostTime(setting), time);
        QCOMPARE(networkIdsFromSetting(QStringLiteral("x, facebook,x")),
                 QStringList({QStringLiteral("x"), QStringLiteral("facebook")}));
        QCOMPARE(networkIdsFromSetting(QStringList{QStringLiteral("mastodon")}),
                 QStringList{QStringLiteral("mastodon")});
    }
};

QTEST_GUILESS_MAIN(TestListenAdvisor)
#include "tst_listenadvisor.moc"
