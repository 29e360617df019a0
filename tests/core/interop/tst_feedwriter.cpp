// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// FeedWriter: the subscribed .ics file follows the plan after every write.
#include "common/clock.h"
#include "interop/feedwriter.h"
#include "interop/postimport.h"
#include "plan/postrepository.h"
#include "storage/database.h"
#include "support/interoptestsupport.h"
#include "support/testdatabase.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

class TestFeedWriter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void offUntilConfigured();
    void followsThePlan();
};

void TestFeedWriter::offUntilConfigured()
{
    ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
    auto db = testing::openTestDatabase(clock);
    QVERIFY(db.ok());
    FeedWriter feed(**db);
    QCOMPARE(feed.feedPath().valueOr(QStringLiteral("?")), QString());
    auto written = feed.refresh();
    QVERIFY(written.ok());
    QVERIFY(!*written);
}

void TestFeedWriter::followsThePlan()
{
    ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
    auto db = testing::openTestDatabase(clock);
    QVERIFY(db.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feed.ics"));
    FeedWriter feed(**db);
    QVERIFY(feed.setFeedPath(path).ok());
    QCOMPARE(*feed.feedPath(), path);
    QVERIFY(hearth::test::readAll(path).startsWith("BEGIN:VCALENDAR"));
    QVERIFY(!hearth::test::readAll(path).contains("BEGIN:VEVENT"));

    Post post;
    post.body = QStringLiteral("Feed me");
    post.scheduledAt = QDateTime(QDate(2026, 6, 2), QTime(9, 0), Qt::UTC);
    post.networks = {hearth::test::network(QStringLiteral("x"))};
    auto stored = PostRepository(**db).create(PostImportWriter::storable(post));
    QVERIFY(stored.ok());
    QVERIFY(*feed.refresh());
    QVERIFY(hearth::test::readAll(path).contains(
        QStringLiteral("post-%1@hearth").arg(stored->id).toUtf8()));

    QVERIFY(PostRepository(**db).remove(stored->id).ok());
    QVERIFY(*feed.refresh());
    QVERIFY(!hearth::test::readAll(path).contains("BEGIN:VEVENT"));

    QVERIFY(feed.setFeedPath(QString()).ok());
    QVERIFY(!*feed.refresh());
}

QTEST_GUILESS_MAIN(TestFeedWriter)
#include "tst_feedwriter.moc"
