// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace hearth::ui {

// The networks a new post starts on, read from QSettings: the ones chosen in Preferences
// ("defaults/networks", network ids; Preferences and the welcome write it) and those of the
// post saved last ("editor/lastNetworks", written here).
class NewPostNetworks final
{
public:
    static QStringList preferred();
    static QStringList lastUsed();
    static void rememberLastUsed(const QStringList &networkIds);
    // The preference when set, else the networks used last.
    static QStringList forNewPost();
};

} // namespace hearth::ui
