// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/weekview.h"

#include "common/clock.h"
#include "plan/postcarddelegate.h"
#include "plan/postlistview.h"
#include "plan/postsummary.h"
#include "plan/weekmodel.h"
#include "widgets/networkicons.h"

#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace hearth::ui {

WeekView::WeekView(core::WeekModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("weekView"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *delegate = new PostCardDelegate(this);

    for (int day = 0; day < 7; ++day) {
        auto *column = new QWidget(this);
        column->setObjectName(QStringLiteral("day%1ColumnWidget").arg(day));
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        columnLayout->setSpacing(4);

        Day &entry = m_days[day];
        entry.header = new QWidget(column);
        entry.header->setObjectName(QStringLiteral("day%1HeaderWidget").arg(day));
        entry.header->setAttribute(Qt::WA_StyledBackground);
        // Number and name on one line, the count and + under them, so neither the day's name
        // nor "No posts" is cut on a narrow screen.
        auto *headerLayout = new QGridLayout(entry.header);
        headerLayout->setContentsMargins(6, 4, 2, 4);
        headerLayout->setHorizontalSpacing(4);
        headerLayout->setVerticalSpacing(0);
        entry.number = new QLabel(entry.header);
        QFont numberFont = entry.number->font();
        numberFont.setPointSizeF(numberFont.pointSizeF() * 1.35);
        numberFont.setBold(true);
        entry.number->setFont(numberFont);
        entry.name = new QLabel(entry.header);
        entry.count = new QLabel(entry.header);
        entry.count->setObjectName(QStringLiteral("day%1CountLabel").arg(day));
        QFont countFont = entry.count->font();
        countFont.setPointSizeF(countFont.pointSizeF() * 0.9);
        entry.count->setFont(countFont);
        // Narrow windows elide the names instead of widening the week past the screen.
        entry.name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        entry.count->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        entry.add = new QToolButton(entry.header);
        entry.add->setObjectName(QStringLiteral("day%1AddToolButton").arg(day));
        entry.add->setText(QStringLiteral("+"));
        entry.add->setAutoRaise(true);
        QFont addFont = entry.add->font();
        addFont.setPointSizeF(addFont.pointSizeF() * 1.3);
        addFont.setBold(true);
        entry.add->setFont(addFont);
        entry.add->setFixedSize(22, 22);
        headerLayout->addWidget(entry.number, 0, 0);
        headerLayout->addWidget(entry.name, 0, 1, 1, 2);
        headerLayout->addWidget(entry.count, 1, 0, 1, 2);
        headerLayout->addWidget(entry.add, 1, 2);
        headerLayout->setColumnStretch(1, 1);

        entry.list = new PostListView(column);
        entry.list->setObjectName(QStringLiteral("day%1PostListView").arg(day));
        entry.list->setMinimumWidth(60);
        entry.list->setModel(&m_model);
        entry.list->setItemDelegate(delegate);
        entry.list->setRootIndex(m_model.dayIndex(day));
        entry.list->setPlaceholderText(tr("Nothing planned yet.\nClick + or drop an idea here."));
        entry.list->installEventFilter(this);

        // Free posting slots of the day, filled by updateSlots().
        entry.slotBox = new QWidget(column);
        entry.slotBox->setObjectName(QStringLiteral("day%1SlotsWidget").arg(day));
        auto *slotLayout = new QVBoxLayout(entry.slotBox);
        slotLayout->setContentsMargins(4, 0, 4, 0);
        slotLayout->setSpacing(3);
        entry.slotBox->hide();

        columnLayout->addWidget(entry.header);
        columnLayout->addWidget(entry.slotBox);
        columnLayout->addWidget(entry.list, 1);
        // Equal columns whatever their headers say.
        column->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
        layout->addWidget(column, 1);

        connect(entry.add, &QToolButton::clicked, this,
                [this, day] { emit addRequested(m_model.weekStart().addDays(day)); });
        connect(entry.list, &PostListView::postActivated, this, &WeekView::postActivated);
        connect(entry.list, &PostListView::contextMenuRequested, this,
                &WeekView::contextMenuRequested);
        connect(entry.list, &PostListView::postDropped, this, [this, day](qint64 postId) {
            emit postDropped(postId, m_model.weekStart().addDays(day));
        });
        connect(entry.list, &PostListView::ideaDropped, this, [this, day](qint64 ideaId) {
            emit ideaDropped(ideaId, m_model.weekStart().addDays(day));
        });
        connect(entry.list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, day] { onSelectionChanged(day); });
    }

    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int day = 0; day < 7; ++day)
            m_days[day].list->setRootIndex(m_model.dayIndex(day));
        rebuildHeaders();
        reselect();
    });
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &dayIndex) {
        if (dayIndex.isValid())
            updateHeader(dayIndex.row());
        reselect();
    });
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &dayIndex) {
        if (dayIndex.isValid())
            updateHeader(dayIndex.row());
    });
    // A post's time changed within its day: a slot may have been taken or freed.
    connect(&m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.parent().isValid())
            updateSlots(topLeft.parent().row());
    });
    rebuildHeaders();
}

