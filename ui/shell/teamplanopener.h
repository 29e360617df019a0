// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/startupguard.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class QDialog;
class QWidget;

namespace hearth::ui {

class PasswordKeyring;

// Opens a team plan with what needs the user first: consent to a remote server whose
// certificate is not checked, the password (from the keyring when the user asked Hearth to
// remember it, otherwise asked), and creating the plan in an empty database. On success the
// server joins the recent servers; no password is ever written to the settings.
class TeamPlanOpener final
{
    Q_DECLARE_TR_FUNCTIONS(TeamPlanOpener)

public:
    // Runs a prepared dialog (the password dialog, or a QMessageBox question) and returns its
    // result; tests replace it to answer. Default: QDialog::exec().
    using DialogRunner = std::function<int(QDialog &)>;

    // `keyring` null: the desktop's (SystemKeyring).
    TeamPlanOpener(const core::Clock &clock, StartupInteraction interaction,
                   std::shared_ptr<PasswordKeyring> keyring = {}, QWidget *parent = nullptr);

    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

    // `rememberPassword`: keep the password the user types in the keyring, and read it from
    // there next time. An outcome with `quit` set means the user cancelled.
    StartupOutcome open(core::ServerAddress address, bool rememberPassword,
                        const core::OpenOptions &options = {});

    // A remote server without sslmode=verify-ca/verify-full, not agreed to before.
    static bool needsConsent(const core::ServerAddress &address);

private:
    bool askConsent(const core::ServerAddress &address);
    bool askPassword(core::ServerAddress &address, const QString &problem, bool &remember);
    bool askToCreate(const core::ServerAddress &address);
    // Shows a question with `accept` and Cancel; true when `accept` was clicked.
    bool confirm(QMessageBox &box, const QString &accept, const QString &objectName,
                 bool acceptIsDefault);

    const core::Clock &m_clock;
    StartupInteraction m_interaction;
    std::shared_ptr<PasswordKeyring> m_keyring;
    QWidget *m_parent;
    DialogRunner m_runDialog;
};

} // namespace hearth::ui
