// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/catalog.h"
#include "plan/post.h"
#include "plan/postrepository.h"

#include <QList>
#include <QString>
#include <QTimeZone>

namespace hearth::core {

enum class PlanWarningKind
{
    SameNetworkWithinHour, // another post goes to the same network less than an hour apart
    SameTextWithinDays,    // the same text goes out again less than three days apart
};

// A soft problem with a post's place in the plan; never blocks saving.
struct PlanWarning
{
    PlanWarningKind kind = PlanWarningKind::SameNetworkWithinHour;
    QString networkId;
    qint64 otherPostId = 0;
    QString message;
};

// Soft problems of `post` (saved or not) against the stored plan: another post to the same
// network within the hour, the same text within three days. Times in messages are in `zone`.
Result<QList<PlanWarning>> planWarnings(const Post &post, const PostRepository &posts,
                                        const CatalogRepository &catalog, const QTimeZone &zone);

} // namespace hearth::core
