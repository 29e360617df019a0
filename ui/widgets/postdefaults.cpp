// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/postdefaults.h"

#include "widgets/networkicons.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QSettings>
#include <QTimeEdit>

namespace hearth::ui {

namespace {

const QString timeFormat = QStringLiteral("HH:mm");
constexpr int networkColumns = 3;

} // namespace

QString PostDefaults::networksKey()
{
    return QStringLiteral("defaults/networks");
}

QString PostDefaults::postTimeKey()
{
    return QStringLiteral("defaults/postTime");
}

PostDefaults PostDefaults::load()
{
    QSettings settings;
    PostDefaults defaults;
    defaults.networks = settings.value(networksKey()).toStringList();
    const QTime time = QTime::fromString(settings.value(postTimeKey()).toString(), timeFormat);
    if (time.isValid())
        defaults.postTime = time;
    return defaults;
}

void PostDefaults::save() const
{
    QSettings settings;
    settings.setValue(networksKey(), networks);
    settings.setValue(postTimeKey(), postTime.toString(timeFormat));
}

PostDefaultsWidget::PostDefaultsWidget(const QList<core::Network> &networks, QWidget *parent)
    : QWidget(parent)
    , m_time(new QTimeEdit(this))
{
    setObjectName(QStringLiteral("postDefaultsWidget"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    for (const core::Network &network : networks) {
        if (!network.enabled)
            continue;
        auto *box = new QCheckBox(network.name, this);
        box->setObjectName(network.id + QStringLiteral("DefaultNetworkCheckBox"));
        box->setProperty("networkId", network.id);
        box->setIcon(QIcon(networkBadge(network.id, 16, devicePixelRatioF())));
        const int index = int(m_networks.size());
        grid->addWidget(box, index / networkColumns, index % networkColumns);
        m_networks << box;
    }
    form->addRow(tr("Networks you use"), grid);
    m_time->setObjectName(QStringLiteral("defaultPostTimeEdit"));
    m_time->setDisplayFormat(timeFormat);
    m_time->setToolTip(tr("New posts start at this time when a day has no free posting slot"));
    form->addRow(tr("Usual posting &time"), m_time);
    setValue(PostDefaults::load());
}

PostDefaults PostDefaultsWidget::value() const
{
    PostDefaults defaults;
    for (const QCheckBox *box : m_networks) {
        if (box->isChecked())
            defaults.networks << box->property("networkId").toString();
    }
    defaults.postTime = m_time->time();
    return defaults;
}

void PostDefaultsWidget::setValue(const PostDefaults &defaults)
{
    for (QCheckBox *box : std::as_const(m_networks))
        box->setChecked(defaults.networks.contains(box->property("networkId").toString()));
    m_time->setTime(defaults.postTime);
}

} // namespace hearth::ui
