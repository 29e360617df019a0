// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

namespace hearth::ui {

enum class ThemeChoice
{
    System,
    Light,
    Dark
};

QString toString(ThemeChoice choice);
ThemeChoice themeChoiceFromString(const QString &text);

// Whether the desktop's own palette is dark.
bool systemPrefersDark();
QPalette lightPalette();
QPalette darkPalette();
// Applies Fusion with a light or dark palette; System follows the desktop.
void applyTheme(ThemeChoice choice);

} // namespace hearth::ui
