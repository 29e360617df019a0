// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/welcomepanel.h"
#include "widgets/appservices.h"

#include <QDate>
#include <QDateTime>
#include <QWidget>

#include <functional>
#include <optional>

class QButtonGroup;
class QDialog;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace hearth::core {
class AgendaModel;
class DraftsModel;
class MonthModel;
class WeekModel;
struct Post;
} // namespace hearth::core

class QHBoxLayout;
class QAction;
class QPushButton;
class QSplitter;

namespace hearth::ui {

class ElidingLabel;
class MonthView;
class PostActions;
class PostEditor;
class PostListView;
class PostStore;
class PublishAssist;
class WeekSummaryWidget;
class WeekView;

// The Plan workspace: the week (default), month and agenda views of the plan, the drafts
// tray and the week summary. Every change goes through an undo command on the app's stack.
class PlanWorkspace final : public QWidget
{
    Q_OBJECT

public:
    enum class View
    {
        Week,
        Month,
        Agenda
    };

    // Seams so tests (and future callers) can answer dialogs without a modal loop.
    using DialogRunner = std::function<int(QDialog &)>;

    PlanWorkspace(AppServices &services, QWidget *parent = nullptr);
    // Opens on the period around `date` (today when invalid): the first load reads that
    // period only, so a window started on another date does not read today's week first.
    PlanWorkspace(AppServices &services, const QDate &date, QWidget *parent = nullptr);
    ~PlanWorkspace() override;

    // Shows the period around `date`.
    void showDate(const QDate &date);
    QDate date() const { return m_date; }
    // Puts a button for `action` on the toolbar, before the view switcher.
    void addToolbarAction(QAction *action);
    void setView(View view);
    View view() const { return m_view; }

    // Re-reads the shown period and the drafts tray, e.g. after another workspace wrote posts.
    void refresh();

    qint64 selectedPostId() const;
    void selectPost(qint64 postId);

    // Opens the editor for a new post on `day` (at the day's first free slot or 09:00).
    void newPost(const QDate &day);
    // Opens the editor for a new post at `localDateTime`, going to `networkId` when given.
    void newPostAt(const QDateTime &localDateTime, const QString &networkId = {});
    // Opens the posting slots dialog; OK stores the slots as one undoable step.
    void editPostingSlots();
    void openPost(qint64 postId);
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

    // The first-start welcome in place of the week; it hides itself once a start is chosen.
    void setWelcomeVisible(bool visible);
    bool isWelcomeVisible() const { return m_welcome != nullptr; }

    PostStore &store() { return m_services.posts; }
    // Delete, duplicate, move, publish… one post, as the views and the context menu do.
    PostActions &postActions() { return *m_actions; }
    PublishAssist &publishAssist() { return *m_publishAssist; }
    core::WeekModel &weekModel() { return *m_weekModel; }
    core::DraftsModel &draftsModel() { return *m_draftsModel; }

signals:
    // An idea from Spark was dropped on a day: make a draft from it at that local time.
    void ideaDropped(qint64 ideaId, const QDateTime &localDateTime);
    // The shown period moved to the one around `date`.
    void dateChanged(const QDate &date);
    // The welcome's start button was pressed (the defaults it shows are stored).
    void welcomeStarted(hearth::ui::WelcomePanel::Start start);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *createToolbar();
    QWidget *createSidePanel();
    // The month and agenda views, built the first time they are shown.
    MonthView &monthView();
    QTableView &agendaView();
    void reload();
    void updatePeriodLabel();
    void updateSummary();
    void reloadSlots();
    // Stores an edited post: one command, or a series command when the post creates or
    // changes an evergreen series.
    void saveEdited(const core::Post &before, const core::Post &edited);
    // Runs the editor and saves what it accepted; a save refused because the team plan's
    // connection dropped opens the editor again with the user's text. The saved id, or 0.
    qint64 editAndSave(PostEditor &editor, const core::Post &before);
    void step(int direction);
    void postSaved(const core::Post &post);
    void postRemoved(qint64 postId);
    void showError(const QString &message);
    void dropIdea(qint64 ideaId, const QDate &day);
    QDateTime defaultTimeOn(const QDate &day) const;
    bool handleKey(QKeyEvent *event, qint64 selected);
    // Colours that come from the palette, again after a theme switch.
    void applyPaletteColors();

    AppServices &m_services;
    QDate m_date;
    View m_view = View::Week;
    core::WeekModel *m_weekModel = nullptr;
    core::MonthModel *m_monthModel = nullptr;
    core::AgendaModel *m_agendaModel = nullptr;
    core::DraftsModel *m_draftsModel = nullptr;
    PublishAssist *m_publishAssist = nullptr;
    PostActions *m_actions = nullptr;

    ElidingLabel *m_periodLabel = nullptr;
    QHBoxLayout *m_toolbarLayout = nullptr;
    QWidget *m_viewSwitcher = nullptr;
    QLabel *m_errorLabel = nullptr;
    QButtonGroup *m_viewButtons = nullptr;
    QStackedWidget *m_stack = nullptr;
    WeekView *m_weekView = nullptr;
    MonthView *m_monthView = nullptr;
    QTableView *m_agendaView = nullptr;
    PostListView *m_draftsView = nullptr;
    QLabel *m_draftsLabel = nullptr;
    QLabel *m_summaryTitle = nullptr;
    QLabel *m_summaryHint = nullptr;
    QPushButton *m_newPostButton = nullptr;
    QSplitter *m_body = nullptr;
    WelcomePanel *m_welcome = nullptr;
    WeekSummaryWidget *m_summary = nullptr;

    DialogRunner m_runDialog;
    // The best hour per weekday without a posting slot, from the plan's figures.
    QHash<int, core::TimeAdvice> m_advised;
};

} // namespace hearth::ui
