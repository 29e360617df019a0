// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

class QSystemTrayIcon;
class QTimer;

namespace hearth::core {
class Clock;
class PostRepository;
} // namespace hearth::core

namespace hearth::ui {

// Reminds the user at each post's time while Hearth runs: a desktop notification through
// the system tray. The timer follows the injected clock; without a tray it only signals.
class PublishAssist final : public QObject
{
    Q_OBJECT

public:
    PublishAssist(core::PostRepository &posts, const core::Clock &clock, QObject *parent = nullptr);

    // Re-reads when the next post is due (after the plan changed).
    void reschedule();
    // Announces every post due since the last check; returns how many it announced.
    int checkDue();
    bool hasTray() const { return m_tray != nullptr; }
    QDateTime nextDue() const { return m_nextDue; }

signals:
    void reminderDue(qint64 postId, const QString &message);
    void openRequested(qint64 postId);

private:
    void createTray();

    core::PostRepository &m_posts;
    const core::Clock &m_clock;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_timer = nullptr;
    QDateTime m_lastCheck;
    QDateTime m_nextDue;
    qint64 m_lastAnnounced = 0;
};

} // namespace hearth::ui
