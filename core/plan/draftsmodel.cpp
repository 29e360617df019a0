// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/draftsmodel.h"

#include "plan/postrepository.h"

namespace hearth::core {

DraftsModel::DraftsModel(Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
{}

Result<void> DraftsModel::reload()
{
    auto pillars = CatalogRepository(m_database).pillars();
    if (!pillars)
        return pillars.error();
    auto loaded = PostRepository(m_database).unscheduled();
    if (!loaded)
        return loaded.error();
    beginResetModel();
    m_pillars = PillarDirectory(*pillars);
    m_rows.clear();
    m_rows.reserve(loaded->size());
    for (const Post &post : std::as_const(*loaded))
        m_rows.append(summarize(post, m_pillars));
    endResetModel();
    return success();
}

void DraftsModel::applySaved(const Post &post)
{
    applyRemoved(post.id);
    if (post.isScheduled())
        return;
    // The tray is newest first and a saved post is the newest.
    beginInsertRows({}, 0, 0);
    m_rows.prepend(summarize(post, m_pillars));
    endInsertRows();
}

void DraftsModel::applyRemoved(qint64 postId)
{
    const int row = rowOf(postId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int DraftsModel::rowOf(qint64 postId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == postId)
            return row;
    }
    return -1;
}

int DraftsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant DraftsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return summaryData(m_rows.at(index.row()), role);
}

Qt::ItemFlags DraftsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> DraftsModel::roleNames() const
{
    return summaryRoleNames();
}

} // namespace hearth::core
