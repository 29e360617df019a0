// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/postcarddelegate.h"

#include "plan/post.h"
#include "plan/postsummary.h"
#include "widgets/networkicons.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace hearth::ui {

namespace {

constexpr int cardMargin = 4;
constexpr int stripeWidth = 5;
constexpr int padding = 8;
constexpr int badgeSize = 16;

// Lays `text` out in at most `maxLines` lines of `width`, eliding the last one.
QStringList wrapText(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    const QFontMetrics metrics(font);
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        QString part = text.mid(line.textStart(), line.textLength());
        if (lines.size() == maxLines - 1 && line.textStart() + line.textLength() < text.size())
            part =
                metrics.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight, width);
        lines << part.trimmed();
    }
    layout.endLayout();
    return lines;
}

} // namespace

PostCardDelegate::PostCardDelegate(QObject *parent, Density density)
    : QStyledItemDelegate(parent)
    , m_density(density)
{}

QColor PostCardDelegate::statusColor(int status)
{
    switch (static_cast<core::PostStatus>(status)) {
    case core::PostStatus::Draft:
        return QColor(0x8a, 0x84, 0x7c);
    case core::PostStatus::Scheduled:
        return QColor(0x2f, 0x7d, 0xd1);
    case core::PostStatus::Published:
        return QColor(0x2e, 0x9e, 0x6a);
    case core::PostStatus::Skipped:
        return QColor(0xb0, 0x70, 0x30);
    }
    return Qt::gray;
}

QSize PostCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    const int lines = m_density == Density::Compact ? 2 : 4;
    // Header line, text lines, status line, paddings.
    const int height = cardMargin * 2 + padding * 2 + qMax(badgeSize, metrics.height()) + 4 +
                       metrics.lineSpacing() * lines + 6 + metrics.height();
    return QSize(qMax(120, option.rect.width()), height);
}

void PostCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const bool hovered = option.state & QStyle::State_MouseOver;

    const QRectF card =
        QRectF(option.rect).adjusted(cardMargin, cardMargin, -cardMargin, -cardMargin);
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    const int status = index.data(core::StatusRole).toInt();
    const bool done =
        status == int(core::PostStatus::Published) || status == int(core::PostStatus::Skipped);
    QColor background = palette.color(QPalette::Base);
    if (hovered && !selected)
        background = background.darker(103);
    painter->fillPath(path, background);
    QColor border = palette.color(QPalette::Mid);
    if (selected)
        border = palette.color(QPalette::Highlight);
    painter->setPen(QPen(border, selected ? 2.0 : 1.0));
    painter->drawPath(path);

    // Pillar stripe on the left edge, clipped to the card's rounded shape.
    const QString pillarColor = index.data(core::PillarColorRole).toString();
    painter->save();
    painter->setClipPath(path);
    painter->fillRect(QRectF(card.left(), card.top(), stripeWidth, card.height()),
                      pillarColor.isEmpty() ? palette.color(QPalette::Mid) : QColor(pillarColor));
    painter->restore();

    const QRect content =
        card.toRect().adjusted(stripeWidth + padding, padding, -padding, -padding);
    const QFontMetrics metrics(option.font);
    QColor textColor = palette.color(QPalette::Text);
    QColor mutedColor = palette.color(QPalette::PlaceholderText);

    // Header: time on the left, network badges on the right.
    QFont timeFont = option.font;
    timeFont.setBold(true);
    painter->setFont(timeFont);
    painter->setPen(textColor);
    QString time = index.data(core::TimeTextRole).toString();
    if (time.isEmpty())
        time = tr("No day yet");
    const int headerHeight = qMax(badgeSize, metrics.height());
    const QRect headerRect(content.left(), content.top(), content.width(), headerHeight);
    painter->drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter, time);
    int timeWidth = QFontMetrics(timeFont).horizontalAdvance(time);
    if (index.data(core::EvergreenRole).toBool()) {
        // Evergreen posts come back: a small circular arrow after the time says so.
        const QString mark = QStringLiteral(" \u21BB");
        painter->setPen(mutedColor);
        painter->drawText(headerRect.adjusted(timeWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          mark);
        painter->setPen(textColor);
        timeWidth += QFontMetrics(timeFont).horizontalAdvance(mark);
    }

    const QStringList networks = index.data(core::NetworksRole).toStringList();
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    int x = headerRect.right() - badgeSize + 1;
    const int maxBadges = qMax(1, (content.width() - timeWidth - 6) / (badgeSize + 2));
    const int shown = int(qMin<qsizetype>(networks.size(), maxBadges));
    for (int i = shown - 1; i >= 0; --i) {
        painter->drawPixmap(x, headerRect.top() + (headerHeight - badgeSize) / 2,
                            networkBadge(networks.at(i), badgeSize, ratio));
        x -= badgeSize + 2;
    }

    // Body: the first words over two or three lines.
    painter->setFont(option.font);
    painter->setPen(done ? mutedColor : textColor);
    const int lines = m_density == Density::Compact ? 2 : 4;
    const QStringList wrapped =
        wrapText(index.data(core::FirstWordsRole).toString(), option.font, content.width(), lines);
    int y = headerRect.bottom() + 5;
    for (const QString &line : wrapped) {
        painter->drawText(QRect(content.left(), y, content.width(), metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += metrics.lineSpacing();
    }

    // Footer: a status dot and word, and the pillar name.
    QFont smallFont = option.font;
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.88);
    const QFontMetrics smallMetrics(smallFont);
    painter->setFont(smallFont);
    const QRect footer(content.left(), content.bottom() - smallMetrics.height() + 1,
                       content.width(), smallMetrics.height());
    const QColor statusColour = statusColor(status);
    painter->setPen(Qt::NoPen);
    painter->setBrush(statusColour);
    painter->drawEllipse(QPointF(footer.left() + 4, footer.center().y() + 1), 3.5, 3.5);
    painter->setPen(statusColour.darker(115));
    const QString statusWord = index.data(core::StatusTextRole).toString();
    const QRect statusRect = footer.adjusted(12, 0, 0, 0);
    painter->drawText(statusRect, Qt::AlignLeft | Qt::AlignVCenter, statusWord);
    const QString pillar = index.data(core::PillarNameRole).toString();
    if (!pillar.isEmpty()) {
        painter->setPen(mutedColor);
        const int used = smallMetrics.horizontalAdvance(statusWord) + 20;
        painter->drawText(
            statusRect.adjusted(used, 0, 0, 0), Qt::AlignRight | Qt::AlignVCenter,
            smallMetrics.elidedText(pillar, Qt::ElideRight, statusRect.width() - used));
    }

    if (focused && selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), 4, 4);
    }
    painter->restore();
}

} // namespace hearth::ui
