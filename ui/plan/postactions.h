// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/post.h"

#include <QObject>

#include <functional>
#include <optional>

class QDate;
class QPoint;
class QWidget;

namespace hearth::ui {

struct AppServices;

// What the Plan views offer on one post (context menu, keys, drag and drop): each change is
// one undoable command on the app's stack, through the post store.
class PostActions final : public QObject
{
    Q_OBJECT

public:
    // Asks for the published post's link; nullopt = cancelled, empty = no link.
    using LinkPrompt =
        std::function<std::optional<QString>(const core::Post &, const QString &networkId)>;

    // Dialogs and menus open over `window`.
    PostActions(AppServices &services, QWidget *window);

    void setLinkPrompt(LinkPrompt prompt) { m_askLink = std::move(prompt); }

    void deletePost(qint64 postId);
    // A copy at the same time, not published, as one undoable step.
    void duplicatePost(qint64 postId);
    // Reschedules to `day` keeping the local time of day; a draft gets the day's slot.
    void movePost(qint64 postId, const QDate &day);
    void unschedulePost(qint64 postId);
    void markPublished(qint64 postId, const QString &networkId);
    void copyText(qint64 postId, const QString &networkId);
    void openComposePage(qint64 postId, const QString &networkId);
    void showContextMenu(qint64 postId, const QPoint &globalPos);

signals:
    void errorOccurred(const QString &message);
    void openRequested(qint64 postId);
    // A duplicated or moved post the views should select.
    void selectRequested(qint64 postId);

private:
    // The stored post, or nullopt after reporting why it could not be read.
    std::optional<core::Post> find(qint64 postId);

    AppServices &m_services;
    QWidget *m_window;
    LinkPrompt m_askLink;
};

} // namespace hearth::ui
