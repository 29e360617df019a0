// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/post.h"
#include "plan/postrepository.h"
#include "storage/database.h"

#include <QTest>

// Small helpers the Plan model tests share: posts at local times in a test plan (either engine).
namespace hearth::core::testing {

inline QDateTime local(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::LocalTime).toUTC();
}

inline Post makePost(const QString &body, const QDateTime &when,
                     const QStringList &networks = {QStringLiteral("x")},
                     std::optional<qint64> pillar = std::nullopt)
{
    Post post;
    // Empty, not null: the posts table has NOT NULL text columns.
    post.title = post.link = post.firstComment = post.notes = QStringLiteral("");
    post.body = body;
    post.scheduledAt = when;
    post.status = when.isValid() ? PostStatus::Scheduled : PostStatus::Draft;
    post.pillarId = pillar;
    for (const QString &network : networks)
        post.networks << PostNetwork{network, {}, {}, {}, {}};
    return post;
}

inline Post store(Database &database, const Post &post)
{
    auto created = PostRepository(database).create(post);
    if (!created)
        qFatal("could not store a test post: %s", qPrintable(created.error().message));
    return *created;
}

} // namespace hearth::core::testing
