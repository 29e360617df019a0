// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listen/metricimporter.h"

#include <QAbstractTableModel>

namespace hearth::ui {

// The rows of an import preview: line, what will happen, which post, the figures read and
// why a row is skipped.
class MetricPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        ActionColumn,
        NetworkColumn,
        PublishedColumn,
        TextColumn,
        ReachColumn,
        ImpressionsColumn,
        ViewsColumn,
        CommentsColumn,
        SharesColumn,
        SavesColumn,
        FollowsColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        LineRole = Qt::UserRole + 1, // the 1-based file line (qint64)
        ActionRole,                  // core::ImportAction as int
        PostIdRole,                  // the matched post, 0 when none
    };

    explicit MetricPreviewModel(QObject *parent = nullptr);

    void setItems(QList<core::ImportRowPreview> items);
    static QString actionText(core::ImportAction action);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<core::ImportRowPreview> m_items;
};

} // namespace hearth::ui
