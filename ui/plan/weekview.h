// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planningservice.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QWidget>

#include <array>

class QKeyEvent;
class QLabel;
class QToolButton;

namespace hearth::core {
class Clock;
class WeekModel;
} // namespace hearth::core

namespace hearth::ui {

class PostListView;

// Seven day columns of post cards over a core::WeekModel, with keyboard navigation
// between days, Alt+arrows that move the selected card, and drops that reschedule a post to
// the column's day.
class WeekView final : public QWidget
{
    Q_OBJECT

public:
    explicit WeekView(core::WeekModel &model, QWidget *parent = nullptr);

    PostListView *dayList(int day) const { return m_days.at(day).list; }
    qint64 selectedPostId() const { return m_selectedId; }
    // Selects the card of `postId` (when it is in this week) and gives its column focus.
    void selectPost(qint64 postId);
    // Gives keyboard focus to the selected card, or to today's column.
    void focusSelection();
    // The weekly posting slots; each day offers its free, future ones as "+ 09:00" buttons.
    // `clock` tells which slots are past; `networkNames` names the slots' networks. A day
    // without slots offers the time `advised` holds for its weekday (from the plan's figures).
    void setPostingSlots(const QList<core::PostingSlot> &slotList, const core::Clock &clock,
                         const QHash<QString, QString> &networkNames = {},
                         const QHash<int, core::TimeAdvice> &advised = {});

signals:
    void selectionChanged(qint64 postId);
    void postActivated(qint64 postId);
    void addRequested(const QDate &day);
    // A free posting slot was clicked: a post at that local time (for that network, if any).
    void slotRequested(const QDateTime &localDateTime, const QString &networkId);
    void postDropped(qint64 postId, const QDate &day);
    void ideaDropped(qint64 ideaId, const QDate &day);
    void contextMenuRequested(qint64 postId, const QPoint &globalPos);
    void deleteRequested(qint64 postId);
    // Alt+Left/Right (a day) or Alt+Up/Down (an hour) on the selected card.
    void shiftRequested(qint64 postId, int days, int minutes);
    void pageRequested(int weeks);
    void todayRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // A theme switched at run time recolours the day headers.
    void changeEvent(QEvent *event) override;

private:
    struct Day
    {
        QWidget *header = nullptr;
        QLabel *name = nullptr;
        QLabel *number = nullptr;
        QLabel *count = nullptr;
        QToolButton *add = nullptr;
        QWidget *slotBox = nullptr;
        PostListView *list = nullptr;
    };

    void rebuildHeaders();
    void updateHeader(int day);
    void updateSlots(int day);
    void onSelectionChanged(int day);
    void moveSelectionAcrossDays(int from, int step);
    // Alt+arrow on `selected`: asks for the move and says whether the key was one.
    bool shiftSelected(const QKeyEvent &key, qint64 selected);
    void reselect();

    core::WeekModel &m_model;
    std::array<Day, 7> m_days;
    QList<core::PostingSlot> m_slots;
    const core::Clock *m_clock = nullptr;
    QHash<QString, QString> m_networkNames;
    QHash<int, core::TimeAdvice> m_advised;
    qint64 m_selectedId = 0;
    bool m_selecting = false;
};

} // namespace hearth::ui
