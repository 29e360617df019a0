// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/planningservice.h"
#include "plan/post.h"

#include <QUndoCommand>

#include <functional>

namespace hearth::ui {

class PostStore;

// Undo of a new post removes it; redo puts the very same post (same id) back.
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

// Any change to an existing post (edit, move, unschedule, mark as published): the first
// redo runs the operation; undo stores the post as it was; later redos store the result.
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

// Delete keeps the whole post so undo restores it with its id, networks, tags and media.
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
