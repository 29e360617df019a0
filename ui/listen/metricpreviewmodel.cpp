// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/metricpreviewmodel.h"

#include "listen/listenmodels.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace hearth::ui {

namespace {

// The figure shown in `column`, when it shows one.
std::optional<core::CountMetric> metricOf(int column)
{
    switch (column) {
    case MetricPreviewModel::ReachColumn:
        return core::CountMetric::Reach;
    case MetricPreviewModel::ImpressionsColumn:
        return core::CountMetric::Impressions;
    case MetricPreviewModel::ViewsColumn:
        return core::CountMetric::Views;
    case MetricPreviewModel::CommentsColumn:
        return core::CountMetric::Comments;
    case MetricPreviewModel::SharesColumn:
        return core::CountMetric::Shares;
    case MetricPreviewModel::SavesColumn:
        return core::CountMetric::Saves;
    case MetricPreviewModel::FollowsColumn:
        return core::CountMetric::Follows;
    default:
        return std::nullopt;
    }
}

} // namespace

MetricPreviewModel::MetricPreviewModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{}

QString MetricPreviewModel::actionText(core::ImportAction action)
{
    switch (action) {
    case core::ImportAction::Create:
        return tr("New post");
    case core::ImportAction::Update:
        return tr("Update");
    case core::ImportAction::Unchanged:
        return tr("Unchanged");
    case core::ImportAction::Skip:
        break;
    }
    return tr("Skip");
}

QVariant MetricPreviewModel::data(const QModelIndex &index, int role) const
{
    const core::ImportRowPreview *row = rowAt(index);
    if (!row)
        return {};
    const core::ImportRowPreview &item = *row;
    switch (role) {
    case LineRole:
        return item.line;
    case ActionRole:
        return int(item.action);
    case PostIdRole:
        return item.postId;
    case Qt::ForegroundRole:
        if (item.action == core::ImportAction::Skip)
            return QBrush(QColor(0xb0, 0x30, 0x30));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return item.text;
        if (index.column() == NoteColumn || item.action == core::ImportAction::Skip)
            return item.reason;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (const auto metric = metricOf(index.column()))
        return formatCount(item.figures.value(*metric));
    switch (index.column()) {
    case LineColumn:
        return item.line;
    case ActionColumn:
        if (item.action == core::ImportAction::Update ||
            item.action == core::ImportAction::Unchanged)
            return tr("%1 (by %2)").arg(actionText(item.action), item.matchedBy);
        return actionText(item.action);
    case NetworkColumn:
        return item.networkId;
    case PublishedColumn:
        return item.publishedAt.isValid()
                   ? QLocale().toString(item.publishedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case TextColumn:
        return item.text;
    case NoteColumn:
        return item.reason;
    default:
        return {};
    }
}

QString MetricPreviewModel::columnTitle(int column) const
{
    if (const auto metric = metricOf(column))
        return metricTitle(*metric);
    switch (column) {
    case LineColumn:
        return tr("Line");
    case ActionColumn:
        return tr("What happens");
    case NetworkColumn:
        return tr("Network");
    case PublishedColumn:
        return tr("Published");
    case TextColumn:
        return tr("Text");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace hearth::ui
