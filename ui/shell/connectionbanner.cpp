// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/connectionbanner.h"

#include "storage/database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace hearth::ui {

namespace {

// Retries slow down to this, so a long outage costs the server almost nothing.
constexpr std::chrono::milliseconds longestPause{30000};

} // namespace

ConnectionBanner::ConnectionBanner(core::Database &database, QWidget *parent)
    : QFrame(parent)
    , m_database(database)
    , m_reconnect([&database] { return database.reconnect(); })
    , m_text(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The warning colours of the theme's tooltips are too faint; a plain amber reads on both.
    setStyleSheet(QStringLiteral("#connectionBanner { background: #f6c343; }"
                                 "#connectionBanner QLabel { color: #3a2a00; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    m_text->setObjectName(QStringLiteral("connectionBannerLabel"));
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConnectionBanner::retry);
    hide();
}

bool ConnectionBanner::isReconnecting() const
{
    return m_timer->isActive() || !isHidden();
}

void ConnectionBanner::connectionLost()
{
    if (isReconnecting())
        return;
    m_pause = m_firstPause;
    m_text->setText(tr("Connection to %1 lost — reconnecting…").arg(m_database.serverName()));
    show();
    m_timer->start(m_pause);
}

void ConnectionBanner::check()
{
    if (m_database.isConnectionLost())
        connectionLost();
}

void ConnectionBanner::retry()
{
    if (auto back = m_reconnect(); back) {
        hide();
        emit reconnected();
        return;
    }
    m_pause = std::min(m_pause * 2, longestPause);
    m_text->setText(tr("Connection to %1 lost — reconnecting (next try in %2 s)…")
                        .arg(m_database.serverName())
                        .arg((m_pause.count() + 999) / 1000));
    m_timer->start(m_pause);
}

} // namespace hearth::ui
