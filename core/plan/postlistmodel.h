// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/postsummary.h"
#include "storage/database.h"

#include <QAbstractItemModel>
#include <QList>

#include <functional>
#include <utility>

namespace hearth::core {

// The shared half of the flat post-card models (the agenda and the drafts tray): one row per
// post summary, loaded with the pillars in one reset, found by post id, following removals.
// `ModelBase` is QAbstractTableModel or QAbstractListModel.
template<typename ModelBase>
class PostListModel : public ModelBase
{
public:
    void applyRemoved(qint64 postId);

    // The row of `postId`, or -1.
    int rowOf(qint64 postId) const;
    const PostSummary &summaryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override { return summaryRoleNames(); }

protected:
    PostListModel(Database &database, QObject *parent)
        : ModelBase(parent)
        , m_database(database)
    {}

    // Shows `loaded` (in its order) with the current pillars, in one model reset; `inReset`
    // updates the subclass's own state inside the same reset.
    Result<void> resetRows(const Result<QList<Post>> &loaded,
                           const std::function<void()> &inReset = {});

    Database &m_database;
    PillarDirectory m_pillars;
    QList<PostSummary> m_rows;
};

template<typename ModelBase>
void PostListModel<ModelBase>::applyRemoved(qint64 postId)
{
    const int row = rowOf(postId);
    if (row < 0)
        return;
    this->beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    this->endRemoveRows();
}

template<typename ModelBase>
int PostListModel<ModelBase>::rowOf(qint64 postId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == postId)
            return row;
    }
    return -1;
}

template<typename ModelBase>
int PostListModel<ModelBase>::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

template<typename ModelBase>
Qt::ItemFlags PostListModel<ModelBase>::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

template<typename ModelBase>
Result<void> PostListModel<ModelBase>::resetRows(const Result<QList<Post>> &loaded,
                                                 const std::function<void()> &inReset)
{
    if (!loaded)
        return loaded.error();
    auto directory = PillarDirectory::load(m_database);
    if (!directory)
        return directory.error();
    this->beginResetModel();
    if (inReset)
        inReset();
    m_pillars = std::move(*directory);
    m_rows.clear();
    m_rows.reserve(loaded->size());
    for (const Post &post : std::as_const(*loaded))
        m_rows.append(summarize(post, m_pillars));
    this->endResetModel();
    return success();
}

} // namespace hearth::core
