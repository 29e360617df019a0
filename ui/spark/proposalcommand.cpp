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
    auto post = core::PostRepository(m_services.database).find(m_created.postId());
    if (!post) {
        if (m_errors)
            m_errors(post.error().message);
        return;
    }
    post->body = m_details.text;
    post->status = m_details.status;
    QList<core::PostNetwork> networks;
    for (const QString &id : std::as_const(m_details.networks)) {
        core::PostNetwork network;
        network.networkId = id;
        networks << network;
    }
    post->networks = networks;
    if (auto updated = m_services.posts.update(*post); !updated && m_errors)
        m_errors(updated.error().message);
}

} // namespace hearth::ui