void WeekView::rebuildHeaders()
{
    for (int day = 0; day < 7; ++day)
        updateHeader(day);
}

namespace {

// Setting a style sheet re-polishes the widget even when the sheet is the same; a header is
// refreshed on every week change.
void setStyleSheetIfChanged(QWidget *widget, const QString &styleSheet)
{
    if (widget->styleSheet() != styleSheet)
        widget->setStyleSheet(styleSheet);
}

} // namespace

void WeekView::updateHeader(int day)
{
    const QModelIndex index = m_model.dayIndex(day);
    const QDate date = index.data(core::DateRole).toDate();
    Day &entry = m_days[day];
    const bool today = index.data(core::IsTodayRole).toBool();
    const int count = index.data(core::PostCountRole).toInt();
    entry.number->setText(date.isValid() ? QString::number(date.day()) : QString());
    // Short day names keep seven columns readable on a laptop screen.
    entry.name->setText(date.isValid() ? QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat)
                                       : QString());
    const QString countText = count == 0   ? tr("No posts")
                              : count == 1 ? tr("1 post")
                                           : tr("%1 posts").arg(count);
    entry.count->setText(today ? tr("Today") : countText);
    entry.count->setToolTip(countText);
    const QString when = date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
    entry.add->setToolTip(tr("Add a post on %1").arg(when));
    entry.add->setAccessibleName(tr("Add a post on %1").arg(when));
    entry.list->setAccessibleName(tr("Posts on %1").arg(when));
    updateSlots(day);

    const QPalette palette = this->palette();
    const QColor accent = palette.color(QPalette::Highlight);
    QColor muted = palette.color(QPalette::PlaceholderText);
    if (today) {
        setStyleSheetIfChanged(entry.header,
                               QStringLiteral("#%1 { background: %2; border-radius: 6px; }")
                                   .arg(entry.header->objectName(), accent.name()));
        const QString white =
            QStringLiteral("color: %1;").arg(palette.color(QPalette::HighlightedText).name());
        setStyleSheetIfChanged(entry.number, white);
        setStyleSheetIfChanged(entry.name, white);
        setStyleSheetIfChanged(entry.count, white);
        setStyleSheetIfChanged(entry.add, white);
    } else {
        const bool weekend = date.isValid() && date.dayOfWeek() >= 6;
        setStyleSheetIfChanged(
            entry.header,
            QStringLiteral("#%1 { background: %2; border-radius: 6px; }")
                .arg(entry.header->objectName(), (weekend ? palette.color(QPalette::AlternateBase)
                                                          : palette.color(QPalette::Base))
                                                     .name()));
        setStyleSheetIfChanged(entry.number, QString());
        setStyleSheetIfChanged(entry.name, QString());
        setStyleSheetIfChanged(entry.count, QStringLiteral("color: %1;").arg(muted.name()));
        setStyleSheetIfChanged(entry.add, QStringLiteral("color: %1;").arg(accent.name()));
    }
}

void WeekView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuildHeaders();
    QWidget::changeEvent(event);
}

void WeekView::setPostingSlots(const QList<core::PostingSlot> &slotList, const core::Clock &clock,
                               const QHash<QString, QString> &networkNames,
                               const QHash<int, core::TimeAdvice> &advised)
{
    m_slots = slotList;
    m_advised = advised;
    m_clock = &clock;
    m_networkNames = networkNames;
    for (int day = 0; day < 7; ++day)
        updateSlots(day);
}

