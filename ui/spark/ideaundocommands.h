// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spark/idea.h"
#include "spark/idearepository.h"
#include "widgets/appservices.h"

#include <QDateTime>
#include <QUndoCommand>

#include <functional>

namespace hearth::ui {

// Receives the message of a failed idea command, for a status line or message box.
using IdeaErrorSink = std::function<void(const QString &)>;

// Idea commands check the stored idea before they write, as the post commands do: undo never
// deletes or overwrites an idea changed after its step; it keeps the idea and says why.

// Undoable creation of an idea; undo deletes it, redo puts the same idea back.
class CreateIdeaCommand final : public QUndoCommand
{
public:
    CreateIdeaCommand(core::IdeaRepository &ideas, core::Idea idea, IdeaErrorSink errors);
    void redo() override;
    void undo() override;
    // The id of the created idea; 0 when creating failed.
    qint64 ideaId() const { return m_id; }

private:
    core::IdeaRepository &m_ideas;
    core::Idea m_idea;
    IdeaErrorSink m_errors;
    qint64 m_id = 0;
    // The idea as created, to tell whether it was changed since.
    core::Idea m_created;
    std::optional<core::DeletedIdea> m_deleted;
};

// Undoable change of an idea's title, notes, pillar or tags.
class EditIdeaCommand final : public QUndoCommand
{
public:
    EditIdeaCommand(core::IdeaRepository &ideas, core::Idea before, core::Idea after,
                    IdeaErrorSink errors);
    void redo() override;
    void undo() override;

private:
    // Stores `next` when the idea is stored as `expected` (or holds `next` already), and keeps
    // `next` as stored for the next check.
    void replace(const core::Idea &expected, core::Idea &next);

    core::IdeaRepository &m_ideas;
    core::Idea m_before;
    core::Idea m_after;
    IdeaErrorSink m_errors;
    bool m_applied = false;
};

enum class IdeaFlag
{
    Favourite,
    Archived
};

// Undoable favourite or archive toggle.
class SetIdeaFlagCommand final : public QUndoCommand
{
public:
    SetIdeaFlagCommand(core::IdeaRepository &ideas, qint64 id, const QString &title, IdeaFlag flag,
                       bool value, IdeaErrorSink errors);
    void redo() override;
    void undo() override;

private:
    void apply(bool value);

    core::IdeaRepository &m_ideas;
    qint64 m_id;
    IdeaFlag m_flag;
    bool m_value;
    IdeaErrorSink m_errors;
};

// Undoable deletion; undo restores the idea with its tags and post links.
class DeleteIdeaCommand final : public QUndoCommand
{
public:
    DeleteIdeaCommand(core::IdeaRepository &ideas, qint64 id, const QString &title,
                      IdeaErrorSink errors);
    void redo() override;
    void undo() override;

private:
    core::IdeaRepository &m_ideas;
    qint64 m_id;
    IdeaErrorSink m_errors;
    std::optional<core::DeletedIdea> m_deleted;
};

// Undoable draft post made from an idea; undo removes the draft again unless it was edited
// since (edits are steps of their own, undone first), redo puts the very same draft back, id
// included. Both go through the post store, so the Plan views follow.
class CreateDraftFromIdeaCommand final : public QUndoCommand
{
public:
    // An invalid `at` makes an unscheduled draft.
    CreateDraftFromIdeaCommand(AppServices &services, qint64 ideaId, const QString &title,
                               QDateTime at, IdeaErrorSink errors);
    void redo() override;
    void undo() override;
    // The id of the draft (the same after undo and redo); 0 when making it failed.
    qint64 postId() const { return m_created.id; }

private:
    AppServices &m_services;
    qint64 m_ideaId;
    QDateTime m_at;
    IdeaErrorSink m_errors;
    core::Post m_created;
};

} // namespace hearth::ui
