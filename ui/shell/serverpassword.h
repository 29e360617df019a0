// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

#include <optional>

class QCheckBox;
class QLineEdit;

namespace hearth::core {
class ServerAddress;
}

namespace hearth::ui {

// Where remembered team-plan passwords live. Never QSettings: the desktop's keyring, or nothing.
class PasswordKeyring
{
public:
    virtual ~PasswordKeyring() = default;
    // The password kept under `key`, or nothing (none kept, or no keyring on this desktop).
    virtual std::optional<QString> read(const QString &key) = 0;
    // False when the keyring could not keep it (none running, locked, refused).
    virtual bool write(const QString &key, const QString &password) = 0;
    virtual void remove(const QString &key) = 0;
};

// The desktop keyring (Secret Service, KWallet) through QtKeychain. Where none runs, as in
// tests and CI, reading finds nothing and writing fails: Hearth then asks each time.
class SystemKeyring final : public PasswordKeyring
{
public:
    std::optional<QString> read(const QString &key) override;
    bool write(const QString &key, const QString &password) override;
    void remove(const QString &key) override;
};

// Asks for the password of a team plan's login; the text is never logged or stored by it.
class ServerPasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    // `problem` says why it asks again (the server refused the last one); empty at first.
    ServerPasswordDialog(const core::ServerAddress &address, const QString &problem,
                         bool rememberOffered, QWidget *parent = nullptr);

    QString password() const;
    bool rememberPassword() const;

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace hearth::ui
