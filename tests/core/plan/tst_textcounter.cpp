// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Counting rules of every network (formats.md section 1), one row per tricky case.
#include "common/clock.h"
#include "plan/catalog.h"
#include "plan/textcounter.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace hearth::core;

namespace {

QString repeated(const QString &part, int times)
{
    QString text;
    for (int i = 0; i < times; ++i)
        text += part;
    return text;
}

QString tags(int count, const QString &prefix = QStringLiteral("tag"))
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << QStringLiteral("#%1%2").arg(prefix).arg(i);
    return list.join(u' ');
}

const QString family = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466");
const QString thumbsUpMedium = QStringLiteral("\U0001F44D\U0001F3FD");

} // namespace

class TestTextCounter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counts_data();
    void counts();
    void fields_data();
    void fields();
    void optionsOverrideSettings();
    void customNetworkCountsCharacters();
    void everyBuiltinNetworkHasARule();

private:
    Network network(const QString &id) const;

    ManualClock m_clock{QDateTime(QDate(2026, 3, 23), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<Database> m_database;
};

void TestTextCounter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto opened = testing::openTestDatabase(m_clock);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_database = std::move(*opened);
}

Network TestTextCounter::network(const QString &id) const
{
    auto found = CatalogRepository(*m_database).network(id);
    if (!found)
        qFatal("unknown network %s", qPrintable(id));
    return *found;
}

