// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace hearth::core {

// Source of the current time, injected so tests can jump days ahead.
class Clock
{
public:
    virtual ~Clock() = default;
    // Always UTC.
    virtual QDateTime now() const = 0;
};

// The real wall clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    // A process-wide instance for code that has no clock of its own.
    static const SystemClock &instance();
};

// A clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start);
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &time);
    void advanceSeconds(qint64 seconds);

private:
    QDateTime m_now;
};

} // namespace hearth::core
