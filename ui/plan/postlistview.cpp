// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/postlistview.h"

#include "plan/postsummary.h"
#include "widgets/dragmime.h"

#include <QContextMenuEvent>
#include <QDrag>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>

namespace hearth::ui {

PostListView::PostListView(QWidget *parent)
    : QListView(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setMouseTracking(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setUniformItemSizes(true);
    // Cards follow the column's width.
    setResizeMode(QListView::Adjust);
    viewport()->setAutoFillBackground(false);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit postActivated(index.data(core::PostIdRole).toLongLong());
    });
}

void PostListView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

qint64 PostListView::selectedPostId() const
{
    const QModelIndexList selected =
        selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    return selected.isEmpty() ? 0 : selected.first().data(core::PostIdRole).toLongLong();
}

void PostListView::startDrag(Qt::DropActions supportedActions)
{
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return;
    auto *mime = new QMimeData;
    mime->setData(mime::postId(), QByteArray::number(index.data(core::PostIdRole).toLongLong()));
    mime->setText(index.data(core::FirstWordsRole).toString());
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    // The card itself as the drag image, half transparent.
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = QRect(QPoint(0, 0), visualRect(index).size());
    QPixmap pixmap(option.rect.size() * devicePixelRatioF());
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setOpacity(0.85);
        itemDelegateForIndex(index)->paint(&painter, option, index);
    }
    drag->setPixmap(pixmap);
    drag->setHotSpot(QPoint(option.rect.width() / 2, 12));
    drag->exec(supportedActions & (Qt::MoveAction | Qt::CopyAction), Qt::MoveAction);
}

bool PostListView::accepts(const QMimeData *mime) const
{
    return mime && (mime->hasFormat(mime::postId()) || mime->hasFormat(mime::ideaId()));
}

void PostListView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!accepts(event->mimeData())) {
        event->ignore();
        return;
    }
    m_dropHighlight = true;
    viewport()->update();
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void PostListView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!accepts(event->mimeData())) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void PostListView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropHighlight = false;
    viewport()->update();
    event->accept();
}

void PostListView::dropEvent(QDropEvent *event)
{
    m_dropHighlight = false;
    viewport()->update();
    const QMimeData *mime = event->mimeData();
    if (!accepts(mime)) {
        event->ignore();
        return;
    }
    bool ok = false;
    if (mime->hasFormat(mime::postId())) {
        const qint64 id = mime->data(mime::postId()).toLongLong(&ok);
        if (ok)
            emit postDropped(id);
    } else {
        const qint64 id = mime->data(mime::ideaId()).toLongLong(&ok);
        if (ok)
            emit ideaDropped(id);
    }
    if (!ok) {
        event->ignore();
        return;
    }
    // The model is updated by the command, not by the view moving rows itself.
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void PostListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    QPainter painter(viewport());
    if (m_dropHighlight) {
        painter.setRenderHint(QPainter::Antialiasing);
        QColor highlight = palette().color(QPalette::Highlight);
        painter.setPen(QPen(highlight, 2, Qt::DashLine));
        highlight.setAlpha(18);
        painter.setBrush(highlight);
        painter.drawRoundedRect(QRectF(viewport()->rect()).adjusted(2, 2, -2, -2), 6, 6);
    }
    if (hasFocus()) {
        // Keyboard users see where they are: a frame round the current card, or round the
        // column when it has no card to stand on.
        const QModelIndex current = currentIndex();
        const QRect frame = current.isValid() && current.parent() == rootIndex()
                                ? visualRect(current).adjusted(1, 1, -1, -1)
                                : viewport()->rect().adjusted(1, 1, -2, -2);
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(frame), 6, 6);
        painter.restore();
    }
    if (model() && model()->rowCount(rootIndex()) == 0 && !m_placeholder.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        const QRect area = viewport()->rect().adjusted(10, 16, -10, -10);
        painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
    }
}

void PostListView::focusInEvent(QFocusEvent *event)
{
    QListView::focusInEvent(event);
    viewport()->update();
}

void PostListView::focusOutEvent(QFocusEvent *event)
{
    QListView::focusOutEvent(event);
    viewport()->update();
}

void PostListView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QListView::currentChanged(current, previous);
    // The focus frame may move between a card and the whole column.
    viewport()->update();
}

void PostListView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    emit contextMenuRequested(index.data(core::PostIdRole).toLongLong(), event->globalPos());
}

void PostListView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    // Card heights depend on the width only through the delegate; ask for a fresh layout.
    scheduleDelayedItemsLayout();
}

} // namespace hearth::ui
