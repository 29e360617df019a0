// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planworkspace.h"

#include "common/clock.h"
#include "plan/agendamodel.h"
#include "plan/catalog.h"
#include "plan/draftsmodel.h"
#include "plan/monthmodel.h"
#include "plan/monthview.h"
#include "plan/postactions.h"
#include "plan/postcarddelegate.h"
#include "plan/posteditor.h"
#include "plan/postingslotsdialog.h"
#include "plan/postlistview.h"
#include "plan/postsummary.h"
#include "plan/postundocommands.h"
#include "plan/publishassist.h"
#include "plan/weekmodel.h"
#include "plan/weeksummary.h"
#include "plan/weeksummarywidget.h"
#include "plan/weekview.h"
#include "storage/database.h"
#include "widgets/networkicons.h"
#include "widgets/postdefaults.h"
#include "widgets/poststore.h"
#include "widgets/undomessagebar.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hearth::ui {

// Long period names give way to a shorter form, then an ellipsis, instead of widening the
// window past a small screen.
class ElidingLabel final : public QLabel
{
public:
    using QLabel::QLabel;

    // Shorter forms, longest first, for when the text does not fit.
    void setShortTexts(const QStringList &texts)
    {
        m_shortTexts = texts;
        update();
    }

    QSize minimumSizeHint() const override
    {
        return {fontMetrics().averageCharWidth() * 6, QLabel::minimumSizeHint().height()};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setPen(palette().color(foregroundRole()));
        const QRect area = contentsRect();
        QString shown = text();
        for (const QString &shorter : m_shortTexts) {
            if (fontMetrics().horizontalAdvance(shown) <= area.width())
                break;
            shown = shorter;
        }
        painter.drawText(area, int(alignment()),
                         fontMetrics().elidedText(shown, Qt::ElideRight, area.width()));
    }

private:
    QStringList m_shortTexts;
};

namespace {

QToolButton *toolButton(const QString &objectName, const QString &text, const QString &tip,
                        QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(false);
    button->setMinimumHeight(30);
    return button;
}

QLabel *panelTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.08);
    label->setFont(font);
    return label;
}

// Agenda cells that need more than text: network badges and a pillar colour dot.
class AgendaDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (index.column() != core::AgendaModel::NetworksColumn &&
            index.column() != core::AgendaModel::PillarColumn) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem plain = option;
        initStyleOption(&plain, index);
        plain.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &plain, painter, plain.widget);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect rect = option.rect.adjusted(4, 0, -4, 0);
        if (index.column() == core::AgendaModel::NetworksColumn) {
            int x = rect.left();
            const int size = 16;
            for (const QString &network : index.data(core::NetworksRole).toStringList()) {
                painter->drawPixmap(
                    x, rect.center().y() - size / 2 + 1,
                    networkBadge(network, size, painter->device()->devicePixelRatioF()));
                x += size + 4;
            }
        } else {
            const QString colour = index.data(core::PillarColorRole).toString();
            const QString name = index.data(core::PillarNameRole).toString();
            if (!colour.isEmpty()) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(QColor(colour));
                painter->drawEllipse(QPointF(rect.left() + 5, rect.center().y() + 1), 4.5, 4.5);
            }
            painter->setPen(option.state & QStyle::State_Selected
                                ? option.palette.color(QPalette::HighlightedText)
                                : option.palette.color(QPalette::Text));
            painter->drawText(
                rect.adjusted(16, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                option.fontMetrics.elidedText(name, Qt::ElideRight, rect.width() - 16));
        }
        painter->restore();
    }
};

} // namespace

PlanWorkspace::PlanWorkspace(AppServices &services, QWidget *parent)
    : PlanWorkspace(services, QDate(), parent)
{}

