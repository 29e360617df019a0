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

// The colours that make one of Hearth's palettes: light and dark set the same roles.
struct PaletteColors
{
    QColor window;
    // Window, view, button and tooltip text alike.
    QColor text;
    QColor base;
    QColor alternateBase;
    QColor button;
    QColor highlight;
    QColor highlightedText;
    QColor toolTipBase;
    QColor placeholderText;
    QColor link;
    QColor mid;
    QColor disabledText;
};

QPalette paletteFrom(const PaletteColors &colors)
{
    QPalette palette;
    palette.setColor(QPalette::Window, colors.window);
    palette.setColor(QPalette::WindowText, colors.text);
    palette.setColor(QPalette::Base, colors.base);
    palette.setColor(QPalette::AlternateBase, colors.alternateBase);
    palette.setColor(QPalette::Text, colors.text);
    palette.setColor(QPalette::Button, colors.button);
    palette.setColor(QPalette::ButtonText, colors.text);
    palette.setColor(QPalette::Highlight, colors.highlight);
    palette.setColor(QPalette::HighlightedText, colors.highlightedText);
    palette.setColor(QPalette::ToolTipBase, colors.toolTipBase);
    palette.setColor(QPalette::ToolTipText, colors.text);
    palette.setColor(QPalette::PlaceholderText, colors.placeholderText);
    palette.setColor(QPalette::Link, colors.link);
    palette.setColor(QPalette::Mid, colors.mid);
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        palette.setColor(QPalette::Disabled, role, colors.disabledText);
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
    return paletteFrom({.window = QColor(0xf6, 0xf4, 0xf1),
                        .text = QColor(0x22, 0x22, 0x22),
                        .base = Qt::white,
                        .alternateBase = QColor(0xf0, 0xed, 0xe8),
                        .button = QColor(0xee, 0xeb, 0xe6),
                        .highlight = QColor(0xc8, 0x5a, 0x2a),
                        .highlightedText = Qt::white,
                        .toolTipBase = QColor(0xff, 0xfb, 0xe6),
                        .placeholderText = QColor(0x80, 0x7a, 0x72),
                        .link = QColor(0xa3, 0x44, 0x1c),
                        .mid = QColor(0xc9, 0xc3, 0xba),
                        .disabledText = QColor(0x9a, 0x94, 0x8c)});
}

QPalette darkPalette()
{
    return paletteFrom({.window = QColor(0x26, 0x24, 0x22),
                        .text = QColor(0xec, 0xe8, 0xe2),
                        .base = QColor(0x1c, 0x1b, 0x1a),
                        .alternateBase = QColor(0x2c, 0x2a, 0x27),
                        .button = QColor(0x33, 0x30, 0x2d),
                        .highlight = QColor(0xe0, 0x7a, 0x45),
                        .highlightedText = QColor(0x1c, 0x1b, 0x1a),
                        .toolTipBase = QColor(0x33, 0x30, 0x2d),
                        .placeholderText = QColor(0x9a, 0x94, 0x8c),
                        .link = QColor(0xf0, 0x9a, 0x6a),
                        .mid = QColor(0x4a, 0x46, 0x42),
                        .disabledText = QColor(0x77, 0x72, 0x6c)});
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
