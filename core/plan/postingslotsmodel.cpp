// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/postingslotsmodel.h"

#include "plan/postsummary.h"

#include <QLocale>

#include <algorithm>
#include <tuple>

namespace hearth::core {

namespace {

auto sortKey(const PostingSlot &slot)
{
    // Any-network slots first within a minute, then by network id.
    return std::make_tuple(slot.weekday, slot.time.hour() * 60 + slot.time.minute(),
                           !slot.networkId.isEmpty(), slot.networkId);
}

bool sameSlot(const PostingSlot &a, const PostingSlot &b)
{
    return sortKey(a) == sortKey(b);
}

} // namespace

PostingSlotsModel::PostingSlotsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PostingSlotsModel::setSlots(const QList<PostingSlot> &slotList, const QList<Network> &networks)
{
    beginResetModel();
    m_networks = networks;
    m_slots = slotList;
    std::stable_sort(
        m_slots.begin(), m_slots.end(),
        [](const PostingSlot &a, const PostingSlot &b) { return sortKey(a) < sortKey(b); });
    m_original = m_slots;
    endResetModel();
}

bool PostingSlotsModel::isModified() const
{
    return m_slots != m_original;
}

int PostingSlotsModel::placeFor(const PostingSlot &slot, int ignoreRow) const
{
    int place = 0;
    for (int row = 0; row < m_slots.size(); ++row) {
        if (row == ignoreRow)
            continue;
        if (sameSlot(m_slots.at(row), slot))
            return -1;
        if (sortKey(m_slots.at(row)) < sortKey(slot))
            ++place;
    }
    return place;
}

Result<int> PostingSlotsModel::addSlot(const PostingSlot &slot)
{
    if (slot.weekday < 1 || slot.weekday > 7 || !slot.time.isValid())
        return Error::make(ErrorKind::InvalidInput, tr("Choose a day and a time for the slot."));
    PostingSlot added = slot;
    added.id = 0;
    added.time = QTime(slot.time.hour(), slot.time.minute());
    const int row = placeFor(added, -1);
    if (row < 0)
        return Error::make(ErrorKind::Conflict,
                           tr("There is a slot at that day and time already."));
    beginInsertRows({}, row, row);
    m_slots.insert(row, added);
    endInsertRows();
    return row;
}

Result<int> PostingSlotsModel::updateSlot(int row, const PostingSlot &slot)
{
    if (row < 0 || row >= m_slots.size())
        return Error::make(ErrorKind::InvalidInput, tr("Choose the slot to change first."));
    if (slot.weekday < 1 || slot.weekday > 7 || !slot.time.isValid())
        return Error::make(ErrorKind::InvalidInput, tr("Choose a day and a time for the slot."));
    PostingSlot changed = slot;
    changed.id = m_slots.at(row).id;
    changed.time = QTime(slot.time.hour(), slot.time.minute());
    const int place = placeFor(changed, row);
    if (place < 0)
        return Error::make(ErrorKind::Conflict,
                           tr("There is a slot at that day and time already."));
    if (place == row) {
        m_slots[row] = changed;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return row;
    }
    // place counts the other rows before the slot; moving down shifts the target by one.
    const int destination = place > row ? place + 1 : place;
    beginMoveRows({}, row, row, {}, destination);
    m_slots.removeAt(row);
    m_slots.insert(place, changed);
    endMoveRows();
    emit dataChanged(index(place, 0), index(place, ColumnCount - 1));
    return place;
}

void PostingSlotsModel::removeSlot(int row)
{
    if (row < 0 || row >= m_slots.size())
        return;
    beginRemoveRows({}, row, row);
    m_slots.removeAt(row);
    endRemoveRows();
}

QString PostingSlotsModel::networkName(const QString &id) const
{
    if (id.isEmpty())
        return tr("Any network");
    for (const Network &network : m_networks) {
        if (network.id == id)
            return network.name;
    }
    return id;
}

int PostingSlotsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slots.size());
}

int PostingSlotsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostingSlotsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostingSlot &slot = m_slots.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DayColumn:
            return QLocale().dayName(slot.weekday, QLocale::LongFormat);
        case TimeColumn:
            return shortTime(slot.time);
        case NetworkColumn:
            return networkName(slot.networkId);
        }
        return {};
    case SlotIdRole:
        return slot.id;
    case WeekdayRole:
        return slot.weekday;
    case SlotTimeRole:
        return slot.time;
    case SlotNetworkRole:
        return slot.networkId;
    default:
        return {};
    }
}

QVariant PostingSlotsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DayColumn:
        return tr("Day");
    case TimeColumn:
        return tr("Time");
    case NetworkColumn:
        return tr("Network");
    }
    return {};
}

QHash<int, QByteArray> PostingSlotsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SlotIdRole, "slotId");
    names.insert(WeekdayRole, "weekday");
    names.insert(SlotTimeRole, "slotTime");
    names.insert(SlotNetworkRole, "slotNetwork");
    return names;
}

} // namespace hearth::core
