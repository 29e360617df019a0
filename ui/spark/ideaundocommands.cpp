// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/ideaundocommands.h"

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

CreateIdeaCommand::CreateIdeaCommand(core::IdeaRepository &ideas, core::Idea idea,
                                     IdeaErrorSink errors)
    : m_ideas(ideas)
    , m_idea(std::move(idea))
    , m_errors(std::move(errors))
{
    setText(tr("New idea \"%1\"").arg(m_idea.title));
}

void CreateIdeaCommand::redo()
{
    // Redo after undo puts back the very same idea, so later commands that name its id still work.
    if (m_deleted) {
        auto restored = m_ideas.restore(*m_deleted);
        if (!restored)
            return report(m_errors, restored.error());
        m_deleted.reset();
        return;
    }
    auto created = m_ideas.create(m_idea);
    if (!created) {
        return report(m_errors, created.error());
    }
    m_id = created->id;
}

void CreateIdeaCommand::undo()
{
    if (m_id == 0)
        return;
    auto deleted = m_ideas.remove(m_id);
    if (!deleted)
        return report(m_errors, deleted.error());
    m_deleted = *deleted;
}

EditIdeaCommand::EditIdeaCommand(core::IdeaRepository &ideas, core::Idea before, core::Idea after,
                                 IdeaErrorSink errors)
    : m_ideas(ideas)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_errors(std::move(errors))
{
    setText(tr("Edit idea \"%1\"").arg(m_after.title));
}

void EditIdeaCommand::redo()
{
    if (auto updated = m_ideas.update(m_after); !updated)
        report(m_errors, updated.error());
}

void EditIdeaCommand::undo()
{
    if (auto updated = m_ideas.update(m_before); !updated)
        report(m_errors, updated.error());
}

SetIdeaFlagCommand::SetIdeaFlagCommand(core::IdeaRepository &ideas, qint64 id, const QString &title,
                                       IdeaFlag flag, bool value, IdeaErrorSink errors)
    : m_ideas(ideas)
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
    auto done = m_flag == IdeaFlag::Favourite ? m_ideas.setFavourite(m_id, value)
                                              : m_ideas.setArchived(m_id, value);
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

DeleteIdeaCommand::DeleteIdeaCommand(core::IdeaRepository &ideas, qint64 id, const QString &title,
                                     IdeaErrorSink errors)
    : m_ideas(ideas)
    , m_id(id)
    , m_errors(std::move(errors))
{
    setText(tr("Delete idea \"%1\"").arg(title));
}

void DeleteIdeaCommand::redo()
{
    auto deleted = m_ideas.remove(m_id);
    if (!deleted) {
        return report(m_errors, deleted.error());
    }
    m_deleted = *deleted;
}

void DeleteIdeaCommand::undo()
{
    if (!m_deleted)
        return;
    if (auto restored = m_ideas.restore(*m_deleted); !restored)
        report(m_errors, restored.error());
}

CreateDraftFromIdeaCommand::CreateDraftFromIdeaCommand(AppServices &services, qint64 ideaId,
                                                       const QString &title, QDateTime at,
                                                       IdeaErrorSink errors)
    : m_services(services)
    , m_ideaId(ideaId)
    , m_at(std::move(at))
    , m_errors(std::move(errors))
{
    setText(tr("Draft from \"%1\"").arg(title));
}

void CreateDraftFromIdeaCommand::redo()
{
    auto post = m_services.posts.createDraftFromIdea(m_services.ideas, m_ideaId, m_at);
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
    if (auto removed = m_services.posts.remove(m_postId); !removed)
        report(m_errors, removed.error());
}

} // namespace hearth::ui
