// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace hearth::ui {

// The language Hearth shows, chosen in Preferences ("ui/language": "en", "de"; empty follows
// the system). Applied at start-up, before any window exists.
class Language final
{
public:
    static QString settingKey();
    // The stored choice; empty when the user never chose.
    static QString chosen();
    static void setChosen(const QString &language);
    // The languages Hearth has a translation for (English is the source).
    static QStringList available();
    // The language's own name, e.g. "Deutsch".
    static QString nativeName(const QString &language);

    // Makes `language` (empty: the system's) the default QLocale, so day and month names follow
    // it, and installs Hearth's and Qt's translations for it in place of earlier ones.
    static void apply(const QString &language);
};

} // namespace hearth::ui
