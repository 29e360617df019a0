// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/planlock.h"

#include "common/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

namespace hearth::core {

PlanLock::PlanLock(const QString &databasePath)
    : m_databasePath(databasePath)
    , m_path(lockPathFor(databasePath))
    , m_lock(m_path)
{
    // Only a dead owner makes a lock stale, never its age: a window may stay open for weeks.
    m_lock.setStaleLockTime(0);
}

PlanLock::~PlanLock() = default;

QString PlanLock::lockPathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

PlanLock::State PlanLock::tryAcquire()
{
    m_ownerPid = 0;
    m_ownerHost.clear();
    // On first run the data folder does not exist yet; the plan is about to be created in it.
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // QLockFile removes a lock whose process no longer runs on this host before trying again.
    if (m_lock.tryLock(0))
        return State::Acquired;
    if (m_lock.error() != QLockFile::LockFailedError) {
        qCWarning(lcStorage) << "cannot write the lock file" << m_path;
        return State::Unavailable;
    }
    QString application;
    if (!m_lock.getLockInfo(&m_ownerPid, &m_ownerHost, &application))
        m_ownerPid = 0;
    return State::HeldByOther;
}

void PlanLock::release()
{
    if (m_lock.isLocked())
        m_lock.unlock();
}

QString PlanLock::inUseMessage() const
{
    const QString plan = QDir::toNativeSeparators(m_databasePath);
    if (m_ownerPid <= 0)
        return tr("This plan (%1) is open in another Hearth window.").arg(plan);
    if (!m_ownerHost.isEmpty() && m_ownerHost != QSysInfo::machineHostName())
        return tr("This plan (%1) is open in another Hearth window (pid %2 on %3).")
            .arg(plan)
            .arg(m_ownerPid)
            .arg(m_ownerHost);
    return tr("This plan (%1) is open in another Hearth window (pid %2).")
        .arg(plan)
        .arg(m_ownerPid);
}

} // namespace hearth::core
