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

// Whether the user's writing in two versions of an idea is the same (usage and times aside).
bool sameWriting(const core::Idea &a, const core::Idea &b)
{
    return a.id == b.id && a.title == b.title && a.notes == b.notes && a.pillarId == b.pillarId &&
           a.tags == b.tags && a.favourite == b.favourite && a.archived == b.archived;
}

core::Error changedSince(const core::Idea &stored)
{
    return core::Error::make(
        core::ErrorKind::Conflict,
        tr("The idea “%1” was changed after this step, so it was kept as it is now.")
            .arg(stored.title));
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
    if (m_id != 0)
        return; // kept by a refused undo
    auto created = m_ideas.create(m_idea);
    if (!created) {
        return report(m_errors, created.error());
    }
    m_id = created->id;
    m_created = *created;
}

void CreateIdeaCommand::undo()
{
    if (m_id == 0)
        return;
    if (auto stored = m_ideas.find(m_id); stored && !sameWriting(*stored, m_created)) {
        setObsolete(true);
        return report(m_errors, changedSince(*stored));
    }
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

void EditIdeaCommand::replace(const core::Idea &expected, core::Idea &next)
{
    auto stored = m_ideas.find(next.id);
    if (!stored) {
        setObsolete(true);
        return report(m_errors, stored.error());
    }
    if (sameWriting(*stored, next))
        return;
    if (!sameWriting(*stored, expected)) {
        setObsolete(true);
        return report(m_errors, changedSince(*stored));
    }
    if (auto updated = m_ideas.update(next); !updated)
        report(m_errors, updated.error());
    else
        next = *updated;
}

void EditIdeaCommand::redo()
{
    if (m_applied)
        return replace(m_before, m_after);
    // The first run is the user's own edit; it keeps the idea as stored for the checks.
    auto updated = m_ideas.update(m_after);
    if (!updated)
        return report(m_errors, updated.error());
    m_after = *updated;
    m_applied = true;
}

void EditIdeaCommand::undo()
{
    replace(m_after, m_before);
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
    if (m_created.id == 0) {
        auto post = m_services.posts.createDraftFromIdea(m_services.ideas, m_ideaId, m_at);
        if (!post)
            return report(m_errors, post.error());
        m_created = *post;
        return;
    }
    // The same draft with the same id, so the later steps that name it still find it.
    auto stored = m_services.posts.restoreIfMissing(m_created);
    if (!stored)
        report(m_errors, stored.error());
    else if (PostStore::sameWriting(*stored, m_created))
        m_created = *stored;
    m_services.posts.reloadViews();
}

void CreateDraftFromIdeaCommand::undo()
{
    if (m_created.id == 0)
        return;
    if (auto removed = m_services.posts.removeIfUnchanged(m_created); !removed) {
        setObsolete(true);
        report(m_errors, removed.error());
    }
    m_services.posts.reloadViews();
}

} // namespace hearth::ui
