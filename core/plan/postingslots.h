// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/timeadvisor.h"
#include "storage/database.h"

#include <QList>
#include <QString>
#include <QTime>

namespace hearth::core {

// A recurring local wall-clock time the user likes to post at, e.g. Wednesday 12:30.
struct PostingSlot
{
    qint64 id = 0;
    // ISO weekday, 1 = Monday … 7 = Sunday.
    int weekday = 1;
    // Local time of day, minute precision.
    QTime time;
    // Empty = a slot for any network.
    QString networkId;

    friend bool operator==(const PostingSlot &, const PostingSlot &) = default;
};

// The posting slots as stored: the one writer of the posting_slots table. Two slots at the
// same weekday, time and network are refused.
class PostingSlotStore final
{
public:
    explicit PostingSlotStore(Database &database);

    // Every slot by weekday and time, any-network slots first.
    Result<QList<PostingSlot>> all() const;
    Result<PostingSlot> add(const PostingSlot &slot);
    Result<PostingSlot> update(const PostingSlot &slot);
    Result<void> remove(qint64 slotId);
    // Replaces every slot by `slotList` in one transaction; slots keep their id when they have
    // one.
    Result<QList<PostingSlot>> replaceAll(const QList<PostingSlot> &slotList);

private:
    // Refuses `slot` when another slot (not `slot.id`) has its weekday, time and network.
    Result<void> checkNoClash(const PostingSlot &slot) const;
    // Runs an INSERT or UPDATE of `slot`; a foreign-key conflict means an unknown network.
    Result<QSqlQuery> write(const QString &statement, const PostingSlot &slot,
                            const Bindings &bindings);

    Database &m_database;
};

// The best time of each weekday that has no posting slot, from `advisor`'s figures for
// `networks` (the first network with figures for a day decides); days without enough figures
// are absent, so the caller keeps its default for them.
Result<QHash<int, TimeAdvice>> advisedTimes(const QList<PostingSlot> &slotList,
                                            const TimeAdvisor &advisor,
                                            const QStringList &networks);

} // namespace hearth::core
