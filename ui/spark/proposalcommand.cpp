// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/proposalcommand.h"

#include "plan/postrepository.h"

namespace hearth::ui {

ApplyProposalCommand::ApplyProposalCommand(AppServices &services,
                                           const CreateDraftFromIdeaCommand &created,
                                           ProposalDetails details, IdeaErrorSink errors)
    : m_services(services)
    , m_created(created)
    , m_details(std::move(details))
    , m_errors(std::move(errors))
{
    setText(created.text());
}

void ApplyProposalCommand::redo()
{
    if (m_created.postId() == 0)
        return;
    if (!m_before) {
        auto post = core::PostRepository(m_services.database).find(m_created.postId());
        if (!post) {
            if (m_errors)
                m_errors(post.error().message);
            return;
        }
        m_before = *post;
        core::Post after = *post;
        after.body = m_details.text;
        after.status = m_details.status;
        after.networks.clear();
        for (const QString &id : std::as_const(m_details.networks)) {
            core::PostNetwork network;
            network.networkId = id;
            after.networks << network;
        }
        m_after = after;
    }
    auto applied = m_services.posts.replaceIfUnchanged(*m_before, *m_after);
    if (!applied) {
        setObsolete(true);
        if (m_errors)
            m_errors(applied.error().message);
        return;
    }
    m_after = *applied;
}

void ApplyProposalCommand::undo()
{
    if (!m_before || !m_after)
        return;
    if (auto restored = m_services.posts.replaceIfUnchanged(*m_after, *m_before); !restored) {
        setObsolete(true);
        if (m_errors)
            m_errors(restored.error().message);
    }
}

} // namespace hearth::ui
