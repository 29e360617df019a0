// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/postsummary.h"
#include "storage/database.h"

#include <QAbstractItemModel>
#include <QDate>

#include <array>

namespace hearth::core {

class Clock;

// One week of the plan as a two-level model: seven day rows (Monday first), each with its
// posts in time order as children. Loads the week with one repository call and follows
// edits incrementally through applySaved()/applyRemoved().
class WeekModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    WeekModel(Database &database, const Clock &clock, QObject *parent = nullptr);

    // Loads the week (Monday to Sunday) that contains `day`.
    Result<void> setWeek(const QDate &day);
    // Reloads the current week, e.g. after pillars changed.
    Result<void> reload();
    QDate weekStart() const { return m_weekStart; }

    // Keeps the model in step with a post that was created or changed elsewhere.
    void applySaved(const Post &post);
    void applyRemoved(qint64 postId);

    QModelIndex dayIndex(int day) const;
    QModelIndex indexOfPost(qint64 postId) const;
    // Every post of the week in time order.
    QList<PostSummary> posts() const;
    const PillarDirectory &pillars() const { return m_pillars; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void removeRowOf(qint64 postId);
    int dayOf(const PostSummary &summary) const;

    Database &m_database;
    const Clock &m_clock;
    QDate m_weekStart;
    PillarDirectory m_pillars;
    std::array<QList<PostSummary>, 7> m_days;
};

} // namespace hearth::core
