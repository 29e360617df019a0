// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/post.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace hearth::core {

// Stores and loads posts with their networks, tags and media; speaks only domain types.
class PostRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PostRepository)

public:
    explicit PostRepository(Database &database);

    // Inserts `post` (its id is ignored) and returns it as stored, with id and times.
    Result<Post> create(const Post &post);
    // Replaces the stored post with the same id; fails with NotFound if there is none.
    Result<Post> update(const Post &post);
    Result<void> remove(qint64 id);
    // Inserts `post` keeping its id and created/updated times (undo of a delete).
    Result<Post> restore(const Post &post);
    // Links the post to the idea it came from, unless it is linked to an idea already (undo of
    // an idea's delete: a post linked to another idea since then keeps that link).
    Result<void> linkToIdeaIfUnlinked(qint64 postId, qint64 ideaId);
    Result<Post> find(qint64 id) const;

    // Scheduled posts with from <= scheduled_at < to, in time order.
    Result<QList<Post>> scheduledBetween(const QDateTime &from, const QDateTime &to) const;
    // Drafts without a date (the drafts tray), newest first.
    Result<QList<Post>> unscheduled() const;
    Result<qint64> count() const;
    // An evergreen series: the first post and every post with repeat_of = firstId, in time order.
    Result<QList<Post>> series(qint64 firstId) const;

private:
    Result<void> writeChildren(const Post &post);
    Result<QList<Post>> load(const QString &whereClause, const Bindings &bindings,
                             const QString &orderClause) const;
    Result<qint64> tagId(const QString &name);

    Database &m_database;
};

} // namespace hearth::core
