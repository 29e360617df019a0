// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/postsummary.h"
#include "storage/database.h"

#include <QAbstractTableModel>
#include <QDate>

namespace hearth::core {

// The plan as a list: every scheduled post of a range of days, one row each, in time order.
class AgendaModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        TimeColumn,
        NetworksColumn,
        PillarColumn,
        StatusColumn,
        TextColumn,
        ColumnCount
    };

    explicit AgendaModel(Database &database, QObject *parent = nullptr);

    // Loads the local days first … last (both included).
    Result<void> setRange(const QDate &first, const QDate &last);
    Result<void> reload();
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }

    void applySaved(const Post &post);
    void applyRemoved(qint64 postId);

    int rowOf(qint64 postId) const;
    const PostSummary &summaryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Database &m_database;
    QDate m_first;
    QDate m_last;
    PillarDirectory m_pillars;
    QList<PostSummary> m_rows;
};

} // namespace hearth::core
