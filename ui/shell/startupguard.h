// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/planlock.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QMessageBox;
class QWidget;

namespace hearth::core {
class Clock;
}

namespace hearth::ui {

// Whether start-up may ask the user (a window) or must decide alone (--screenshot, scripts).
enum class StartupInteraction
{
    Ask,
    Never
};

// What opening the plan at start-up ended with: an open database (and the lock on it, when
// this window is the one writing), or a message to show before quitting.
struct StartupOutcome
{
    std::unique_ptr<core::Database> database;
    std::unique_ptr<core::PlanLock> lock;
    // Said once the window is up (e.g. "opened read-only because …", "restored from …").
    QString notice;
    // Set when there is no database: why, for stderr and a message box.
    QString error;
    // The user chose Quit in a start-up question.
    bool quit = false;
};

// Opens the plan for the window and handles what needs the user first: a plan open in another
// Hearth window (open read-only or quit) and a damaged file (restore the newest backup, keeping
// the damaged file aside, or quit). A damaged file is never written to.
class StartupGuard final
{
    Q_DECLARE_TR_FUNCTIONS(StartupGuard)

public:
    // Shows a prepared question and returns the clicked button; tests replace it to answer.
    using Prompt = std::function<void(QMessageBox &box)>;

    StartupGuard(const core::Clock &clock, StartupInteraction interaction,
                 QWidget *parent = nullptr);

    // Default: QMessageBox::exec().
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }

    StartupOutcome open(const QString &path, const core::OpenOptions &options);

private:
    enum class LockChoice
    {
        ReadOnly,
        Quit
    };
    LockChoice askAboutLock(const core::PlanLock &lock);
    // Shows `box` with the button `offer` (the default) and Quit; true when `offer` was chosen.
    bool offerOrQuit(QMessageBox &box, const QString &offer, const QString &objectName);
    bool askAboutRestore(const QString &path, const core::Error &error,
                         const core::BackupInfo &backup);

    const core::Clock &m_clock;
    StartupInteraction m_interaction;
    QWidget *m_parent;
    Prompt m_prompt;
};

} // namespace hearth::ui
