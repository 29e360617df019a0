// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRect>
#include <QStringList>
#include <QStyledItemDelegate>

namespace hearth::ui {

// Paints a post as a card: pillar stripe, time, every network badge, the first line of the
// post's text, status, pillar and a warning mark. Works on any Plan model row that answers the
// core::PlanRole roles; the tool tip comes from the model.
class PostCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Density
    {
        Comfortable,
        Compact
    };

    // What decides where the parts of a card go.
    struct Content
    {
        QString time;
        bool evergreen = false;
        int networks = 0;
        bool warning = false;
        QString status;
        QString pillar;
    };

    // Where each part of a card goes, for paint() and for tests.
    struct Layout
    {
        QRect card;
        // Time on the left, then the evergreen and warning marks.
        QRect time;
        QRect warning; // null without a warning
        // One per network, every one of them: beside the time when they fit, else on a row
        // of their own that takes the first text line.
        QList<QRect> badges;
        int badgeSize = 0;
        QRect text;
        int textLines = 0;
        // The status word; no width when the pillar's name needs its room.
        QRect status;
        // The whole pillar name when it fits (beside the status word, or instead of it), else a
        // chip in the pillar's colour (the name is in the tool tip); both null without a pillar.
        QRect pillarName;
        QRect pillarChip;
    };

    explicit PostCardDelegate(QObject *parent = nullptr, Density density = Density::Comfortable);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colour and word used for a status chip, shared with the month view.
    static QColor statusColor(int status);

    // Lays out a card of `content` in the item rectangle `rect`.
    static Layout layoutCard(const QRect &rect, const QFont &font, const Content &content,
                             Density density);
    // `text` in at most `maxLines` lines of `width`, the last one elided when text is left.
    static QStringList textLines(const QString &text, const QFont &font, int width, int maxLines);

private:
    Density m_density;
};

} // namespace hearth::ui
