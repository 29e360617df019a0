// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace hearth::ui {

// A column of post cards (one day of the week, or the drafts tray): drags cards out as
// post ids, accepts dropped posts and ideas, and invites a post when it is empty. With focus it
// frames the current card (or itself), so the keyboard's place is always visible.
class PostListView final : public QListView
{
    Q_OBJECT

public:
    explicit PostListView(QWidget *parent = nullptr);

    // Shown in the middle of the view while it has no cards.
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }
    // The selected card's post id, 0 when none.
    qint64 selectedPostId() const;

signals:
    void postDropped(qint64 postId);
    void ideaDropped(qint64 ideaId);
    void postActivated(qint64 postId);
    void contextMenuRequested(qint64 postId, const QPoint &globalPos);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool accepts(const QMimeData *mime) const;

    QString m_placeholder;
    bool m_dropHighlight = false;
};

} // namespace hearth::ui
