// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Network links: compose-page addresses per network and the post ids read from published links.
#include "plan/networklinks.h"
#include "support/testprinters.h"

#include <QTest>
#include <QUrlQuery>

using namespace hearth::core;

class TestNetworkLinks final : public QObject
{
    Q_OBJECT

private slots:
    void parsePublishedLink_data();
    void parsePublishedLink();
    void composeUrl_data();
    void composeUrl();
};

void TestNetworkLinks::parsePublishedLink_data()
{
    QTest::addColumn<QString>("networkId");
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<QString>("permalink");

    QTest::newRow("x status")
        << QStringLiteral("x")
        << QStringLiteral("https://x.com/hearthbakery/status/1790123456789012345") << true
        << QStringLiteral("1790123456789012345")
        << QStringLiteral("https://x.com/hearthbakery/status/1790123456789012345");
    QTest::newRow("twitter status with query")
        << QStringLiteral("x") << QStringLiteral(" https://twitter.com/a/status/20?s=20 ") << true
        << QStringLiteral("20") << QStringLiteral("https://twitter.com/a/status/20?s=20");
    QTest::newRow("x profile only")
        << QStringLiteral("x") << QStringLiteral("https://x.com/hearthbakery") << true << QString()
        << QStringLiteral("https://x.com/hearthbakery");
    QTest::newRow("mastodon") << QStringLiteral("mastodon")
                              << QStringLiteral("https://mastodon.social/@baker/112233445566778899")
                              << true << QStringLiteral("112233445566778899")
                              << QStringLiteral(
                                     "https://mastodon.social/@baker/112233445566778899");
    QTest::newRow("mastodon activitypub form")
        << QStringLiteral("mastodon")
        << QStringLiteral("https://example.social/users/baker/statuses/42") << true
        << QStringLiteral("42") << QStringLiteral("https://example.social/users/baker/statuses/42");
    QTest::newRow("bluesky rkey")
        << QStringLiteral("bluesky")
        << QStringLiteral("https://bsky.app/profile/baker.bsky.social/post/3kq2xyzabc2x") << true
        << QStringLiteral("3kq2xyzabc2x")
        << QStringLiteral("https://bsky.app/profile/baker.bsky.social/post/3kq2xyzabc2x");
    QTest::newRow("threads code") << QStringLiteral("threads")
                                  << QStringLiteral("https://www.threads.net/@baker/post/C8abc-_1")
                                  << true << QStringLiteral("C8abc-_1")
                                  << QStringLiteral("https://www.threads.net/@baker/post/C8abc-_1");
    QTest::newRow("linkedin feed update")
        << QStringLiteral("linkedin")
        << QStringLiteral(
               "https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/")
        << true << QStringLiteral("7123456789012345678")
        << QStringLiteral(
               "https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/");
    QTest::newRow("linkedin encoded urn")
        << QStringLiteral("linkedin")
        << QStringLiteral(
               "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7000000000000000001")
        << true << QStringLiteral("7000000000000000001")
        << QStringLiteral(
               "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7000000000000000001");
    QTest::newRow("linkedin bare urn")
        << QStringLiteral("linkedin") << QStringLiteral("urn:li:activity:77") << true
        << QStringLiteral("77")
        << QStringLiteral("https://www.linkedin.com/feed/update/urn:li:activity:77/");
    QTest::newRow("linkedin post slug")
        << QStringLiteral("linkedin")
        << QStringLiteral(
               "https://www.linkedin.com/posts/baker_bread-activity-7198765432109876543-AbCd")
        << true << QStringLiteral("7198765432109876543")
        << QStringLiteral(
               "https://www.linkedin.com/posts/baker_bread-activity-7198765432109876543-AbCd");
    QTest::newRow("facebook keeps permalink")
        << QStringLiteral("facebook")
        << QStringLiteral("https://www.facebook.com/baker/posts/pfbid02abcDEF") << true << QString()
        << QStringLiteral("https://www.facebook.com/baker/posts/pfbid02abcDEF");
    QTest::newRow("instagram keeps permalink")
        << QStringLiteral("instagram") << QStringLiteral("https://www.instagram.com/p/C1a2b3c4d5e/")
        << true << QString() << QStringLiteral("https://www.instagram.com/p/C1a2b3c4d5e/");
    QTest::newRow("empty link") << QStringLiteral("x") << QString() << true << QString()
                                << QString();
    QTest::newRow("not a url") << QStringLiteral("x") << QStringLiteral("my post from today")
                               << false << QString() << QString();
    QTest::newRow("no scheme") << QStringLiteral("x") << QStringLiteral("x.com/a/status/1") << false
                               << QString() << QString();
    QTest::newRow("linkedin other urn")
        << QStringLiteral("linkedin") << QStringLiteral("urn:li:person:abc") << false << QString()
        << QString();
}

