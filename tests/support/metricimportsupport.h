// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the metric import tests share: the post an import wrote, found by its network id.
#include "listen/metricrepository.h"
#include "plan/postrepository.h"
#include "storage/database.h"

#include <utility>

namespace hearth::test {

// The post that landed on `network` with `externalId`, with its current figures; empty values
// when there is none.
inline std::pair<core::Post, core::MetricSnapshot>
importedPost(core::Database &db, const QString &network, const QString &externalId)
{
    const qint64 postId =
        db.scalar(QStringLiteral("SELECT post_id FROM post_networks WHERE network_id = :n AND "
                                 "external_id = :e"),
                  {{QStringLiteral(":n"), network}, {QStringLiteral(":e"), externalId}})
            ->toLongLong();
    auto post = core::PostRepository(db).find(postId);
    auto snapshot = core::MetricRepository(db).current(postId, network);
    if (!post || !snapshot || !*snapshot)
        return {};
    return {*post, **snapshot};
}

} // namespace hearth::test
