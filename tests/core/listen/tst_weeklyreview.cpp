// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// WeeklyReviewReader: a week's community rate against the four weeks before, its best and
// quietest post, and the posts still without figures.
#include "listen/weeklyreview.h"
#include "support/listentestplan.h"

#include <QStandardPaths>
#include <QTest>

#include <ctime>

using namespace hearth::core;
using hearth::test::ListenTestPlan;

class TestWeeklyReview final : public QObject
{
    Q_OBJECT

private:
    // Wednesday 10 June 2026: last week is the one of Monday 1 June.
    const QDateTime m_now{QDate(2026, 6, 10), QTime(12, 0), Qt::UTC};
    const QDate m_lastWeek{2026, 6, 1};

    static QDateTime at(const QDate &day, int hour)
    {
        return QDateTime(day, QTime(hour, 0), Qt::LocalTime).toUTC();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "Europe/Berlin");
        tzset();
    }

    void lastWeekStartIsTheMondayBefore()
    {
        QCOMPARE(WeeklyReviewReader::lastWeekStart(m_now), m_lastWeek);
        QCOMPARE(WeeklyReviewReader::lastWeekStart(at(QDate(2026, 6, 8), 0)), m_lastWeek);
    }

    void reviewsTheWeekAgainstTheFourBefore()
    {
        ListenTestPlan plan(m_now);
        const QString x = QStringLiteral("x");
        // The week: 3 %, 1 % and a post without figures; a draft is never counted.
        const qint64 best = plan.addPost(at(m_lastWeek, 9), x);
        plan.addFigures(best, x, 30, 1000);
        const qint64 quiet = plan.addPost(at(m_lastWeek.addDays(2), 9), x);
        plan.addFigures(quiet, x, 10, 1000);
        const qint64 missing = plan.addPost(at(m_lastWeek.addDays(4), 9), x);
        plan.addPost(at(m_lastWeek.addDays(5), 9), x, std::nullopt, std::nullopt,
                     PostStatus::Draft);
        // The four weeks before: 1 % on average; five weeks back does not count.
        for (int week = 1; week <= 4; ++week)
            plan.addFigures(plan.addPost(at(m_lastWeek.addDays(-7 * week), 9), x), x, 10, 1000);
        plan.addFigures(plan.addPost(at(m_lastWeek.addDays(-35), 9), x), x, 90, 1000);
        // This week's posts are not last week's.
        plan.addFigures(plan.addPost(at(m_lastWeek.addDays(7), 9), x), x, 90, 1000);

        auto review = WeeklyReviewReader(plan.database()).review(m_lastWeek.addDays(3));
        QVERIFY2(review, qPrintable(review ? QString() : review.error().message));
        QCOMPARE(review->weekStart, m_lastWeek);
        QCOMPARE(review->measured, 2);
        QCOMPARE(review->rated, 2);
        QCOMPARE(*review->meanRate, 0.02);
        QCOMPARE(review->previousRated, 4);
        QCOMPARE(*review->previousMeanRate, 0.01);
        QCOMPARE(review->best->postId, best);
        QCOMPARE(review->quietest->postId, quiet);
        QCOMPARE(review->unmeasured.size(), 1);
        QCOMPARE(review->unmeasured.first().postId, missing);
    }

    void emptyWeek()
    {
        ListenTestPlan plan(m_now);
        auto review = WeeklyReviewReader(plan.database()).review(m_lastWeek);
        QVERIFY(review);
        QCOMPARE(review->measured, 0);
        QVERIFY(!review->meanRate);
        QVERIFY(!review->best);
        QVERIFY(!review->quietest);
        QVERIFY(review->unmeasured.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWeeklyReview)
#include "tst_weeklyreview.moc"