PlanWorkspace::PlanWorkspace(AppServices &services, const QDate &date, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("planWorkspace"));
    m_weekModel = new core::WeekModel(m_services.database, m_services.clock, this);
    m_draftsModel = new core::DraftsModel(m_services.database, this);
    m_actions = new PostActions(m_services, this);
    m_publishAssist = new PublishAssist(m_services.posts.service().posts(), m_services.clock, this);

    m_runDialog = [](QDialog &dialog) {
        return dialog.exec();
    };
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(8);
    layout->addWidget(createToolbar());

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    layout->addWidget(&m_actions->messageBar());

    // The side panel can be dragged shut, for small screens.
    m_body = new QSplitter(Qt::Horizontal, this);
    m_body->setObjectName(QStringLiteral("planBodySplitter"));
    m_body->setChildrenCollapsible(false);
    m_body->setHandleWidth(14);
    m_stack = new QStackedWidget(m_body);
    m_stack->setObjectName(QStringLiteral("viewStackedWidget"));

    m_weekView = new WeekView(*m_weekModel, m_stack);
    // The month and agenda views join the stack when first shown (monthView(), agendaView()).
    m_stack->addWidget(m_weekView);
    m_body->addWidget(m_stack);
    m_body->addWidget(createSidePanel());
    m_body->setCollapsible(1, true);
    m_body->setStretchFactor(0, 1);
    m_body->setStretchFactor(1, 0);
    // The week takes what the panel's usual width leaves.
    m_body->setSizes({1000, 224});
    layout->addWidget(m_body, 1);
    applyPaletteColors();

    connect(&m_services.posts, &PostStore::postSaved, this, &PlanWorkspace::postSaved);
    connect(&m_services.posts, &PostStore::postRemoved, this, &PlanWorkspace::postRemoved);
    connect(&m_services.posts, &PostStore::errorOccurred, this, &PlanWorkspace::showError);
    connect(&m_services.posts, &PostStore::planChanged, this, &PlanWorkspace::refresh);
    connect(&m_services.posts, &PostStore::slotsChanged, this, &PlanWorkspace::reloadSlots);
    connect(m_actions, &PostActions::errorOccurred, this, &PlanWorkspace::showError);
    connect(m_actions, &PostActions::openRequested, this, &PlanWorkspace::openPost);
    connect(m_actions, &PostActions::selectRequested, this, &PlanWorkspace::selectPost);
    connect(
        m_weekView, &WeekView::slotRequested, this,
        [this](const QDateTime &when, const QString &networkId) { newPostAt(when, networkId); });

    connect(m_weekView, &WeekView::postActivated, this, &PlanWorkspace::openPost);
    connect(m_weekView, &WeekView::addRequested, this, &PlanWorkspace::newPost);
    connect(m_weekView, &WeekView::postDropped, m_actions, &PostActions::movePost);
    connect(m_weekView, &WeekView::ideaDropped, this, &PlanWorkspace::dropIdea);
    connect(m_weekView, &WeekView::contextMenuRequested, m_actions, &PostActions::showContextMenu);
    connect(m_weekView, &WeekView::deleteRequested, m_actions, &PostActions::deletePost);
    connect(m_weekView, &WeekView::shiftRequested, m_actions, &PostActions::shiftPost);
    connect(m_weekView, &WeekView::pageRequested, this, &PlanWorkspace::step);
    connect(m_weekView, &WeekView::todayRequested, this,
            [this] { showDate(m_services.clock.now().toLocalTime().date()); });

    m_draftsView->installEventFilter(this);

    connect(m_publishAssist, &PublishAssist::openRequested, this, &PlanWorkspace::openPost);

    reloadSlots();
    showDate(date.isValid() ? date : m_services.clock.now().toLocalTime().date());
    if (auto loaded = m_draftsModel->reload(); !loaded)
        showError(loaded.error().message);
}

PlanWorkspace::~PlanWorkspace() = default;

MonthView &PlanWorkspace::monthView()
{
    if (!m_monthView) {
        m_monthModel = new core::MonthModel(m_services.database, m_services.clock, this);
        m_monthView = new MonthView(*m_monthModel, m_stack);
        m_stack->addWidget(m_monthView);
        connect(m_monthView, &MonthView::dayActivated, this, [this](const QDate &day) {
            m_date = day;
            setView(View::Week);
        });
        connect(m_monthView, &MonthView::postDropped, m_actions, &PostActions::movePost);
        connect(m_monthView, &MonthView::ideaDropped, this, &PlanWorkspace::dropIdea);
        m_monthView->installEventFilter(this);
    }
    return *m_monthView;
}

