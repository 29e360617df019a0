// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPalette;
class QWidget;

namespace hearth::ui {

// Recolours every chart below `root` (backgrounds, titles, legends, axes) from `palette`,
// keeping the series' own colours: a theme switched at run time reaches charts built before.
void restyleCharts(QWidget *root, const QPalette &palette);

} // namespace hearth::ui
