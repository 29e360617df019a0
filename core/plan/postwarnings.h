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
    NeedsPicture,          // the network takes no post without a picture or video, and it has none
};

// A soft problem with a post's place in the plan; never blocks saving.
struct PlanWarning
{
    PlanWarningKind kind = PlanWarningKind::SameNetworkWithinHour;
    QString networkId;
    qint64 otherPostId = 0;
    QString message;
};

// Whether `networkId` refuses a post without a picture or video (formats.md: Instagram and
// TikTok captions, Pinterest descriptions all belong to media).
bool networkNeedsMedia(const QString &networkId);

// The networks of `post` that need a picture or video it does not have, in the post's order.
QStringList networksMissingMedia(const Post &post);

// "Instagram needs a picture or a video; this post has none." for one network name.
QString missingMediaMessage(const QString &networkName);

// Soft problems of `post` (saved or not): a network that needs a picture it lacks; and, for
// a scheduled post, against the stored plan: another post to the same network within the
// hour, the same text within three days. Times in messages are in `zone`.
Result<QList<PlanWarning>> planWarnings(const Post &post, const PostRepository &posts,
                                        const CatalogRepository &catalog, const QTimeZone &zone);

} // namespace hearth::core
