// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/serveraddress.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace hearth::ui {

// What Hearth keeps about team plans in QSettings: addresses as displayText() shows them and
// the user's choices per server, never a password.
namespace TeamPlanSettings {
// The servers opened last, newest first.
QStringList recentServers();
void addRecentServer(const core::ServerAddress &address);
// The user asked to keep this login's password in the keyring.
bool remembersPassword(const core::ServerAddress &address);
void setRemembersPassword(const core::ServerAddress &address, bool remember);
// The user agreed, for good, to connect to this server without checking its certificate.
bool hasConsent(const core::ServerAddress &address);
void setConsent(const core::ServerAddress &address);
} // namespace TeamPlanSettings

// File > Open Team Plan…: the server's address (libpq URI or service=NAME), the user, whether to
// keep the password in the keyring, and the servers opened before.
class TeamPlanDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TeamPlanDialog(QWidget *parent = nullptr);

    // The address with the user applied; an error when it does not parse.
    core::Result<core::ServerAddress> address() const;
    bool rememberPassword() const;

    void accept() override;

private:
    void showRecent(int row);

    QLineEdit *m_address;
    QLineEdit *m_user;
    QCheckBox *m_remember;
    QListWidget *m_recent;
    QLabel *m_problem;
};

} // namespace hearth::ui
