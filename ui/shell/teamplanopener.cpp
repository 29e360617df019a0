// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/teamplanopener.h"

#include "shell/serverpassword.h"
#include "shell/teamplandialog.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

namespace hearth::ui {

namespace {

// A wrong password is asked again; after that many the message stands.
constexpr int passwordTries = 3;

} // namespace

TeamPlanOpener::TeamPlanOpener(const core::Clock &clock, StartupInteraction interaction,
                               std::shared_ptr<PasswordKeyring> keyring, QWidget *parent)
    : m_clock(clock)
    , m_interaction(interaction)
    , m_keyring(keyring ? std::move(keyring) : std::make_shared<SystemKeyring>())
    , m_parent(parent)
    , m_runDialog([](QDialog &dialog) { return dialog.exec(); })
{}

bool TeamPlanOpener::needsConsent(const core::ServerAddress &address)
{
    return !address.isLocal() && !address.verifiesServer() &&
           !TeamPlanSettings::hasConsent(address);
}

StartupOutcome TeamPlanOpener::open(core::ServerAddress address, bool rememberPassword,
                                    const core::OpenOptions &options)
{
    StartupOutcome outcome;
    const bool ask = m_interaction == StartupInteraction::Ask;
    if (needsConsent(address)) {
        if (!ask) {
            outcome.error = tr("%1 is not on this computer and its certificate is not checked "
                               "(sslmode=verify-full); Hearth connects only with your consent.")
                                .arg(address.shortName());
            return outcome;
        }
        if (!askConsent(address)) {
            outcome.quit = true;
            return outcome;
        }
    }
    bool typedPassword = false;
    if (rememberPassword && address.password().isEmpty()) {
        if (auto kept = m_keyring->read(address.keyringKey()))
            address.setPassword(*kept);
    }
    core::OpenOptions mustExist = options;
    mustExist.create = core::CreateMode::MustExist;
    for (int attempt = 0;; ++attempt) {
        auto opened = core::Database::openServer(address, mustExist, m_clock);
        if (!opened && opened.error().kind == core::ErrorKind::NotFound && ask &&
            options.create == core::CreateMode::CreateIfMissing) {
            if (!askToCreate(address)) {
                outcome.quit = true;
                return outcome;
            }
            opened = core::Database::openServer(address, options, m_clock);
        }
        if (opened) {
            outcome.database = std::move(*opened);
            break;
        }
        const bool refused = opened.error().kind == core::ErrorKind::AuthenticationFailed;
        if (!refused || !ask || attempt >= passwordTries) {
            outcome.error = opened.error().message;
            return outcome;
        }
        // No password yet: the first question needs no complaint.
        const QString problem = address.password().isEmpty() ? QString() : opened.error().message;
        if (!askPassword(address, problem, rememberPassword)) {
            outcome.quit = true;
            return outcome;
        }
        typedPassword = true;
    }
    TeamPlanSettings::addRecentServer(address);
    // The keyring is asked only when the choice calls for it: it may be slow to answer.
    if (typedPassword && rememberPassword &&
        !m_keyring->write(address.keyringKey(), address.password()))
        outcome.notice = tr("The desktop keyring could not keep the password; Hearth will ask "
                            "for it next time.");
    else if (!rememberPassword && TeamPlanSettings::remembersPassword(address))
        m_keyring->remove(address.keyringKey());
    TeamPlanSettings::setRemembersPassword(address, rememberPassword);
    return outcome;
}

bool TeamPlanOpener::askConsent(const core::ServerAddress &address)
{
    QMessageBox box(QMessageBox::Warning, tr("Connect without checking the server?"),
                    tr("Connect to %1 without checking its certificate?").arg(address.shortName()),
                    QMessageBox::NoButton, m_parent);
    box.setObjectName(QStringLiteral("unverifiedServerMessageBox"));
    box.setInformativeText(
        tr("The address does not ask for sslmode=verify-full, so someone on the network between "
           "you and the server could read or change your plan and your password."));
    auto *remember = new QCheckBox(tr("&Do not ask again for this server"), &box);
    remember->setObjectName(QStringLiteral("rememberConsentCheckBox"));
    box.setCheckBox(remember);
    if (!confirm(box, tr("Connect &Anyway"), QStringLiteral("connectAnywayButton"), false))
        return false;
    if (remember->isChecked())
        TeamPlanSettings::setConsent(address);
    return true;
}

bool TeamPlanOpener::askPassword(core::ServerAddress &address, const QString &problem,
                                 bool &remember)
{
    ServerPasswordDialog dialog(address, problem, remember, m_parent);
    if (m_runDialog(dialog) != QDialog::Accepted)
        return false;
    address.setPassword(dialog.password());
    remember = dialog.rememberPassword();
    return true;
}

bool TeamPlanOpener::askToCreate(const core::ServerAddress &address)
{
    QMessageBox box(QMessageBox::Question, tr("Create a Team Plan?"),
                    tr("The database %1 holds no Hearth plan yet.").arg(address.shortName()),
                    QMessageBox::NoButton, m_parent);
    box.setObjectName(QStringLiteral("createTeamPlanMessageBox"));
    box.setInformativeText(tr("Create a new, empty plan there? Your team can then open it too."));
    return confirm(box, tr("&Create Plan"), QStringLiteral("createPlanButton"), true);
}

bool TeamPlanOpener::confirm(QMessageBox &box, const QString &accept, const QString &objectName,
                             bool acceptIsDefault)
{
    QPushButton *yes = box.addButton(accept, QMessageBox::AcceptRole);
    yes->setObjectName(objectName);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box.setDefaultButton(acceptIsDefault ? yes : cancel);
    box.setEscapeButton(cancel);
    m_runDialog(box);
    return box.clickedButton() == yes;
}

} // namespace hearth::ui
