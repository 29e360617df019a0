// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/postundocommands.h"

#include "widgets/poststore.h"

#include <QCoreApplication>

namespace hearth::ui {

namespace {

QString describe(const core::Post &post)
{
    QString words = post.title.isEmpty() ? post.body.simplified() : post.title.simplified();
    if (words.size() > 30)
        words = words.left(29) + QChar(0x2026);
    return words;
}

} // namespace

CreatePostCommand::CreatePostCommand(PostStore &store, const core::Post &post, const QString &text)
    : QUndoCommand(text.isEmpty()
                       ? QCoreApplication::translate("hearth::ui::PostCommands", "New post \"%1\"")
                             .arg(describe(post))
                       : text)
    , m_store(store)
    , m_post(post)
{}

void CreatePostCommand::redo()
{
    auto stored = m_created.id == 0 ? m_store.create(m_post) : m_store.restore(m_created);
    if (!stored) {
        // A command that could not run leaves the stack instead of undoing nothing.
        setObsolete(true);
        return;
    }
    m_created = *stored;
}

void CreatePostCommand::undo()
{
    if (m_created.id != 0)
        (void)m_store.remove(m_created.id);
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
            return;
        }
        m_after = *changed;
        return;
    }
    (void)m_store.update(*m_after);
}

void ChangePostCommand::undo()
{
    (void)m_store.update(m_before);
}

DeletePostCommand::DeletePostCommand(PostStore &store, const core::Post &post)
    : QUndoCommand(QCoreApplication::translate("hearth::ui::PostCommands", "Delete post \"%1\"")
                       .arg(describe(post)))
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
    if (!m_store.remove(m_post.id))
        setObsolete(true);
}

void DeletePostCommand::undo()
{
    if (m_series.isEmpty())
        (void)m_store.restore(m_post);
    else
        (void)m_store.restoreSeries(m_post.id, m_series);
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
}

void SeriesCommand::undo()
{
    if (m_firstId != 0)
        (void)m_store.restoreSeries(m_firstId, m_before);
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
