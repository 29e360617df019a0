// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every key does one thing: no two actions that can fire at the same time share a key.
#include "common/clock.h"
#include "shell/mainwindow.h"
#include "storage/database.h"

#include <QAction>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

using namespace hearth;

namespace {

// Where a shortcut can fire: while focus is anywhere in `root` (window, widget with children),
// on `root` itself only (widget), or everywhere (application).
struct Reach
{
    const QWidget *root = nullptr;
    bool subtree = true;
    bool everywhere = false;
};

// The widget a menu's actions hang from: the menu bar or button that opens the menu.
const QWidget *host(const QWidget *widget)
{
    while (const auto *menu = qobject_cast<const QMenu *>(widget)) {
        const QWidget *opener = nullptr;
        for (const QObject *object : menu->menuAction()->associatedObjects()) {
            if (const auto *candidate = qobject_cast<const QWidget *>(object)) {
                opener = candidate;
                break;
            }
        }
        if (!opener)
            return menu->parentWidget() ? menu->parentWidget() : menu;
        widget = opener;
    }
    return widget;
}

QList<Reach> reachOf(const QAction &action)
{
    QList<Reach> reach;
    for (const QObject *object : action.associatedObjects()) {
        const auto *widget = qobject_cast<const QWidget *>(object);
        if (!widget)
            continue;
        const QWidget *owner = host(widget);
        switch (action.shortcutContext()) {
        case Qt::ApplicationShortcut:
            reach << Reach{owner, true, true};
            break;
        case Qt::WindowShortcut:
            reach << Reach{owner->window(), true, false};
            break;
        case Qt::WidgetWithChildrenShortcut:
            reach << Reach{owner, true, false};
            break;
        case Qt::WidgetShortcut:
            reach << Reach{owner, false, false};
            break;
        }
    }
    return reach;
}

bool contains(const Reach &outer, const QWidget *widget)
{
    return outer.everywhere || outer.root == widget ||
           (outer.subtree && outer.root->isAncestorOf(widget));
}

bool overlap(const Reach &a, const Reach &b)
{
    return a.everywhere || b.everywhere || contains(a, b.root) || contains(b, a.root);
}

QString nameOf(const QAction &action)
{
    return action.objectName().isEmpty() ? action.text() : action.objectName();
}

} // namespace

class TestShortcuts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_database.reset(); }
    void noTwoActionsShareAKey();
    void redoKeysRedoWithoutAmbiguity_data();
    void redoKeysRedoWithoutAmbiguity();

private:
    // The window with every workspace and panel built, and Undo and Redo enabled (two steps,
    // one of them undone).
    std::unique_ptr<ui::MainWindow> fullWindow();

    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<core::Database> m_database;
};

void TestShortcuts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestShortcuts::init()
{
    auto database = core::Database::openInMemory(m_clock);
    QVERIFY(database.ok());
    m_database = std::move(*database);
}

std::unique_ptr<ui::MainWindow> TestShortcuts::fullWindow()
{
    auto window = std::make_unique<ui::MainWindow>(*m_database, m_clock);
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    // Spark, Listen and the idea panel are built on first use; their actions count too.
    window->showWorkspace(ui::Workspace::Listen);
    window->showWorkspace(ui::Workspace::Spark);
    window->findChild<QAction *>(QStringLiteral("ideaPanelAction"))->trigger();
    window->showWorkspace(ui::Workspace::Plan);
    window->undoStack().push(new QUndoCommand(QStringLiteral("first")));
    window->undoStack().push(new QUndoCommand(QStringLiteral("second")));
    window->undoStack().undo();
    return window;
}

void TestShortcuts::noTwoActionsShareAKey()
{
    auto window = fullWindow();
    auto *undo = window->findChild<QAction *>(QStringLiteral("undoAction"));
    auto *redo = window->findChild<QAction *>(QStringLiteral("redoAction"));
    QVERIFY(undo && redo && undo->isEnabled() && redo->isEnabled());
    // The platform's own keys are kept.
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Undo))
        QVERIFY(undo->shortcuts().contains(key));
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        QVERIFY(redo->shortcuts().contains(key));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));

    QList<QAction *> actions = window->findChildren<QAction *>();
    int checked = 0;
    QStringList clashes;
    for (int i = 0; i < actions.size(); ++i) {
        const QAction &first = *actions.at(i);
        if (!first.isEnabled() || first.shortcuts().isEmpty())
            continue;
        ++checked;
        const QList<QKeySequence> keys = first.shortcuts();
        // A key listed twice on one action is ambiguous too (Qt registers it twice).
        for (int k = 0; k < keys.size(); ++k) {
            if (keys.indexOf(keys.at(k), k + 1) > k)
                clashes << QStringLiteral("%1 lists %2 twice")
                               .arg(nameOf(first), keys.at(k).toString());
        }
        for (int j = i + 1; j < actions.size(); ++j) {
            const QAction &second = *actions.at(j);
            if (!second.isEnabled())
                continue;
            for (const QKeySequence &key : keys) {
                if (key.isEmpty() || !second.shortcuts().contains(key))
                    continue;
                bool together = false;
                for (const Reach &a : reachOf(first)) {
                    for (const Reach &b : reachOf(second))
                        together = together || overlap(a, b);
                }
                if (together)
                    clashes << QStringLiteral("%1 and %2 share %3")
                                   .arg(nameOf(first), nameOf(second), key.toString());
            }
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    // Navigation, Undo/Redo, New, Quit, Preferences, the idea panel, quick capture at least.
    QVERIFY(checked >= 9);
}

void TestShortcuts::redoKeysRedoWithoutAmbiguity_data()
{
    QTest::addColumn<QKeySequence>("key");
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        QTest::newRow(qPrintable(key.toString())) << key;
    QTest::newRow("Ctrl+Shift+Z") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
}

void TestShortcuts::redoKeysRedoWithoutAmbiguity()
{
    QFETCH(QKeySequence, key);
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Ambiguous shortcut")));
    auto window = fullWindow();
    QCOMPARE(window->undoStack().index(), 1);
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
    QTest::keySequence(target, key);
    QCOMPARE(window->undoStack().index(), 2);
    QTest::keySequence(target, QKeySequence(QKeySequence::Undo));
    QCOMPARE(window->undoStack().index(), 1);
}

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