QTableView &PlanWorkspace::agendaView()
{
    if (!m_agendaView) {
        m_agendaModel = new core::AgendaModel(m_services.database, this);
        m_agendaView = new QTableView(m_stack);
        m_agendaView->setObjectName(QStringLiteral("agendaTableView"));
        m_agendaView->setModel(m_agendaModel);
        m_agendaView->setItemDelegate(new AgendaDelegate(m_agendaView));
        m_agendaView->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_agendaView->setSelectionMode(QAbstractItemView::SingleSelection);
        m_agendaView->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_agendaView->setShowGrid(false);
        m_agendaView->setAlternatingRowColors(true);
        m_agendaView->setWordWrap(false);
        m_agendaView->verticalHeader()->hide();
        m_agendaView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
        m_agendaView->horizontalHeader()->setStretchLastSection(true);
        m_agendaView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_agendaView->setColumnWidth(core::AgendaModel::DateColumn, 150);
        m_agendaView->setColumnWidth(core::AgendaModel::TimeColumn, 70);
        m_agendaView->setColumnWidth(core::AgendaModel::NetworksColumn, 110);
        m_agendaView->setColumnWidth(core::AgendaModel::PillarColumn, 140);
        m_agendaView->setColumnWidth(core::AgendaModel::StatusColumn, 100);
        m_stack->addWidget(m_agendaView);
        connect(m_agendaView, &QAbstractItemView::activated, this,
                [this](const QModelIndex &index) {
                    openPost(index.data(core::PostIdRole).toLongLong());
                });
        m_agendaView->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(m_agendaView, &QWidget::customContextMenuRequested, this,
                [this](const QPoint &pos) {
                    const QModelIndex index = m_agendaView->indexAt(pos);
                    if (index.isValid())
                        m_actions->showContextMenu(index.data(core::PostIdRole).toLongLong(),
                                                   m_agendaView->viewport()->mapToGlobal(pos));
                });
        m_agendaView->installEventFilter(this);
    }
    return *m_agendaView;
}

QWidget *PlanWorkspace::createToolbar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("planToolbarWidget"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_toolbarLayout = layout;

    auto *previous = toolButton(QStringLiteral("previousToolButton"), QStringLiteral("‹"),
                                tr("Previous (Page Up)"), bar);
    auto *today =
        toolButton(QStringLiteral("todayToolButton"), tr("Today"), tr("Go to today (T)"), bar);
    auto *next = toolButton(QStringLiteral("nextToolButton"), QStringLiteral("›"),
                            tr("Next (Page Down)"), bar);
    for (QToolButton *arrow : {previous, next}) {
        QFont font = arrow->font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        arrow->setFont(font);
        arrow->setFixedWidth(34);
    }
    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(+1); });
    connect(today, &QToolButton::clicked, this,
            [this] { showDate(m_services.clock.now().toLocalTime().date()); });

    m_periodLabel = new ElidingLabel(bar);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    QFont periodFont = m_periodLabel->font();
    periodFont.setPointSizeF(periodFont.pointSizeF() * 1.45);
    periodFont.setBold(true);
    m_periodLabel->setFont(periodFont);

    m_viewButtons = new QButtonGroup(bar);
    m_viewButtons->setExclusive(true);
    auto *switcher = new QWidget(bar);
    m_viewSwitcher = switcher;
    auto *switchLayout = new QHBoxLayout(switcher);
    switchLayout->setContentsMargins(0, 0, 0, 0);
    switchLayout->setSpacing(0);
    // Whole sentences, so a translation never has to change a word's case.
    const struct
    {
        View view;
        QString objectName;
        QString text;
        QString toolTip;
    } views[] = {
        {View::Week, QStringLiteral("weekToolButton"), tr("Week"), tr("Show the week view")},
        {View::Month, QStringLiteral("monthToolButton"), tr("Month"), tr("Show the month view")},
        {View::Agenda, QStringLiteral("agendaToolButton"), tr("Agenda"),
         tr("Show the agenda list")},
    };
    for (const auto &[view, objectName, text, toolTip] : views) {
        auto *button = toolButton(objectName, text, toolTip, switcher);
        button->setCheckable(true);
        button->setMinimumWidth(56);
        m_viewButtons->addButton(button, static_cast<int>(view));
        switchLayout->addWidget(button);
    }
    m_viewButtons->button(static_cast<int>(View::Week))->setChecked(true);
    connect(m_viewButtons, &QButtonGroup::idClicked, this,
            [this](int id) { setView(static_cast<View>(id)); });

    auto *add = new QPushButton(tr("New post"), bar);
    m_newPostButton = add;
    add->setObjectName(QStringLiteral("newPostPushButton"));
    add->setToolTip(tr("Plan a new post (Insert)"));
    add->setDefault(false);
    add->setMinimumHeight(30);
    connect(add, &QPushButton::clicked, this, [this] {
        const QDate now = m_services.clock.now().toLocalTime().date();
        const QDate start = m_weekModel->weekStart();
        newPost(m_view == View::Week && start.isValid() && (now < start || now >= start.addDays(7))
                    ? start
                    : now);
    });

    layout->addWidget(previous);
    layout->addWidget(today);
    layout->addWidget(next);
    layout->addSpacing(10);
    layout->addWidget(m_periodLabel, 1);
    layout->addWidget(switcher);
    layout->addSpacing(10);
    layout->addWidget(add);
    return bar;
}

