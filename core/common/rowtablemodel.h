// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace hearth::core {

// A read-only table with one `Row` value per row, replaced all at once: the row list, its
// reset, the counts and the header every such model would repeat. Subclasses give data() and
// the column titles.
template<typename Row>
class RowTableModel : public QAbstractTableModel
{
public:
    // Replaces every row in one model reset.
    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        const QString title = columnTitle(section);
        return title.isNull() ? QVariant() : QVariant(title);
    }

protected:
    RowTableModel(int columnCount, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columnCount(columnCount)
    {}

    // The title of `column` in the horizontal header; a null string for no such column.
    virtual QString columnTitle(int column) const = 0;

    // The row behind `index`, or nullptr when `index` is no cell of this table.
    const Row *rowAt(const QModelIndex &index) const
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return nullptr;
        return &m_rows.at(index.row());
    }

private:
    QList<Row> m_rows;
    int m_columnCount;
};

} // namespace hearth::core
