// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/postlistmodel.h"
#include "storage/database.h"

#include <QAbstractTableModel>
#include <QDate>

namespace hearth::core {

// The plan as a list: every scheduled post of a range of days, one row each, in time order.
class AgendaModel final : public PostListModel<QAbstractTableModel>
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

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QDate m_first;
    QDate m_last;
};

} // namespace hearth::core
