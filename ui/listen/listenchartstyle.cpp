// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/listenchartstyle.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QHash>
#include <QLegend>

namespace hearth::ui {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Follow a dark palette, so charts are not white boxes in a dark window.
    if (QApplication::palette().color(QPalette::Window).lightness() < 128)
        chart->setTheme(QChart::ChartThemeDark);
    chart->setBackgroundBrush(QApplication::palette().color(QPalette::Base));
    return chart;
}

// Axis titles run along the plot; Qt Charts cuts a title longer than the plot ("Commu…"), so
// they are short and a little smaller than the labels' font.
void setAxisTitle(QAbstractAxis *axis, const QString &title)
{
    axis->setTitleText(title);
    QFont font = axis->titleFont();
    font.setPointSizeF(QApplication::font().pointSizeF() * 0.85);
    font.setBold(false);
    axis->setTitleFont(font);
}

QChartView *newChartView(QChart *chart, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QChartView(chart);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    return view;
}

// Short network names keep the per-post axis labels narrow.
QString networkAbbreviation(const QString &networkId, const QString &name)
{
    static const QHash<QString, QString> known{
        {QStringLiteral("x"), QStringLiteral("X")},
        {QStringLiteral("mastodon"), QStringLiteral("Mast")},
        {QStringLiteral("bluesky"), QStringLiteral("Bsky")},
        {QStringLiteral("threads"), QStringLiteral("Thr")},
        {QStringLiteral("linkedin"), QStringLiteral("LI")},
        {QStringLiteral("instagram"), QStringLiteral("IG")},
        {QStringLiteral("facebook"), QStringLiteral("FB")},
        {QStringLiteral("tiktok"), QStringLiteral("TT")},
        {QStringLiteral("pinterest"), QStringLiteral("Pin")},
    };
    return known.value(networkId, name.left(4));
}

} // namespace hearth::ui
