// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/preferencesdialog.h"

#include "shell/language.h"
#include "storage/database.h"
#include "widgets/networkicons.h"
#include "widgets/postdefaults.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

const QLatin1String hashtagCapKey("hashtag_cap");
const QLatin1String instanceKey("instance");
const QLatin1String composeUrlKey("compose_url");
// A per-account override some plans carry; the limit field replaces it.
const QLatin1String accountLimitKey("account_limit");
constexpr int defaultHashtagCap = 30;
constexpr int maxLimit = 100000;

bool isMastodon(const core::Network &network)
{
    return network.id == QLatin1String("mastodon");
}

bool isInstagram(const core::Network &network)
{
    return network.id == QLatin1String("instagram");
}

// The limit the counter uses for `network`.
int effectiveLimit(const core::Network &network)
{
    const int account = network.settings.value(accountLimitKey).toInt();
    return account > 0 ? account : network.charLimit;
}

} // namespace

int PreferencesDialog::defaultLimit(const QString &networkId)
{
    static const QHash<QString, int> limits{
        {QStringLiteral("x"), 280},          {QStringLiteral("mastodon"), 500},
        {QStringLiteral("bluesky"), 300},    {QStringLiteral("threads"), 500},
        {QStringLiteral("linkedin"), 3000},  {QStringLiteral("instagram"), 2200},
        {QStringLiteral("facebook"), 63206}, {QStringLiteral("tiktok"), 2200},
        {QStringLiteral("pinterest"), 500},  {QStringLiteral("youtube"), 5000},
    };
    return limits.value(networkId, 0);
}

PreferencesDialog::PreferencesDialog(core::Database &database, core::CatalogRepository &catalog,
                                     QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_original = m_catalog.networks().valueOr({});
    m_networks = m_original;

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("preferencesTabWidget"));
    m_tabs->addTab(createNetworksPage(), tr("Networks"));
    m_tabs->addTab(createGeneralPage(), tr("General"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("preferencesProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #c02a2a;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    if (m_database.isReadOnly()) {
        showProblem(tr("This plan is open read-only; the preferences cannot be changed."));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    resize(700, 500);
    m_list->setCurrentRow(0);
}

QWidget *PreferencesDialog::createGeneralPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("generalPage"));
    auto *layout = new QVBoxLayout(page);

    auto *posts = new QGroupBox(tr("New posts"), page);
    auto *postsLayout = new QVBoxLayout(posts);
    m_defaults = new PostDefaultsWidget(m_networks, posts);
    postsLayout->addWidget(m_defaults);
    layout->addWidget(posts);

    auto *look = new QGroupBox(tr("Language"), page);
    auto *form = new QFormLayout(look);
    m_language = new QComboBox(look);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("As the system"), QString());
    for (const QString &language : Language::available())
        m_language->addItem(Language::nativeName(language), language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::chosen())));
    form->addRow(tr("&Language"), m_language);
    auto *note = new QLabel(tr("Hearth speaks the new language from its next start."), look);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    layout->addWidget(look);
    layout->addStretch(1);
    return page;
}

