// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/serverpassword.h"

#include "storage/serveraddress.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <qt6keychain/keychain.h>

namespace hearth::ui {

namespace {

const QString keyringService = QStringLiteral("Hearth team plans");
// A keyring that never answers (a locked wallet nobody unlocks) must not hang Hearth.
constexpr int keyringTimeoutMs = 15000;

// Runs a keychain job to its end; true when it succeeded.
bool runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(keyringTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished && job.error() == QKeychain::NoError;
}

} // namespace

std::optional<QString> SystemKeyring::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(keyringService);
    job.setKey(key);
    if (!runJob(job))
        return std::nullopt;
    return job.textData();
}

bool SystemKeyring::write(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(keyringService);
    job.setKey(key);
    job.setTextData(password);
    return runJob(job);
}

void SystemKeyring::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(keyringService);
    job.setKey(key);
    runJob(job);
}

ServerPasswordDialog::ServerPasswordDialog(const core::ServerAddress &address,
                                           const QString &problem, bool rememberOffered,
                                           QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the keyring"), this))
{
    setObjectName(QStringLiteral("serverPasswordDialog"));
    setWindowTitle(tr("Team Plan Password"));
    auto *layout = new QVBoxLayout(this);
    const QString user = address.user().isEmpty() ? qEnvironmentVariable("USER") : address.user();
    auto *intro = new QLabel(
        tr("The server %1 asks for the password of %2.").arg(address.shortName(), user), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!problem.isEmpty()) {
        auto *problemLabel = new QLabel(problem, this);
        problemLabel->setObjectName(QStringLiteral("passwordProblemLabel"));
        problemLabel->setWordWrap(true);
        layout->addWidget(problemLabel);
    }
    auto *form = new QFormLayout;
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_remember->setObjectName(QStringLiteral("rememberPasswordCheckBox"));
    m_remember->setChecked(rememberOffered);
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_password->setFocus();
    // Wide enough that the question and a server's refusal wrap into a few lines, not many.
    setMinimumWidth(420);
}

QString ServerPasswordDialog::password() const
{
    return m_password->text();
}

bool ServerPasswordDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

} // namespace hearth::ui
