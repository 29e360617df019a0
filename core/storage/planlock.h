// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

namespace hearth::core {

// A lock file beside a plan (plan.sqlite.lock) held while a Hearth window has the plan open, so
// a second window can be told the plan is in use. A lock left by a process that died is stale
// and is taken over, so a crash never locks the user out. hearth-cli ignores it: SQLite's own
// locking and busy timeout keep its short writes safe.
class PlanLock final
{
    Q_DECLARE_TR_FUNCTIONS(PlanLock)

public:
    enum class State
    {
        Acquired,
        HeldByOther,
        // The lock file cannot be written (read-only folder…); the plan can still be opened.
        Unavailable
    };

    explicit PlanLock(const QString &databasePath);
    ~PlanLock();
    PlanLock(const PlanLock &) = delete;
    PlanLock &operator=(const PlanLock &) = delete;

    static QString lockPathFor(const QString &databasePath);

    // Takes the lock without waiting; a stale lock (its process is gone) is removed first.
    State tryAcquire();
    bool isHeld() const { return m_lock.isLocked(); }
    void release();

    QString lockPath() const { return m_path; }
    // The process holding the lock, after tryAcquire() returned HeldByOther (0 when unknown).
    qint64 ownerPid() const { return m_ownerPid; }
    QString ownerHost() const { return m_ownerHost; }
    // "This plan is open in another Hearth window (pid N)." for HeldByOther.
    QString inUseMessage() const;

private:
    QString m_databasePath;
    QString m_path;
    QLockFile m_lock;
    qint64 m_ownerPid = 0;
    QString m_ownerHost;
};

} // namespace hearth::core
