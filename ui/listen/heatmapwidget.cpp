// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/heatmapwidget.h"

#include "listen/listenmodels.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace hearth::ui {

namespace {

constexpr int labelWidth = 44;
constexpr int titleHeight = 30;
constexpr int headerHeight = 20;
constexpr int legendHeight = 40;

} // namespace

HeatmapWidget::HeatmapWidget(HeatmapModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("heatmapWidget"));
    setAccessibleName(tr("Community rate by weekday and hour"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    auto repaint = [this] {
        update();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, repaint);
    connect(m_model, &QAbstractItemModel::dataChanged, this, repaint);
}

QSize HeatmapWidget::sizeHint() const
{
    return {labelWidth + 24 * 40 + 16, titleHeight + headerHeight + 7 * 34 + legendHeight + 16};
}

QSize HeatmapWidget::minimumSizeHint() const
{
    return {labelWidth + 24 * 16, titleHeight + headerHeight + 7 * 16 + legendHeight};
}

QRectF HeatmapWidget::gridRect() const
{
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    return QRectF(area.left() + labelWidth, area.top() + titleHeight + headerHeight,
                  area.width() - labelWidth,
                  area.height() - titleHeight - headerHeight - legendHeight);
}

QModelIndex HeatmapWidget::indexAt(const QPoint &position) const
{
    const QRectF grid = gridRect();
    if (!grid.contains(position) || grid.width() <= 0 || grid.height() <= 0)
        return {};
    const int column = qBound(0, int((position.x() - grid.left()) / (grid.width() / 24)), 23);
    const int row = qBound(0, int((position.y() - grid.top()) / (grid.height() / 7)), 6);
    return m_model->index(row, column);
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid())
            QToolTip::showText(help->globalPos(), index.data(Qt::ToolTipRole).toString(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));

    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    painter.setFont(titleFont);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRectF(area.left(), area.top(), area.width(), titleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Mean community rate by weekday and hour (your local time)"));

    const QRectF grid = gridRect();
    if (grid.width() <= 0 || grid.height() <= 0)
        return;
    const qreal cellWidth = grid.width() / 24;
    const qreal cellHeight = grid.height() / 7;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    painter.setFont(small);

    // Hour labels every two hours keep a narrow grid readable.
    for (int hour = 0; hour < 24; ++hour) {
        if (cellWidth < 28 && hour % 2 == 1)
            continue;
        painter.drawText(QRectF(grid.left() + hour * cellWidth, grid.top() - headerHeight,
                                cellWidth, headerHeight),
                         Qt::AlignCenter, m_model->headerData(hour, Qt::Horizontal).toString());
    }
    const QColor empty = pal.color(QPalette::AlternateBase);
    const QColor tooFew = pal.color(QPalette::Mid).darker(140);
    for (int row = 0; row < 7; ++row) {
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(
            QRectF(area.left(), grid.top() + row * cellHeight, labelWidth - 6, cellHeight),
            Qt::AlignRight | Qt::AlignVCenter, m_model->headerData(row, Qt::Vertical).toString());
        for (int column = 0; column < 24; ++column) {
            const QModelIndex index = m_model->index(row, column);
            const QRectF cell(grid.left() + column * cellWidth + 1,
                              grid.top() + row * cellHeight + 1, cellWidth - 2, cellHeight - 2);
            const bool enough = index.data(HeatmapModel::EnoughPostsRole).toBool();
            const int posts = index.data(HeatmapModel::PostsRole).toInt();
            if (enough) {
                const QColor fill = index.data(Qt::BackgroundRole).value<QColor>();
                painter.fillRect(cell, fill);
                if (cellWidth >= 34) {
                    painter.setPen(fill.lightness() < 140 ? QColor(Qt::white)
                                                          : QColor(0x33, 0x22, 0x11));
                    painter.drawText(cell, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
                }
            } else {
                painter.fillRect(cell, empty);
                if (posts > 0) {
                    // Hatched: there are posts, but too few to trust the mean.
                    painter.fillRect(cell, QBrush(tooFew, Qt::BDiagPattern));
                }
            }
        }
    }

    // Legend: the colour scale and what hatching means.
    const QRectF legend(grid.left(), grid.bottom() + 10, grid.width(), legendHeight - 10);
    const qreal scaleWidth = qMin<qreal>(220, legend.width() / 3);
    painter.setPen(pal.color(QPalette::Text));
    qreal scaleRight = legend.left();
    if (m_model->maximumRate() > 0) {
        painter.drawText(QRectF(legend.left(), legend.top(), 40, 16),
                         Qt::AlignLeft | Qt::AlignVCenter, formatRate(0.0));
        const QRectF scale(legend.left() + 44, legend.top() + 2, scaleWidth, 12);
        constexpr int steps = 24;
        for (int step = 0; step < steps; ++step) {
            painter.fillRect(QRectF(scale.left() + step * scale.width() / steps, scale.top(),
                                    scale.width() / steps + 0.5, scale.height()),
                             m_model->colorFor(m_model->maximumRate() * step / (steps - 1)));
        }
        painter.drawText(QRectF(scale.right() + 4, legend.top(), 60, 16),
                         Qt::AlignLeft | Qt::AlignVCenter, formatRate(m_model->maximumRate()));
        scaleRight = scale.right();
    } else {
        const QString none = tr("No slot has enough posts yet.");
        painter.drawText(QRectF(legend.left(), legend.top(), scaleWidth + 60, 16),
                         Qt::AlignLeft | Qt::AlignVCenter, none);
        scaleRight = legend.left() +
                     qMax<qreal>(scaleWidth, painter.fontMetrics().horizontalAdvance(none)) - 60;
    }
    const QRectF hatch(scaleRight + 80, legend.top() + 2, 18, 12);
    painter.fillRect(hatch, empty);
    painter.fillRect(hatch, QBrush(tooFew, Qt::BDiagPattern));
    painter.drawText(
        QRectF(hatch.right() + 6, legend.top(), legend.right() - hatch.right() - 6, 16),
        Qt::AlignLeft | Qt::AlignVCenter,
        tr("fewer than %1 posts: too few to judge").arg(m_model->heatmap().minimumPosts));
}

} // namespace hearth::ui
