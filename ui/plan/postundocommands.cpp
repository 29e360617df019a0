// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/postundocommands.h"

#include "widgets/poststore.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace hearth::ui {

bool pushIfApplied(QUndoStack &stack, QUndoCommand *command)
{
    command->redo();
    if (command->isObsolete()) {
        delete command;
        return false;
    }
    stack.push(command);
    return true;
}

CreatePostCommand::CreatePostCommand(PostStore &store, const core::Post &post, const QString &text)
    : QUndoCommand(text.isEmpty()
                       ? QCoreApplication::translate("hearth::ui::PostCommands", "New post \"%1\"")
                             .arg(PostStore::shortName(post))
                       : text)
    , m_store(store)
    , m_post(post)
{}

void CreatePostCommand::redo()
{
    if (m_created.id == 0) {
        auto created = m_store.create(m_post);
        if (!created) {
            // A command that could not run leaves the stack instead of undoing nothing.
            setObsolete(true);
            return;
        }
        m_created = *created;
        return;
    }
    // A post kept by a refused undo stays as it is; a removed one comes back with its id.
    auto stored = m_store.restoreIfMissing(m_created);
    if (stored && PostStore::sameWriting(*stored, m_created))
        m_created = *stored;
    m_store.reloadViews();
}

void CreatePostCommand::undo()
{
    if (m_created.id != 0 && !m_store.removeIfUnchanged(m_created))
        setObsolete(true);
    m_store.reloadViews();
}

ChangePostCommand::ChangePostCommand(PostStore &store, const core::Post &before,
                                     Operation operation, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_before(before)
    , m_operation(std::move(operation))
{}

void ChangePostCommand::redo()
{
    if (!m_after) {
        auto changed = m_operation();
        if (!changed) {
            setObsolete(true);
            m_store.reloadViews();
            return;
        }
        m_after = *changed;
        return;
    }
    if (auto stored = m_store.replaceIfUnchanged(m_before, *m_after))
        m_after = *stored;
    else
        setObsolete(true);
    m_store.reloadViews();
}

void ChangePostCommand::undo()
{
    if (!m_after)
        return;
    if (auto stored = m_store.replaceIfUnchanged(*m_after, m_before))
        m_before = *stored;
    else
        setObsolete(true);
    m_store.reloadViews();
}

DeletePostCommand::DeletePostCommand(PostStore &store, const core::Post &post)
    : QUndoCommand(QCoreApplication::translate("hearth::ui::PostCommands", "Delete post \"%1\"")
                       .arg(PostStore::shortName(post)))
    , m_store(store)
    , m_post(post)
{
    if (!m_post.repeatOf) {
        if (auto series = m_store.service().seriesOf(m_post.id); series && series->size() > 1)
            m_series = *series;
    }
}

void DeletePostCommand::redo()
{
    // The first post of a series hands the series on (PostStore::remove); the others are
    // removed only while they are stored as they were deleted. Gone already is done.
    bool removed = true;
    if (m_series.isEmpty())
        removed = bool(m_store.removeIfUnchanged(m_post));
    else if (m_store.service().find(m_post.id))
        removed = bool(m_store.remove(m_post.id));
    if (!removed)
        setObsolete(true);
    m_store.reloadViews();
}

void DeletePostCommand::undo()
{
    if (m_series.isEmpty()) {
        if (auto restored = m_store.restoreIfMissing(m_post))
            m_post = *restored;
    } else {
        (void)m_store.restoreSeries(m_post.id, m_series);
    }
    m_store.reloadViews();
}

SeriesCommand::SeriesCommand(PostStore &store, qint64 firstId, Operation operation,
                             const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_firstId(firstId)
    , m_operation(std::move(operation))
{
    if (m_firstId != 0)
        m_before = m_store.service().seriesOf(m_firstId).valueOr({});
}

void SeriesCommand::redo()
{
    if (!m_after) {
        auto changed = m_operation();
        if (!changed) {
            setObsolete(true);
            return;
        }
        m_firstId = changed->repeatOf.value_or(changed->id);
        m_after = m_store.service().seriesOf(m_firstId).valueOr({});
        return;
    }
    (void)m_store.restoreSeries(m_firstId, *m_after);
    m_store.reloadViews();
}

void SeriesCommand::undo()
{
    if (m_firstId != 0)
        (void)m_store.restoreSeries(m_firstId, m_before);
    m_store.reloadViews();
}

PostingSlotsCommand::PostingSlotsCommand(PostStore &store, const QList<core::PostingSlot> &before,
                                         const QList<core::PostingSlot> &after)
    : QUndoCommand(QCoreApplication::translate("hearth::ui::PostCommands", "Change posting slots"))
    , m_store(store)
    , m_before(before)
    , m_after(after)
{}

void PostingSlotsCommand::redo()
{
    auto stored = m_store.replacePostingSlots(m_after);
    if (!stored) {
        setObsolete(true);
        return;
    }
    // Slots added in the dialog got their ids now; later redos keep them.
    m_after = *stored;
}

void PostingSlotsCommand::undo()
{
    (void)m_store.replacePostingSlots(m_before);
}

} // namespace hearth::ui
