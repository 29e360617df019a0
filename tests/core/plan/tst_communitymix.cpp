// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The target mix proposed from the figures: each pillar's community rate weighs its share.
#include "plan/communitymix.h"

#include <QLocale>
#include <QTest>

using namespace hearth::core;

using Rates = QHash<qint64, RateSummary>;
Q_DECLARE_METATYPE(Rates)

class TestCommunityMix final : public QObject
{
    Q_OBJECT

private:
    // The starter pillars and their targets: Educate 25, Entertain 15, Inspire 15, Promote 15,
    // Community 20, Behind the scenes 10 (ids 1 to 6).
    static QList<Pillar> starterPillars()
    {
        return {Pillar{1, QStringLiteral("Educate"), {}, 0.25},
                Pillar{2, QStringLiteral("Entertain"), {}, 0.15},
                Pillar{3, QStringLiteral("Inspire"), {}, 0.15},
                Pillar{4, QStringLiteral("Promote"), {}, 0.15},
                Pillar{5, QStringLiteral("Community"), {}, 0.20},
                Pillar{6, QStringLiteral("Behind the scenes"), {}, 0.10}};
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void ratesDecideTheWeights_data()
    {
        QTest::addColumn<Rates>("rates");
        QTest::addColumn<QList<int>>("percents");
        QTest::addColumn<bool>("fromFigures");
        // Behind the scenes built the most (twice its share), Educate half as much (one and a
        // half times), the rest have no figures; scaled back to 100 in whole percents.
        QTest::newRow("best doubles, half as good gains half")
            << Rates{{6, RateSummary{0.031, 6}}, {1, RateSummary{0.0155, 4}}}
            << QList<int>{31, 12, 12, 12, 17, 16} << true;
        QTest::newRow("one pillar with figures")
            << Rates{{6, RateSummary{0.02, 3}}} << QList<int>{23, 14, 14, 13, 18, 18} << true;
        // A pillar the plan no longer lists does not set the scale.
        QTest::newRow("unlisted pillar ignored")
            << Rates{{99, RateSummary{0.5, 9}}, {6, RateSummary{0.02, 3}}}
            << QList<int>{23, 14, 14, 13, 18, 18} << true;
        QTest::newRow("equal rates keep the mix")
            << Rates{{1, RateSummary{0.01, 2}}, {2, RateSummary{0.01, 2}},
                     {3, RateSummary{0.01, 2}}, {4, RateSummary{0.01, 2}},
                     {5, RateSummary{0.01, 2}}, {6, RateSummary{0.01, 2}}}
            << QList<int>{25, 15, 15, 15, 20, 10} << true;
        QTest::newRow("no figures") << Rates{} << QList<int>{25, 15, 15, 15, 20, 10} << false;
        QTest::newRow("only rates of nothing")
            << Rates{{6, RateSummary{0.0, 5}}} << QList<int>{25, 15, 15, 15, 20, 10} << false;
    }

    void ratesDecideTheWeights()
    {
        QFETCH(Rates, rates);
        QFETCH(QList<int>, percents);
        QFETCH(bool, fromFigures);
        const QList<Pillar> pillars = starterPillars();
        const MixProposal proposal = proposeMix(pillars, rates);
        QCOMPARE(proposal.fromFigures, fromFigures);
        QVERIFY(!proposal.why.isEmpty());
        QList<int> proposed;
        int total = 0;
        for (const Pillar &pillar : pillars) {
            proposed << qRound(proposal.shares.value(pillar.id) * 100);
            // Whole percents: nothing in between to show one way and store another.
            QCOMPARE(proposal.shares.value(pillar.id) * 100, double(proposed.last()));
            total += proposed.last();
        }
        QCOMPARE(proposed, percents);
        QCOMPARE(total, 100);
    }

    void whyNamesThePillarThatBuiltTheMostCommunity()
    {
        const MixProposal proposal =
            proposeMix(starterPillars(), {{6, RateSummary{0.031, 6}}, {1, RateSummary{0.0155, 4}}});
        QCOMPARE(proposal.why,
                 QStringLiteral("Behind the scenes built the most community: 3.1 % over 6 posts"));
        QCOMPARE(proposeMix(starterPillars(), {{5, RateSummary{0.012, 1}}}).why,
                 QStringLiteral("Community built the most community: 1.2 % over 1 post"));
        QVERIFY(proposeMix(starterPillars(), {}).why.contains(QStringLiteral("figures")));
    }

    void keepsTheTotalOfTargetsThatDoNotAddUp()
    {
        // The user's targets add up to 60 %: the proposal moves shares, not the total.
        const QList<Pillar> pillars{Pillar{1, QStringLiteral("Educate"), {}, 0.4},
                                    Pillar{2, QStringLiteral("Promote"), {}, 0.2},
                                    Pillar{3, QStringLiteral("Community"), {}, 0.0}};
        const MixProposal proposal =
            proposeMix(pillars, {{2, RateSummary{0.05, 4}}, {3, RateSummary{0.09, 2}}});
        QVERIFY(proposal.fromFigures);
        // Community's rate sets the scale: Promote gains, Educate (no figures) gives way, and
        // Community has no target to weigh, so it stays at 0.
        QCOMPARE(qRound(proposal.shares.value(1) * 100), 34);
        QCOMPARE(qRound(proposal.shares.value(2) * 100), 26);
        QCOMPARE(proposal.shares.value(3), 0.0);
    }

    void withoutTargetsThereIsNothingToWeigh()
    {
        QList<Pillar> pillars = starterPillars();
        for (Pillar &pillar : pillars)
            pillar.targetShare = 0;
        const MixProposal proposal = proposeMix(pillars, {{6, RateSummary{0.031, 6}}});
        QVERIFY(!proposal.fromFigures);
        QVERIFY(proposal.why.contains(QStringLiteral("target")));
    }
};

QTEST_GUILESS_MAIN(TestCommunityMix)
#include "tst_communitymix.moc"
