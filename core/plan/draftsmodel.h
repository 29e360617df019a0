// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/postsummary.h"
#include "storage/database.h"

#include <QAbstractListModel>

namespace hearth::core {

// The drafts tray: posts without a date, newest first.
class DraftsModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit DraftsModel(Database &database, QObject *parent = nullptr);

    Result<void> reload();

    // A saved post joins the tray when it has no date and leaves it when it gets one.
    void applySaved(const Post &post);
    void applyRemoved(qint64 postId);

    int rowOf(qint64 postId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Database &m_database;
    PillarDirectory m_pillars;
    QList<PostSummary> m_rows;
};

} // namespace hearth::core
