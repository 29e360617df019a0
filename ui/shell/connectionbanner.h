// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QFrame>

#include <chrono>
#include <functional>

class QLabel;
class QTimer;

namespace hearth::core {
class Database;
}

namespace hearth::ui {

// The strip above the workspaces while a team plan's connection is down: says so, and retries
// Database::reconnect() with growing pauses until the server answers, then goes away.
class ConnectionBanner final : public QFrame
{
    Q_OBJECT

public:
    using Reconnect = std::function<core::Result<void>()>;

    explicit ConnectionBanner(core::Database &database, QWidget *parent = nullptr);

    // Tests replace the reconnect (default: Database::reconnect()) and the first pause.
    void setReconnect(Reconnect reconnect) { m_reconnect = std::move(reconnect); }
    void setFirstPause(std::chrono::milliseconds pause) { m_firstPause = pause; }

    // Shows the banner and starts retrying, unless it does so already.
    void connectionLost();
    // Checks the connection (no round trip) and calls connectionLost() when it is down.
    void check();
    bool isReconnecting() const;
    // The pause before the next try.
    std::chrono::milliseconds nextPause() const { return m_pause; }
    // One try now; the timer calls it after each pause.
    void retry();

signals:
    void reconnected();

private:
    core::Database &m_database;
    Reconnect m_reconnect;
    QLabel *m_text;
    QTimer *m_timer;
    std::chrono::milliseconds m_firstPause{1000};
    std::chrono::milliseconds m_pause{1000};
};

} // namespace hearth::ui
