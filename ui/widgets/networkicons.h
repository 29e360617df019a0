// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPixmap>
#include <QString>

namespace hearth::ui {

// The brand-like colour Hearth uses for a network's badge.
QColor networkColor(const QString &networkId);
// A small round badge for a network (colour plus a glyph), cached per id and size.
// Built-in networks use the SVGs under :/networks/; user networks get their initial.
QPixmap networkBadge(const QString &networkId, int size, qreal devicePixelRatio = 1.0);

} // namespace hearth::ui
