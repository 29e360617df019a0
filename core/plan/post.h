// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearth::core {

enum class PostStatus
{
    Draft,
    Scheduled,
    Published,
    Skipped
};
enum class PostOrigin
{
    Planned,
    Imported
};

QString toString(PostStatus status);
std::optional<PostStatus> postStatusFromString(const QString &text);
QString toString(PostOrigin origin);
std::optional<PostOrigin> postOriginFromString(const QString &text);

// One network a post goes to, with its own text and, once published, where it landed.
struct PostNetwork
{
    QString networkId;
    // Null when the network uses the post's body unchanged.
    QString variantText;
    QString externalId;
    QString permalink;
    QDateTime publishedAt;

    bool hasVariant() const { return !variantText.isNull(); }
    friend bool operator==(const PostNetwork &, const PostNetwork &) = default;
};

// A picture or video on the user's disk, referenced by path, never copied.
struct MediaAttachment
{
    QString path;
    QString altText;
    friend bool operator==(const MediaAttachment &, const MediaAttachment &) = default;
};

// Repetition of an evergreen post: every N weeks, until a date or a number of times.
struct Recurrence
{
    int everyWeeks = 0;
    QDateTime until;
    std::optional<int> count;

    bool isActive() const { return everyWeeks > 0; }
    friend bool operator==(const Recurrence &, const Recurrence &) = default;
};

// A planned (or imported) post and everything said about it.
struct Post
{
    qint64 id = 0;
    QString title;
    QString body;
    // UTC; invalid for an unscheduled draft.
    QDateTime scheduledAt;
    PostStatus status = PostStatus::Draft;
    std::optional<qint64> pillarId;
    std::optional<qint64> ideaId;
    QStringList tags;
    QString link;
    QList<MediaAttachment> media;
    QString firstComment;
    QString notes;
    PostOrigin origin = PostOrigin::Planned;
    Recurrence recurrence;
    std::optional<qint64> repeatOf;
    QList<PostNetwork> networks;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isScheduled() const { return scheduledAt.isValid(); }
    // The text that goes to `networkId`: its variant, or the body.
    QString textFor(const QString &networkId) const;
    const PostNetwork *network(const QString &networkId) const;
    QStringList networkIds() const;

    friend bool operator==(const Post &, const Post &) = default;
};

} // namespace hearth::core
