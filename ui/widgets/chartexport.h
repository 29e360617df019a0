// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace hearth::ui {

// Saves what `widget` shows (a chart view, the heatmap) as a PNG image or an SVG drawing,
// chosen by the file's suffix. Returns an empty string on success, else the reason.
QString saveWidgetPicture(QWidget *widget, const QString &path, const QString &title = {});

} // namespace hearth::ui