QWidget *PlanWorkspace::createSidePanel()
{
    // Scrolls rather than squeezing the drafts tray away on a low screen.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("planSidePanelScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(200);
    scroll->setMaximumWidth(320);
    auto *panel = new QWidget(scroll);
    panel->setObjectName(QStringLiteral("planSidePanelWidget"));
    panel->setMinimumHeight(420);
    scroll->setWidget(panel);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_summaryTitle = panelTitle(tr("This week"), panel);
    m_summaryTitle->setObjectName(QStringLiteral("summaryTitleLabel"));
    layout->addWidget(m_summaryTitle);
    auto *hint = new QLabel(tr("Share of posts per pillar; the mark is your target."), panel);
    m_summaryHint = hint;
    hint->setWordWrap(true);
    QFont hintFont = hint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.9);
    hint->setFont(hintFont);
    layout->addWidget(hint);
    m_summary = new WeekSummaryWidget(m_services, panel);
    layout->addWidget(m_summary);
    auto *slotsButton = new QPushButton(tr("Posting slots…"), panel);
    slotsButton->setObjectName(QStringLiteral("postingSlotsPushButton"));
    slotsButton->setToolTip(tr("The times you like to post each week"));
    connect(slotsButton, &QPushButton::clicked, this, &PlanWorkspace::editPostingSlots);
    layout->addWidget(slotsButton, 0, Qt::AlignLeft);
    layout->addSpacing(10);

    m_draftsLabel = panelTitle(tr("Drafts"), panel);
    m_draftsLabel->setObjectName(QStringLiteral("draftsLabel"));
    layout->addWidget(m_draftsLabel);
    m_draftsView = new PostListView(panel);
    m_draftsView->setObjectName(QStringLiteral("draftsPostListView"));
    m_draftsView->setModel(m_draftsModel);
    m_draftsView->setItemDelegate(
        new PostCardDelegate(m_draftsView, PostCardDelegate::Density::Compact));
    m_draftsView->setPlaceholderText(
        tr("Posts without a day wait here.\nDrag a card here to unschedule it."));
    m_draftsView->setAccessibleName(tr("Drafts tray"));
    layout->addWidget(m_draftsView, 1);
    connect(m_draftsView, &PostListView::postActivated, this, &PlanWorkspace::openPost);
    connect(m_draftsView, &PostListView::postDropped, m_actions, &PostActions::unschedulePost);
    connect(m_draftsView, &PostListView::contextMenuRequested, m_actions,
            &PostActions::showContextMenu);
    auto updateDraftCount = [this] {
        m_draftsLabel->setText(tr("Drafts (%1)").arg(m_draftsModel->rowCount()));
    };
    connect(m_draftsModel, &QAbstractItemModel::modelReset, this, updateDraftCount);
    connect(m_draftsModel, &QAbstractItemModel::rowsInserted, this, updateDraftCount);
    connect(m_draftsModel, &QAbstractItemModel::rowsRemoved, this, updateDraftCount);
    return scroll;
}

void PlanWorkspace::showDate(const QDate &date)
{
    if (!date.isValid())
        return;
    // Start-up asks for the same day more than once (workspace, window, command line); the
    // models already hold it, and refresh() is the way to re-read.
    if (date == m_date)
        return;
    m_date = date;
    reload();
    emit dateChanged(date);
}

void PlanWorkspace::addToolbarAction(QAction *action)
{
    auto *button = new QToolButton(m_toolbarLayout->parentWidget());
    button->setDefaultAction(action);
    button->setObjectName(action->objectName() + QStringLiteral("ToolButton"));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    m_toolbarLayout->insertWidget(m_toolbarLayout->indexOf(m_viewSwitcher), button);
}