void TestNetworkLinks::parsePublishedLink()
{
    QFETCH(QString, networkId);
    QFETCH(QString, link);
    QFETCH(bool, ok);
    QFETCH(QString, externalId);
    QFETCH(QString, permalink);

    auto parsed = hearth::core::parsePublishedLink(networkId, link);
    QCOMPARE(parsed.ok(), ok);
    if (!ok) {
        HEARTH_COMPARE_ENUM(parsed.error().kind, ErrorKind::InvalidInput);
        QVERIFY(!parsed.error().message.isEmpty());
        return;
    }
    QCOMPARE(parsed->externalId, externalId);
    QCOMPARE(parsed->permalink, permalink);
}

void TestNetworkLinks::composeUrl_data()
{
    QTest::addColumn<QString>("networkId");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedPrefix");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expectedValue");

    const QString tricky = QStringLiteral("Bread & butter + 50% off #today? Ünïcode 🍞 a=b");
    QTest::newRow("x") << QStringLiteral("x") << QString() << tricky
                       << QStringLiteral("https://x.com/intent/tweet?") << QStringLiteral("text")
                       << tricky;
    QTest::newRow("mastodon instance")
        << QStringLiteral("mastodon") << QStringLiteral("https://mastodon.social/") << tricky
        << QStringLiteral("https://mastodon.social/share?") << QStringLiteral("text") << tricky;
    QTest::newRow("mastodon without instance")
        << QStringLiteral("mastodon") << QString() << tricky << QString() << QString() << QString();
    QTest::newRow("bluesky") << QStringLiteral("bluesky") << QString() << tricky
                             << QStringLiteral("https://bsky.app/intent/compose?")
                             << QStringLiteral("text") << tricky;
    QTest::newRow("threads") << QStringLiteral("threads") << QString() << tricky
                             << QStringLiteral("https://www.threads.net/intent/post?")
                             << QStringLiteral("text") << tricky;
    QTest::newRow("linkedin") << QStringLiteral("linkedin") << QString() << tricky
                              << QStringLiteral("https://www.linkedin.com/feed/?shareActive=true&")
                              << QStringLiteral("text") << tricky;
    QTest::newRow("facebook shares the link")
        << QStringLiteral("facebook") << QString()
        << QStringLiteral("New menu https://bakery.example/menu?a=1&b=2 !")
        << QStringLiteral("https://www.facebook.com/sharer/sharer.php?") << QStringLiteral("u")
        << QStringLiteral("https://bakery.example/menu?a=1&b=2");
    QTest::newRow("facebook without link")
        << QStringLiteral("facebook") << QString() << tricky
        << QStringLiteral("https://www.facebook.com/") << QString() << QString();
    QTest::newRow("tiktok upload")
        << QStringLiteral("tiktok") << QString() << tricky
        << QStringLiteral("https://www.tiktok.com/upload") << QString() << QString();
    QTest::newRow("custom without template") << QStringLiteral("custom-forum") << QString()
                                             << tricky << QString() << QString() << QString();
}

void TestNetworkLinks::composeUrl()
{
    QFETCH(QString, networkId);
    QFETCH(QString, instance);
    QFETCH(QString, text);
    QFETCH(QString, expectedPrefix);
    QFETCH(QString, key);
    QFETCH(QString, expectedValue);

    ComposeOptions options;
    options.mastodonInstance = instance;
    const QUrl url = hearth::core::composeUrl(networkId, text, options);
    if (expectedPrefix.isEmpty()) {
        QVERIFY2(url.isEmpty(), qPrintable(url.toString()));
        return;
    }
    QVERIFY(url.isValid());
    const QString encoded = url.toString(QUrl::FullyEncoded);
    QVERIFY2(encoded.startsWith(expectedPrefix), qPrintable(encoded));
    if (!key.isEmpty()) {
        // The browser must get back exactly the text: "+" and "&" must not be lost.
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(key, QUrl::FullyDecoded), expectedValue);
        QVERIFY2(!encoded.contains(u' ') && !encoded.contains(u'+'), qPrintable(encoded));
    }
}

QTEST_GUILESS_MAIN(TestNetworkLinks)
#include "tst_networklinks.moc"
