// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/postdefaults.h"

#include <QSettings>

namespace hearth::ui {

namespace {

QString defaultNetworksKey()
{
    return QStringLiteral("defaults/networks");
}

QString lastNetworksKey()
{
    return QStringLiteral("editor/lastNetworks");
}

} // namespace

QStringList PostDefaults::defaultNetworks()
{
    return QSettings().value(defaultNetworksKey()).toStringList();
}

void PostDefaults::setDefaultNetworks(const QStringList &networkIds)
{
    QSettings().setValue(defaultNetworksKey(), networkIds);
}

QStringList PostDefaults::lastNetworks()
{
    return QSettings().value(lastNetworksKey()).toStringList();
}

void PostDefaults::rememberNetworks(const QStringList &networkIds)
{
    if (!networkIds.isEmpty())
        QSettings().setValue(lastNetworksKey(), networkIds);
}

QStringList PostDefaults::networksForNewPost()
{
    const QStringList chosen = defaultNetworks();
    return chosen.isEmpty() ? lastNetworks() : chosen;
}

} // namespace hearth::ui
