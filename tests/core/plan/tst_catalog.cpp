// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "plan/catalog.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace hearth::core;

// The networks and pillars every plan starts with, and the user's own additions.
class TestCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        auto db = testing::openTestDatabase(m_clock);
        QVERIFY(db.ok());
        m_database = std::move(*db);
    }

    void builtInNetworksHaveTheirLimits_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("rule");
        QTest::newRow("X") << QStringLiteral("x") << 280 << QStringLiteral("x-weighted");
        QTest::newRow("Mastodon") << QStringLiteral("mastodon") << 500
                                  << QStringLiteral("mastodon");
        QTest::newRow("Bluesky") << QStringLiteral("bluesky") << 300 << QStringLiteral("bluesky");
        QTest::newRow("Threads") << QStringLiteral("threads") << 500 << QStringLiteral("threads");
        QTest::newRow("LinkedIn") << QStringLiteral("linkedin") << 3000
                                  << QStringLiteral("characters");
        QTest::newRow("Instagram")
            << QStringLiteral("instagram") << 2200 << QStringLiteral("characters");
        QTest::newRow("Facebook") << QStringLiteral("facebook") << 63206
                                  << QStringLiteral("characters");
        QTest::newRow("TikTok") << QStringLiteral("tiktok") << 2200 << QStringLiteral("characters");
        QTest::newRow("YouTube") << QStringLiteral("youtube") << 5000
                                 << QStringLiteral("characters");
        QTest::newRow("Pinterest")
            << QStringLiteral("pinterest") << 500 << QStringLiteral("characters");
    }

    void builtInNetworksHaveTheirLimits()
    {
        QFETCH(QString, id);
        QFETCH(int, limit);
        QFETCH(QString, rule);
        CatalogRepository catalog(*m_database);
        auto network = catalog.network(id);
        QVERIFY(network.ok());
        QCOMPARE(network->charLimit, limit);
        QCOMPARE(network->countingRule, rule);
        QVERIFY(network->builtin);
    }

    void unknownNetworkIsNotFound()
    {
        CatalogRepository catalog(*m_database);
        auto network = catalog.network(QStringLiteral("myspace"));
        QVERIFY(!network.ok());
        QCOMPARE(int(network.error().kind), int(ErrorKind::NotFound));
        QVERIFY(network.error().message.contains(QStringLiteral("myspace")));
    }

    void addsCustomNetwork()
    {
        CatalogRepository catalog(*m_database);
        auto added = catalog.addCustomNetwork(QStringLiteral("Neighbourhood Board"), 800);
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
        QCOMPARE(added->id, QStringLiteral("custom-neighbourhood-board"));
        QCOMPARE(added->charLimit, 800);
        QVERIFY(!added->builtin);
        QCOMPARE(catalog.networks()->size(), 11);
        QCOMPARE(catalog.networks()->last().id, added->id);

        auto twice = catalog.addCustomNetwork(QStringLiteral("Neighbourhood Board"), 800);
        QVERIFY(!twice.ok());
        QCOMPARE(int(twice.error().kind), int(ErrorKind::Conflict));
        QVERIFY(!catalog.addCustomNetwork(QStringLiteral("Zero"), 0).ok());
        QVERIFY(!catalog.addCustomNetwork(QStringLiteral("  "), 100).ok());
    }

    void updatesNetworkSettings()
    {
        CatalogRepository catalog(*m_database);
        QVERIFY(catalog
                    .updateNetworkSettings(
                        QStringLiteral("mastodon"), 1000,
                        {{QStringLiteral("instance"), QStringLiteral("example.social")}})
                    .ok());
        auto mastodon = catalog.network(QStringLiteral("mastodon"));
        QCOMPARE(mastodon->charLimit, 1000);
        QCOMPARE(mastodon->settings.value(QStringLiteral("instance")).toString(),
                 QStringLiteral("example.social"));
        QCOMPARE(int(catalog.updateNetworkSettings(QStringLiteral("nope"), 10, {}).error().kind),
                 int(ErrorKind::NotFound));
    }

    void enablesAndDisablesNetworks()
    {
        CatalogRepository catalog(*m_database);
        QVERIFY(catalog.network(QStringLiteral("tiktok"))->enabled);
        QVERIFY(catalog.setNetworkEnabled(QStringLiteral("tiktok"), false).ok());
        QVERIFY(!catalog.network(QStringLiteral("tiktok"))->enabled);
        QVERIFY(catalog.setNetworkEnabled(QStringLiteral("tiktok"), true).ok());
        QVERIFY(catalog.network(QStringLiteral("tiktok"))->enabled);
        QCOMPARE(int(catalog.setNetworkEnabled(QStringLiteral("nope"), false).error().kind),
                 int(ErrorKind::NotFound));
    }

    void pillarsStartWithATargetMix()
    {
        CatalogRepository catalog(*m_database);
        auto pillars = catalog.pillars();
        QVERIFY(pillars.ok());
        QCOMPARE(pillars->size(), 6);
        double total = 0;
        for (const Pillar &pillar : *pillars)
            total += pillar.targetShare;
        QVERIFY(qFuzzyCompare(total, 1.0));
        auto community = catalog.pillarByName(QStringLiteral("community"));
        QVERIFY(community.ok() && community->has_value());
        QCOMPARE(community->value().name, QStringLiteral("Community"));
    }

    void addsAndUpdatesPillars()
    {
        CatalogRepository catalog(*m_database);
        auto added = catalog.addPillar(QStringLiteral("Recipes"), QStringLiteral("#123456"), 0.1);
        QVERIFY(added.ok());
        Pillar changed = *added;
        changed.targetShare = 0.3;
        QVERIFY(catalog.updatePillar(changed).ok());
        QCOMPARE(catalog.pillarByName(QStringLiteral("RECIPES"))->value().targetShare, 0.3);
        QCOMPARE(int(catalog.addPillar(QStringLiteral("recipes"), QStringLiteral("#000000"), 0.1)
                         .error()
                         .kind),
                 int(ErrorKind::Conflict));
        QVERIFY(
            !catalog.addPillar(QStringLiteral("Too much"), QStringLiteral("#000000"), 1.5).ok());
    }

    void setsTargetSharesAsOneChange()
    {
        CatalogRepository catalog(*m_database);
        const QList<Pillar> before = *catalog.pillars();
        const qint64 first = before.at(0).id;
        const qint64 second = before.at(1).id;
        QVERIFY(catalog.setTargetShares({{first, 0.4}, {second, 0.05}}).ok());
        QCOMPARE(catalog.pillars()->at(0).targetShare, 0.4);
        QCOMPARE(catalog.pillars()->at(1).targetShare, 0.05);
        QCOMPARE(catalog.pillars()->at(2).targetShare, before.at(2).targetShare);
        // An unknown pillar undoes the whole change; a share out of range writes nothing.
        QCOMPARE(int(catalog.setTargetShares({{first, 0.1}, {9999, 0.1}}).error().kind),
                 int(ErrorKind::NotFound));
        QCOMPARE(catalog.pillars()->at(0).targetShare, 0.4);
        QCOMPARE(int(catalog.setTargetShares({{first, 0.1}, {second, 1.2}}).error().kind),
                 int(ErrorKind::InvalidInput));
        QCOMPARE(catalog.pillars()->at(0).targetShare, 0.4);
    }

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
