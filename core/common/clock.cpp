// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"

#include <QTimeZone>

namespace hearth::core {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

const SystemClock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

ManualClock::ManualClock(QDateTime start)
    : m_now(start.toUTC())
{}

void ManualClock::set(const QDateTime &time)
{
    m_now = time.toUTC();
}

void ManualClock::advanceSeconds(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

} // namespace hearth::core
