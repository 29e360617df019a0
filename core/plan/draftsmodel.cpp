// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/draftsmodel.h"

#include "plan/postrepository.h"

namespace hearth::core {

DraftsModel::DraftsModel(Database &database, QObject *parent)
    : PostListModel(database, parent)
{}

Result<void> DraftsModel::reload()
{
    return resetRows(PostRepository(m_database).unscheduled());
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

QVariant DraftsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return summaryData(m_rows.at(index.row()), role);
}

} // namespace hearth::core
