// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mainwindow.h"

#include "common/clock.h"
#include "hearth_version.h"
#include "interop/interopactions.h"
#include "listen/listenworkspace.h"
#include "listen/weeklyreviewdialog.h"
#include "plan/planworkspace.h"
#include "plan/postactions.h"
#include "plan/postrepository.h"
#include "shell/connectionbanner.h"
#include "shell/helpdialogs.h"
#include "shell/language.h"
#include "shell/preferencesdialog.h"
#include "shell/teamplandialog.h"
#include "shell/teamplanopener.h"
#include "spark/ideapanel.h"
#include "spark/ideasuggester.h"
#include "spark/ideaundocommands.h"
#include "spark/sparkactions.h"
#include "spark/sparkworkspace.h"
#include "storage/database.h"
#include "widgets/charttheme.h"
#include "widgets/postdefaults.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hearth::ui {

MainWindow::MainWindow(core::Database &database, const core::Clock &clock, QWidget *parent)
    : MainWindow(database, clock, QDate(), parent)
{}

MainWindow::MainWindow(core::Database &database, const core::Clock &clock, const QDate &date,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_clock(clock)
    , m_undoStack(new QUndoStack(this))
    , m_services(std::make_unique<AppServices>(database, clock, *m_undoStack))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hearth"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hearth.svg")));
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    m_runDialog = [](QDialog &dialog) {
        return dialog.exec();
    };

    AppServices &services = *m_services;
    const QDate shown = date.isValid() ? date : m_clock.now().toLocalTime().date();
    m_plan = new PlanWorkspace(services, shown, this);
    // Spark, Listen and the idea panel are built when first shown: the Plan week is what
    // start-up must show, and Listen's charts lay themselves out even while hidden.
    m_interop = new InteropActions(services, this);
    m_sparkActions = new SparkActions(services, this);

    createNavigation();
    createIdeaDock();
    createMenus();
    updateStatus();
    styleNavigation();
    // An analytics export dropped anywhere on the window opens the import on that file.
    setAcceptDrops(!database.isReadOnly());

    // The welcome teaches a new plan; once used it stays away until Help brings it back.
    connect(m_plan, &PlanWorkspace::welcomeStarted, this, &MainWindow::welcomeStarted);
    if (!QSettings().value(welcomeDoneKey()).toBool() &&
        m_services->posts.service().posts().count().valueOr(1) == 0 && !database.isReadOnly())
        m_plan->setWelcomeVisible(true);

    connect(m_interop, &InteropActions::planReplaced, this, &MainWindow::reloadWorkspaces);
    connect(m_plan, &PlanWorkspace::ideaDropped, this, &MainWindow::createDraftFromIdea);
    connect(m_plan, &PlanWorkspace::dateChanged, m_sparkActions, &SparkActions::setWeek);
    connect(m_sparkActions, &SparkActions::draftCreated, this, &MainWindow::openDraft);
    connect(m_sparkActions, &SparkActions::showIdeaRequested, this, [this](qint64 ideaId) {
        showWorkspace(Workspace::Spark);
        spark().showIdea(ideaId);
    });
    watchConnection();
    m_plan->addToolbarAction(m_sparkActions->surpriseAction());
    m_plan->addToolbarAction(m_sparkActions->fillWeekAction());
    addAction(m_sparkActions->quickCaptureAction());
    // The calendar feed follows every change, undo and redo included.
    connect(m_undoStack, &QUndoStack::indexChanged, m_interop, &InteropActions::refreshFeed);
    showDate(shown);
}

MainWindow::~MainWindow()
{
    // The undo stack's last signals reach the workspaces, which use the services: it goes
    // while they still exist, before the services and then the children.
    delete m_undoStack;
}

