// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "plan/planworkspace.h"
#include "plan/postrepository.h"
#include "shell/mainwindow.h"
#include "spark/idearepository.h"
#include "storage/database.h"

#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace hearth;

namespace {

// The smallest undoable change, to prove Edit > Undo reaches the shared stack.
class CounterCommand final : public QUndoCommand
{
public:
    explicit CounterCommand(int &counter)
        : m_counter(counter)
    {
        setText(QStringLiteral("count"));
    }
    void redo() override { ++m_counter; }
    void undo() override { --m_counter; }

private:
    int &m_counter;
};

} // namespace

// The application shell: navigation, menus, undo wiring, status bar and saved state.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("hearth-test"));
        QCoreApplication::setApplicationName(QStringLiteral("hearth-test"));
        QSettings().clear();
    }

    void init()
    {
        auto db = core::Database::open(m_dir.filePath(QStringLiteral("plan.sqlite")), {}, m_clock);
        QVERIFY(db.ok());
        m_database = std::move(*db);
    }

    void cleanup() { m_database.reset(); }

    void navigationSwitchesWorkspaces_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("pageName");
        QTest::newRow("plan") << 0 << QStringLiteral("planWorkspace");
        QTest::newRow("spark") << 1 << QStringLiteral("sparkWorkspace");
        QTest::newRow("listen") << 2 << QStringLiteral("listenWorkspace");
    }

    void navigationSwitchesWorkspaces()
    {
        QFETCH(int, row);
        QFETCH(QString, pageName);
        ui::MainWindow window(*m_database, m_clock);
        window.show();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("workspaceListWidget"));
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("workspaceStackedWidget"));
        QVERIFY(navigation && stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("planWorkspace"));
        navigation->setCurrentRow(row);
        QCOMPARE(stack->currentWidget()->objectName(), pageName);
        QCOMPARE(int(window.currentWorkspace()), row);
    }

    void keyboardShortcutsSwitchWorkspaces()
    {
        ui::MainWindow window(*m_database, m_clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("workspaceStackedWidget"));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("listenWorkspace"));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("sparkWorkspace"));
    }

    void undoAndRedoActionsDriveTheSharedStack()
    {
        ui::MainWindow window(*m_database, m_clock);
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        auto *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
        QVERIFY(undo && redo);
        QVERIFY(!undo->isEnabled());
        int counter = 0;
        window.undoStack().push(new CounterCommand(counter));
        QCOMPARE(counter, 1);
        QVERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(QStringLiteral("count")));
        undo->trigger();
        QCOMPARE(counter, 0);
        redo->trigger();
        QCOMPARE(counter, 1);
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    }

    void statusBarNamesTheFileAndReadOnlyMode()
    {
        {
            ui::MainWindow window(*m_database, m_clock);
            auto *label = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
            QVERIFY(label);
            QVERIFY(label->text().contains(m_database->path()));
            QVERIFY(!label->text().contains(QStringLiteral("Read-only")));
        }
        m_database.reset();
        core::OpenOptions options;
        options.mode = core::OpenMode::ReadOnly;
        auto readOnly =
            core::Database::open(m_dir.filePath(QStringLiteral("plan.sqlite")), options, m_clock);
        QVERIFY(readOnly.ok());
        ui::MainWindow window(**readOnly, m_clock);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("databaseLabel"))
                    ->text()
                    .contains(QStringLiteral("Read-only")));
    }

    void geometryAndWorkspaceAreRestored()
    {
        {
            ui::MainWindow window(*m_database, m_clock);
            window.resize(1300, 760);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showWorkspace(ui::Workspace::Listen);
            window.close();
        }
        ui::MainWindow window(*m_database, m_clock);
        window.restoreSettings();
        QCOMPARE(window.currentWorkspace(), ui::Workspace::Listen);
        QCOMPARE(window.size(), QSize(1300, 760));
    }

    void fileMenuOffersImportExportAndBackup_data()
    {
        QTest::addColumn<QString>("actionName");
        QTest::newRow("new post") << QStringLiteral("newPostAction");
        QTest::newRow("analytics import") << QStringLiteral("importMetricsAction");
        QTest::newRow("figures") << QStringLiteral("enterMetricsAction");
        QTest::newRow("iCalendar export") << QStringLiteral("exportIcsAction");
        QTest::newRow("quit") << QStringLiteral("quitAction");
    }

    void fileMenuOffersImportExportAndBackup()
    {
        QFETCH(QString, actionName);
        ui::MainWindow window(*m_database, m_clock);
        auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
        QVERIFY(fileMenu);
        bool found = false;
        for (QAction *action : fileMenu->actions())
            found = found || action->objectName() == actionName;
        QVERIFY2(found, qPrintable(actionName));
    }

    void ideaDroppedOnCalendarBecomesUndoableDraft()
    {
        core::IdeaRepository ideas(*m_database);
        core::Idea idea;
        idea.title = QStringLiteral("Behind the counter at 4 am");
        idea.notes = QStringLiteral("Show the first bake of the day.");
        auto created = ideas.create(idea);
        QVERIFY(created.ok());

        ui::MainWindow window(*m_database, m_clock);
        auto *plan = window.findChild<ui::PlanWorkspace *>(QStringLiteral("planWorkspace"));
        QVERIFY(plan);
        int editorsOpened = 0;
        plan->setDialogRunner([&](QDialog &) {
            ++editorsOpened;
            return int(QDialog::Rejected);
        });
        core::PostRepository posts(*m_database);
        const qint64 before = *posts.count();
        const QDateTime at(QDate(2026, 11, 27), QTime(9, 30));
        emit plan->ideaDropped(created->id, at);

        QCOMPARE(*posts.count(), before + 1);
        QCOMPARE(editorsOpened, 1);
        auto drafts = posts.scheduledBetween(at.addSecs(-60).toUTC(), at.addSecs(60).toUTC());
        QVERIFY(drafts.ok());
        QCOMPARE(drafts->size(), 1);
        QCOMPARE(drafts->first().ideaId, std::optional<qint64>(created->id));
        QVERIFY(drafts->first().body.contains(QStringLiteral("first bake")) ||
                drafts->first().title.contains(QStringLiteral("4 am")));

        window.undoStack().undo();
        QCOMPARE(*posts.count(), before);
    }

    void editMenuOpensPreferencesAndPostingSlots()
    {
        ui::MainWindow window(*m_database, m_clock);
        auto *preferences = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
        QVERIFY(preferences);
        QVERIFY(!preferences->shortcut().isEmpty());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("postingSlotsAction")));
        QString shown;
        window.setDialogRunner([&](QDialog &dialog) {
            shown = dialog.objectName();
            return int(QDialog::Rejected);
        });
        preferences->trigger();
        QCOMPARE(shown, QStringLiteral("preferencesDialog"));
    }

    void ideaPanelDocksBesideTheCalendar()
    {
        ui::MainWindow window(*m_database, m_clock);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("ideaPanelDock"));
        QVERIFY(dock);
        auto *toggle = window.findChild<QAction *>(QStringLiteral("ideaPanelAction"));
        QVERIFY(toggle);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!dock->isVisible());
        toggle->trigger();
        QVERIFY(dock->isVisible());
    }

private:
    QTemporaryDir m_dir;
    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<core::Database> m_database;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