void WeekView::updateSlots(int day)
{
    Day &entry = m_days[day];
    const QModelIndex dayIndex = m_model.dayIndex(day);
    const QDate date = dayIndex.data(core::DateRole).toDate();
    // Rebuilt whole: a day has a handful of slots at most.
    const QList<QToolButton *> old =
        entry.slotBox->findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly);
    for (QToolButton *button : old) {
        // The clicked button may still be inside its own clicked() signal (a click that
        // added a post takes the slot): leave the column now, die on the next event loop.
        button->hide();
        button->setParent(nullptr);
        button->deleteLater();
    }
    if (!date.isValid() || !m_clock) {
        entry.slotBox->hide();
        return;
    }
    const QDateTime now = m_clock->now().toLocalTime();
    const int posts = m_model.rowCount(dayIndex);
    const QPalette palette = this->palette();
    const QString style =
        QStringLiteral("QToolButton { border: 1px dashed %1; border-radius: 5px; color: %2; "
                       "padding: 2px 6px; text-align: left; }"
                       "QToolButton:hover { background: %3; border-style: solid; }")
            .arg(palette.color(QPalette::Mid).name(), palette.color(QPalette::Highlight).name(),
                 palette.color(QPalette::Base).name());
    int shown = 0;
    QList<core::PostingSlot> daySlots;
    for (const core::PostingSlot &slot : std::as_const(m_slots)) {
        if (slot.weekday == date.dayOfWeek())
            daySlots << slot;
    }
    // No slot that day: invite to the hour the plan's figures advise, if they do.
    const auto advice = m_advised.constFind(date.dayOfWeek());
    const bool advised = daySlots.isEmpty() && advice != m_advised.cend();
    if (advised)
        daySlots << core::PostingSlot{0, date.dayOfWeek(), advice->time, advice->networkId};
    for (const core::PostingSlot &slot : std::as_const(daySlots)) {
        const QDateTime when(date, slot.time, Qt::LocalTime);
        if (when < now)
            continue;
        // Taken when a post (for the slot's network, if it has one) is planned that minute.
        bool taken = false;
        for (int row = 0; row < posts && !taken; ++row) {
            const QModelIndex post = m_model.index(row, 0, dayIndex);
            const QDateTime at = post.data(core::LocalDateTimeRole).toDateTime();
            taken = at.time().hour() == slot.time.hour() &&
                    at.time().minute() == slot.time.minute() &&
                    (slot.networkId.isEmpty() ||
                     post.data(core::NetworksRole).toStringList().contains(slot.networkId));
        }
        if (taken)
            continue;
        auto *button = new QToolButton(entry.slotBox);
        button->setObjectName(QStringLiteral("day%1Slot%2ToolButton")
                                  .arg(day)
                                  .arg(slot.time.toString(QStringLiteral("HHmm")) +
                                       (slot.networkId.isEmpty() ? QString() : slot.networkId)));
        button->setText(QStringLiteral("+ ") + core::shortTime(slot.time));
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        button->setStyleSheet(style);
        button->setCursor(Qt::PointingHandCursor);
        const QString tip = advised ? tr("Add a post on %1 at %2: %3")
                                          .arg(QLocale().toString(date, QLocale::LongFormat),
                                               core::shortTime(slot.time), advice->why)
                            : slot.networkId.isEmpty()
                                ? tr("Free posting slot: add a post on %1 at %2")
                                      .arg(QLocale().toString(date, QLocale::LongFormat),
                                           core::shortTime(slot.time))
                                : tr("Free %3 slot: add a post on %1 at %2")
                                      .arg(QLocale().toString(date, QLocale::LongFormat),
                                           core::shortTime(slot.time),
                                           m_networkNames.value(slot.networkId, slot.networkId));
        if (!slot.networkId.isEmpty()) {
            button->setIcon(QIcon(networkBadge(slot.networkId, 14, devicePixelRatioF())));
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        }
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        connect(button, &QToolButton::clicked, this,
                [this, when, network = slot.networkId] { emit slotRequested(when, network); });
        entry.slotBox->layout()->addWidget(button);
        ++shown;
    }
    entry.slotBox->setVisible(shown > 0);
}