void MainWindow::createNavigation()
{
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_connectionBanner = new ConnectionBanner(m_database, central);
    outer->addWidget(m_connectionBanner);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    outer->addLayout(layout, 1);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("workspaceListWidget"));
    m_navigation->setAccessibleName(tr("Workspaces"));
    m_navigation->setIconSize(QSize(28, 28));
    m_navigation->setFixedWidth(136);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(4);
    QFont font = m_navigation->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_navigation->setFont(font);

    struct Entry
    {
        QString title;
        QString icon;
        QString tip;
    };
    const Entry entries[] = {
        {tr("Plan"), QStringLiteral(":/icons/plan.svg"), tr("Your calendar of planned posts")},
        {tr("Spark"), QStringLiteral(":/icons/spark.svg"), tr("Your bank of post ideas")},
        {tr("Listen"), QStringLiteral(":/icons/listen.svg"), tr("How your community responds")},
    };
    for (const Entry &entry : entries) {
        // The same picture when selected: Qt's default tint washes the icon out.
        QIcon icon(entry.icon);
        icon.addFile(entry.icon, QSize(), QIcon::Selected);
        auto *item = new QListWidgetItem(icon, entry.title, m_navigation);
        item->setToolTip(entry.tip);
        item->setSizeHint(QSize(124, 48));
    }

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("workspaceStackedWidget"));
    m_stack->addWidget(m_plan);
    // Stand-ins until Spark and Listen are first shown.
    m_stack->addWidget(new QWidget(m_stack));
    m_stack->addWidget(new QWidget(m_stack));

    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == int(Workspace::Spark))
            spark();
        else if (row == int(Workspace::Listen))
            listen();
        m_stack->setCurrentIndex(row);
    });
    m_navigation->setCurrentRow(0);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction *newPost = fileMenu->addAction(tr("&New Post…"), this, [this] {
        showWorkspace(Workspace::Plan);
        m_plan->newPost(m_plan->date());
    });
    newPost->setObjectName(QStringLiteral("newPostAction"));
    newPost->setShortcut(QKeySequence::New);
    fileMenu->addAction(m_sparkActions->quickCaptureAction());
    fileMenu->addSeparator();
    QAction *importMetrics = fileMenu->addAction(tr("Import &Analytics Export…"), this, [this] {
        showWorkspace(Workspace::Listen);
        listen().openImportWizard();
    });
    importMetrics->setObjectName(QStringLiteral("importMetricsAction"));
    QAction *enterMetrics = fileMenu->addAction(tr("Enter &Figures for a Post…"), this, [this] {
        showWorkspace(Workspace::Listen);
        listen().openMetricEntry();
    });
    enterMetrics->setObjectName(QStringLiteral("enterMetricsAction"));
    m_interop->addTo(fileMenu);
    fileMenu->addSeparator();
    QAction *openTeam =
        fileMenu->addAction(tr("Open &Team Plan…"), this, &MainWindow::openTeamPlan);
    openTeam->setObjectName(QStringLiteral("openTeamPlanAction"));
    QAction *openLocal =
        fileMenu->addAction(tr("Open L&ocal Plan"), this, &MainWindow::openLocalPlan);
    openLocal->setObjectName(QStringLiteral("openLocalPlanAction"));
    openLocal->setEnabled(m_database.isServer());
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    // The platform's Redo keys plus Ctrl+Shift+Z, each once: a key listed twice is ambiguous.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    QAction *slotsAction = editMenu->addAction(tr("Posting &Slots…"), this, [this] {
        showWorkspace(Workspace::Plan);
        m_plan->editPostingSlots();
    });
    slotsAction->setObjectName(QStringLiteral("postingSlotsAction"));
    QAction *preferences =
        editMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    // Qt maps Preferences to no key outside macOS; Ctrl+, is what GNOME and KDE apps use.
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferenceKeys.isEmpty())
        preferenceKeys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    preferences->setShortcuts(preferenceKeys);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    const QString workspaceNames[] = {tr("&Plan"), tr("&Spark"), tr("&Listen")};
    for (int index = 0; index < 3; ++index) {
        QAction *action = viewMenu->addAction(workspaceNames[index], this, [this, index] {
            showWorkspace(static_cast<Workspace>(index));
        });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
    }
    viewMenu->addSeparator();
    QAction *ideaPanel = m_ideaDock->toggleViewAction();
    ideaPanel->setText(tr("&Idea Panel"));
    ideaPanel->setObjectName(QStringLiteral("ideaPanelAction"));
    ideaPanel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    viewMenu->addAction(ideaPanel);
    QAction *review =
        viewMenu->addAction(tr("Weekly &Review…"), this, &MainWindow::showWeeklyReview);
    review->setObjectName(QStringLiteral("weeklyReviewAction"));
    viewMenu->addSeparator();
    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    themeMenu->setObjectName(QStringLiteral("themeMenu"));
    m_themeGroup = new QActionGroup(this);
    const std::pair<ThemeChoice, QString> themes[] = {
        {ThemeChoice::System, tr("Follow the &System")},
        {ThemeChoice::Light, tr("&Light")},
        {ThemeChoice::Dark, tr("&Dark")},
    };
    const ThemeChoice current =
        themeChoiceFromString(QSettings().value(QStringLiteral("ui/theme")).toString());
    for (const auto &[choice, label] : themes) {
        QAction *action =
            themeMenu->addAction(label, this, [this, theme = choice] { setTheme(theme); });
        action->setCheckable(true);
        action->setChecked(choice == current);
        action->setObjectName(QStringLiteral("theme%1Action").arg(toString(choice)));
        m_themeGroup->addAction(action);
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *guide = helpMenu->addAction(tr("User &Guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *keys =
        helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    QAction *welcome = helpMenu->addAction(tr("Show the &Welcome"), this, &MainWindow::showWelcome);
    welcome->setObjectName(QStringLiteral("showWelcomeAction"));
    welcome->setEnabled(!m_database.isReadOnly());
    helpMenu->addSeparator();
    QAction *about = helpMenu->addAction(tr("&About Hearth"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateStatus()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setText(databaseText());
    if (m_database.isServer())
        m_databaseLabel->setToolTip(m_database.path());
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_databaseLabel);
    if (m_database.isReadOnly())
        statusBar()->showMessage(tr("This plan is open read-only; changes cannot be saved."));
}

QString MainWindow::databaseText() const
{
    QString text = tr("Plan file: %1").arg(QDir::toNativeSeparators(m_database.path()));
    if (m_database.isServer()) {
        // Said in words: a lock glyph is missing from many desktops' fonts.
        text = m_database.isEncrypted()
                   ? tr("Team plan: %1  ·  encrypted").arg(m_database.serverName())
                   : tr("Team plan: %1  ·  not encrypted").arg(m_database.serverName());
    }
    if (m_database.isReadOnly())
        text += QStringLiteral("  ·  ") + tr("Read-only: %1").arg(m_database.readOnlyReason());
    return text;
}

void MainWindow::watchConnection()
{
    if (!m_database.isServer())
        return;
    // A failed write or read leaves libpq's connection marked bad; looking costs no round trip.
    connect(&m_services->posts, &PostStore::errorOccurred, m_connectionBanner,
            &ConnectionBanner::check);
    auto *poll = new QTimer(this);
    poll->setObjectName(QStringLiteral("connectionCheckTimer"));
    connect(poll, &QTimer::timeout, m_connectionBanner, &ConnectionBanner::check);
    poll->start(2000);
    connect(m_connectionBanner, &ConnectionBanner::reconnected, this, [this] {
        m_databaseLabel->setText(databaseText());
        statusBar()->showMessage(tr("Reconnected to %1.").arg(m_database.serverName()), 8000);
        // What failed to load while the server was away is read again; undo history stays.
        refreshWorkspaces();
    });
}

void MainWindow::openTeamPlan()
{
    TeamPlanDialog dialog(this);
    if (m_runDialog(dialog) != QDialog::Accepted)
        return;
    auto address = dialog.address();
    if (!address)
        return;
    TeamPlanOpener opener(m_clock, StartupInteraction::Ask, m_keyring, this);
    opener.setDialogRunner(m_runDialog);
    StartupOutcome opened = opener.open(*address, dialog.rememberPassword());
    if (!opened.database) {
        if (!opened.quit)
            QMessageBox::warning(this, tr("Open Team Plan"), opened.error);
        return;
    }
    if (m_switchPlan)
        m_switchPlan(std::move(opened));
}

void MainWindow::openLocalPlan()
{
    if (m_switchPlan)
        m_switchPlan(StartupOutcome{});
}

void MainWindow::showWorkspace(Workspace workspace)
{
    m_navigation->setCurrentRow(static_cast<int>(workspace));
}

Workspace MainWindow::currentWorkspace() const
{
    return static_cast<Workspace>(m_stack->currentIndex());
}

void MainWindow::showDate(const QDate &date)
{
    m_sparkActions->setWeek(date);
    m_date = date;
    m_plan->showDate(date);
    if (m_spark)
        m_spark->showDate(date);
    if (m_listen)
        m_listen->showDate(date);
}

void MainWindow::openPostFromListen(qint64 postId)
{
    showWorkspace(Workspace::Plan);
    m_plan->openPost(postId);
}

SparkWorkspace &MainWindow::spark()
{
    if (!m_spark) {
        m_spark = new SparkWorkspace(*m_services, m_stack);
        connect(m_spark, &SparkWorkspace::draftCreated, this, &MainWindow::openDraft);
        replaceStandIn(Workspace::Spark, m_spark);
        if (m_date.isValid())
            m_spark->showDate(m_date);
    }
    return *m_spark;
}

ListenWorkspace &MainWindow::listen()
{
    if (!m_listen) {
        m_listen = new ListenWorkspace(*m_services, m_stack);
        connect(m_listen, &ListenWorkspace::postActivated, this, &MainWindow::openPostFromListen);
        connect(m_listen, &ListenWorkspace::ideaActivated, this, [this](qint64 ideaId) {
            showWorkspace(Workspace::Spark);
            spark().showIdea(ideaId);
        });
        connect(m_listen, &ListenWorkspace::metricsChanged, m_plan, &PlanWorkspace::refresh);
        replaceStandIn(Workspace::Listen, m_listen);
        if (m_date.isValid())
            m_listen->showDate(m_date);
    }
    return *m_listen;
}

void MainWindow::replaceStandIn(Workspace workspace, QWidget *page)
{
    const int index = int(workspace);
    QWidget *standIn = m_stack->widget(index);
    const bool current = m_stack->currentIndex() == index;
    m_stack->insertWidget(index, page);
    m_stack->removeWidget(standIn);
    standIn->deleteLater();
    if (current)
        m_stack->setCurrentIndex(index);
}

void MainWindow::showWeeklyReview()
{
    auto *dialog = new WeeklyReviewDialog(
        *m_services, core::WeeklyReviewReader::lastWeekStart(m_clock.now()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    WeeklyReviewDialog::rememberShownWeek(dialog->weekStart());
    connect(dialog, &WeeklyReviewDialog::importRequested, this, [this] {
        showWorkspace(Workspace::Listen);
        listen().openImportWizard();
    });
    connect(dialog, &WeeklyReviewDialog::enterFiguresRequested, this, [this] {
        showWorkspace(Workspace::Listen);
        listen().openMetricEntry();
    });
    connect(dialog, &WeeklyReviewDialog::postActivated, this, &MainWindow::openPostFromListen);
    dialog->show();
}

void MainWindow::reviewNewWeek()
{
    const QDate lastWeek = core::WeeklyReviewReader::lastWeekStart(m_clock.now());
    const QDate shown = WeeklyReviewDialog::lastShownWeek();
    if (shown.isValid() && shown >= lastWeek)
        return;
    auto review = core::WeeklyReviewReader(m_database).review(lastWeek);
    // Nothing went out last week: nothing to review, and no dialog in the way.
    if (!review || (review->measured == 0 && review->unmeasured.isEmpty()))
        return;
    showWeeklyReview();
}

void MainWindow::startDailyBackups()
{
    // A team plan is backed up on its server (pg_dump), not into each member's files.
    if (!m_database.isReadOnly() && !m_database.isServer())
        m_interop->startDailyBackups();
}

void MainWindow::createIdeaDock()
{
    // The idea bank beside the calendar: drag an idea onto a day to draft a post from it.
    m_ideaDock = new QDockWidget(tr("Ideas"), this);
    m_ideaDock->setObjectName(QStringLiteral("ideaPanelDock"));
    m_ideaDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_ideaDock);
    m_ideaDock->hide();
    // The panel itself is built the first time the dock opens.
    connect(m_ideaDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_ideaPanel) {
            m_ideaPanel = new IdeaPanel(*m_services, m_ideaDock);
            m_ideaDock->setWidget(m_ideaPanel);
        }
    });
}

void MainWindow::createDraftFromIdea(qint64 ideaId, const QDateTime &localDateTime)
{
    auto *command = new CreateDraftFromIdeaCommand(*m_services, ideaId, tr("Draft from an idea"),
                                                   localDateTime.toUTC(), statusSink());
    m_undoStack->push(command);
    if (command->postId() != 0)
        openDraft(command->postId());
}

void MainWindow::openDraft(qint64 postId)
{
    showWorkspace(Workspace::Plan);
    m_plan->refresh();
    // Drafts made inside "Fill my week" open after its undo macro: each save is its own step.
    m_plan->postActions().openWhenStackIsFree(postId);
}

void MainWindow::reloadWorkspaces()
{
    // A restore replaced the whole plan: nothing cached or undoable still applies.
    m_undoStack->clear();
    refreshWorkspaces();
}

void MainWindow::refreshWorkspaces()
{
    m_plan->refresh();
    if (m_spark)
        m_spark->refresh();
    if (m_ideaPanel)
        m_ideaPanel->refresh();
    if (m_listen)
        m_listen->refresh();
}

std::function<void(const QString &)> MainWindow::statusSink()
{
    return [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
        m_connectionBanner->check();
    };
}

void MainWindow::showPreferences()
{
    const QString language = Language::chosen();
    PreferencesDialog dialog(m_database, m_services->catalog, this);
    if (m_runDialog(dialog) != QDialog::Accepted)
        return;
    // Limits and networks show on cards and in the slot invitations too.
    m_plan->refresh();
    if (Language::chosen() != language)
        statusBar()->showMessage(tr("Hearth speaks the chosen language from its next start."));
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this);
    m_runDialog(dialog);
}

void MainWindow::showUserGuide()
{
    UserGuideDialog dialog(this);
    m_runDialog(dialog);
}

QString MainWindow::welcomeDoneKey()
{
    return QStringLiteral("ui/welcomeDone");
}

void MainWindow::showWelcome()
{
    QSettings().remove(welcomeDoneKey());
    showWorkspace(Workspace::Plan);
    m_plan->setWelcomeVisible(true);
}

void MainWindow::welcomeStarted(WelcomePanel::Start start)
{
    QSettings().setValue(welcomeDoneKey(), true);
    if (start == WelcomePanel::Start::SampleWeek)
        planSampleWeek();
}

void MainWindow::planSampleWeek()
{
    const QDateTime now = m_clock.now();
    const core::IdeaSuggester suggester(m_services->database);
    // One seed for everyone: the sample is an example, not a suggestion for this user.
    constexpr quint32 sampleSeed = 1;
    auto proposal = suggester.fillWeek(now.toLocalTime().date(), sampleSeed);
    if (proposal && proposal->proposals.size() < 3)
        proposal = suggester.fillWeek(now.toLocalTime().date().addDays(7), sampleSeed);
    if (!proposal) {
        statusBar()->showMessage(proposal.error().message, 8000);
        return;
    }
    const QTime usual = PostDefaults::load().postTime;
    m_undoStack->beginMacro(tr("Start with a sample week"));
    for (const core::SlotProposal &slot : std::as_const(proposal->proposals)) {
        QDateTime at = slot.at;
        // Without posting slots, the sample goes out at the time the user just gave.
        if (proposal->usedDefaultSlots)
            at = QDateTime(slot.at.toLocalTime().date(), usual, Qt::LocalTime).toUTC();
        if (!slot.idea || at < now)
            continue;
        m_undoStack->push(new CreateDraftFromIdeaCommand(*m_services, slot.idea->id,
                                                         slot.idea->title, at, statusSink()));
    }
    m_undoStack->endMacro();
    showDate(proposal->weekStart);
    m_plan->refresh();
}

void MainWindow::styleNavigation()
{
    const QPalette palette = this->palette();
    // The accent mixed into the background, opaque so overlapping selection areas stay one tone.
    const QColor accent = palette.color(QPalette::Highlight);
    const QColor window = palette.color(QPalette::Window);
    const qreal share = window.lightness() < 128 ? 0.38 : 0.22;
    const QColor tint =
        QColor::fromRgbF(float(window.redF() + (accent.redF() - window.redF()) * share),
                         float(window.greenF() + (accent.greenF() - window.greenF()) * share),
                         float(window.blueF() + (accent.blueF() - window.blueF()) * share));
    // Selected: a soft tint and a bar in the accent, so the accent-coloured icons stay visible.
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget { show-decoration-selected: 1; }"
                       "QListWidget::item { color: %1; border-radius: 6px; padding-left: 4px; }"
                       "QListWidget::item:selected { background: %2; color: %1; "
                       "border-left: 4px solid %3; }"
                       "QListWidget::item:hover:!selected { background: %4; }")
            .arg(palette.color(QPalette::WindowText).name(), tint.name(),
                 palette.color(QPalette::Highlight).name(),
                 palette.color(QPalette::AlternateBase).name()));
}

