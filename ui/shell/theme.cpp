// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace hearth::ui {

namespace {

QPalette &systemPalette()
{
    // Captured once, before Hearth replaces the palette.
    static QPalette palette = QApplication::palette();
    return palette;
}

} // namespace

QString toString(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeChoice themeChoiceFromString(const QString &text)
{
    if (text == QLatin1String("light"))
        return ThemeChoice::Light;
    if (text == QLatin1String("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

bool systemPrefersDark()
{
    const QPalette &palette = systemPalette();
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf6, 0xf4, 0xf1));
    palette.setColor(QPalette::WindowText, QColor(0x22, 0x22, 0x22));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf0, 0xed, 0xe8));
    palette.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
    palette.setColor(QPalette::Button, QColor(0xee, 0xeb, 0xe6));
    palette.setColor(QPalette::ButtonText, QColor(0x22, 0x22, 0x22));
    palette.setColor(QPalette::Highlight, QColor(0xc8, 0x5a, 0x2a));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfb, 0xe6));
    palette.setColor(QPalette::ToolTipText, QColor(0x22, 0x22, 0x22));
    palette.setColor(QPalette::PlaceholderText, QColor(0x80, 0x7a, 0x72));
    palette.setColor(QPalette::Link, QColor(0xa3, 0x44, 0x1c));
    palette.setColor(QPalette::Mid, QColor(0xc9, 0xc3, 0xba));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x94, 0x8c));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x94, 0x8c));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x94, 0x8c));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x26, 0x24, 0x22));
    palette.setColor(QPalette::WindowText, QColor(0xec, 0xe8, 0xe2));
    palette.setColor(QPalette::Base, QColor(0x1c, 0x1b, 0x1a));
    palette.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2a, 0x27));
    palette.setColor(QPalette::Text, QColor(0xec, 0xe8, 0xe2));
    palette.setColor(QPalette::Button, QColor(0x33, 0x30, 0x2d));
    palette.setColor(QPalette::ButtonText, QColor(0xec, 0xe8, 0xe2));
    palette.setColor(QPalette::Highlight, QColor(0xe0, 0x7a, 0x45));
    palette.setColor(QPalette::HighlightedText, QColor(0x1c, 0x1b, 0x1a));
    palette.setColor(QPalette::ToolTipBase, QColor(0x33, 0x30, 0x2d));
    palette.setColor(QPalette::ToolTipText, QColor(0xec, 0xe8, 0xe2));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x94, 0x8c));
    palette.setColor(QPalette::Link, QColor(0xf0, 0x9a, 0x6a));
    palette.setColor(QPalette::Mid, QColor(0x4a, 0x46, 0x42));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x77, 0x72, 0x6c));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x77, 0x72, 0x6c));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x77, 0x72, 0x6c));
    return palette;
}

void applyTheme(ThemeChoice choice)
{
    systemPalette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const bool dark =
        choice == ThemeChoice::Dark || (choice == ThemeChoice::System && systemPrefersDark());
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
}

} // namespace hearth::ui
