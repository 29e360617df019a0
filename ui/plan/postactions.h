// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/post.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QDate;
class QPoint;
class QWidget;

namespace hearth::ui {

struct AppServices;
class UndoMessageBar;

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

    // Stores what the post editor returned (`before` has id 0 for a new post) as one undoable
    // step of its own, says in the message bar what was saved, with the status actually
    // stored, and remembers the networks for the next new post. Returns the post's id, 0 when
    // nothing was stored.
    qint64 saveEdited(const core::Post &before, const core::Post &edited);
    // Opens the post in the editor (openRequested) once no undo macro is being recorded: a
    // draft made inside "Fill my week" opens after the macro closed, so its save is a step of
    // its own. Several wait their turn and open one after another.
    void openWhenStackIsFree(qint64 postId);
    // Says what was done, with an Undo button for that step; the workspace shows the bar.
    UndoMessageBar &messageBar() { return *m_messageBar; }

    // Deletes as one undoable step and says what was deleted, with Undo at hand.
    void deletePost(qint64 postId);
    // A copy at the same time, not published, as one undoable step.
    void duplicatePost(qint64 postId);
    // Reschedules to `day` keeping the local time of day; a draft gets the day's slot.
    void movePost(qint64 postId, const QDate &day);
    // Moves a scheduled post by whole days and minutes of wall-clock time (Alt+arrows).
    void shiftPost(qint64 postId, int days, int minutes);
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
    void openWaitingPosts();
    // What the message bar says after a save: the status the post was stored with.
    QString savedMessage(const core::Post &stored) const;

    AppServices &m_services;
    QWidget *m_window;
    LinkPrompt m_askLink;
    UndoMessageBar *m_messageBar = nullptr;
    QList<qint64> m_waitingToOpen;
};

} // namespace hearth::ui
