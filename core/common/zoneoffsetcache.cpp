// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/zoneoffsetcache.h"

#include <QDateTime>

#include <utility>

namespace hearth::core {

ZoneOffsetCache::ZoneOffsetCache(QTimeZone zone)
    : m_zone(std::move(zone))
{}

int ZoneOffsetCache::offsetAt(qint64 utcSeconds)
{
    if (utcSeconds >= m_validFrom && utcSeconds < m_validUntil)
        return m_offset;
    const QDateTime at = QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC);
    m_offset = m_zone.offsetFromUtc(at);
    m_validFrom = std::numeric_limits<qint64>::min();
    m_validUntil = std::numeric_limits<qint64>::max();
    if (m_zone.hasTransitions()) {
        // The last transition at or before the instant and the first one after it bound the
        // stretch with this offset. Without one on either side the offset holds on that side.
        const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addSecs(1));
        const QTimeZone::OffsetData next = m_zone.nextTransition(at);
        if (previous.atUtc.isValid())
            m_validFrom = previous.atUtc.toSecsSinceEpoch();
        if (next.atUtc.isValid())
            m_validUntil = next.atUtc.toSecsSinceEpoch();
        // Never trust a stretch that does not hold the instant itself.
        if (utcSeconds < m_validFrom || utcSeconds >= m_validUntil) {
            m_validFrom = utcSeconds;
            m_validUntil = utcSeconds + 1;
        }
    }
    return m_offset;
}

std::optional<qint64> ZoneOffsetCache::utcForLocal(qint64 localSeconds)
{
    // Offsets lie within 14 hours of UTC, so any two differ by less than two days: a stretch
    // of one offset that reaches two days either side of the instant holds every instant
    // showing this wall-clock time, and the answer is the only one.
    constexpr qint64 margin = 2 * 86400;
    const int offset = offsetAt(localSeconds - m_offset);
    const qint64 utc = localSeconds - offset;
    if (offsetAt(utc) != offset)
        return std::nullopt;
    if (utc < m_validFrom + margin || utc >= m_validUntil - margin)
        return std::nullopt;
    return utc;
}

} // namespace hearth::core