void TestTextCounter::counts_data()
{
    QTest::addColumn<QString>("networkId");
    // Merged into the network's stored settings, as JSON; empty for none.
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("ok");
    // A substring of one reason (empty: there must be no reason).
    QTest::addColumn<QString>("reason");
    // A substring of one warning (empty: there must be no warning).
    QTest::addColumn<QString>("warning");

    const QString none;
    const QString x = QStringLiteral("x");

    // X: weighted, NFC, links 23, emoji sequences 2, CJK 2.
    QTest::newRow("x empty") << x << none << QString() << 0 << 280 << true << none << none;
    QTest::newRow("x plain latin")
        << x << none << QStringLiteral("Hello world") << 11 << 280 << true << none << none;
    QTest::newRow("x exactly at limit")
        << x << none << repeated(QStringLiteral("a"), 280) << 280 << 280 << true << none << none;
    QTest::newRow("x one over") << x << none << repeated(QStringLiteral("a"), 281) << 281 << 280
                                << false
                                << QStringLiteral("X allows 280 characters; this text has 281.")
                                << none;
    QTest::newRow("x long link is 23")
        << x << none
        << QStringLiteral(
               "Read https://example.com/a/very/long/path/that/goes/on/and/on?x=1&y=2 now")
        << 5 + 23 + 4 << 280 << true << QStringLiteral("counts each link as 23 characters") << none;
    QTest::newRow("x short link is 23 too")
        << x << none << QStringLiteral("https://t.co") << 23 << 280 << true
        << QStringLiteral("23 characters") << none;
    QTest::newRow("x two links") << x << none
                                 << QStringLiteral(
                                        "https://a.example.org and http://b.example.org/x")
                                 << 23 + 5 + 23 << 280 << true << QStringLiteral("23") << none;
    QTest::newRow("x bare domain is a link")
        << x << none << QStringLiteral("see example.com") << 4 + 23 << 280 << true
        << QStringLiteral("23") << none;
    QTest::newRow("x full stop after link")
        << x << none << QStringLiteral("Go to https://example.com.") << 6 + 23 + 1 << 280 << true
        << QStringLiteral("23") << none;
    QTest::newRow("x bracketed link") << x << none << QStringLiteral("(https://example.com/a)")
                                      << 1 + 23 + 1 << 280 << true << QStringLiteral("23") << none;
    QTest::newRow("x file name is no link")
        << x << none << QStringLiteral("e.g. notes.txt") << 14 << 280 << true << none << none;
    QTest::newRow("x e-mail is no link")
        << x << none << QStringLiteral("me@example.com") << 14 << 280 << true << none << none;
    QTest::newRow("x cjk weighs 2") << x << none << QStringLiteral("日本語") << 6 << 280 << true
                                    << QStringLiteral("Chinese, Japanese, Korean") << none;
    QTest::newRow("x hangul weighs 2") << x << none << QStringLiteral("한국어") << 6 << 280 << true
                                       << QStringLiteral("Korean") << none;
    QTest::newRow("x 140 cjk fit") << x << none << repeated(QStringLiteral("字"), 140) << 280 << 280
                                   << true << QStringLiteral("Japanese") << none;
    QTest::newRow("x 141 cjk do not")
        << x << none << repeated(QStringLiteral("字"), 141) << 282 << 280 << false
        << QStringLiteral("this text has 282") << none;
    QTest::newRow("x cyrillic weighs 1")
        << x << none << QStringLiteral("Привет") << 6 << 280 << true << none << none;
    QTest::newRow("x curly quotes weigh 1")
        << x << none << QStringLiteral("“hi”") << 4 << 280 << true << none << none;
    QTest::newRow("x emoji weighs 2") << x << none << QStringLiteral("\U0001F600") << 2 << 280
                                      << true << QStringLiteral("each emoji as 2") << none;
    QTest::newRow("x skin tone sequence weighs 2")
        << x << none << thumbsUpMedium << 2 << 280 << true << QStringLiteral("emoji") << none;
    QTest::newRow("x zwj family weighs 2")
        << x << none << family << 2 << 280 << true << QStringLiteral("emoji") << none;
    QTest::newRow("x flag weighs 2") << x << none << QStringLiteral("\U0001F1E9\U0001F1EA") << 2
                                     << 280 << true << QStringLiteral("emoji") << none;
    QTest::newRow("x keycap weighs 2") << x << none << QStringLiteral("1\uFE0F\u20E3") << 2 << 280
                                       << true << QStringLiteral("emoji") << none;
    QTest::newRow("x sun with selector weighs 2")
        << x << none << QStringLiteral("\u2600\uFE0F") << 2 << 280 << true
        << QStringLiteral("emoji") << none;
    QTest::newRow("x text copyright weighs 1")
        << x << none << QStringLiteral("\u00A9") << 1 << 280 << true << none << none;
    QTest::newRow("x decomposed accent is one after NFC")
        << x << none << QStringLiteral("cafe\u0301") << 4 << 280 << true << none << none;
    QTest::newRow("x 140 emoji fit") << x << none << repeated(QStringLiteral("\U0001F600"), 140)
                                     << 280 << 280 << true << QStringLiteral("emoji") << none;

    // Mastodon: links 23, remote mentions count as @user, graphemes, per-account limit.
    const QString mastodon = QStringLiteral("mastodon");
    QTest::newRow("mastodon remote mention")
        << mastodon << none << QStringLiteral("Hi @alice@example.social!") << 10 << 500 << true
        << QStringLiteral("only as @user") << none;
    QTest::newRow("mastodon local mention")
        << mastodon << none << QStringLiteral("@bob hi") << 7 << 500 << true << none << none;
    QTest::newRow("mastodon link is 23")
        << mastodon << none
        << QStringLiteral("https://example.com/a/very/long/path/that/is/much/longer/than/23") << 23
        << 500 << true << QStringLiteral("23 characters") << none;
    QTest::newRow("mastodon bare domain is text")
        << mastodon << none << QStringLiteral("example.com") << 11 << 500 << true << none << none;
    QTest::newRow("mastodon emoji sequence is one")
        << mastodon << none << family << 1 << 500 << true << none << none;
    QTest::newRow("mastodon over default limit")
        << mastodon << none << repeated(QStringLiteral("a"), 501) << 501 << 500 << false
        << QStringLiteral("allows") << none;
    QTest::newRow("mastodon account allows 1000")
        << mastodon << QStringLiteral(R"({"account_limit":1000})")
        << repeated(QStringLiteral("a"), 600) << 600 << 1000 << true << none << none;

    // Bluesky: graphemes, 3000 bytes, at most 8 tags.
    const QString bluesky = QStringLiteral("bluesky");
    QTest::newRow("bluesky family is one grapheme") << bluesky << none << family << 1 << 300 << true
                                                    << QStringLiteral("an emoji counts 1") << none;
    QTest::newRow("bluesky at limit") << bluesky << none << repeated(QStringLiteral("a"), 300)
                                      << 300 << 300 << true << none << none;
    QTest::newRow("bluesky over limit")
        << bluesky << none << repeated(QStringLiteral("a"), 301) << 301 << 300 << false
        << QStringLiteral("Bluesky allows 300 characters; this text has 301") << none;
    QTest::newRow("bluesky too many bytes") << bluesky << none << repeated(family, 300) << 300
                                            << 300 << false << QStringLiteral("3000 bytes") << none;
    QTest::newRow("bluesky link counted as written")
        << bluesky << none << QStringLiteral("https://example.com/abc") << 23 << 300 << true << none
        << none;
    QTest::newRow("bluesky eight tags")
        << bluesky << none << tags(8) << tags(8).size() << 300 << true << none << none;
    QTest::newRow("bluesky nine tags")
        << bluesky << none << tags(9) << tags(9).size() << 300 << false
        << QStringLiteral("at most 8 tags; this text has 9") << none;
    QTest::newRow("bluesky repeated tag counts once")
        << bluesky << none << tags(8) + QStringLiteral(" #TAG0") << tags(8).size() + 6 << 300
        << true << none << none;
    QTest::newRow("bluesky anchor in a link is no tag")
        << bluesky << none << tags(8) + QStringLiteral(" https://example.com/#section")
        << tags(8).size() + 29 << 300 << true << none << none;
    QTest::newRow("bluesky number is no tag") << bluesky << none << tags(8) + QStringLiteral(" #1")
                                              << tags(8).size() + 3 << 300 << true << none << none;

    // Threads: emoji count their UTF-8 bytes, at most 5 links, one topic tag.
    const QString threads = QStringLiteral("threads");
    QTest::newRow("threads emoji is 4") << threads << none << QStringLiteral("Hi \U0001F600") << 7
                                        << 500 << true << QStringLiteral("size in bytes") << none;
    QTest::newRow("threads skin tone is 8")
        << threads << none << thumbsUpMedium << 8 << 500 << true << QStringLiteral("bytes") << none;
    QTest::newRow("threads family is 25")
        << threads << none << family << 25 << 500 << true << QStringLiteral("bytes") << none;
    QTest::newRow("threads accent is 1")
        << threads << none << QStringLiteral("é") << 1 << 500 << true << none << none;
    QTest::newRow("threads five links")
        << threads << none << QStringLiteral("a.com b.com c.com d.com https://e.example.org") << 45
        << 500 << true << none << none;
    QTest::newRow("threads six links")
        << threads << none << QStringLiteral("a.com b.com c.com d.com e.com https://f.example.org")
        << 51 << 500 << false << QStringLiteral("at most 5 links; this text has 6") << none;
    QTest::newRow("threads one topic tag")
        << threads << none << QStringLiteral("#bread") << 6 << 500 << true << none << none;
    QTest::newRow("threads second tag warns")
        << threads << none << QStringLiteral("#bread #baking") << 14 << 500 << true << none
        << QStringLiteral("topic tag");
    QTest::newRow("threads emoji push over")
        << threads << none << repeated(QStringLiteral("a"), 497) + QStringLiteral("\U0001F600")
        << 501 << 500 << false << QStringLiteral("this text has 501") << none;

    // Instagram: characters, hashtag cap from settings (default 30) only warns.
    const QString instagram = QStringLiteral("instagram");
    QTest::newRow("instagram thirty tags")
        << instagram << none << tags(30) << tags(30).size() << 2200 << true << none << none;
    QTest::newRow("instagram thirty-one tags warn")
        << instagram << none << tags(31) << tags(31).size() << 2200 << true << none
        << QStringLiteral("31 hashtags is above your cap of 30");
    QTest::newRow("instagram cap of five")
        << instagram << QStringLiteral(R"({"hashtag_cap":5})") << tags(6) << tags(6).size() << 2200
        << true << none << QStringLiteral("6 hashtags is above your cap of 5");
    QTest::newRow("instagram over caption")
        << instagram << none << repeated(QStringLiteral("a"), 2201) << 2201 << 2200 << false
        << QStringLiteral("allows") << none;
    QTest::newRow("instagram emoji is one character")
        << instagram << none << QStringLiteral("\U0001F600") << 1 << 2200 << true << none << none;

    // The rest count characters (code points).
    QTest::newRow("linkedin link counts in full")
        << QStringLiteral("linkedin") << none << QStringLiteral("https://example.com/abc") << 23
        << 3000 << true << none << none;
    QTest::newRow("linkedin skin tone is two code points")
        << QStringLiteral("linkedin") << none << thumbsUpMedium << 2 << 3000 << true << none
        << none;
    QTest::newRow("facebook long text")
        << QStringLiteral("facebook") << none << repeated(QStringLiteral("a"), 63206) << 63206
        << 63206 << true << none << none;
    QTest::newRow("tiktok over caption")
        << QStringLiteral("tiktok") << none << repeated(QStringLiteral("a"), 2201) << 2201 << 2200
        << false << QStringLiteral("TikTok allows 2200") << none;
    QTest::newRow("pinterest description")
        << QStringLiteral("pinterest") << none << repeated(QStringLiteral("a"), 500) << 500 << 500
        << true << none << none;
}

