// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/ideaundocommands.h"

#include "plan/postrepository.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace hearth::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::ui::IdeaCommands", text);
}

void report(const IdeaErrorSink &errors, const core::Error &error)
{
    if (errors)
        errors(error.message);
}

} // namespace

CreateIdeaCommand::CreateIdeaCommand(core::Database &database, core::Idea idea,
                                     IdeaErrorSink errors)
    : m_database(database)
    , m_idea(std::move(idea))
    , m_errors(std::move(errors))
{
    setText(tr("New idea \"%1\"").arg(m_idea.title));
}

void CreateIdeaCommand::redo()
{
    core::IdeaRepository ideas(m_database);
    // Redo after undo puts back the very same idea, so later commands that name its id still work.
    if (m_deleted) {
        auto restored = ideas.restore(*m_deleted);
        if (!restored)
            return report(m_errors, restored.error());
        m_deleted.reset();
        return;
    }
    auto created = ideas.create(m_idea);
    if (!created) {
        return report(m_errors, created.error());
    }
    m_id = created->id;
}

void CreateIdeaCommand::undo()
{
    if (m_id == 0)
        return;
    auto deleted = core::IdeaRepository(m_database).remove(m_id);
    if (!deleted)
        return report(m_errors, deleted.error());
    m_deleted = *deleted;
}

EditIdeaCommand::EditIdeaCommand(core::Database &database, core::Idea before, core::Idea after,
                                 IdeaErrorSink errors)
    : m_database(database)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_errors(std::move(errors))
{
    setText(tr("Edit idea \"%1\"").arg(m_after.title));
}

void EditIdeaCommand::redo()
{
    if (auto updated = core::IdeaRepository(m_database).update(m_after); !updated)
        report(m_errors, updated.error());
}

void EditIdeaCommand::undo()
{
    if (auto updated = core::IdeaRepository(m_database).update(m_before); !updated)
        report(m_errors, updated.error());
}

SetIdeaFlagCommand::SetIdeaFlagCommand(core::Database &database, qint64 id, const QString &title,
                                       IdeaFlag flag, bool value, IdeaErrorSink errors)
    : m_database(database)
    , m_id(id)
    , m_flag(flag)
    , m_value(value)
    , m_errors(std::move(errors))
{
    if (flag == IdeaFlag::Favourite)
        setText(value ? tr("Favourite \"%1\"").arg(title) : tr("Unfavourite \"%1\"").arg(title));
    else
        setText(value ? tr("Archive \"%1\"").arg(title) : tr("Unarchive \"%1\"").arg(title));
}

void SetIdeaFlagCommand::apply(bool value)
{
    core::IdeaRepository ideas(m_database);
    auto done = m_flag == IdeaFlag::Favourite ? ideas.setFavourite(m_id, value)
                                              : ideas.setArchived(m_id, value);
    if (!done)
        report(m_errors, done.error());
}

void SetIdeaFlagCommand::redo()
{
    apply(m_value);
}

void SetIdeaFlagCommand::undo()
{
    apply(!m_value);
}

DeleteIdeaCommand::DeleteIdeaCommand(core::Database &database, qint64 id, const QString &title,
                                     IdeaErrorSink errors)
    : m_database(database)
    , m_id(id)
    , m_errors(std::move(errors))
{
    setText(tr("Delete idea \"%1\"").arg(title));
}

void DeleteIdeaCommand::redo()
{
    auto deleted = core::IdeaRepository(m_database).remove(m_id);
    if (!deleted) {
        return report(m_errors, deleted.error());
    }
    m_deleted = *deleted;
}

void DeleteIdeaCommand::undo()
{
    if (!m_deleted)
        return;
    if (auto restored = core::IdeaRepository(m_database).restore(*m_deleted); !restored)
        report(m_errors, restored.error());
}

CreateDraftFromIdeaCommand::CreateDraftFromIdeaCommand(core::Database &database, qint64 ideaId,
                                                       const QString &title, QDateTime at,
                                                       IdeaErrorSink errors)
    : m_database(database)
    , m_ideaId(ideaId)
    , m_at(std::move(at))
    , m_errors(std::move(errors))
{
    setText(tr("Draft from \"%1\"").arg(title));
}

void CreateDraftFromIdeaCommand::redo()
{
    auto post = core::IdeaRepository(m_database).createDraftFromIdea(m_ideaId, m_at);
    if (!post) {
        m_postId = 0;
        return report(m_errors, post.error());
    }
    m_postId = post->id;
}

void CreateDraftFromIdeaCommand::undo()
{
    if (m_postId == 0)
        return;
    if (auto removed = core::PostRepository(m_database).remove(m_postId); !removed)
        report(m_errors, removed.error());
}

} // namespace hearth::ui
