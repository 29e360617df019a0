// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/postsummary.h"
#include "plan/weeksummary.h"

#include <QTest>

using namespace hearth::core;

class TestWeekSummary final : public QObject
{
    Q_OBJECT

private slots:
    void mixCountsPostsPerPillar();
    void emptyWeekHasSevenEmptyDays();
    void firstWords_data();
    void firstWords();
};

namespace {

PostSummary post(const QDate &day, std::optional<qint64> pillar,
                 PostStatus status = PostStatus::Scheduled)
{
    PostSummary summary;
    summary.localDateTime = QDateTime(day, QTime(9, 0));
    summary.pillarId = pillar;
    summary.status = status;
    return summary;
}

} // namespace

void TestWeekSummary::mixCountsPostsPerPillar()
{
    const QDate monday(2026, 11, 23);
    const QList<Pillar> pillars{{1, QStringLiteral("Educate"), QStringLiteral("#2f7dd1"), 0.5},
                                {2, QStringLiteral("Promote"), QStringLiteral("#d04a57"), 0.5}};
    const QList<PostSummary> posts{post(monday, 1), post(monday, 1), post(monday.addDays(2), 1),
                                   post(monday.addDays(2), 2),
                                   post(monday.addDays(4), std::nullopt),
                                   // Skipped posts do not go out and do not count.
                                   post(monday.addDays(5), 2, PostStatus::Skipped)};
    const WeekSummary summary = summarizeWeek(posts, pillars, monday);
    QCOMPARE(summary.total, 5);
    QCOMPARE(summary.withoutPillar, 1);
    QCOMPARE(summary.pillars.size(), 2);
    QCOMPARE(summary.pillars.at(0).count, 3);
    QCOMPARE(summary.pillars.at(0).share, 0.75);
    QCOMPARE(summary.pillars.at(1).count, 1);
    QCOMPARE(summary.pillars.at(1).pillar.targetShare, 0.5);
    const QList<QDate> empty{monday.addDays(1), monday.addDays(3), monday.addDays(5),
                             monday.addDays(6)};
    QCOMPARE(summary.emptyDays, empty);
}

void TestWeekSummary::emptyWeekHasSevenEmptyDays()
{
    const WeekSummary summary = summarizeWeek({}, {}, QDate(2026, 11, 23));
    QCOMPARE(summary.total, 0);
    QCOMPARE(summary.emptyDays.size(), 7);
}

void TestWeekSummary::firstWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short") << QStringLiteral("Hello there") << 20 << QStringLiteral("Hello there");
    QTest::newRow("whitespace collapsed")
        << QStringLiteral("  Hello\n\n  there\t") << 20 << QStringLiteral("Hello there");
    QTest::newRow("cut at a word") << QStringLiteral("Bread rises slowly overnight") << 20
                                   << QStringLiteral("Bread rises slowly") + QChar(0x2026);
    QTest::newRow("one long word") << QStringLiteral("Supercalifragilisticexpialidocious") << 10
                                   << QStringLiteral("Supercalif") + QChar(0x2026);
    QTest::newRow("empty") << QString() << 10 << QString();
}

void TestWeekSummary::firstWords()
{
    QFETCH(QString, text);
    QFETCH(int, maxChars);
    QFETCH(QString, expected);
    QCOMPARE(hearth::core::firstWords(text, maxChars), expected);
}

QTEST_APPLESS_MAIN(TestWeekSummary)
#include "tst_weeksummary.moc"