void PlanWorkspace::setView(View view)
{
    m_view = view;
    if (QAbstractButton *button = m_viewButtons->button(static_cast<int>(view)))
        button->setChecked(true);
    switch (view) {
    case View::Week:
        m_stack->setCurrentWidget(m_welcome ? static_cast<QWidget *>(m_welcome) : m_weekView);
        break;
    case View::Month:
        m_stack->setCurrentWidget(&monthView());
        break;
    case View::Agenda:
        m_stack->setCurrentWidget(&agendaView());
        break;
    }
    reload();
    switch (view) {
    case View::Week:
        m_weekView->focusSelection();
        break;
    case View::Month:
        m_monthView->setCurrentIndex(m_monthModel->indexOfDate(m_date));
        m_monthView->setFocus();
        break;
    case View::Agenda:
        m_agendaView->setFocus();
        break;
    }
}

void PlanWorkspace::reload()
{
    core::Result<void> loaded = core::success();
    switch (m_view) {
    case View::Week:
        loaded = m_weekModel->setWeek(m_date);
        break;
    case View::Month:
        monthView();
        loaded = m_monthModel->setMonth(m_date);
        if (loaded)
            m_monthView->setCurrentIndex(m_monthModel->indexOfDate(m_date));
        break;
    case View::Agenda: {
        const QDate start = m_date.addDays(1 - m_date.dayOfWeek());
        agendaView();
        loaded = m_agendaModel->setRange(start, start.addDays(27));
        break;
    }
    }
    if (!loaded)
        showError(loaded.error().message);
    updatePeriodLabel();
    updateSummary();
}

void PlanWorkspace::refresh()
{
    reloadSlots();
    reload();
    if (auto loaded = m_draftsModel->reload(); !loaded)
        showError(loaded.error().message);
    m_publishAssist->reschedule();
}

void PlanWorkspace::updatePeriodLabel()
{
    const QLocale locale;
    QString text;
    QStringList shortTexts;
    switch (m_view) {
    case View::Week: {
        const QDate start = m_date.addDays(1 - m_date.dayOfWeek());
        const QDate end = start.addDays(6);
        const QString range =
            start.month() == end.month()
                ? QStringLiteral("%1 – %2")
                      .arg(start.day())
                      .arg(locale.toString(end, QStringLiteral("d MMMM yyyy")))
                : QStringLiteral("%1 – %2").arg(locale.toString(start, QStringLiteral("d MMM")),
                                                locale.toString(end, QStringLiteral("d MMM yyyy")));
        text = range + QStringLiteral("  ·  ") + tr("Week %1").arg(start.weekNumber());
        shortTexts << QStringLiteral("%1 – %2").arg(locale.toString(start, QStringLiteral("d MMM")),
                                                    locale.toString(end, QStringLiteral("d MMM")))
                   << tr("Week %1").arg(start.weekNumber());
        break;
    }
    case View::Month:
        text =
            locale.toString(QDate(m_date.year(), m_date.month(), 1), QStringLiteral("MMMM yyyy"));
        break;
    case View::Agenda: {
        const QDate start = m_date.addDays(1 - m_date.dayOfWeek());
        text = tr("Agenda: %1 – %2")
                   .arg(locale.toString(start, QStringLiteral("d MMM")),
                        locale.toString(start.addDays(27), QStringLiteral("d MMM yyyy")));
        break;
    }
    }
    m_periodLabel->setText(text);
    m_periodLabel->setShortTexts(shortTexts);
    m_periodLabel->setToolTip(text);
}

void PlanWorkspace::updateSummary()
{
    // The summary always describes the week around the shown date.
    const QDate start = m_date.addDays(1 - m_date.dayOfWeek());
    if (m_weekModel->weekStart() != start) {
        if (auto loaded = m_weekModel->setWeek(m_date); !loaded)
            return;
    }
    m_summary->setSummary(
        core::summarizeWeek(m_weekModel->posts(), m_weekModel->pillars().pillars(), start));
    m_summaryTitle->setText(start.addDays(7) > m_services.clock.now().toLocalTime().date() &&
                                    start <= m_services.clock.now().toLocalTime().date()
                                ? tr("This week")
                                : tr("Week %1").arg(start.weekNumber()));
}

void PlanWorkspace::step(int direction)
{
    switch (m_view) {
    case View::Week:
        showDate(m_date.addDays(7 * direction));
        break;
    case View::Month:
        showDate(m_date.addMonths(direction));
        break;
    case View::Agenda:
        showDate(m_date.addDays(28 * direction));
        break;
    }
}

