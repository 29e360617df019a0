// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/postcarddelegate.h"

#include "plan/post.h"
#include "plan/postsummary.h"
#include "widgets/networkicons.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QTextLayout>

namespace hearth::ui {

namespace {

constexpr int cardMargin = 4;
constexpr int stripeWidth = 5;
constexpr int padding = 8;
constexpr int badgeSize = 16;
constexpr int badgeGap = 2;
// Below this a network's badge is no longer recognisable; they overlap instead.
constexpr int smallestBadge = 11;
constexpr int warningSize = 14;

int bodyLines(PostCardDelegate::Density density)
{
    return density == PostCardDelegate::Density::Compact ? 2 : 4;
}

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

QFont footerFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.88);
    return small;
}

QString timeWithMarks(const PostCardDelegate::Content &content)
{
    // Evergreen posts come back: a small circular arrow after the time says so.
    return content.evergreen ? content.time + QStringLiteral(" \u21BB") : content.time;
}

// `count` badges of `size` from `left` in `width`, overlapping when they would not fit.
QList<QRect> badgeRow(int left, int top, int width, int count, int size)
{
    QList<QRect> badges;
    const int needed = count * size + (count - 1) * badgeGap;
    const int step =
        needed <= width || count < 2 ? size + badgeGap : qMax(2, (width - size) / (count - 1));
    for (int i = 0; i < count; ++i)
        badges << QRect(left + i * step, top, size, size);
    return badges;
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

QStringList PostCardDelegate::textLines(const QString &text, const QFont &font, int width,
                                        int maxLines)
{
    QStringList lines;
    if (maxLines <= 0 || width <= 0)
        return lines;
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

PostCardDelegate::Layout PostCardDelegate::layoutCard(const QRect &rect, const QFont &font,
                                                      const Content &content, Density density)
{
    Layout layout;
    layout.card = rect.adjusted(cardMargin, cardMargin, -cardMargin, -cardMargin);
    const QRect inner = layout.card.adjusted(stripeWidth + padding, padding, -padding, -padding);
    const QFontMetrics metrics(font);
    const int headerHeight = qMax(badgeSize, metrics.height());

    // Two pixels of slack: eliding measures fractional widths and would cut "09:30" to "09:…".
    const int timeWidth = qMin(
        inner.width(), QFontMetrics(boldFont(font)).horizontalAdvance(timeWithMarks(content)) + 2);
    layout.time = QRect(inner.left(), inner.top(), timeWidth, headerHeight);
    int used = layout.time.right() + 1;
    if (content.warning) {
        layout.warning = QRect(used + 4, inner.top() + (headerHeight - warningSize) / 2,
                               warningSize, warningSize);
        used = layout.warning.right() + 1;
    }

    int lines = bodyLines(density);
    int textTop = inner.top() + headerHeight + 5;
    const int count = content.networks;
    if (count > 0) {
        const int beside = inner.right() - used - 6;
        const int besideWidth = count * badgeSize + (count - 1) * badgeGap;
        if (besideWidth <= beside) {
            // Right-aligned beside the time.
            layout.badgeSize = badgeSize;
            layout.badges = badgeRow(inner.right() - besideWidth + 1,
                                     inner.top() + (headerHeight - badgeSize) / 2, besideWidth,
                                     count, badgeSize);
        } else {
            // A row of their own in the first text line's place, as small as needed to fit.
            const int rowHeight = qMax(smallestBadge, qMin(badgeSize, metrics.lineSpacing()));
            layout.badgeSize =
                qBound(smallestBadge, (inner.width() + badgeGap) / count - badgeGap, rowHeight);
            layout.badges = badgeRow(inner.left(), textTop, inner.width(), count, layout.badgeSize);
            textTop += qMax(rowHeight, metrics.lineSpacing());
            --lines;
        }
    }
    layout.textLines = lines;
    layout.text = QRect(inner.left(), textTop, inner.width(), lines * metrics.lineSpacing());

    const QFontMetrics small(footerFont(font));
    const QRect footer(inner.left(), inner.bottom() - small.height() + 1, inner.width(),
                       small.height());
    const int statusLeft = footer.left() + 12;
    layout.status =
        QRect(statusLeft, footer.top(),
              qMin(small.horizontalAdvance(content.status), footer.right() - statusLeft + 1),
              footer.height());
    if (!content.pillar.isEmpty()) {
        const int nameWidth = small.horizontalAdvance(content.pillar);
        const QRect name(footer.right() - nameWidth + 1, footer.top(), nameWidth, footer.height());
        if (nameWidth <= footer.right() - layout.status.right() - 8) {
            layout.pillarName = name;
        } else if (nameWidth <= footer.right() - statusLeft + 1) {
            // The whole pillar name matters more than the status word: the dot's colour and
            // the tool tip still tell the status.
            layout.status.setWidth(0);
            layout.pillarName = name;
        } else {
            layout.pillarChip = QRect(footer.right() - 9, footer.center().y() - 4, 10, 10);
            layout.status.setRight(qMin(layout.status.right(), layout.pillarChip.left() - 6));
        }
    }
    return layout;
}

QSize PostCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    // Header line, text lines, status line, paddings; the same for every card of a list.
    const int height = cardMargin * 2 + padding * 2 + qMax(badgeSize, metrics.height()) + 5 +
                       metrics.lineSpacing() * bodyLines(m_density) + 6 + metrics.height();
    return QSize(qMax(120, option.rect.width()), height);
}

void PostCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    Content content;
    content.time = index.data(core::TimeTextRole).toString();
    if (content.time.isEmpty())
        content.time = tr("No day yet");
    content.evergreen = index.data(core::EvergreenRole).toBool();
    const QStringList networks = index.data(core::NetworksRole).toStringList();
    content.networks = int(networks.size());
    content.warning = !index.data(core::WarningsRole).toStringList().isEmpty();
    content.status = index.data(core::StatusTextRole).toString();
    content.pillar = index.data(core::PillarNameRole).toString();
    const Layout layout = layoutCard(option.rect, option.font, content, m_density);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const bool hovered = option.state & QStyle::State_MouseOver;

    const QRectF card(layout.card);
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
    const QColor pillarColour =
        pillarColor.isEmpty() ? palette.color(QPalette::Mid) : QColor(pillarColor);
    painter->save();
    painter->setClipPath(path);
    painter->fillRect(QRectF(card.left(), card.top(), stripeWidth, card.height()), pillarColour);
    painter->restore();

    const QColor textColor = palette.color(QPalette::Text);
    const QColor mutedColor = palette.color(QPalette::PlaceholderText);
    const QFontMetrics metrics(option.font);

    // Header: time, evergreen and warning marks, network badges.
    painter->setFont(boldFont(option.font));
    painter->setPen(textColor);
    painter->drawText(layout.time, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(boldFont(option.font))
                          .elidedText(timeWithMarks(content), Qt::ElideRight, layout.time.width()));
    if (!layout.warning.isNull()) {
        const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        warning.paint(painter, layout.warning);
    }
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    for (int i = 0; i < layout.badges.size(); ++i)
        painter->drawPixmap(layout.badges.at(i),
                            networkBadge(networks.at(i), layout.badgeSize, ratio));

    // Body: the first line of the post's text over the lines left.
    painter->setFont(option.font);
    painter->setPen(done ? mutedColor : textColor);
    int y = layout.text.top();
    for (const QString &line : textLines(index.data(core::FirstWordsRole).toString(), option.font,
                                         layout.text.width(), layout.textLines)) {
        painter->drawText(QRect(layout.text.left(), y, layout.text.width(), metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += metrics.lineSpacing();
    }

    // Footer: a status dot and word, and the pillar's name or chip.
    const QFont small = footerFont(option.font);
    painter->setFont(small);
    const QColor statusColour = statusColor(status);
    painter->setPen(Qt::NoPen);
    painter->setBrush(statusColour);
    painter->drawEllipse(QPointF(layout.status.left() - 8, layout.status.center().y() + 1), 3.5,
                         3.5);
    painter->setPen(statusColour.darker(115));
    painter->drawText(
        layout.status, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(small).elidedText(content.status, Qt::ElideRight, layout.status.width()));
    if (!layout.pillarName.isNull()) {
        painter->setPen(mutedColor);
        painter->drawText(layout.pillarName, Qt::AlignRight | Qt::AlignVCenter, content.pillar);
    } else if (!layout.pillarChip.isNull()) {
        painter->setPen(QPen(pillarColour.darker(120), 1));
        painter->setBrush(pillarColour);
        painter->drawRoundedRect(QRectF(layout.pillarChip).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    }

    if (focused && selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), 4, 4);
    }
    painter->restore();
}

} // namespace hearth::ui
