// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/batchedinsert.h"
#include "storage/database.h"
#include "storage/nativestatement.h"

#include <QList>
#include <QString>

#include <optional>

namespace hearth::core {

// A post an import creates: published, with origin "imported".
struct ImportedPost
{
    qint64 id = 0;
    QString network;
    // NULL when empty.
    QString externalId;
    QString permalink;
    std::optional<qint64> published;
    QString title;
    QString text;
};

// Writes the posts and network rows of a bulk import inside the caller's write transaction:
// new posts in batches, and the links of matched posts to their published copies.
class ImportedPostWriter final
{
public:
    explicit ImportedPostWriter(Database &database);

    // Prepares the statements and reads the next free post id.
    Result<void> prepare();
    // Queues a new post and returns its id: the largest plus one, as SQLite would give it (the
    // write transaction, on a server a lock on posts, keeps every other writer out).
    qint64 add(ImportedPost post);
    // The id of the first post added (all later ones follow it).
    qint64 firstNewId() const { return m_firstNewId; }
    qsizetype pending() const { return m_posts.size(); }
    // Writes the queued posts and their network rows.
    Result<void> flush();
    // Fills the network row's missing id, link and publish time, and marks a draft or
    // scheduled post published.
    Result<void> linkPublished(qint64 postId, const QString &network, const QString &externalId,
                               const QString &permalink, std::optional<qint64> published);

private:
    Database &m_database;
    BatchedInsert m_insertPosts;
    BatchedInsert m_insertNetworks;
    NativeStatement m_link;
    NativeStatement m_publish;
    QList<ImportedPost> m_posts;
    qint64 m_nextId = 1;
    qint64 m_firstNewId = 1;
    qint64 m_now = 0;
};

} // namespace hearth::core
