// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/rowtablemodel.h"
#include "interop/postimport.h"

#include <QTimeZone>

namespace hearth::core {

// One line of the import preview table: a row to import or a problem found in the file.
struct ImportPreviewEntry
{
    enum class Kind
    {
        New,
        Duplicate,
        Error,
        Warning
    };

    qint64 line = 0;
    Kind kind = Kind::New;
    QString field;
    QDateTime when;
    QString networks;
    QString text;
};

// The rows and problems of an import preview as one table, in file order, for the preview dialog.
class ImportPreviewModel final : public RowTableModel<ImportPreviewEntry>
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
    using Kind = ImportPreviewEntry::Kind;
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        LineRole
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const ImportPreview &preview,
                    const QTimeZone &zone = QTimeZone::systemTimeZone());

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString columnTitle(int column) const override;

    QTimeZone m_zone;
};

} // namespace hearth::core
