// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/newpostnetworks.h"

#include <QSettings>

namespace hearth::ui {

QStringList NewPostNetworks::preferred()
{
    return QSettings().value(QStringLiteral("defaults/networks")).toStringList();
}

QStringList NewPostNetworks::lastUsed()
{
    return QSettings().value(QStringLiteral("editor/lastNetworks")).toStringList();
}

void NewPostNetworks::rememberLastUsed(const QStringList &networkIds)
{
    if (!networkIds.isEmpty())
        QSettings().setValue(QStringLiteral("editor/lastNetworks"), networkIds);
}

QStringList NewPostNetworks::forNewPost()
{
    const QStringList chosen = preferred();
    return chosen.isEmpty() ? lastUsed() : chosen;
}

} // namespace hearth::ui
