// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A theme switched at run time reaches everything already built: day headers, the error banner,
// the sidebar and the charts behind their Save… buttons.
#include "common/clock.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "storage/database.h"
#include "support/guitestsupport.h"
#include "support/testpictures.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace hearth;

class TestTheme final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        hearth::test::useFreshSettings(QStringLiteral("hearth-theme-test"));
        QSettings().setValue(ui::MainWindow::welcomeDoneKey(), true);
    }

    void init()
    {
        ui::applyTheme(ui::ThemeChoice::Light);
        auto database = core::Database::openInMemory(m_clock);
        QVERIFY(database.ok());
        m_database = std::move(*database);
    }

    void cleanup()
    {
        m_database.reset();
        ui::applyTheme(ui::ThemeChoice::Light);
    }

    void switchingReachesWhatWasBuilt_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("light to dark") << QStringLiteral("Light") << QStringLiteral("Dark");
        QTest::newRow("dark to light") << QStringLiteral("Dark") << QStringLiteral("Light");
    }

    void switchingReachesWhatWasBuilt()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        ui::MainWindow window(*m_database, m_clock);
        window.resize(1280, 800);
        action(window, from)->trigger();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Listen's charts are built in the first theme.
        window.showWorkspace(ui::Workspace::Listen);
        window.showWorkspace(ui::Workspace::Plan);
        auto *banner = window.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(banner);
        const QString bannerBefore = banner->styleSheet();

        action(window, to)->trigger();
        QApplication::processEvents();
        const QPalette palette =
            to == QLatin1String("Dark") ? ui::darkPalette() : ui::lightPalette();
        const QString base = palette.color(QPalette::Base).name();
        // Wednesday the 25th is today; Monday is a plain weekday.
        auto *monday = window.findChild<QWidget *>(QStringLiteral("day0HeaderWidget"));
        QVERIFY(monday);
        QVERIFY2(monday->styleSheet().contains(base), qPrintable(monday->styleSheet()));
        QVERIFY(banner->styleSheet() != bannerBefore);
        const bool dark = to == QLatin1String("Dark");
        QCOMPARE(banner->styleSheet().contains(QStringLiteral("#fbe3df")), !dark);

        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("workspaceListWidget"));
        QVERIFY(navigation->styleSheet().contains(palette.color(QPalette::WindowText).name()));

        const auto views = window.findChildren<QChartView *>();
        QVERIFY(!views.isEmpty());
        for (const QChartView *view : views) {
            const QColor background = view->chart()->backgroundBrush().color();
            QCOMPARE(background.name(), base);
            QCOMPARE(view->chart()->titleBrush().color(), palette.color(QPalette::Text));
        }
        // The Save… buttons sit on the chart: their text must stand out from it.
        const auto saves = window.findChildren<QToolButton *>();
        int checked = 0;
        for (const QToolButton *save : saves) {
            if (!save->objectName().endsWith(QLatin1String("SaveToolButton")))
                continue;
            ++checked;
            const int contrast = std::abs(save->palette().color(QPalette::ButtonText).lightness() -
                                          palette.color(QPalette::Base).lightness());
            QVERIFY2(contrast > 120, qPrintable(save->objectName()));
        }
        QVERIFY(checked > 0);
        window.showWorkspace(ui::Workspace::Listen);
        QApplication::processEvents();
        window.grab().save(
            hearth::test::picturePath(QStringLiteral("theme-%1-listen.png").arg(to)));
        window.showWorkspace(ui::Workspace::Plan);
        QApplication::processEvents();
        window.grab().save(hearth::test::picturePath(QStringLiteral("theme-%1-plan.png").arg(to)));
    }

private:
    static QAction *action(ui::MainWindow &window, const QString &theme)
    {
        auto *found =
            window.findChild<QAction *>(QStringLiteral("theme%1Action").arg(theme.toLower()));
        if (!found)
            qFatal("no theme action %s", qPrintable(theme));
        return found;
    }

    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<core::Database> m_database;
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
