// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractAxis;
class QChart;
class QChartView;

namespace hearth::ui {

// The look every Listen chart shares: a bold title, no animation, the palette's base colour.
QChart *newChart(const QString &title);
// A short axis title in a smaller font; Qt Charts cuts a title longer than its plot.
void setAxisTitle(QAbstractAxis *axis, const QString &title);
QChartView *newChartView(QChart *chart, const QString &objectName, const QString &accessibleName);
// "FB", "IG", …: short network names keep the per-post axis labels narrow.
QString networkAbbreviation(const QString &networkId, const QString &name);

} // namespace hearth::ui
