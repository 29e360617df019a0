// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/rowtablemodel.h"
#include "listen/metricimporter.h"

#include <QAbstractTableModel>

namespace hearth::ui {

// The rows of an import preview: line, what will happen, which post, the figures read and
// why a row is skipped.
class MetricPreviewModel final : public core::RowTableModel<core::ImportRowPreview>
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

    static QString actionText(core::ImportAction action);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString columnTitle(int column) const override;
};

} // namespace hearth::ui
