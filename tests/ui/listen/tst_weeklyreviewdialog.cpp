// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly review dialog, offscreen: last week's figures against the four weeks before, and
// one click from the posts without figures to the import or to typing them in.
#include "listen/weeklyreviewdialog.h"
#include "shell/theme.h"
#include "support/listentestplan.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <ctime>

using namespace hearth;
using hearth::test::ListenTestPlan;

class TestWeeklyReviewDialog final : public QObject
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

    void showsTheWeekAndWhatIsMissing()
    {
        ListenTestPlan plan(m_now);
        const QString x = QStringLiteral("x");
        plan.addFigures(plan.addPost(at(m_lastWeek, 9), x), x, 30, 1000);
        plan.addFigures(plan.addPost(at(m_lastWeek.addDays(2), 18), x), x, 10, 1000);
        const qint64 missing = plan.addPost(at(m_lastWeek.addDays(4), 9), x);
        for (int week = 1; week <= 4; ++week)
            plan.addFigures(plan.addPost(at(m_lastWeek.addDays(-7 * week), 9), x), x, 10, 1000);
        QUndoStack undo;
        ui::AppServices services(plan.database(), plan.clock(), undo);

        ui::WeeklyReviewDialog dialog(services, m_lastWeek.addDays(3));
        const QString shots = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            ui::applyTheme(ui::ThemeChoice::Light);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("weekly-review.png"))));
        }
        QCOMPARE(dialog.weekStart(), m_lastWeek);
        const QString rate = dialog.findChild<QLabel *>(QStringLiteral("reviewRateLabel"))->text();
        QVERIFY2(rate.contains(QStringLiteral("2.0 %")) &&
                     rate.contains(QStringLiteral("up from")) &&
                     rate.contains(QStringLiteral("1.0 %")),
                 qPrintable(rate));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("reviewBestLabel"))
                    ->text()
                    .contains(QStringLiteral("3.0 %")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("reviewQuietestLabel"))
                    ->text()
                    .contains(QStringLiteral("1.0 %")));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("reviewMissingListWidget"));
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toLongLong(), missing);

        QSignalSpy import(&dialog, &ui::WeeklyReviewDialog::importRequested);
        QSignalSpy enter(&dialog, &ui::WeeklyReviewDialog::enterFiguresRequested);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("reviewImportButton")),
                          Qt::LeftButton);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("reviewEnterButton")),
                          Qt::LeftButton);
        QCOMPARE(import.size(), 1);
        QCOMPARE(enter.size(), 1);

        // The week before, and back; the running week has no review yet.
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("reviewPreviousButton")),
                          Qt::LeftButton);
        QCOMPARE(dialog.weekStart(), m_lastWeek.addDays(-7));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("reviewNextButton"))->isEnabled());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("reviewNextButton")),
                          Qt::LeftButton);
        QCOMPARE(dialog.weekStart(), m_lastWeek);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("reviewNextButton"))->isEnabled());
    }

    void shownOncePerWeek()
    {
        ui::WeeklyReviewDialog::rememberShownWeek(m_lastWeek);
        QCOMPARE(ui::WeeklyReviewDialog::lastShownWeek(), m_lastWeek);
    }
};

QTEST_MAIN(TestWeeklyReviewDialog)
#include "tst_weeklyreviewdialog.moc"
