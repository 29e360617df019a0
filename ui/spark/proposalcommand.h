// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/post.h"
#include "spark/ideaundocommands.h"

#include <QStringList>
#include <QUndoCommand>

#include <optional>

namespace hearth::ui {

// What the user set for a proposal of "Fill my week" before accepting it.
struct ProposalDetails
{
    QString text;
    QStringList networks;
    core::PostStatus status = core::PostStatus::Draft;
};

// Gives the draft that `created` made its text, networks and status. Pushed right after
// `created` in one macro: undoing the macro removes the draft, redoing it makes the draft
// again (with whatever id it gets) and this command fills it in again.
class ApplyProposalCommand final : public QUndoCommand
{
public:
    ApplyProposalCommand(AppServices &services, const CreateDraftFromIdeaCommand &created,
                         ProposalDetails details, IdeaErrorSink errors);
    void redo() override;
    // Puts the draft back as it was made, so the draft's own undo finds it unchanged.
    void undo() override;

private:
    AppServices &m_services;
    const CreateDraftFromIdeaCommand &m_created;
    ProposalDetails m_details;
    IdeaErrorSink m_errors;
    std::optional<core::Post> m_before;
    std::optional<core::Post> m_after;
};

} // namespace hearth::ui
