// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/post.h"

namespace hearth::core {

QString toString(PostStatus status)
{
    switch (status) {
    case PostStatus::Draft:
        return QStringLiteral("draft");
    case PostStatus::Scheduled:
        return QStringLiteral("scheduled");
    case PostStatus::Published:
        return QStringLiteral("published");
    case PostStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("draft");
}

std::optional<PostStatus> postStatusFromString(const QString &text)
{
    for (PostStatus status :
         {PostStatus::Draft, PostStatus::Scheduled, PostStatus::Published, PostStatus::Skipped}) {
        if (text.compare(toString(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

QString toString(PostOrigin origin)
{
    return origin == PostOrigin::Imported ? QStringLiteral("imported") : QStringLiteral("planned");
}

std::optional<PostOrigin> postOriginFromString(const QString &text)
{
    if (text == QLatin1String("planned"))
        return PostOrigin::Planned;
    if (text == QLatin1String("imported"))
        return PostOrigin::Imported;
    return std::nullopt;
}

QString Post::textFor(const QString &networkId) const
{
    const PostNetwork *target = network(networkId);
    return target && target->hasVariant() ? target->variantText : body;
}

const PostNetwork *Post::network(const QString &networkId) const
{
    for (const PostNetwork &entry : networks) {
        if (entry.networkId == networkId)
            return &entry;
    }
    return nullptr;
}

QStringList Post::networkIds() const
{
    QStringList ids;
    ids.reserve(networks.size());
    for (const PostNetwork &entry : networks)
        ids << entry.networkId;
    return ids;
}

} // namespace hearth::core
