// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/weeksummarywidget.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace hearth::ui {

WeekSummaryWidget::WeekSummaryWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("weekSummaryWidget"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void WeekSummaryWidget::setSummary(const core::WeekSummary &summary)
{
    m_summary = summary;
    QStringList parts;
    for (const core::PillarMix &mix : summary.pillars)
        parts << tr("%1: %2 of %3 posts, target %4%")
                     .arg(mix.pillar.name)
                     .arg(mix.count)
                     .arg(summary.total)
                     .arg(qRound(mix.pillar.targetShare * 100));
    setAccessibleName(tr("Week summary"));
    setAccessibleDescription(parts.join(QStringLiteral("; ")) + QStringLiteral(". ") +
                             emptyDaysText());
    setToolTip(tr("Bars: this week's share of posts per pillar. Marks: your target mix."));
    updateGeometry();
    update();
}

QString WeekSummaryWidget::emptyDaysText() const
{
    if (m_summary.emptyDays.isEmpty())
        return tr("Every day has a post.");
    if (m_summary.emptyDays.size() == 7)
        return tr("Nothing planned this week yet.");
    QStringList names;
    for (const QDate &day : m_summary.emptyDays)
        names << QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat);
    return tr("No post on %1.").arg(names.join(QStringLiteral(", ")));
}

int WeekSummaryWidget::rowHeight() const
{
    return fontMetrics().height() + 12;
}

QSize WeekSummaryWidget::sizeHint() const
{
    const int rows = int(m_summary.pillars.size());
    return QSize(240, rows * rowHeight() + fontMetrics().height() * 3 + 16);
}

QSize WeekSummaryWidget::minimumSizeHint() const
{
    return QSize(180, sizeHint().height());
}

void WeekSummaryWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics metrics = fontMetrics();
    const int width = this->width();
    int y = 0;

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(small);
    const int countWidth = smallMetrics.horizontalAdvance(QStringLiteral("00 · 100%")) + 4;
    for (const core::PillarMix &mix : m_summary.pillars) {
        const QColor colour(mix.pillar.color);
        painter.setFont(font());
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRect(0, y, width - countWidth, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(mix.pillar.name, Qt::ElideRight, width - countWidth));
        painter.setFont(small);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(width - countWidth, y, countWidth, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("%1 · %2%").arg(mix.count).arg(qRound(mix.share * 100)));
        // Track, actual share, and a tick at the target share.
        const QRectF track(0, y + metrics.height() + 2, width - 1, 5);
        QPainterPath trackPath;
        trackPath.addRoundedRect(track, 2.5, 2.5);
        painter.fillPath(trackPath, pal.color(QPalette::Button).darker(104));
        if (mix.share > 0) {
            QPainterPath bar;
            bar.addRoundedRect(QRectF(track.left(), track.top(),
                                      qMax(5.0, track.width() * qMin(1.0, mix.share)),
                                      track.height()),
                               2.5, 2.5);
            painter.fillPath(bar, colour);
        }
        const qreal tick = track.left() + track.width() * mix.pillar.targetShare;
        painter.setPen(QPen(pal.color(QPalette::WindowText), 1.5));
        painter.drawLine(QPointF(tick, track.top() - 2), QPointF(tick, track.bottom() + 2));
        y += rowHeight();
    }

    painter.setFont(font());
    painter.setPen(m_summary.emptyDays.isEmpty() ? pal.color(QPalette::WindowText)
                                                 : QColor(0xb0, 0x5a, 0x20));
    painter.drawText(QRect(0, y + 4, width, height() - y - 4),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, emptyDaysText());
}

} // namespace hearth::ui
