// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The first-start welcome: shown on a new plan, gone once used, back from Help; its defaults
// and the sample week.
#include "common/clock.h"
#include "plan/planworkspace.h"
#include "plan/postrepository.h"
#include "plan/weekmodel.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "spark/starterlibrary.h"
#include "storage/database.h"
#include "support/guitestsupport.h"
#include "widgets/postdefaults.h"

#include <QAction>
#include <QCheckBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QUndoStack>

using namespace hearth;
using hearth::test::child;

class TestWelcome final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        hearth::test::useFreshSettings(QStringLiteral("hearth-welcome-test"));
        ui::applyTheme(ui::ThemeChoice::Light);
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        auto database =
            core::Database::open(m_dir->filePath(QStringLiteral("plan.sqlite")), {}, m_clock);
        QVERIFY(database.ok());
        m_database = std::move(*database);
        // What hearth does on opening a plan: the sample week comes from these ideas.
        QVERIFY(core::StarterLibrary::ensureLoaded(*m_database).ok());
    }

    void cleanup() { m_database.reset(); }

    void shownOnANewPlanOnly_data()
    {
        QTest::addColumn<bool>("done");
        QTest::addColumn<bool>("hasPost");
        QTest::addColumn<bool>("shown");
        QTest::newRow("new plan") << false << false << true;
        QTest::newRow("used before") << true << false << false;
        QTest::newRow("plan with posts") << false << true << false;
    }

    void shownOnANewPlanOnly()
    {
        QFETCH(bool, done);
        QFETCH(bool, hasPost);
        QFETCH(bool, shown);
        QSettings().setValue(ui::MainWindow::welcomeDoneKey(), done);
        if (hasPost) {
            core::Post post;
            post.title = post.link = post.firstComment = post.notes = QStringLiteral("");
            post.body = QStringLiteral("Fresh rye today");
            QVERIFY(core::PostRepository(*m_database).create(post).ok());
        }
        ui::MainWindow window(*m_database, m_clock);
        QCOMPARE(plan(window)->isWelcomeVisible(), shown);
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("viewStackedWidget"));
        QCOMPARE(stack->currentWidget()->objectName(),
                 shown ? QStringLiteral("welcomePanel") : QStringLiteral("weekView"));
    }

    void startEmptyStoresTheDefaults()
    {
        ui::MainWindow window(*m_database, m_clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(
            child<QCheckBox>(window, QStringLiteral("instagramDefaultNetworkCheckBox")),
            Qt::LeftButton);
        QTest::mouseClick(
            child<QCheckBox>(window, QStringLiteral("mastodonDefaultNetworkCheckBox")),
            Qt::LeftButton);
        child<QTimeEdit>(window, QStringLiteral("defaultPostTimeEdit"))->setTime(QTime(18, 30));
        QTest::mouseClick(child<QPushButton>(window, QStringLiteral("welcomeStartEmptyPushButton")),
                          Qt::LeftButton);

        QVERIFY(!plan(window)->isWelcomeVisible());
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("defaults/networks")).toStringList(),
                 (QStringList{QStringLiteral("mastodon"), QStringLiteral("instagram")}));
        QCOMPARE(settings.value(QStringLiteral("defaults/postTime")).toString(),
                 QStringLiteral("18:30"));
        QVERIFY(settings.value(ui::MainWindow::welcomeDoneKey()).toBool());
        QCOMPARE(*core::PostRepository(*m_database).count(), 0);
        QCOMPARE(ui::PostDefaults::load().postTime, QTime(18, 30));

        // Remembered: the next window opens on the week.
        ui::MainWindow again(*m_database, m_clock);
        QVERIFY(!plan(again)->isWelcomeVisible());
    }

    void sampleWeekIsOneUndoableStep()
    {
        QSettings().setValue(QStringLiteral("defaults/postTime"), QStringLiteral("11:15"));
        ui::MainWindow window(*m_database, m_clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(child<QPushButton>(window, QStringLiteral("welcomeSampleWeekPushButton")),
                          Qt::LeftButton);
        QVERIFY(!plan(window)->isWelcomeVisible());
        core::PostRepository posts(*m_database);
        // Wednesday 10:00: Wednesday to Friday are still ahead.
        const qint64 planned = *posts.count();
        QVERIFY2(planned >= 3, qPrintable(QString::number(planned)));
        auto week = posts.scheduledBetween(QDateTime(QDate(2026, 11, 23), QTime(0, 0)).toUTC(),
                                           QDateTime(QDate(2026, 11, 30), QTime(0, 0)).toUTC());
        QVERIFY(week.ok());
        QCOMPARE(qint64(week->size()), planned);
        for (const core::Post &post : std::as_const(*week)) {
            QVERIFY(post.ideaId.has_value());
            QCOMPARE(post.scheduledAt.toLocalTime().time(), QTime(11, 15));
        }
        QCOMPARE(qint64(plan(window)->weekModel().posts().size()), planned);
        window.undoStack().undo();
        QCOMPARE(*posts.count(), 0);
    }

    void helpBringsItBack()
    {
        QSettings().setValue(ui::MainWindow::welcomeDoneKey(), true);
        ui::MainWindow window(*m_database, m_clock);
        window.showWorkspace(ui::Workspace::Spark);
        QVERIFY(!plan(window)->isWelcomeVisible());
        child<QAction>(window, QStringLiteral("showWelcomeAction"))->trigger();
        QVERIFY(plan(window)->isWelcomeVisible());
        QCOMPARE(window.currentWorkspace(), ui::Workspace::Plan);
        QVERIFY(!QSettings().contains(ui::MainWindow::welcomeDoneKey()));
    }

private:
    ui::PlanWorkspace *plan(ui::MainWindow &window)
    {
        return child<ui::PlanWorkspace>(window, QStringLiteral("planWorkspace"));
    }

    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Database> m_database;
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
