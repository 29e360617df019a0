// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/postingslots.h"

#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    // The planning service's context: its translations cover these messages.
    return QCoreApplication::translate("hearth::core::PlanningService", text);
}

Result<void> validateSlot(const PostingSlot &slot)
{
    if (slot.weekday < 1 || slot.weekday > 7)
        return Error::make(ErrorKind::InvalidInput,
                           tr("A posting slot's weekday must be 1 (Monday) to 7 (Sunday)."));
    if (!slot.time.isValid())
        return Error::make(ErrorKind::InvalidInput, tr("A posting slot needs a time of day."));
    return success();
}

Bindings slotBindings(const PostingSlot &slot)
{
    return {{QStringLiteral(":weekday"), slot.weekday},
            {QStringLiteral(":minute"), slot.time.hour() * 60 + slot.time.minute()},
            {QStringLiteral(":network"), slot.networkId.isEmpty()
                                             ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(slot.networkId)}};
}

Bindings slotBindingsWithId(const PostingSlot &slot, const QVariant &id)
{
    Bindings bindings = slotBindings(slot);
    bindings.emplace_back(QStringLiteral(":id"), id);
    return bindings;
}

// A new slot's id comes from the table: PostgreSQL's identity column refuses an explicit NULL.
const QString insertNewSlot =
    QStringLiteral("INSERT INTO posting_slots (weekday, minute_of_day, network_id) VALUES "
                   "(:weekday, :minute, :network)");

Error noSuchSlot(qint64 slotId)
{
    return Error::make(ErrorKind::NotFound, tr("There is no posting slot %1.").arg(slotId));
}

// The slot as stored: minute precision.
PostingSlot storedSlot(const PostingSlot &slot, qint64 id)
{
    PostingSlot stored = slot;
    stored.id = id;
    stored.time = QTime(slot.time.hour(), slot.time.minute());
    return stored;
}

} // namespace

PostingSlotStore::PostingSlotStore(Database &database)
    : m_database(database)
{}

Result<QList<PostingSlot>> PostingSlotStore::all() const
{
    return sql::readAll(
        m_database.exec(QStringLiteral(
            "SELECT id, weekday, minute_of_day, network_id FROM posting_slots "
            "ORDER BY weekday, minute_of_day, network_id IS NOT NULL, network_id, id")),
        [](const QSqlQuery &row) {
            PostingSlot slot;
            slot.id = row.value(0).toLongLong();
            slot.weekday = row.value(1).toInt();
            slot.time = QTime(0, 0).addSecs(row.value(2).toInt() * 60);
            slot.networkId = row.value(3).toString();
            return slot;
        });
}

Result<void> PostingSlotStore::checkNoClash(const PostingSlot &slot) const
{
    // UNIQUE does not catch two "any network" slots (NULLs differ), so check by hand.
    auto clash = m_database.scalar(
        QStringLiteral(
            "SELECT count(*) FROM posting_slots WHERE weekday = :weekday AND "
            "minute_of_day = :minute AND network_id IS NOT DISTINCT FROM :network AND id <> :id"),
        slotBindingsWithId(slot, slot.id));
    if (!clash)
        return clash.error();
    if (clash->toInt() > 0)
        return Error::make(ErrorKind::Conflict,
                           tr("There is a posting slot at that day and time already."));
    return success();
}

Result<QSqlQuery> PostingSlotStore::write(const QString &statement, const PostingSlot &slot,
                                          const Bindings &bindings)
{
    auto written = m_database.exec(statement, bindings);
    if (!written && written.error().kind == ErrorKind::Conflict)
        return Error::make(ErrorKind::InvalidInput,
                           tr("\"%1\" is not a known network.").arg(slot.networkId));
    return written;
}

