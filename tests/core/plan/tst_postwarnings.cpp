// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Warnings a post raises on its own: a network that takes no post without a picture.
#include "common/clock.h"
#include "plan/catalog.h"
#include "plan/postrepository.h"
#include "plan/postwarnings.h"
#include "storage/database.h"
#include "support/plantestdata.h"
#include "support/testdatabase.h"

#include <QStandardPaths>
#include <QTest>

using namespace hearth::core;
using namespace hearth::core::testing;

class TestPostWarnings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_database.reset(); }
    void networksThatNeedMedia_data();
    void networksThatNeedMedia();
    void missingPicture_data();
    void missingPicture();

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
};

void TestPostWarnings::init()
{
    m_clock = std::make_unique<ManualClock>(local(QDate(2026, 11, 25), 8));
    auto database = testing::openTestDatabase(*m_clock);
    if (!database)
        QFAIL(qPrintable(database.error().message));
    m_database = std::move(*database);
}

void TestPostWarnings::networksThatNeedMedia_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<bool>("needsMedia");
    // formats.md: Instagram and TikTok have captions, Pinterest a description of a pin.
    QTest::newRow("instagram") << QStringLiteral("instagram") << true;
    QTest::newRow("tiktok") << QStringLiteral("tiktok") << true;
    QTest::newRow("pinterest") << QStringLiteral("pinterest") << true;
    QTest::newRow("x") << QStringLiteral("x") << false;
    QTest::newRow("mastodon") << QStringLiteral("mastodon") << false;
    QTest::newRow("bluesky") << QStringLiteral("bluesky") << false;
    QTest::newRow("threads") << QStringLiteral("threads") << false;
    QTest::newRow("linkedin") << QStringLiteral("linkedin") << false;
    QTest::newRow("facebook") << QStringLiteral("facebook") << false;
    QTest::newRow("custom") << QStringLiteral("custom-forum") << false;
}

void TestPostWarnings::networksThatNeedMedia()
{
    QFETCH(QString, network);
    QFETCH(bool, needsMedia);
    QCOMPARE(networkNeedsMedia(network), needsMedia);
}

void TestPostWarnings::missingPicture_data()
{
    QTest::addColumn<QStringList>("networks");
    QTest::addColumn<bool>("picture");
    QTest::addColumn<bool>("scheduled");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("expected");

    const int draft = int(PostStatus::Draft);
    const int scheduled = int(PostStatus::Scheduled);
    const QStringList xInstagram{QStringLiteral("x"), QStringLiteral("instagram")};
    QTest::newRow("instagram without picture")
        << xInstagram << false << true << scheduled << QStringList{QStringLiteral("Instagram")};
    QTest::newRow("instagram with picture")
        << xInstagram << true << true << scheduled << QStringList();
    QTest::newRow("undated draft is warned too")
        << QStringList{QStringLiteral("instagram")} << false << false << draft
        << QStringList{QStringLiteral("Instagram")};
    QTest::newRow("every network that needs one")
        << QStringList{QStringLiteral("pinterest"), QStringLiteral("x"), QStringLiteral("tiktok")}
        << false << true << scheduled
        << QStringList{QStringLiteral("Pinterest"), QStringLiteral("TikTok")};
    QTest::newRow("text networks need none")
        << QStringList{QStringLiteral("x"), QStringLiteral("mastodon"), QStringLiteral("linkedin")}
        << false << true << scheduled << QStringList();
    QTest::newRow("published is no news")
        << xInstagram << false << true << int(PostStatus::Published) << QStringList();
    QTest::newRow("skipped is no news")
        << xInstagram << false << true << int(PostStatus::Skipped) << QStringList();
}

void TestPostWarnings::missingPicture()
{
    QFETCH(QStringList, networks);
    QFETCH(bool, picture);
    QFETCH(bool, scheduled);
    QFETCH(int, status);
    QFETCH(QStringList, expected);

    Post post = makePost(QStringLiteral("Crumb shot of the new rye"),
                         scheduled ? local(QDate(2026, 11, 26), 9) : QDateTime(), networks);
    post.status = PostStatus(status);
    if (picture)
        post.media << MediaAttachment{QStringLiteral("/pictures/rye.jpg"), QStringLiteral("")};
    auto found = planWarnings(post, PostRepository(*m_database), CatalogRepository(*m_database),
                              QTimeZone::systemTimeZone());
    QVERIFY(found);
    QStringList named;
    for (const PlanWarning &warning : std::as_const(*found)) {
        QCOMPARE(warning.kind, PlanWarningKind::NeedsPicture);
        QCOMPARE(warning.otherPostId, 0);
        QVERIFY(networkNeedsMedia(warning.networkId));
        QVERIFY2(warning.message.contains(QStringLiteral("needs a picture")),
                 qPrintable(warning.message));
        named << warning.message.section(u' ', 0, 0);
    }
    QCOMPARE(named, expected);
}

QTEST_GUILESS_MAIN(TestPostWarnings)
#include "tst_postwarnings.moc"