QWidget *PreferencesDialog::createNetworksPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("networksPage"));
    auto *layout = new QHBoxLayout(page);

    auto *left = new QVBoxLayout;
    m_list = new QListWidget(page);
    m_list->setObjectName(QStringLiteral("networksListWidget"));
    m_list->setAccessibleName(tr("Networks"));
    m_list->setIconSize(QSize(18, 18));
    for (int row = 0; row < m_networks.size(); ++row) {
        new QListWidgetItem(m_list);
        refreshListItem(row);
    }
    left->addWidget(m_list, 1);

    auto *add = new QGroupBox(tr("Add your own network"), page);
    auto *addForm = new QFormLayout(add);
    m_newName = new QLineEdit(add);
    m_newName->setObjectName(QStringLiteral("newNetworkNameLineEdit"));
    m_newName->setPlaceholderText(tr("e.g. Town Forum"));
    m_newLimit = new QSpinBox(add);
    m_newLimit->setObjectName(QStringLiteral("newNetworkLimitSpinBox"));
    m_newLimit->setRange(1, maxLimit);
    m_newLimit->setValue(500);
    m_newLimit->setSuffix(tr(" characters"));
    auto *addButton = new QPushButton(tr("Add &Network"), add);
    addButton->setObjectName(QStringLiteral("addNetworkButton"));
    connect(addButton, &QPushButton::clicked, this, &PreferencesDialog::addNetwork);
    connect(m_newName, &QLineEdit::returnPressed, this, &PreferencesDialog::addNetwork);
    addForm->addRow(tr("Name"), m_newName);
    addForm->addRow(tr("Limit"), m_newLimit);
    addForm->addRow(QString(), addButton);
    left->addWidget(add);
    layout->addLayout(left, 2);

    auto *details = new QWidget(page);
    m_form = new QFormLayout(details);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLabel(details);
    m_name->setObjectName(QStringLiteral("networkNameLabel"));
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    m_name->setFont(nameFont);
    m_form->addRow(m_name);

    m_enabled = new QCheckBox(tr("Offer it in the post editor"), details);
    m_enabled->setObjectName(QStringLiteral("networkEnabledCheckBox"));
    m_enabled->setToolTip(tr("Posts that already go to this network keep it."));
    m_form->addRow(QString(), m_enabled);

    m_limit = new QSpinBox(details);
    m_limit->setObjectName(QStringLiteral("networkLimitSpinBox"));
    m_limit->setRange(1, maxLimit);
    m_limit->setSuffix(tr(" characters"));
    m_form->addRow(tr("&Limit"), m_limit);
    m_limitHint = new QLabel(details);
    m_limitHint->setObjectName(QStringLiteral("networkLimitHintLabel"));
    m_limitHint->setWordWrap(true);
    m_limitHint->setStyleSheet(
        QStringLiteral("color: %1;").arg(palette().color(QPalette::PlaceholderText).name()));
    m_form->addRow(QString(), m_limitHint);

    m_mastodonServer = new QLineEdit(details);
    m_mastodonServer->setObjectName(QStringLiteral("mastodonServerLineEdit"));
    m_mastodonServer->setPlaceholderText(tr("e.g. mastodon.social, for “Open compose page”"));
    m_mastodonServer->setToolTip(tr("Your server, for “Open compose page”"));
    m_form->addRow(tr("&Server"), m_mastodonServer);

    m_hashtagCap = new QSpinBox(details);
    m_hashtagCap->setObjectName(QStringLiteral("hashtagCapSpinBox"));
    m_hashtagCap->setRange(1, 100);
    m_hashtagCap->setSuffix(tr(" hashtags"));
    m_hashtagCap->setToolTip(tr("Instagram allowed 30 hashtags and is moving to 5; the editor "
                                "warns above this number."));
    m_form->addRow(tr("&Warn above"), m_hashtagCap);

    m_composeUrl = new QLineEdit(details);
    m_composeUrl->setObjectName(QStringLiteral("composeUrlLineEdit"));
    m_composeUrl->setPlaceholderText(QStringLiteral("https://forum.example/new?text={text}"));
    m_composeUrl->setToolTip(
        tr("The network's page for writing a post; {text} is replaced by the post's text."));
    m_form->addRow(tr("&Compose page"), m_composeUrl);
    layout->addWidget(details, 3);

    connect(m_list, &QListWidget::currentRowChanged, this, &PreferencesDialog::showNetwork);
    for (QSpinBox *spin : {m_limit, m_hashtagCap})
        connect(spin, &QSpinBox::valueChanged, this, &PreferencesDialog::storeFields);
    for (QLineEdit *edit : {m_mastodonServer, m_composeUrl})
        connect(edit, &QLineEdit::textEdited, this, &PreferencesDialog::storeFields);
    connect(m_enabled, &QCheckBox::toggled, this, &PreferencesDialog::storeFields);
    return page;
}

void PreferencesDialog::refreshListItem(int row)
{
    const core::Network &network = m_networks.at(row);
    QListWidgetItem *item = m_list->item(row);
    item->setText(network.name);
    item->setIcon(QIcon(
        networkBadge(network.id.isEmpty() ? network.name : network.id, 18, devicePixelRatioF())));
    item->setForeground(network.enabled ? palette().color(QPalette::Text)
                                        : palette().color(QPalette::PlaceholderText));
    item->setToolTip(network.enabled ? tr("Limit %1").arg(effectiveLimit(network))
                                     : tr("Not offered in the post editor"));
}

