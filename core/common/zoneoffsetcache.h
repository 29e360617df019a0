// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimeZone>

#include <limits>
#include <optional>

namespace hearth::core {

// A time zone's UTC offset for many instants in a row (an export in time order): the zone is
// asked once per stretch between two of its transitions, not once per instant. Exact across
// daylight-saving changes, because a stretch ends at the zone's next transition.
class ZoneOffsetCache final
{
public:
    explicit ZoneOffsetCache(QTimeZone zone);

    // Seconds to add to `utcSeconds` (since the epoch) to get the zone's wall-clock time.
    int offsetAt(qint64 utcSeconds);

    // The instant (seconds since the epoch) of a wall-clock time given as seconds since the
    // epoch as if the wall clock were UTC. Nothing when a transition lies within two days:
    // there the answer depends on how gaps and repeated hours are resolved; ask QDateTime.
    std::optional<qint64> utcForLocal(qint64 localSeconds);

private:
    QTimeZone m_zone;
    // The offset holds for instants in [m_validFrom, m_validUntil).
    qint64 m_validFrom = 0;
    qint64 m_validUntil = 0;
    int m_offset = 0;
};

} // namespace hearth::core