void MainWindow::fitToScreen()
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    // Room for the window manager's frame around the window.
    const QRect available = screen->availableGeometry().adjusted(0, 0, -16, -40);
    const QSize fitted = QSize(1280, 800).boundedTo(available.size());
    resize(fitted);
    move(available.topLeft() + QPoint((available.width() - fitted.width()) / 2,
                                      (available.height() - fitted.height()) / 2));
}

namespace {

// The local analytics export a drag carries, or an empty string.
QString droppedExport(const QMimeData *mime)
{
    if (!mime || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    const QString path = mime->urls().first().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool known = suffix == QLatin1String("csv") || suffix == QLatin1String("xls") ||
                       suffix == QLatin1String("xlsx");
    return known ? path : QString();
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedExport(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedExport(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // The wizard's own event loop must not run inside the drop: the drag source waits for it.
    QTimer::singleShot(0, this, [this, path] {
        showWorkspace(Workspace::Listen);
        listen().openImportWizard(path);
    });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_navigation) {
        styleNavigation();
        restyleCharts(this, palette());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setTheme(ThemeChoice choice)
{
    QSettings().setValue(QStringLiteral("ui/theme"), toString(choice));
    applyTheme(choice);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Hearth"),
        (m_database.isServer()
             ? tr("<h3>Hearth %1</h3><p>Plan your week of social posts, beat writer's block, "
                  "and see which posts build a community, not only an audience.</p><p>This team "
                  "plan is kept on the PostgreSQL server:<br><code>%2</code></p><p>Hearth "
                  "connects to nothing else.</p>")
             : tr("<h3>Hearth %1</h3><p>Plan your week of social posts, beat writer's block, "
                  "and see which posts build a community, not only an audience.</p><p>Your plan "
                  "is kept in one SQLite file on this computer:<br><code>%2</code></p><p>Hearth "
                  "never opens a network connection by itself.</p>"))
            .arg(QStringLiteral(HEARTH_VERSION),
                 QDir::toNativeSeparators(m_database.path()).toHtmlEscaped()));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    // The first window fits the screen it opens on; later ones come back as they were left.
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        fitToScreen();
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    const int workspace = settings.value(QStringLiteral("mainWindow/workspace"), 0).toInt();
    if (workspace >= 0 && workspace < 3)
        showWorkspace(static_cast<Workspace>(workspace));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/workspace"), static_cast<int>(currentWorkspace()));
    event->accept();
}

} // namespace hearth::ui
