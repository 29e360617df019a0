// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/postlistmodel.h"
#include "storage/database.h"

#include <QAbstractListModel>

namespace hearth::core {

// The drafts tray: posts without a date, newest first.
class DraftsModel final : public PostListModel<QAbstractListModel>
{
    Q_OBJECT

public:
    explicit DraftsModel(Database &database, QObject *parent = nullptr);

    Result<void> reload();

    // A saved post joins the tray when it has no date and leaves it when it gets one.
    void applySaved(const Post &post);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace hearth::core
