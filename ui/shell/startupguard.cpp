// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/startupguard.h"

#include "common/clock.h"
#include "storage/backupservice.h"
#include "storage/planrecovery.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace hearth::ui {

StartupGuard::StartupGuard(const core::Clock &clock, StartupInteraction interaction,
                           QWidget *parent)
    : m_clock(clock)
    , m_interaction(interaction)
    , m_parent(parent)
    , m_prompt([](QMessageBox &box) { box.exec(); })
{}

StartupOutcome StartupGuard::open(const QString &path, const core::OpenOptions &options)
{
    StartupOutcome outcome;
    core::OpenOptions effective = options;

    // Only a window that may write takes the lock; a read-only window never gets in the way.
    if (effective.mode == core::OpenMode::ReadWrite) {
        auto lock = std::make_unique<core::PlanLock>(path);
        switch (lock->tryAcquire()) {
        case core::PlanLock::State::Acquired:
            outcome.lock = std::move(lock);
            break;
        case core::PlanLock::State::Unavailable:
            break;
        case core::PlanLock::State::HeldByOther:
            if (m_interaction == StartupInteraction::Never) {
                // Unattended: never wait for the other window, never write beside it.
                outcome.notice = lock->inUseMessage() + u' ' + tr("Opened read-only.");
            } else if (askAboutLock(*lock) == LockChoice::Quit) {
                outcome.quit = true;
                return outcome;
            } else {
                outcome.notice = lock->inUseMessage() + u' ' + tr("Opened read-only.");
            }
            effective.mode = core::OpenMode::ReadOnly;
            break;
        }
    }

    auto opened = core::Database::open(path, effective, m_clock);
    if (opened) {
        outcome.database = std::move(*opened);
        return outcome;
    }
    const core::Error error = opened.error();
    if (!core::PlanRecovery::isDamage(error) || !QFileInfo(path).isFile()) {
        outcome.error = error.message;
        return outcome;
    }

    const auto backup = core::PlanRecovery::newestUsableBackup(path, m_clock);
    // Restoring replaces the file, which only the window holding the lock may do.
    const bool mayRestore = backup && outcome.lock && m_interaction == StartupInteraction::Ask;
    if (!mayRestore) {
        outcome.error = error.message + u' ' + core::PlanRecovery::advice(path, backup);
        return outcome;
    }
    if (!askAboutRestore(path, error, *backup)) {
        outcome.quit = true;
        return outcome;
    }
    auto restored = core::BackupService::restoreFile(backup->path, path, m_clock);
    if (!restored) {
        outcome.error = restored.error().message;
        return outcome;
    }
    auto reopened = core::Database::open(path, effective, m_clock);
    if (!reopened) {
        outcome.error = reopened.error().message;
        return outcome;
    }
    outcome.database = std::move(*reopened);
    outcome.notice =
        tr("Restored the backup of %1. The damaged plan was kept at %2.")
            .arg(QLocale().toString(backup->createdAt.toLocalTime(), QLocale::ShortFormat),
                 QDir::toNativeSeparators(restored->keptAside));
    return outcome;
}

StartupGuard::LockChoice StartupGuard::askAboutLock(const core::PlanLock &lock)
{
    QMessageBox box(m_parent);
    box.setObjectName(QStringLiteral("planInUseMessageBox"));
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Plan in use"));
    box.setText(lock.inUseMessage());
    box.setInformativeText(
        tr("Two windows writing the same plan would overwrite each other's changes. Open it "
           "read-only here, or quit and switch to the other window."));
    return offerOrQuit(box, tr("Open Read-Only"), QStringLiteral("openReadOnlyPushButton"))
               ? LockChoice::ReadOnly
               : LockChoice::Quit;
}

bool StartupGuard::askAboutRestore(const QString &path, const core::Error &error,
                                   const core::BackupInfo &backup)
{
    const QString when = QLocale().toString(backup.createdAt.toLocalTime(), QLocale::ShortFormat);
    QMessageBox box(m_parent);
    box.setObjectName(QStringLiteral("damagedPlanMessageBox"));
    box.setIcon(QMessageBox::Critical);
    box.setWindowTitle(tr("The plan cannot be opened"));
    box.setText(tr("Hearth cannot open %1.").arg(QDir::toNativeSeparators(path)));
    box.setInformativeText(
        error.message + u'\n' + u'\n' +
        tr("The newest backup is from %1. Restoring it replaces the plan with that copy; the "
           "damaged file is kept in %2, never deleted.")
            .arg(when, QDir::toNativeSeparators(core::BackupService::defaultFolderFor(path))));
    return offerOrQuit(box, tr("Restore the Newest Backup (%1)").arg(when),
                       QStringLiteral("restoreBackupPushButton"));
}

bool StartupGuard::offerOrQuit(QMessageBox &box, const QString &offer, const QString &objectName)
{
    QPushButton *accept = box.addButton(offer, QMessageBox::AcceptRole);
    accept->setObjectName(objectName);
    QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitPushButton"));
    box.setDefaultButton(accept);
    box.setEscapeButton(quit);
    m_prompt(box);
    return box.clickedButton() == accept;
}

} // namespace hearth::ui
