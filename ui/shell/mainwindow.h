// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/welcomepanel.h"
#include "shell/startupguard.h"
#include "shell/theme.h"
#include "widgets/appservices.h"

#include <QDate>
#include <QMainWindow>

#include <functional>
#include <memory>

class QActionGroup;
class QDialog;
class QDockWidget;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace hearth::ui {

class ConnectionBanner;
class IdeaPanel;
class PasswordKeyring;
class InteropActions;
class SparkActions;
class ListenWorkspace;
class PlanWorkspace;
class SparkWorkspace;

enum class Workspace
{
    Plan = 0,
    Spark = 1,
    Listen = 2
};

// Hearth's one window: navigation between Plan, Spark and Listen, menus and status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(core::Database &database, const core::Clock &clock, QWidget *parent = nullptr);
    // Opens on the period around `date` (today when invalid), read once: start-up with
    // --date does not read today's week first.
    MainWindow(core::Database &database, const core::Clock &clock, const QDate &date,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void showWorkspace(Workspace workspace);
    Workspace currentWorkspace() const;
    // Moves every workspace to the period around `date`.
    void showDate(const QDate &date);
    QUndoStack &undoStack() { return *m_undoStack; }
    // Daily rolling backups while the window is open; not for screenshots or tests.
    void startDailyBackups();

    // Restores geometry and state saved by an earlier run.
    void restoreSettings();
    // Runs the window's own dialogs (Preferences); tests answer them without a modal loop.
    void setDialogRunner(std::function<int(QDialog &)> runner) { m_runDialog = std::move(runner); }
    void showPreferences();
    void showShortcuts();
    void showUserGuide();
    // Brings the first-start welcome back in the Plan workspace.
    void showWelcome();
    // The settings key that remembers the welcome was used.
    static QString welcomeDoneKey();
    // View > Weekly Review: last week's figures.
    void showWeeklyReview();
    // Opens the weekly review once per new week, when last week has posts to review.
    void reviewNewWeek();

    // Takes the plan the user switches to: a team plan opened already, or no database for the
    // local file. The application then replaces this window.
    using PlanSwitcher = std::function<void(StartupOutcome plan)>;
    void setPlanSwitcher(PlanSwitcher switcher) { m_switchPlan = std::move(switcher); }
    // File > Open Team Plan…: asks for the server, opens it and hands it to the switcher.
    void openTeamPlan();
    // File > Open Local Plan: back to the plan file on this computer.
    void openLocalPlan();
    // The keyring for team plan passwords; tests give one of their own.
    void setKeyring(std::shared_ptr<PasswordKeyring> keyring) { m_keyring = std::move(keyring); }
    // Shown while a team plan's connection is down.
    ConnectionBanner &connectionBanner() { return *m_connectionBanner; }

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createNavigation();
    void updateStatus();
    QString databaseText() const;
    // A team plan: watch for a dropped connection and show the plan again once it is back.
    void watchConnection();
    void showAbout();
    void setTheme(ThemeChoice choice);
    void openPostFromListen(qint64 postId);
    void reloadWorkspaces();
    // Every built workspace reads the plan again.
    void refreshWorkspaces();
    void createDraftFromIdea(qint64 ideaId, const QDateTime &localDateTime);
    void openDraft(qint64 postId);
    void createIdeaDock();
    void welcomeStarted(WelcomePanel::Start start);
    // Drafts from the starter ideas in this week's (or, late in the week, next week's) slots.
    void planSampleWeek();
    // The sidebar's selection as a soft tint of the accent, readable on either theme.
    void styleNavigation();
    // Sizes the first window to fit the screen's free area, centred.
    void fitToScreen();
    // Shows a command's error in the status bar.
    std::function<void(const QString &)> statusSink();
    // Spark and Listen, built on first use.
    SparkWorkspace &spark();
    ListenWorkspace &listen();
    void replaceStandIn(Workspace workspace, QWidget *page);

    core::Database &m_database;
    const core::Clock &m_clock;
    QUndoStack *m_undoStack;
    // The repositories and post store every workspace shares, for as long as the plan is open.
    std::unique_ptr<AppServices> m_services;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    PlanWorkspace *m_plan = nullptr;
    SparkWorkspace *m_spark = nullptr;
    ListenWorkspace *m_listen = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    InteropActions *m_interop = nullptr;
    SparkActions *m_sparkActions = nullptr;
    QDockWidget *m_ideaDock = nullptr;
    IdeaPanel *m_ideaPanel = nullptr;
    std::function<int(QDialog &)> m_runDialog;
    QDate m_date;
    ConnectionBanner *m_connectionBanner = nullptr;
    PlanSwitcher m_switchPlan;
    std::shared_ptr<PasswordKeyring> m_keyring;
};

} // namespace hearth::ui
