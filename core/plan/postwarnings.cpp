// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/postwarnings.h"

#include <QCoreApplication>
#include <QSet>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    // The planning service's context: its translations cover these messages.
    return QCoreApplication::translate("hearth::core::PlanningService", text);
}

constexpr qint64 hourSeconds = 3600;
constexpr qint64 sameTextSeconds = 3 * 24 * 3600;

// Text compared for "same text twice": case and spacing do not make a post new.
QString comparableText(const QString &text)
{
    return text.simplified().toCaseFolded();
}

QSet<QString> comparableTexts(const Post &post)
{
    QSet<QString> texts;
    const QString body = comparableText(post.body);
    if (!body.isEmpty())
        texts.insert(body);
    for (const PostNetwork &network : post.networks) {
        const QString variant = comparableText(post.textFor(network.networkId));
        if (!variant.isEmpty())
            texts.insert(variant);
    }
    return texts;
}

} // namespace

bool networkNeedsMedia(const QString &networkId)
{
    return networkId == QLatin1String("instagram") || networkId == QLatin1String("tiktok") ||
           networkId == QLatin1String("pinterest");
}

QStringList networksMissingMedia(const Post &post)
{
    QStringList missing;
    if (!post.media.isEmpty())
        return missing;
    for (const PostNetwork &network : post.networks) {
        if (networkNeedsMedia(network.networkId))
            missing << network.networkId;
    }
    return missing;
}

QString missingMediaMessage(const QString &networkName)
{
    return tr("%1 needs a picture or a video; this post has none.").arg(networkName);
}

Result<QList<PlanWarning>> planWarnings(const Post &post, const PostRepository &posts,
                                        const CatalogRepository &catalog, const QTimeZone &zone)
{
    QList<PlanWarning> warnings;
    if (post.status == PostStatus::Skipped)
        return warnings;
    // A published (or imported) post went out already: a missing picture is no news then.
    const QStringList missingMedia =
        post.status == PostStatus::Published ? QStringList() : networksMissingMedia(post);
    if (missingMedia.isEmpty() && !post.isScheduled())
        return warnings;
    auto names = catalog.networks();
    if (!names)
        return names.error();
    auto nameOf = [&](const QString &id) {
        for (const Network &network : std::as_const(*names)) {
            if (network.id == id)
                return network.name;
        }
        return id;
    };
    for (const QString &networkId : missingMedia)
        warnings << PlanWarning{PlanWarningKind::NeedsPicture, networkId, 0,
                                missingMediaMessage(nameOf(networkId))};
    if (!post.isScheduled())
        return warnings;

    const qint64 at = post.scheduledAt.toSecsSinceEpoch();
    auto nearby =
        posts.scheduledBetween(QDateTime::fromSecsSinceEpoch(at - sameTextSeconds + 1, Qt::UTC),
                               QDateTime::fromSecsSinceEpoch(at + sameTextSeconds, Qt::UTC));
    if (!nearby)
        return nearby.error();
    const QSet<QString> texts = comparableTexts(post);

    for (const Post &other : std::as_const(*nearby)) {
        if (other.id == post.id || other.status == PostStatus::Skipped)
            continue;
        const qint64 distance = qAbs(other.scheduledAt.toSecsSinceEpoch() - at);
        const QString otherTime =
            other.scheduledAt.toTimeZone(zone).toString(QStringLiteral("ddd d MMM HH:mm"));
        if (distance < hourSeconds) {
            for (const PostNetwork &network : post.networks) {
                if (!other.network(network.networkId))
                    continue;
                warnings << PlanWarning{
                    PlanWarningKind::SameNetworkWithinHour, network.networkId, other.id,
                    tr("Post %1 also goes to %2 at %3, less than an hour apart.")
                        .arg(other.id)
                        .arg(nameOf(network.networkId), otherTime)};
            }
        }
        if (!texts.isEmpty() && comparableTexts(other).intersects(texts)) {
            warnings << PlanWarning{
                PlanWarningKind::SameTextWithinDays, QString(), other.id,
                tr("Post %1 at %2 has the same text, less than three days apart.")
                    .arg(other.id)
                    .arg(otherTime)};
        }
    }
    return warnings;
}

} // namespace hearth::core
