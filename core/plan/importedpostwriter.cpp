// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/importedpostwriter.h"

#include "common/clock.h"

#include <QCoreApplication>
#include <QStringList>

#include <utility>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::ImportedPostWriter", text);
}

} // namespace

ImportedPostWriter::ImportedPostWriter(Database &database)
    : m_database(database)
{}

Result<void> ImportedPostWriter::prepare()
{
    const QString context = tr("preparing the import of posts");
    if (auto made = m_insertPosts.prepare(m_database, QStringLiteral("posts"),
                                          {{QStringLiteral("id")},
                                           {QStringLiteral("title")},
                                           {QStringLiteral("body")},
                                           {QStringLiteral("scheduled_at")},
                                           {QStringLiteral("status"), QStringLiteral("published")},
                                           {QStringLiteral("origin"), QStringLiteral("imported")},
                                           {QStringLiteral("created_at")},
                                           {QStringLiteral("updated_at")}},
                                          context);
        !made)
        return made;
    if (auto made = m_insertNetworks.prepare(m_database, QStringLiteral("post_networks"),
                                             {{QStringLiteral("post_id")},
                                              {QStringLiteral("network_id")},
                                              {QStringLiteral("external_id")},
                                              {QStringLiteral("permalink")},
                                              {QStringLiteral("published_at")}},
                                             context);
        !made)
        return made;
    for (auto [statement, sqlText] : std::initializer_list<std::pair<NativeStatement *, QString>>{
             {&m_link,
              QStringLiteral("UPDATE post_networks SET external_id = coalesce(external_id, ?3), "
                             "permalink = coalesce(permalink, ?4), published_at = "
                             "coalesce(published_at, ?5) WHERE post_id = ?2 AND network_id = ?1")},
             {&m_publish,
              QStringLiteral("UPDATE posts SET status = 'published', updated_at = ?2 WHERE id = "
                             "?1 AND status IN ('draft', 'scheduled')")},
         }) {
        if (auto made = statement->prepare(m_database, sqlText, context); !made)
            return made;
    }
    // The ids are given here, so no other session may take one meanwhile (SQLite's write
    // transaction keeps every other writer out by itself).
    if (m_database.isServer()) {
        if (auto locked =
                m_database.exec(QStringLiteral("LOCK TABLE posts IN SHARE ROW EXCLUSIVE MODE"));
            !locked)
            return locked.error();
    }
    auto largest = m_database.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM posts"));
    if (!largest)
        return largest.error();
    m_nextId = largest->toLongLong() + 1;
    m_firstNewId = m_nextId;
    m_now = m_database.clock().now().toSecsSinceEpoch();
    return success();
}

qint64 ImportedPostWriter::add(ImportedPost post)
{
    post.id = m_nextId++;
    // The title and body columns want text, never NULL; the network's ids may be NULL.
    if (post.title.isNull())
        post.title = QStringLiteral("");
    if (post.text.isNull())
        post.text = QStringLiteral("");
    if (post.externalId.isEmpty())
        post.externalId = QString();
    if (post.permalink.isEmpty())
        post.permalink = QString();
    const qint64 id = post.id;
    m_posts << std::move(post);
    return id;
}

Result<void> ImportedPostWriter::flush()
{
    // Posts before their networks: each network row refers to its post.
    auto bindPost = [this](auto &statement, int base, const ImportedPost &post) {
        statement.bind(base + 1, post.id);
        statement.bind(base + 2, post.title);
        statement.bind(base + 3, post.text);
        statement.bind(base + 4, post.published);
        statement.bind(base + 5, m_now);
        statement.bind(base + 6, m_now);
    };
    auto bindNetwork = [](auto &statement, int base, const ImportedPost &post) {
        statement.bind(base + 1, post.id);
        statement.bind(base + 2, post.network);
        statement.bind(base + 3, post.externalId);
        statement.bind(base + 4, post.permalink);
        statement.bind(base + 5, post.published);
    };
    if (auto done =
            m_insertPosts.write(m_database, m_posts, bindPost, tr("creating imported posts"));
        !done)
        return done;
    if (m_database.isServer() && !m_posts.isEmpty()) {
        // The ids were given here: the identity's sequence moves past them.
        if (auto moved = m_database.exec(
                QStringLiteral(
                    "SELECT setval(s, greatest(CAST(:last AS bigint), "
                    "coalesce(pg_sequence_last_value(CAST(s AS regclass)), 0))) FROM (SELECT "
                    "pg_get_serial_sequence('posts', 'id') AS s) AS identity_sequence"),
                {{QStringLiteral(":last"), m_posts.constLast().id}});
            !moved)
            return moved.error();
    }
    if (auto done = m_insertNetworks.write(m_database, m_posts, bindNetwork,
                                           tr("adding the networks of imported posts"));
        !done)
        return done;
    m_posts.clear();
    return success();
}

Result<void> ImportedPostWriter::linkPublished(qint64 postId, const QString &network,
                                               const QString &externalId, const QString &permalink,
                                               std::optional<qint64> published)
{
    m_link.bind(1, network);
    m_link.bind(2, postId);
    m_link.bind(3, externalId.isEmpty() ? QString() : externalId);
    m_link.bind(4, permalink.isEmpty() ? QString() : permalink);
    m_link.bind(5, published);
    if (auto done = m_link.run(tr("linking a post to its published copy")); !done)
        return done;
    m_publish.bind(1, postId);
    m_publish.bind(2, m_database.clock().now().toSecsSinceEpoch());
    return m_publish.run(tr("marking a post as published"));
}

} // namespace hearth::core
