// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charttheme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QPalette>
#include <QWidget>

namespace hearth::ui {

void restyleCharts(QWidget *root, const QPalette &palette)
{
    if (!root)
        return;
    const QColor background = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor line = palette.color(QPalette::Mid);
    // Grid lines halfway between the line colour and the background, so they stay quiet.
    const QColor grid =
        QColor((line.red() + background.red()) / 2, (line.green() + background.green()) / 2,
               (line.blue() + background.blue()) / 2);
    for (QChartView *view : root->findChildren<QChartView *>()) {
        QChart *chart = view->chart();
        if (!chart)
            continue;
        chart->setBackgroundBrush(background);
        chart->setBackgroundPen(Qt::NoPen);
        chart->setPlotAreaBackgroundVisible(false);
        chart->setTitleBrush(text);
        chart->legend()->setLabelColor(text);
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsColor(text);
            axis->setTitleBrush(text);
            axis->setLinePenColor(line);
            axis->setGridLineColor(grid);
            axis->setMinorGridLineColor(grid);
        }
        view->setBackgroundBrush(background);
        view->viewport()->update();
    }
}

} // namespace hearth::ui
