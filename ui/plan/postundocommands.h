// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/planningservice.h"
#include "plan/post.h"

#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace hearth::ui {

class PostStore;

// Every command here checks the stored post before it writes: undo never deletes or overwrites
// writing done after its step (it keeps the post, says so, and leaves the stack), and running a
// step whose change is stored already writes nothing. Undo and redo end with the views
// re-reading the plan, so they show what is stored.

// Runs `command` once and puts it on `stack` when it did its change (the stack's own first run
// then finds it stored); false when it failed, with the command deleted and the store having
// said why. After true, the command's results (a new post's id) can be read.
bool pushIfApplied(QUndoStack &stack, QUndoCommand *command);

// Undo of a new post removes it unless it was changed since; redo puts the very same post
// (same id) back.
class CreatePostCommand final : public QUndoCommand
{
public:
    CreatePostCommand(PostStore &store, const core::Post &post, const QString &text = {});
    void redo() override;
    void undo() override;
    // The id the post got, 0 before the first redo or when it failed.
    qint64 postId() const { return m_created.id; }

private:
    PostStore &m_store;
    core::Post m_post;
    core::Post m_created;
};

// Any change to an existing post (an editor save, move, unschedule, mark as published), with the
// whole post before and after: the first redo runs the operation; undo stores the post as it was
// and later redos the result, each only while the post is stored as the step left it.
class ChangePostCommand final : public QUndoCommand
{
public:
    using Operation = std::function<core::Result<core::Post>()>;
    ChangePostCommand(PostStore &store, const core::Post &before, Operation operation,
                      const QString &text);
    void redo() override;
    void undo() override;

private:
    PostStore &m_store;
    core::Post m_before;
    Operation m_operation;
    std::optional<core::Post> m_after;
};

// Delete keeps the whole post so undo restores it with its id, networks, tags and media; redo
// deletes it again only while it is stored as it was.
// Deleting the first post of an evergreen series hands the series on to its next post; undo
// puts the first post back and links every repeat to it again.
class DeletePostCommand final : public QUndoCommand
{
public:
    DeletePostCommand(PostStore &store, const core::Post &post);
    void redo() override;
    void undo() override;

private:
    PostStore &m_store;
    core::Post m_post;
    // The series the post started, itself included, when it had repeats; else empty.
    QList<core::Post> m_series;
};

// A change to a whole evergreen series (creating it, or changing how often it comes back):
// the first redo runs the operation and keeps the series it left; undo and later redos put
// the series back as it was before or after, ids included.
class SeriesCommand final : public QUndoCommand
{
public:
    using Operation = std::function<core::Result<core::Post>()>;
    // `firstId` is 0 when the operation creates the series.
    SeriesCommand(PostStore &store, qint64 firstId, Operation operation, const QString &text);
    void redo() override;
    void undo() override;
    qint64 firstId() const { return m_firstId; }

private:
    PostStore &m_store;
    qint64 m_firstId = 0;
    Operation m_operation;
    QList<core::Post> m_before;
    std::optional<QList<core::Post>> m_after;
};

// The posting slots before and after the slots dialog, as one step.
class PostingSlotsCommand final : public QUndoCommand
{
public:
    PostingSlotsCommand(PostStore &store, const QList<core::PostingSlot> &before,
                        const QList<core::PostingSlot> &after);
    void redo() override;
    void undo() override;

private:
    PostStore &m_store;
    QList<core::PostingSlot> m_before;
    QList<core::PostingSlot> m_after;
};

} // namespace hearth::ui