void TestTextCounter::counts()
{
    QFETCH(QString, networkId);
    QFETCH(QString, settings);
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(int, limit);
    QFETCH(bool, ok);
    QFETCH(QString, reason);
    QFETCH(QString, warning);

    Network target = network(networkId);
    if (!settings.isEmpty()) {
        const QJsonObject extra = QJsonDocument::fromJson(settings.toUtf8()).object();
        for (auto it = extra.begin(); it != extra.end(); ++it)
            target.settings.insert(it.key(), it.value());
    }
    const TextCheck check = checkText(target, text);
    QCOMPARE(check.networkId, networkId);
    QCOMPARE(check.count, count);
    QCOMPARE(check.limit, limit);
    QCOMPARE(check.ok, ok);
    if (reason.isEmpty())
        QVERIFY2(check.reasons.isEmpty(), qPrintable(check.reasons.join(u'|')));
    else
        QVERIFY2(check.reasons.join(u'|').contains(reason), qPrintable(check.reasons.join(u'|')));
    if (warning.isEmpty())
        QVERIFY2(check.warnings.isEmpty(), qPrintable(check.warnings.join(u'|')));
    else
        QVERIFY2(check.warnings.join(u'|').contains(warning),
                 qPrintable(check.warnings.join(u'|')));
    // A text the network refuses always says why.
    if (!check.ok)
        QVERIFY(!check.reasons.isEmpty());
}

