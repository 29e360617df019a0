// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/teamplandialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

const QString recentKey = QStringLiteral("teamPlans/recent");
const QString keyringKey = QStringLiteral("teamPlans/passwordInKeyring");
const QString consentKey = QStringLiteral("teamPlans/unverifiedConsent");
constexpr int recentLimit = 8;

void setListed(const QString &settingsKey, const QString &entry, bool listed)
{
    QSettings settings;
    QStringList entries = settings.value(settingsKey).toStringList();
    entries.removeAll(entry);
    if (listed)
        entries.prepend(entry);
    // An empty list would be written as "@Invalid()".
    if (entries.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, entries);
}

} // namespace

namespace TeamPlanSettings {

QStringList recentServers()
{
    return QSettings().value(recentKey).toStringList();
}

void addRecentServer(const core::ServerAddress &address)
{
    // displayText() leaves the password out, whatever the address was typed with.
    setListed(recentKey, address.displayText(), true);
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    if (recent.size() > recentLimit) {
        recent.resize(recentLimit);
        settings.setValue(recentKey, recent);
    }
}

bool remembersPassword(const core::ServerAddress &address)
{
    return QSettings().value(keyringKey).toStringList().contains(address.keyringKey());
}

void setRemembersPassword(const core::ServerAddress &address, bool remember)
{
    setListed(keyringKey, address.keyringKey(), remember);
}

bool hasConsent(const core::ServerAddress &address)
{
    return QSettings().value(consentKey).toStringList().contains(address.keyringKey());
}

void setConsent(const core::ServerAddress &address)
{
    setListed(consentKey, address.keyringKey(), true);
}

} // namespace TeamPlanSettings

TeamPlanDialog::TeamPlanDialog(QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the keyring"), this))
    , m_recent(new QListWidget(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("teamPlanDialog"));
    setWindowTitle(tr("Open Team Plan"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A team plan lives on a PostgreSQL server. Give its address as "
                                "a connection URI (postgresql://host/database) or as "
                                "service=NAME from pg_service.conf."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_address->setObjectName(QStringLiteral("addressLineEdit"));
    m_address->setPlaceholderText(
        QStringLiteral("postgresql://db.example.org/plan?sslmode=verify-full"));
    m_address->setClearButtonEnabled(true);
    form->addRow(tr("&Address:"), m_address);
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_user->setPlaceholderText(tr("as in the address, or your login name"));
    form->addRow(tr("&User:"), m_user);
    layout->addLayout(form);
    m_remember->setObjectName(QStringLiteral("rememberPasswordCheckBox"));
    m_remember->setToolTip(tr("Hearth never writes a password to its settings; without the "
                              "keyring it asks each time."));
    layout->addWidget(m_remember);

    auto *recentLabel = new QLabel(tr("Recent &servers:"), this);
    recentLabel->setBuddy(m_recent);
    layout->addWidget(recentLabel);
    m_recent->setObjectName(QStringLiteral("recentServersListWidget"));
    m_recent->addItems(TeamPlanSettings::recentServers());
    layout->addWidget(m_recent, 1);

    m_problem->setObjectName(QStringLiteral("teamPlanProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("openPushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_recent, &QListWidget::currentRowChanged, this, &TeamPlanDialog::showRecent);
    connect(m_recent, &QListWidget::itemActivated, this, &TeamPlanDialog::accept);
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
    resize(520, 360);
}

void TeamPlanDialog::showRecent(int row)
{
    if (row < 0)
        return;
    auto parsed = core::ServerAddress::parse(m_recent->item(row)->text());
    m_address->setText(m_recent->item(row)->text());
    m_user->setText(parsed ? parsed->user() : QString());
    m_remember->setChecked(parsed && TeamPlanSettings::remembersPassword(*parsed));
}

core::Result<core::ServerAddress> TeamPlanDialog::address() const
{
    auto parsed = core::ServerAddress::parse(m_address->text().trimmed());
    if (!parsed)
        return parsed;
    if (!m_user->text().trimmed().isEmpty())
        parsed->setValue(QStringLiteral("user"), m_user->text().trimmed());
    return parsed;
}

bool TeamPlanDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void TeamPlanDialog::accept()
{
    if (m_address->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Give the server's address."));
        m_problem->show();
        return;
    }
    if (auto parsed = address(); !parsed) {
        m_problem->setText(parsed.error().message);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace hearth::ui
