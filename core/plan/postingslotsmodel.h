// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/catalog.h"
#include "plan/planningservice.h"

#include <QAbstractTableModel>

namespace hearth::core {

// An editable copy of the posting slots, one row per slot in weekday and time order, for the
// slots dialog: changes stay here until the caller stores slotList() in one step.
class PostingSlotsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DayColumn,
        TimeColumn,
        NetworkColumn,
        ColumnCount
    };
    enum Role
    {
        SlotIdRole = Qt::UserRole + 1,
        // ISO weekday, 1 = Monday.
        WeekdayRole,
        // QTime.
        SlotTimeRole,
        // Network id, empty for any network.
        SlotNetworkRole,
    };

    explicit PostingSlotsModel(QObject *parent = nullptr);

    // `networks` gives the names shown for slot networks.
    void setSlots(const QList<PostingSlot> &slotList, const QList<Network> &networks);
    const QList<PostingSlot> &slotList() const { return m_slots; }
    const PostingSlot &slotAt(int row) const { return m_slots.at(row); }
    // Whether the slots differ from the ones given to setSlots().
    bool isModified() const;

    // Each returns the row the slot has afterwards, or why it was refused (a slot at that
    // weekday, time and network exists already).
    Result<int> addSlot(const PostingSlot &slot);
    Result<int> updateSlot(int row, const PostingSlot &slot);
    void removeSlot(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // The row `slot` belongs at, skipping `ignoreRow`; -1 when a row with the same weekday,
    // time and network exists (other than `ignoreRow`).
    int placeFor(const PostingSlot &slot, int ignoreRow) const;
    QString networkName(const QString &id) const;

    QList<PostingSlot> m_slots;
    QList<PostingSlot> m_original;
    QList<Network> m_networks;
};

} // namespace hearth::core
