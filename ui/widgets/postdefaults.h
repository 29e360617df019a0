// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace hearth::ui {

// What a new post starts with, kept in QSettings: the networks chosen in Preferences
// ("defaults/networks", network ids) and the networks of the post saved last
// ("editor/lastNetworks").
class PostDefaults final
{
public:
    static QStringList defaultNetworks();
    static void setDefaultNetworks(const QStringList &networkIds);
    static QStringList lastNetworks();
    static void rememberNetworks(const QStringList &networkIds);
    // The networks a new post is ticked for: the preference when set, else the last used.
    static QStringList networksForNewPost();
};

} // namespace hearth::ui