void WeekView::onSelectionChanged(int day)
{
    if (m_selecting)
        return;
    const qint64 id = m_days[day].list->selectedPostId();
    if (id == 0)
        return;
    m_selecting = true;
    for (int other = 0; other < 7; ++other) {
        if (other != day)
            m_days[other].list->clearSelection();
    }
    m_selecting = false;
    if (id != m_selectedId) {
        m_selectedId = id;
        emit selectionChanged(id);
    }
}

void WeekView::selectPost(qint64 postId)
{
    const QModelIndex index = m_model.indexOfPost(postId);
    if (!index.isValid())
        return;
    const int day = index.parent().row();
    m_selectedId = postId;
    m_selecting = true;
    for (int other = 0; other < 7; ++other) {
        if (other != day)
            m_days[other].list->clearSelection();
    }
    m_selecting = false;
    PostListView *list = m_days[day].list;
    list->setCurrentIndex(index);
    list->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    list->scrollTo(index);
    list->setFocus();
    emit selectionChanged(postId);
}

void WeekView::focusSelection()
{
    if (m_selectedId != 0 && m_model.indexOfPost(m_selectedId).isValid()) {
        selectPost(m_selectedId);
        return;
    }
    for (int day = 0; day < 7; ++day) {
        if (m_model.dayIndex(day).data(core::IsTodayRole).toBool()) {
            m_days[day].list->setFocus();
            return;
        }
    }
    m_days[0].list->setFocus();
}

void WeekView::reselect()
{
    if (m_selectedId == 0)
        return;
    const QModelIndex index = m_model.indexOfPost(m_selectedId);
    if (!index.isValid())
        return;
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    PostListView *list = m_days[index.parent().row()].list;
    m_selecting = true;
    for (Day &entry : m_days) {
        if (entry.list != list)
            entry.list->clearSelection();
    }
    m_selecting = false;
    list->setCurrentIndex(index);
    list->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    if (hadFocus)
        list->setFocus();
}

void WeekView::moveSelectionAcrossDays(int from, int step)
{
    const int row = qMax(0, m_days[from].list->currentIndex().row());
    for (int day = from + step; day >= 0 && day < 7; day += step) {
        const int count = m_model.rowCount(m_model.dayIndex(day));
        if (count == 0)
            continue;
        const QModelIndex target = m_model.index(qMin(row, count - 1), 0, m_model.dayIndex(day));
        selectPost(target.data(core::PostIdRole).toLongLong());
        return;
    }
    // No post further that way: focus moves to the neighbouring day so "+" and drops follow.
    const int neighbour = from + step;
    if (neighbour >= 0 && neighbour < 7)
        m_days[neighbour].list->setFocus();
}

bool WeekView::shiftSelected(const QKeyEvent &key, qint64 selected)
{
    struct Shift
    {
        int key;
        int days;
        int minutes;
    };
    static constexpr Shift shifts[] = {
        {Qt::Key_Left, -1, 0}, {Qt::Key_Right, 1, 0}, {Qt::Key_Up, 0, -60}, {Qt::Key_Down, 0, 60}};
    if ((key.modifiers() & ~Qt::KeypadModifier) != Qt::AltModifier)
        return false;
    for (const Shift &shift : shifts) {
        if (shift.key != key.key())
            continue;
        if (selected != 0)
            emit shiftRequested(selected, shift.days, shift.minutes);
        return true;
    }
    return false;
}

bool WeekView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    int day = -1;
    for (int i = 0; i < 7; ++i) {
        if (m_days[i].list == watched)
            day = i;
    }
    if (day < 0)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const qint64 selected = m_days[day].list->selectedPostId();
    if (shiftSelected(*key, selected))
        return true;
    switch (key->key()) {
    case Qt::Key_Left:
        moveSelectionAcrossDays(day, -1);
        return true;
    case Qt::Key_Right:
        moveSelectionAcrossDays(day, +1);
        return true;
    case Qt::Key_PageUp:
        emit pageRequested(-1);
        return true;
    case Qt::Key_PageDown:
        emit pageRequested(+1);
        return true;
    case Qt::Key_T:
        if (key->modifiers() & ~Qt::KeypadModifier)
            return false;
        emit todayRequested();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (selected != 0)
            emit postActivated(selected);
        else
            emit addRequested(m_model.weekStart().addDays(day));
        return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (selected != 0)
            emit deleteRequested(selected);
        return true;
    case Qt::Key_Insert:
        emit addRequested(m_model.weekStart().addDays(day));
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace hearth::ui
