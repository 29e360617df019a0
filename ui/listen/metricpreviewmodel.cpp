// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/metricpreviewmodel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace hearth::ui {

namespace {

QString figure(const std::optional<qint64> &value)
{
    return value ? QLocale().toString(*value) : QStringLiteral("–");
}

} // namespace

MetricPreviewModel::MetricPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MetricPreviewModel::setItems(QList<core::ImportRowPreview> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

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

int MetricPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int MetricPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ImportRowPreview &item = m_items.at(index.row());
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
    const core::MetricSnapshot &f = item.figures;
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
    case ReachColumn:
        return figure(f.reach);
    case ImpressionsColumn:
        return figure(f.impressions);
    case ViewsColumn:
        return figure(f.views);
    case CommentsColumn:
        return figure(f.comments);
    case SharesColumn:
        return figure(f.shares);
    case SavesColumn:
        return figure(f.saves);
    case FollowsColumn:
        return figure(f.follows);
    case NoteColumn:
        return item.reason;
    default:
        return {};
    }
}

QVariant MetricPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
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
    case ReachColumn:
        return tr("Reach");
    case ImpressionsColumn:
        return tr("Impressions");
    case ViewsColumn:
        return tr("Views");
    case CommentsColumn:
        return tr("Comments");
    case SharesColumn:
        return tr("Shares");
    case SavesColumn:
        return tr("Saves");
    case FollowsColumn:
        return tr("Follows");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace hearth::ui