void TestTextCounter::fields_data()
{
    QTest::addColumn<QString>("networkId");
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("ok");

    const int title = int(TextField::Title);
    const int comment = int(TextField::Comment);
    QTest::newRow("pinterest title 100")
        << QStringLiteral("pinterest") << title << 100 << 100 << true;
    QTest::newRow("pinterest title 101")
        << QStringLiteral("pinterest") << title << 101 << 100 << false;
    QTest::newRow("tiktok photo title 91")
        << QStringLiteral("tiktok") << title << 91 << 90 << false;
    QTest::newRow("linkedin comment 1250")
        << QStringLiteral("linkedin") << comment << 1250 << 1250 << true;
    QTest::newRow("linkedin comment 1251")
        << QStringLiteral("linkedin") << comment << 1251 << 1250 << false;
    QTest::newRow("x reply uses the post limit")
        << QStringLiteral("x") << comment << 281 << 280 << false;
}

void TestTextCounter::fields()
{
    QFETCH(QString, networkId);
    QFETCH(int, field);
    QFETCH(int, length);
    QFETCH(int, limit);
    QFETCH(bool, ok);

    TextCheckOptions options;
    options.field = TextField(field);
    const TextCheck check =
        checkText(network(networkId), repeated(QStringLiteral("b"), length), options);
    QCOMPARE(check.limit, limit);
    QCOMPARE(check.count, length);
    QCOMPARE(check.ok, ok);
}

void TestTextCounter::optionsOverrideSettings()
{
    Network instagram = network(QStringLiteral("instagram"));
    instagram.settings.insert(QStringLiteral("hashtag_cap"), 30);
    TextCheckOptions options;
    options.hashtagCap = 5;
    options.limit = 10;
    const TextCheck check = checkText(instagram, tags(6, QStringLiteral("t")), options);
    QCOMPARE(check.limit, 10);
    QVERIFY(!check.ok);
    QCOMPARE(check.warnings.size(), 1);
    QVERIFY(check.warnings.first().contains(QStringLiteral("cap of 5")));
    QCOMPARE(check.remaining(), 10 - check.count);
}

void TestTextCounter::customNetworkCountsCharacters()
{
    auto added = CatalogRepository(*m_database).addCustomNetwork(QStringLiteral("Town Forum"), 50);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    const TextCheck fits = checkText(*added, repeated(QStringLiteral("c"), 50));
    QVERIFY(fits.ok);
    const TextCheck over =
        checkText(*added, repeated(QStringLiteral("c"), 49) + QStringLiteral("日本"));
    QCOMPARE(over.count, 51);
    QVERIFY(!over.ok);
    QVERIFY(over.reasons.first().contains(QStringLiteral("Town Forum")));
}

void TestTextCounter::everyBuiltinNetworkHasARule()
{
    // Each stored rule name must be one checkText() knows, or the counter silently falls
    // back to characters.
    const QStringList known{QStringLiteral("x-weighted"), QStringLiteral("mastodon"),
                            QStringLiteral("bluesky"), QStringLiteral("threads"),
                            QStringLiteral("characters")};
    auto networks = CatalogRepository(*m_database).networks();
    QVERIFY(networks.ok());
    QVERIFY(networks->size() >= 9);
    for (const Network &entry : std::as_const(*networks))
        QVERIFY2(known.contains(entry.countingRule), qPrintable(entry.id));
}

QTEST_GUILESS_MAIN(TestTextCounter)
#include "tst_textcounter.moc"
