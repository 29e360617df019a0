// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/publishassist.h"

#include "common/clock.h"
#include "plan/postrepository.h"
#include "plan/postsummary.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QTimer>

namespace hearth::ui {

namespace {

// Re-check at least this often so a changed system clock or a sleep is noticed.
constexpr qint64 maxWaitMs = 5 * 60 * 1000;
// The first look at the plan and the tray icon wait this long: start-up paints the week first.
constexpr int startDelayMs = 1500;

} // namespace

PublishAssist::PublishAssist(core::PostRepository &posts, const core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_posts(posts)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] {
        checkDue();
        reschedule();
    });
    // Asking for the tray talks to the desktop (D-Bus) and reading the next week of posts
    // queries the plan: neither is needed to show the window. Nothing is missed meanwhile:
    // the first timeout announces whatever fell due since now.
    m_lastCheck = m_clock.now();
    QTimer::singleShot(startDelayMs, this, &PublishAssist::createTray);
    m_timer->start(startDelayMs);
}

void PublishAssist::createTray()
{
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/hearth.svg")), this);
    m_tray->setToolTip(tr("Hearth: reminders for your planned posts"));
    m_tray->show();
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastAnnounced != 0)
            emit openRequested(m_lastAnnounced);
    });
}

void PublishAssist::reschedule()
{
    const QDateTime now = m_clock.now();
    // Only the next week matters for a timer; the plan beyond is read again later.
    auto upcoming = m_posts.scheduledBetween(now.addSecs(1), now.addDays(7));
    m_nextDue = QDateTime();
    if (upcoming) {
        for (const core::Post &post : std::as_const(*upcoming)) {
            if (post.status == core::PostStatus::Scheduled) {
                m_nextDue = post.scheduledAt;
                break;
            }
        }
    }
    qint64 wait = maxWaitMs;
    if (m_nextDue.isValid())
        wait = qBound<qint64>(0, now.msecsTo(m_nextDue), maxWaitMs);
    m_timer->start(static_cast<int>(wait));
}

int PublishAssist::checkDue()
{
    const QDateTime now = m_clock.now();
    const QDateTime from = m_lastCheck;
    m_lastCheck = now;
    if (now <= from)
        return 0;
    auto due = m_posts.scheduledBetween(from.addSecs(1), now.addSecs(1));
    if (!due)
        return 0;
    int announced = 0;
    for (const core::Post &post : std::as_const(*due)) {
        if (post.status != core::PostStatus::Scheduled)
            continue;
        QStringList networks = post.networkIds();
        const QString message =
            tr("Time to post on %1: %2")
                .arg(networks.join(QStringLiteral(", ")),
                     core::firstWords(post.title.isEmpty() ? post.body : post.title, 80));
        m_lastAnnounced = post.id;
        ++announced;
        emit reminderDue(post.id, message);
        if (m_tray)
            m_tray->showMessage(tr("Hearth"), message, QSystemTrayIcon::Information, 15000);
    }
    return announced;
}

} // namespace hearth::ui