Result<PostingSlot> PostingSlotStore::add(const PostingSlot &slot)
{
    if (auto valid = validateSlot(slot); !valid)
        return valid.error();
    // A new slot: whatever id it came with, no stored slot is this one.
    const PostingSlot fresh = storedSlot(slot, 0);
    return m_database.write([&]() -> Result<PostingSlot> {
        if (auto free = checkNoClash(fresh); !free)
            return free.error();
        auto inserted = write(insertNewSlot, fresh, slotBindings(fresh));
        if (!inserted)
            return inserted.error();
        return storedSlot(slot, inserted->lastInsertId().toLongLong());
    });
}

Result<PostingSlot> PostingSlotStore::update(const PostingSlot &slot)
{
    if (auto valid = validateSlot(slot); !valid)
        return valid.error();
    return m_database.write([&]() -> Result<PostingSlot> {
        auto exists =
            m_database.scalar(QStringLiteral("SELECT count(*) FROM posting_slots WHERE id = :id"),
                              {{QStringLiteral(":id"), slot.id}});
        if (!exists)
            return exists.error();
        if (exists->toInt() == 0)
            return noSuchSlot(slot.id);
        if (auto free = checkNoClash(slot); !free)
            return free.error();
        auto updated = write(
            QStringLiteral("UPDATE posting_slots SET weekday = :weekday, minute_of_day = :minute, "
                           "network_id = :network WHERE id = :id"),
            slot, slotBindingsWithId(slot, slot.id));
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() == 0)
            return noSuchSlot(slot.id);
        return storedSlot(slot, slot.id);
    });
}

Result<void> PostingSlotStore::remove(qint64 slotId)
{
    return m_database.write([&]() -> Result<void> {
        auto removed = m_database.exec(QStringLiteral("DELETE FROM posting_slots WHERE id = :id"),
                                       {{QStringLiteral(":id"), slotId}});
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() == 0)
            return noSuchSlot(slotId);
        return success();
    });
}

Result<QList<PostingSlot>> PostingSlotStore::replaceAll(const QList<PostingSlot> &slotList)
{
    QSet<QString> seen;
    for (const PostingSlot &slot : slotList) {
        if (auto valid = validateSlot(slot); !valid)
            return valid.error();
        const QString key = QStringLiteral("%1 %2 %3")
                                .arg(slot.weekday)
                                .arg(slot.time.hour() * 60 + slot.time.minute())
                                .arg(slot.networkId);
        if (seen.contains(key))
            return Error::make(ErrorKind::Conflict,
                               tr("There are two posting slots at %1 %2; keep one.")
                                   .arg(QLocale().dayName(slot.weekday, QLocale::LongFormat),
                                        slot.time.toString(QStringLiteral("HH:mm"))));
        seen.insert(key);
    }
    return m_database.write([&]() -> Result<QList<PostingSlot>> {
        if (auto cleared = m_database.exec(QStringLiteral("DELETE FROM posting_slots")); !cleared)
            return cleared.error();
        for (const PostingSlot &slot : slotList) {
            auto inserted =
                slot.id > 0
                    ? write(QStringLiteral("INSERT INTO posting_slots (id, weekday, minute_of_day, "
                                           "network_id) VALUES (:id, :weekday, :minute, :network)"),
                            slot, slotBindingsWithId(slot, slot.id))
                    : write(insertNewSlot, slot, slotBindings(slot));
            if (!inserted)
                return inserted.error();
        }
        return all();
    });
}

Result<QHash<int, TimeAdvice>> advisedTimes(const QList<PostingSlot> &slotList,
                                            const TimeAdvisor &advisor, const QStringList &networks)
{
    QSet<int> slotDays;
    for (const PostingSlot &slot : slotList)
        slotDays.insert(slot.weekday);
    auto bestByNetwork = bestTimesOf(&advisor, networks);
    if (!bestByNetwork)
        return bestByNetwork.error();
    QHash<int, TimeAdvice> advised;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        if (slotDays.contains(weekday))
            continue;
        const TimeAdvice advice = adviseTime(*bestByNetwork, networks, weekday, QTime());
        if (advice.fromFigures)
            advised.insert(weekday, advice);
    }
    return advised;
}

} // namespace hearth::core