void PreferencesDialog::showNetwork(int row)
{
    if (row < 0 || row >= m_networks.size())
        return;
    m_shown = row;
    const core::Network &network = m_networks.at(row);
    m_loading = true;
    m_name->setText(network.builtin ? network.name : tr("%1 (your network)").arg(network.name));
    m_enabled->setChecked(network.enabled);
    m_limit->setValue(effectiveLimit(network));
    const int builtIn = defaultLimit(network.id);
    QString hint;
    if (isMastodon(network))
        hint = tr("Each Mastodon server sets its own limit: 500 on most, 5000 or more on some. "
                  "Enter your server's limit.");
    else if (network.id == QLatin1String("x"))
        hint = tr("280 for most accounts; paid accounts may post more.");
    else if (builtIn > 0)
        hint = tr("%1 allows %2 characters.").arg(network.name).arg(builtIn);
    else
        hint = tr("Counted in characters.");
    m_limitHint->setText(hint);
    m_mastodonServer->setText(network.settings.value(instanceKey).toString());
    m_hashtagCap->setValue(network.settings.value(hashtagCapKey).toInt(defaultHashtagCap));
    m_composeUrl->setText(network.settings.value(composeUrlKey).toString());
    m_form->setRowVisible(m_mastodonServer, isMastodon(network));
    m_form->setRowVisible(m_hashtagCap, isInstagram(network));
    m_form->setRowVisible(m_composeUrl, !network.builtin);
    m_loading = false;
}

void PreferencesDialog::storeFields()
{
    if (m_loading || m_shown < 0 || m_shown >= m_networks.size())
        return;
    core::Network &network = m_networks[m_shown];
    network.enabled = m_enabled->isChecked();
    network.charLimit = m_limit->value();
    network.settings.remove(accountLimitKey);
    if (isMastodon(network)) {
        const QString server = m_mastodonServer->text().trimmed();
        if (server.isEmpty())
            network.settings.remove(instanceKey);
        else
            network.settings.insert(instanceKey, server);
    }
    if (isInstagram(network))
        network.settings.insert(hashtagCapKey, m_hashtagCap->value());
    if (!network.builtin) {
        const QString url = m_composeUrl->text().trimmed();
        if (url.isEmpty())
            network.settings.remove(composeUrlKey);
        else
            network.settings.insert(composeUrlKey, url);
    }
    refreshListItem(m_shown);
}

void PreferencesDialog::addNetwork()
{
    const QString name = m_newName->text().simplified();
    if (name.isEmpty()) {
        showProblem(tr("Give the new network a name."));
        m_newName->setFocus();
        return;
    }
    for (const core::Network &network : std::as_const(m_networks)) {
        if (network.name.compare(name, Qt::CaseInsensitive) == 0) {
            showProblem(tr("There is a network named “%1” already.").arg(network.name));
            return;
        }
    }
    core::Network network;
    network.name = name;
    network.charLimit = m_newLimit->value();
    network.countingRule = QStringLiteral("characters");
    m_networks << network;
    new QListWidgetItem(m_list);
    refreshListItem(int(m_networks.size()) - 1);
    m_newName->clear();
    showProblem({});
    m_list->setCurrentRow(int(m_networks.size()) - 1);
}

void PreferencesDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void PreferencesDialog::accept()
{
    storeFields();
    auto stored = m_database.write([&]() -> core::Result<void> {
        for (const core::Network &network : std::as_const(m_networks)) {
            core::Network target = network;
            const auto before =
                std::find_if(m_original.cbegin(), m_original.cend(), [&](const core::Network &old) {
                    return !old.id.isEmpty() && old.id == network.id;
                });
            if (network.id.isEmpty()) {
                auto added = m_catalog.addCustomNetwork(network.name, network.charLimit);
                if (!added)
                    return added.error();
                target.id = added->id;
            } else if (before != m_original.cend() && before->charLimit == network.charLimit &&
                       before->settings == network.settings && before->enabled == network.enabled) {
                continue;
            }
            if (auto updated =
                    m_catalog.updateNetworkSettings(target.id, target.charLimit, target.settings);
                !updated)
                return updated.error();
            if (auto enabled = m_catalog.setNetworkEnabled(target.id, target.enabled); !enabled)
                return enabled.error();
        }
        return core::success();
    });
    if (!stored) {
        showProblem(stored.error().message);
        return;
    }
    m_defaults->value().save();
    Language::setChosen(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace hearth::ui
