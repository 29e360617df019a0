// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/postimport.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace hearth::core {

// The rows and problems of an import preview as one table, in file order, for the preview dialog.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        KindColumn,
        FieldColumn,
        WhenColumn,
        NetworksColumn,
        TextColumn,
        ColumnCount
    };
    enum class Kind
    {
        New,
        Duplicate,
        Error,
        Warning
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        LineRole
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const ImportPreview &preview,
                    const QTimeZone &zone = QTimeZone::systemTimeZone());

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        qint64 line = 0;
        Kind kind = Kind::New;
        QString field;
        QDateTime when;
        QString networks;
        QString text;
    };
    QList<Entry> m_entries;
    QTimeZone m_zone;
};

} // namespace hearth::core