qint64 PlanWorkspace::selectedPostId() const
{
    switch (m_view) {
    case View::Week:
        if (m_draftsView->hasFocus() && m_draftsView->selectedPostId() != 0)
            return m_draftsView->selectedPostId();
        return m_weekView->selectedPostId();
    case View::Agenda: {
        const QModelIndex index = m_agendaView->currentIndex();
        return index.isValid() ? index.data(core::PostIdRole).toLongLong() : 0;
    }
    case View::Month:
        return m_draftsView->selectedPostId();
    }
    return 0;
}

void PlanWorkspace::selectPost(qint64 postId)
{
    if (m_view == View::Week)
        m_weekView->selectPost(postId);
    else if (m_view == View::Agenda && m_agendaModel->rowOf(postId) >= 0)
        m_agendaView->selectRow(m_agendaModel->rowOf(postId));
}

void PlanWorkspace::postSaved(const core::Post &post)
{
    m_weekModel->applySaved(post);
    if (m_monthModel)
        m_monthModel->applySaved(post);
    if (m_agendaModel)
        m_agendaModel->applySaved(post);
    m_draftsModel->applySaved(post);
    m_errorLabel->hide();
    updateSummary();
    m_publishAssist->reschedule();
}

void PlanWorkspace::postRemoved(qint64 postId)
{
    m_weekModel->applyRemoved(postId);
    if (m_monthModel)
        m_monthModel->applyRemoved(postId);
    if (m_agendaModel)
        m_agendaModel->applyRemoved(postId);
    m_draftsModel->applyRemoved(postId);
    m_errorLabel->hide();
    updateSummary();
    m_publishAssist->reschedule();
}

void PlanWorkspace::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

QDateTime PlanWorkspace::defaultTimeOn(const QDate &day) const
{
    // The day's first free posting slot when the user has slots, else the day's best hour
    // from the plan's figures, else the usual posting time.
    const QDateTime dayStart = m_services.posts.service().startOfLocalDay(day);
    auto slot = m_services.posts.service().nextFreeSlot(dayStart);
    if (slot && slot->isValid() && m_services.posts.service().localDay(*slot) == day)
        return *slot;
    if (const auto advice = m_advised.constFind(day.dayOfWeek()); advice != m_advised.cend())
        return QDateTime(day, advice->time, Qt::LocalTime).toUTC();
    return QDateTime(day, PostDefaults::load().postTime, Qt::LocalTime).toUTC();
}

void PlanWorkspace::newPost(const QDate &day)
{
    newPostAt(defaultTimeOn(day.isValid() ? day : m_date).toLocalTime());
}

void PlanWorkspace::newPostAt(const QDateTime &localDateTime, const QString &networkId)
{
    core::Post post;
    post.title = post.body = post.link = post.firstComment = post.notes = QStringLiteral("");
    post.scheduledAt = localDateTime.toUTC();
    post.status = core::PostStatus::Scheduled;
    if (!networkId.isEmpty())
        post.networks << core::PostNetwork{networkId, QString(), {}, {}, {}};
    PostEditor editor(m_services.posts.service(), post, this);
    const qint64 created = editAndSave(editor, post);
    if (m_view == View::Week && created != 0)
        m_weekView->selectPost(created);
}

void PlanWorkspace::openPost(qint64 postId)
{
    auto post = m_services.posts.service().find(postId);
    if (!post) {
        showError(post.error().message);
        return;
    }
    PostEditor editor(m_services.posts.service(), *post, this);
    editAndSave(editor, *post);
}

qint64 PlanWorkspace::editAndSave(PostEditor &editor, const core::Post &before)
{
    while (m_runDialog(editor) == QDialog::Accepted) {
        const qint64 saved = m_actions->saveEdited(before, editor.post());
        if (saved != 0 || !m_services.database.isConnectionLost())
            return saved;
    }
    return 0;
}

void PlanWorkspace::saveEdited(const core::Post &before, const core::Post &edited)
{
    m_actions->saveEdited(before, edited);
}

void PlanWorkspace::editPostingSlots()
{
    core::PlanningService &service = m_services.posts.service();
    auto stored = service.postingSlots();
    if (!stored) {
        showError(stored.error().message);
        return;
    }
    PostingSlotsDialog dialog(*stored, service.catalog().networks().valueOr({}), this);
    if (m_runDialog(dialog) != QDialog::Accepted || !dialog.isModified())
        return;
    m_services.undoStack.push(
        new PostingSlotsCommand(m_services.posts, *stored, dialog.slotList()));
}

