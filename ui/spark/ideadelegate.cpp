// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/ideadelegate.h"

#include "spark/idealistmodel.h"
#include "spark/ideasearch.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

namespace hearth::ui {

namespace {

constexpr int barWidth = 5;
constexpr int padding = 8;

} // namespace

IdeaDelegate::IdeaDelegate(Density density, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_density(density)
{}

QString IdeaDelegate::usageText(int timesUsed, const QDateTime &lastUsed,
                                const std::optional<core::RateSummary> &rate)
{
    if (timesUsed == 0)
        return tr("Never used");
    const QString when = QLocale().toString(lastUsed.toLocalTime().date(), QLocale::ShortFormat);
    QString text =
        tr("Used %n×", nullptr, timesUsed) + QStringLiteral(" · ") + tr("last %1").arg(when);
    if (rate)
        text += QStringLiteral(" · ") + tr("%1 community").arg(core::ratePercent(rate->meanRate));
    return text;
}

QSize IdeaDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const int line = option.fontMetrics.height();
    const int lines = m_density == Density::Compact ? 2 : 3;
    return QSize(200, padding * 2 + line * lines + (lines - 1) * 3);
}

void IdeaDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.68f);

    const QRect rect = option.rect.adjusted(0, 2, 0, -2);
    const QColor pillarColor(index.data(core::IdeaListModel::IdeaPillarColorRole).toString());
    painter->fillRect(QRect(rect.left() + 2, rect.top() + 2, barWidth, rect.height() - 4),
                      pillarColor.isValid() ? pillarColor : palette.color(QPalette::Mid));

    const int left = rect.left() + barWidth + padding + 2;
    const int right = rect.right() - padding;
    const int line = option.fontMetrics.height();
    int y = rect.top() + padding - 2;

    // First line: title, with the favourite star and usage on the right.
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const bool favourite = index.data(core::IdeaListModel::FavouriteRole).toBool();
    const QVariant rate = index.data(core::IdeaListModel::CommunityRateRole);
    const QString usage = usageText(
        index.data(core::IdeaListModel::TimesUsedRole).toInt(),
        index.data(core::IdeaListModel::LastUsedRole).toDateTime(),
        rate.isValid()
            ? std::optional(core::RateSummary{
                  rate.toDouble(), index.data(core::IdeaListModel::RatedPostsRole).toInt()})
            : std::nullopt);
    QFont smallFont = option.font;
    smallFont.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(smallFont);
    const int usageWidth = smallMetrics.horizontalAdvance(usage);
    const QString star = favourite ? QStringLiteral("★ ") : QString();
    painter->setFont(titleFont);
    painter->setPen(text);
    const QFontMetrics titleMetrics(titleFont);
    const int titleWidth = right - left - usageWidth - padding;
    painter->drawText(
        QRect(left, y, titleWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(star + index.data(core::IdeaListModel::IdeaTitleRole).toString(),
                                Qt::ElideRight, titleWidth));
    painter->setFont(smallFont);
    painter->setPen(muted);
    painter->drawText(QRect(right - usageWidth, y, usageWidth, line),
                      Qt::AlignRight | Qt::AlignVCenter, usage);
    y += line + 3;

    // Second line: the search snippet with matches in bold, or the start of the notes.
    const QString snippet = index.data(core::IdeaListModel::SnippetRole).toString();
    painter->setFont(option.font);
    if (!snippet.isEmpty()) {
        QTextDocument document;
        document.setDefaultFont(option.font);
        document.setDocumentMargin(0);
        document.setHtml(
            QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(muted.name(QColor::HexRgb),
                     core::IdeaSearch::renderSnippet(
                         snippet, QStringLiteral("<b style=\"color:%1\">").arg(text.name()),
                         QStringLiteral("</b>"), true)));
        document.setTextWidth(right - left);
        painter->save();
        painter->translate(left, y);
        painter->setClipRect(QRect(0, 0, right - left, line + 2));
        document.drawContents(painter, QRectF(0, 0, right - left, line + 2));
        painter->restore();
    } else {
        painter->setPen(muted);
        const QString notes = index.data(core::IdeaListModel::NotesRole).toString().simplified();
        painter->drawText(QRect(left, y, right - left, line), Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(notes, Qt::ElideRight, right - left));
    }
    y += line + 3;

    // Third line (comfortable only): pillar and tags.
    if (m_density == Density::Comfortable) {
        QStringList parts;
        const QString pillar = index.data(core::IdeaListModel::IdeaPillarNameRole).toString();
        if (!pillar.isEmpty())
            parts << pillar;
        const QStringList tags = index.data(core::IdeaListModel::TagsRole).toStringList();
        for (const QString &tag : tags)
            parts << u'#' + tag;
        if (index.data(core::IdeaListModel::ArchivedRole).toBool())
            parts << tr("archived");
        painter->setFont(smallFont);
        painter->setPen(pillarColor.isValid() && !selected ? pillarColor.darker(115) : muted);
        painter->drawText(QRect(left, y, right - left, line), Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(parts.join(QStringLiteral("  ")), Qt::ElideRight,
                                                  right - left));
    }
    painter->restore();
}

} // namespace hearth::ui
