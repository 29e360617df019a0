// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/monthview.h"

#include "plan/monthmodel.h"
#include "plan/postcarddelegate.h"
#include "plan/postsummary.h"
#include "widgets/dragmime.h"

#include <QDragEnterEvent>
#include <QHeaderView>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QStyledItemDelegate>

namespace hearth::ui {

namespace {

// Paints one day: its number (circled when today) and a chip per post, then "+N more".
class MonthDayDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QPalette &palette = option.palette;
        const bool inMonth = index.data(core::InPeriodRole).toBool();
        const bool today = index.data(core::IsTodayRole).toBool();
        const bool selected = option.state & QStyle::State_Selected;
        const QRect cell = option.rect;
        painter->fillRect(cell, inMonth ? palette.color(QPalette::Base)
                                        : palette.color(QPalette::AlternateBase));
        if (selected) {
            QColor tint = palette.color(QPalette::Highlight);
            tint.setAlpha(28);
            painter->fillRect(cell, tint);
        }

        const QFontMetrics metrics(option.font);
        const QRect numberRect(cell.left() + 6, cell.top() + 4, metrics.height() + 8,
                               metrics.height() + 4);
        QFont numberFont = option.font;
        numberFont.setBold(today);
        painter->setFont(numberFont);
        if (today) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(palette.color(QPalette::Highlight));
            painter->drawEllipse(numberRect);
            painter->setPen(palette.color(QPalette::HighlightedText));
        } else {
            painter->setPen(inMonth ? palette.color(QPalette::Text)
                                    : palette.color(QPalette::PlaceholderText));
        }
        painter->drawText(numberRect, Qt::AlignCenter, index.data().toString());

        const auto posts = index.data(core::SummariesRole).value<QList<core::PostSummary>>();
        QFont chipFont = option.font;
        chipFont.setPointSizeF(chipFont.pointSizeF() * 0.9);
        const QFontMetrics chipMetrics(chipFont);
        painter->setFont(chipFont);
        const int chipHeight = chipMetrics.height() + 4;
        int y = numberRect.bottom() + 4;
        const int available = cell.bottom() - 4 - y;
        int fits = qMax(0, available / (chipHeight + 2));
        if (fits < posts.size() && fits > 0)
            --fits; // room for "+N more"
        for (int i = 0; i < posts.size() && i < fits; ++i) {
            const core::PostSummary &post = posts.at(i);
            const QRectF chip(cell.left() + 4, y, cell.width() - 8, chipHeight);
            QColor colour = post.pillarColor.isEmpty() ? palette.color(QPalette::Mid)
                                                       : QColor(post.pillarColor);
            QColor fill = colour;
            fill.setAlpha(inMonth ? 40 : 22);
            QPainterPath path;
            path.addRoundedRect(chip, 3, 3);
            painter->fillPath(path, fill);
            painter->fillRect(QRectF(chip.left(), chip.top(), 3, chip.height()), colour);
            painter->setPen(post.status == core::PostStatus::Published
                                ? palette.color(QPalette::PlaceholderText)
                                : palette.color(QPalette::Text));
            const QString time = post.localDateTime.time().toString(QStringLiteral("HH:mm"));
            const QString text = time + QStringLiteral("  ") + post.firstWords;
            painter->drawText(chip.adjusted(7, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft,
                              chipMetrics.elidedText(text, Qt::ElideRight, int(chip.width()) - 10));
            y += chipHeight + 2;
        }
        if (posts.size() > fits) {
            painter->setPen(palette.color(QPalette::PlaceholderText));
            const QString more = fits == 0 ? QObject::tr("%n post(s)", nullptr, int(posts.size()))
                                           : QObject::tr("+%1 more").arg(posts.size() - fits);
            painter->drawText(QRect(cell.left() + 8, y, cell.width() - 12, chipHeight),
                              Qt::AlignVCenter | Qt::AlignLeft, more);
        }
        painter->setPen(palette.color(QPalette::Mid));
        painter->drawLine(cell.topRight(), cell.bottomRight());
        painter->drawLine(cell.bottomLeft(), cell.bottomRight());
        if (option.state & QStyle::State_HasFocus) {
            // The keyboard's day, visible without a mouse.
            painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(QRectF(cell).adjusted(1.5, 1.5, -1.5, -1.5));
        }
        painter->restore();
    }
};

} // namespace

MonthView::MonthView(core::MonthModel &model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("monthTableView"));
    setModel(&m_model);
    setItemDelegate(new MonthDayDelegate(this));
    setShowGrid(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setVisible(false);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { emit dayActivated(m_model.dateAt(index)); });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &MonthView::fitRows);
}

QDate MonthView::selectedDate() const
{
    return m_model.dateAt(currentIndex());
}

void MonthView::fitRows()
{
    const int rows = m_model.rowCount();
    if (rows == 0)
        return;
    const int height = viewport()->height() / rows;
    for (int row = 0; row < rows; ++row)
        setRowHeight(row, height);
}

void MonthView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitRows();
}

void MonthView::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasFormat(mime::postId()) || mime->hasFormat(mime::ideaId()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MonthView::dragMoveEvent(QDragMoveEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid()) {
        setCurrentIndex(index);
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void MonthView::dropEvent(QDropEvent *event)
{
    const QDate day = m_model.dateAt(indexAt(event->position().toPoint()));
    const QMimeData *mime = event->mimeData();
    bool ok = false;
    if (day.isValid() && mime->hasFormat(mime::postId())) {
        const qint64 id = mime->data(mime::postId()).toLongLong(&ok);
        if (ok)
            emit postDropped(id, day);
    } else if (day.isValid() && mime->hasFormat(mime::ideaId())) {
        const qint64 id = mime->data(mime::ideaId()).toLongLong(&ok);
        if (ok)
            emit ideaDropped(id, day);
    }
    if (ok) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

} // namespace hearth::ui
