// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/postsummary.h"
#include "storage/database.h"

#include <QAbstractTableModel>
#include <QDate>

namespace hearth::core {

class Clock;

// A month as a grid of weeks (rows) by weekdays (columns, Monday first), each cell one day
// with its posts. Loads the visible days with one repository call; follows edits incrementally.
class MonthModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Monday,
        Tuesday,
        Wednesday,
        Thursday,
        Friday,
        Saturday,
        Sunday,
        ColumnCount
    };

    MonthModel(Database &database, const Clock &clock, QObject *parent = nullptr);

    // Loads the month that contains `day`, padded to whole weeks.
    Result<void> setMonth(const QDate &day);
    Result<void> reload();
    // The first day of the month shown.
    QDate month() const { return m_month; }
    QDate firstVisibleDay() const { return m_firstDay; }

    void applySaved(const Post &post);
    void applyRemoved(qint64 postId);

    QModelIndex indexOfDate(const QDate &date) const;
    QDate dateAt(const QModelIndex &index) const;
    const QList<PostSummary> &postsOn(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    int cellOf(const PostSummary &summary) const;
    void removeFromCells(qint64 postId);

    Database &m_database;
    const Clock &m_clock;
    QDate m_month;
    QDate m_firstDay;
    int m_weeks = 0;
    PillarDirectory m_pillars;
    QList<QList<PostSummary>> m_cells;
};

} // namespace hearth::core