void PlanWorkspace::reloadSlots()
{
    core::PlanningService &service = m_services.posts.service();
    QHash<QString, QString> names;
    for (const core::Network &network : service.catalog().networks().valueOr({}))
        names.insert(network.id, network.name);
    const QList<core::PostingSlot> slotList = service.postingSlots().valueOr({});
    m_advised =
        core::advisedTimes(slotList, m_services.advisor, m_services.suggestionAdvice().networks)
            .valueOr({});
    m_weekView->setPostingSlots(slotList, m_services.clock, names, m_advised);
}

void PlanWorkspace::dropIdea(qint64 ideaId, const QDate &day)
{
    emit ideaDropped(ideaId, defaultTimeOn(day).toLocalTime());
}

bool PlanWorkspace::handleKey(QKeyEvent *event, qint64 selected)
{
    switch (event->key()) {
    case Qt::Key_PageUp:
        step(-1);
        return true;
    case Qt::Key_PageDown:
        step(+1);
        return true;
    case Qt::Key_T:
        if (event->modifiers() & ~Qt::KeypadModifier)
            return false;
        showDate(m_services.clock.now().toLocalTime().date());
        return true;
    case Qt::Key_Delete:
        if (selected == 0)
            return false;
        m_actions->deletePost(selected);
        return true;
    case Qt::Key_Insert:
        newPost(m_date);
        return true;
    default:
        return false;
    }
}

bool PlanWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        qint64 selected = 0;
        if (watched == m_agendaView && m_agendaView->currentIndex().isValid())
            selected = m_agendaView->currentIndex().data(core::PostIdRole).toLongLong();
        else if (watched == m_draftsView)
            selected = m_draftsView->selectedPostId();
        if (watched == m_monthView &&
            (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            m_date = m_monthView->selectedDate();
            setView(View::Week);
            return true;
        }
        if ((watched == m_agendaView || watched == m_draftsView) &&
            (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && selected != 0) {
            openPost(selected);
            return true;
        }
        if (handleKey(key, selected))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PlanWorkspace::setWelcomeVisible(bool visible)
{
    if (visible == isWelcomeVisible())
        return;
    if (visible) {
        core::CatalogRepository &catalog = m_services.posts.service().catalog();
        m_welcome = new WelcomePanel(catalog.networks().valueOr({}), catalog.pillars().valueOr({}),
                                     m_stack);
        m_stack->addWidget(m_welcome);
        connect(m_welcome, &WelcomePanel::started, this, [this](WelcomePanel::Start start) {
            setWelcomeVisible(false);
            emit welcomeStarted(start);
        });
        setView(View::Week);
        return;
    }
    m_stack->removeWidget(m_welcome);
    // Its own button may still be inside clicked(): it goes on the next event loop.
    m_welcome->hide();
    m_welcome->deleteLater();
    m_welcome = nullptr;
    if (m_view == View::Week)
        m_stack->setCurrentWidget(m_weekView);
}

void PlanWorkspace::applyPaletteColors()
{
    const QPalette palette = this->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    // The error banner: a red tint that reads on either theme.
    m_errorLabel->setStyleSheet(
        QStringLiteral("background: %1; color: %2; padding: 6px; border-radius: 4px;")
            .arg(dark ? QStringLiteral("#4a2420") : QStringLiteral("#fbe3df"),
                 dark ? QStringLiteral("#ffd7cf") : QStringLiteral("#8a1c10")));
    m_newPostButton->setStyleSheet(
        QStringLiteral("QPushButton { background: %1; color: %2; border: none; "
                       "border-radius: 4px; padding: 4px 14px; "
                       "font-weight: bold; } QPushButton:hover { background: %3; }")
            .arg(palette.color(QPalette::Highlight).name(),
                 palette.color(QPalette::HighlightedText).name(),
                 palette.color(QPalette::Highlight).darker(110).name()));
    m_summaryHint->setStyleSheet(
        QStringLiteral("color: %1;").arg(palette.color(QPalette::PlaceholderText).name()));
}

void PlanWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPaletteColors();
    QWidget::changeEvent(event);
}

void PlanWorkspace::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event, 0))
        QWidget::keyPressEvent(event);
}

} // namespace hearth::ui
