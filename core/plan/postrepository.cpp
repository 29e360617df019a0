// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/postrepository.h"

#include "common/clock.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::PostRepository", text);
}

const QString postColumns = QStringLiteral(
    "id, title, body, scheduled_at, status, pillar_id, idea_id, link, first_comment, notes, "
    "origin, repeat_every_weeks, repeat_until, repeat_count, repeat_of, created_at, updated_at");

Post postFromRow(const QSqlQuery &row)
{
    Post post;
    post.id = row.value(0).toLongLong();
    post.title = row.value(1).toString();
    post.body = row.value(2).toString();
    post.scheduledAt = sql::toTime(row.value(3));
    post.status = postStatusFromString(row.value(4).toString()).value_or(PostStatus::Draft);
    post.pillarId = sql::toOptionalId(row.value(5));
    post.ideaId = sql::toOptionalId(row.value(6));
    post.link = row.value(7).toString();
    post.firstComment = row.value(8).toString();
    post.notes = row.value(9).toString();
    post.origin = postOriginFromString(row.value(10).toString()).value_or(PostOrigin::Planned);
    post.recurrence.everyWeeks = row.value(11).toInt();
    post.recurrence.until = sql::toTime(row.value(12));
    if (!row.value(13).isNull())
        post.recurrence.count = row.value(13).toInt();
    post.repeatOf = sql::toOptionalId(row.value(14));
    post.createdAt = sql::toTime(row.value(15));
    post.updatedAt = sql::toTime(row.value(16));
    return post;
}

// Text columns are NOT NULL: a default-constructed (null) QString would bind as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

Bindings postBindings(const Post &post)
{
    return {
        {QStringLiteral(":title"), text(post.title)},
        {QStringLiteral(":body"), text(post.body)},
        {QStringLiteral(":scheduled_at"), sql::fromTime(post.scheduledAt)},
        {QStringLiteral(":status"), toString(post.status)},
        {QStringLiteral(":pillar_id"), sql::fromOptionalId(post.pillarId)},
        {QStringLiteral(":idea_id"), sql::fromOptionalId(post.ideaId)},
        {QStringLiteral(":link"), text(post.link)},
        {QStringLiteral(":first_comment"), text(post.firstComment)},
        {QStringLiteral(":notes"), text(post.notes)},
        {QStringLiteral(":origin"), toString(post.origin)},
        {QStringLiteral(":repeat_every_weeks"), post.recurrence.isActive()
                                                    ? QVariant(post.recurrence.everyWeeks)
                                                    : QVariant(QMetaType::fromType<int>())},
        {QStringLiteral(":repeat_until"), sql::fromTime(post.recurrence.until)},
        {QStringLiteral(":repeat_count"), post.recurrence.count
                                              ? QVariant(*post.recurrence.count)
                                              : QVariant(QMetaType::fromType<int>())},
        {QStringLiteral(":repeat_of"), sql::fromOptionalId(post.repeatOf)},
    };
}

Result<void> validate(const Post &post)
{
    QStringList seen;
    for (const PostNetwork &network : post.networks) {
        if (network.networkId.isEmpty())
            return Error::make(ErrorKind::InvalidInput, tr("A network of the post has no id."));
        if (seen.contains(network.networkId))
            return Error::make(
                ErrorKind::InvalidInput,
                tr("The post lists the network \"%1\" twice.").arg(network.networkId));
        seen << network.networkId;
    }
    if (post.status == PostStatus::Scheduled && !post.scheduledAt.isValid())
        return Error::make(
            ErrorKind::InvalidInput,
            tr("A scheduled post needs a date and time; give one or keep it a draft."));
    return success();
}

} // namespace

PostRepository::PostRepository(Database &database)
    : m_database(database)
{}

Result<Post> PostRepository::create(const Post &post)
{
    if (auto valid = validate(post); !valid)
        return valid.error();
    return m_database.write([&]() -> Result<Post> {
        const QDateTime now = m_database.clock().now();
        Bindings bindings = postBindings(post);
        bindings.emplace_back(QStringLiteral(":created_at"), sql::fromTime(now));
        bindings.emplace_back(QStringLiteral(":updated_at"), sql::fromTime(now));
        auto inserted = m_database.exec(
            QStringLiteral(
                "INSERT INTO posts (title, body, scheduled_at, status, pillar_id, idea_id, link, "
                "first_comment, notes, origin, repeat_every_weeks, repeat_until, repeat_count, "
                "repeat_of, created_at, updated_at) VALUES (:title, :body, :scheduled_at, "
                ":status, :pillar_id, :idea_id, :link, :first_comment, :notes, :origin, "
                ":repeat_every_weeks, :repeat_until, :repeat_count, :repeat_of, :created_at, "
                ":updated_at)"),
            bindings);
        if (!inserted)
            return inserted.error();
        Post stored = post;
        stored.id = inserted->lastInsertId().toLongLong();
        stored.createdAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
        stored.updatedAt = stored.createdAt;
        if (auto children = writeChildren(stored); !children)
            return children.error();
        return find(stored.id);
    });
}

Result<Post> PostRepository::restore(const Post &post)
{
    if (auto valid = validate(post); !valid)
        return valid.error();
    if (post.id <= 0)
        return Error::make(ErrorKind::InvalidInput,
                           tr("Only a post that was stored can be restored."));
    return m_database.write([&]() -> Result<Post> {
        const QDateTime now = m_database.clock().now();
        Bindings bindings = postBindings(post);
        bindings.emplace_back(QStringLiteral(":id"), post.id);
        bindings.emplace_back(QStringLiteral(":created_at"),
                              sql::fromTime(post.createdAt.isValid() ? post.createdAt : now));
        bindings.emplace_back(QStringLiteral(":updated_at"),
                              sql::fromTime(post.updatedAt.isValid() ? post.updatedAt : now));
        auto inserted = m_database.exec(
            QStringLiteral(
                "INSERT INTO posts (id, title, body, scheduled_at, status, pillar_id, idea_id, "
                "link, "
                "first_comment, notes, origin, repeat_every_weeks, repeat_until, repeat_count, "
                "repeat_of, created_at, updated_at) VALUES (:id, :title, :body, :scheduled_at, "
                ":status, :pillar_id, :idea_id, :link, :first_comment, :notes, :origin, "
                ":repeat_every_weeks, :repeat_until, :repeat_count, :repeat_of, :created_at, "
                ":updated_at)"),
            bindings);
        if (!inserted) {
            if (inserted.error().kind == ErrorKind::Conflict)
                return Error::make(
                    ErrorKind::Conflict,
                    tr("Post %1 exists already; it cannot be restored twice.").arg(post.id));
            return inserted.error();
        }
        if (auto children = writeChildren(post); !children)
            return children.error();
        return find(post.id);
    });
}

Result<Post> PostRepository::update(const Post &post)
{
    if (auto valid = validate(post); !valid)
        return valid.error();
    return m_database.write([&]() -> Result<Post> {
        Bindings bindings = postBindings(post);
        bindings.emplace_back(QStringLiteral(":id"), post.id);
        bindings.emplace_back(QStringLiteral(":updated_at"),
                              sql::fromTime(m_database.clock().now()));
        auto updated = m_database.exec(
            QStringLiteral(
                "UPDATE posts SET title = :title, body = :body, scheduled_at = :scheduled_at, "
                "status = :status, pillar_id = :pillar_id, idea_id = :idea_id, link = :link, "
                "first_comment = :first_comment, notes = :notes, origin = :origin, "
                "repeat_every_weeks = :repeat_every_weeks, repeat_until = :repeat_until, "
                "repeat_count = :repeat_count, repeat_of = :repeat_of, updated_at = :updated_at "
                "WHERE id = :id"),
            bindings);
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() == 0)
            return Error::make(ErrorKind::NotFound, tr("There is no post %1.").arg(post.id));
        if (auto children = writeChildren(post); !children)
            return children.error();
        return find(post.id);
    });
}

Result<void> PostRepository::writeChildren(const Post &post)
{
    const Bindings idOnly{{QStringLiteral(":id"), post.id}};
    // Networks are updated in place so metric snapshots that hang off them survive an edit.
    QStringList keep;
    for (const PostNetwork &network : post.networks) {
        keep << network.networkId;
        auto upserted = m_database.exec(
            QStringLiteral(
                "INSERT INTO post_networks (post_id, network_id, variant_text, external_id, "
                "permalink, published_at) VALUES (:id, :network, :variant, :external, :permalink, "
                ":published) ON CONFLICT (post_id, network_id) DO UPDATE SET variant_text = "
                "excluded.variant_text, external_id = excluded.external_id, permalink = "
                "excluded.permalink, published_at = excluded.published_at"),
            {{QStringLiteral(":id"), post.id},
             {QStringLiteral(":network"), network.networkId},
             {QStringLiteral(":variant"), network.hasVariant()
                                              ? QVariant(network.variantText)
                                              : QVariant(QMetaType::fromType<QString>())},
             {QStringLiteral(":external"), network.externalId.isEmpty()
                                               ? QVariant(QMetaType::fromType<QString>())
                                               : QVariant(network.externalId)},
             {QStringLiteral(":permalink"), network.permalink.isEmpty()
                                                ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(network.permalink)},
             {QStringLiteral(":published"), sql::fromTime(network.publishedAt)}});
        if (!upserted) {
            if (upserted.error().kind == ErrorKind::Conflict)
                return Error::make(ErrorKind::InvalidInput,
                                   tr("\"%1\" is not a known network.").arg(network.networkId));
            return upserted.error();
        }
    }
    auto existing = m_database.exec(
        QStringLiteral("SELECT network_id FROM post_networks WHERE post_id = :id"), idOnly);
    if (!existing)
        return existing.error();
    QStringList stale;
    while (existing->next()) {
        const QString id = existing->value(0).toString();
        if (!keep.contains(id))
            stale << id;
    }
    for (const QString &id : std::as_const(stale)) {
        auto removed = m_database.exec(
            QStringLiteral(
                "DELETE FROM post_networks WHERE post_id = :id AND network_id = :network"),
            {{QStringLiteral(":id"), post.id}, {QStringLiteral(":network"), id}});
        if (!removed)
            return removed.error();
    }

    if (auto cleared =
            m_database.exec(QStringLiteral("DELETE FROM post_tags WHERE post_id = :id"), idOnly);
        !cleared)
        return cleared.error();
    for (const QString &tag : post.tags) {
        const QString name = tag.trimmed();
        if (name.isEmpty())
            continue;
        auto id = tagId(name);
        if (!id)
            return id.error();
        auto linked =
            m_database.exec(QStringLiteral("INSERT INTO post_tags (post_id, tag_id) VALUES (:post, "
                                           ":tag) ON CONFLICT DO NOTHING"),
                            {{QStringLiteral(":post"), post.id}, {QStringLiteral(":tag"), *id}});
        if (!linked)
            return linked.error();
    }

    if (auto cleared =
            m_database.exec(QStringLiteral("DELETE FROM post_media WHERE post_id = :id"), idOnly);
        !cleared)
        return cleared.error();
    for (int position = 0; position < post.media.size(); ++position) {
        auto added = m_database.exec(
            QStringLiteral("INSERT INTO post_media (post_id, position, path, alt_text) VALUES "
                           "(:post, :position, :path, :alt)"),
            {{QStringLiteral(":post"), post.id},
             {QStringLiteral(":position"), position},
             {QStringLiteral(":path"), text(post.media.at(position).path)},
             {QStringLiteral(":alt"), text(post.media.at(position).altText)}});
        if (!added)
            return added.error();
    }
    return success();
}

Result<qint64> PostRepository::tagId(const QString &name)
{
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO tags (name) VALUES (:name) ON CONFLICT (name) DO NOTHING"),
        {{QStringLiteral(":name"), name}});
    if (!inserted)
        return inserted.error();
    auto id = m_database.scalar(QStringLiteral("SELECT id FROM tags WHERE name = :name"),
                                {{QStringLiteral(":name"), name}});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<void> PostRepository::linkToIdeaIfUnlinked(qint64 postId, qint64 ideaId)
{
    auto linked = m_database.exec(
        QStringLiteral("UPDATE posts SET idea_id = :idea WHERE id = :post AND idea_id IS NULL"),
        {{QStringLiteral(":idea"), ideaId}, {QStringLiteral(":post"), postId}});
    if (!linked)
        return linked.error();
    return success();
}

Result<void> PostRepository::remove(qint64 id)
{
    return m_database.write([&]() -> Result<void> {
        auto removed = m_database.exec(QStringLiteral("DELETE FROM posts WHERE id = :id"),
                                       {{QStringLiteral(":id"), id}});
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() == 0)
            return Error::make(ErrorKind::NotFound, tr("There is no post %1.").arg(id));
        return success();
    });
}

Result<Post> PostRepository::find(qint64 id) const
{
    auto posts = load(QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}}, QString());
    if (!posts)
        return posts.error();
    if (posts->isEmpty())
        return Error::make(ErrorKind::NotFound, tr("There is no post %1.").arg(id));
    return posts->first();
}

Result<QList<Post>> PostRepository::scheduledBetween(const QDateTime &from,
                                                     const QDateTime &to) const
{
    return load(
        QStringLiteral("scheduled_at IS NOT NULL AND scheduled_at >= :from AND scheduled_at < :to"),
        {{QStringLiteral(":from"), from.toSecsSinceEpoch()},
         {QStringLiteral(":to"), to.toSecsSinceEpoch()}},
        QStringLiteral("scheduled_at, id"));
}

Result<QList<Post>> PostRepository::unscheduled() const
{
    return load(QStringLiteral("scheduled_at IS NULL"), {},
                QStringLiteral("updated_at DESC, id DESC"));
}

Result<qint64> PostRepository::count() const
{
    auto total = m_database.scalar(QStringLiteral("SELECT count(*) FROM posts"));
    if (!total)
        return total.error();
    return total->toLongLong();
}

Result<QList<Post>> PostRepository::series(qint64 firstId) const
{
    return load(QStringLiteral("(id = :first OR repeat_of = :first)"),
                {{QStringLiteral(":first"), firstId}},
                QStringLiteral("scheduled_at IS NULL, scheduled_at, id"));
}

Result<QList<Post>> PostRepository::load(const QString &whereClause, const Bindings &bindings,
                                         const QString &orderClause) const
{
    QString sqlText = QStringLiteral("SELECT %1 FROM posts WHERE %2").arg(postColumns, whereClause);
    if (!orderClause.isEmpty())
        sqlText += QStringLiteral(" ORDER BY ") + orderClause;
    auto rows = m_database.exec(sqlText, bindings);
    if (!rows)
        return rows.error();
    QList<Post> posts;
    QHash<qint64, qsizetype> indexById;
    while (rows->next()) {
        posts.append(postFromRow(*rows));
        indexById.insert(posts.constLast().id, posts.size() - 1);
    }
    if (posts.isEmpty())
        return posts;

    // Children of all loaded posts in one query each, not one per post.
    const QString subset = QStringLiteral("SELECT id FROM posts WHERE ") + whereClause;
    // Children are put in order per post here (a few each) rather than by SQLite, which
    // needed a join and a temporary B-tree over all of a month's rows on every load.
    auto order = m_database.exec(QStringLiteral("SELECT id FROM networks ORDER BY sort_order, id"));
    if (!order)
        return order.error();
    QHash<QString, int> networkRank;
    while (order->next())
        networkRank.insert(order->value(0).toString(), int(networkRank.size()));

    auto networks = m_database.exec(
        QStringLiteral("SELECT post_id, network_id, variant_text, external_id, permalink, "
                       "published_at FROM post_networks WHERE post_id IN (%1)")
            .arg(subset),
        bindings);
    if (!networks)
        return networks.error();
    while (networks->next()) {
        PostNetwork network;
        network.networkId = networks->value(1).toString();
        network.variantText = sql::toText(networks->value(2));
        network.externalId = networks->value(3).toString();
        network.permalink = networks->value(4).toString();
        network.publishedAt = sql::toTime(networks->value(5));
        posts[indexById.value(networks->value(0).toLongLong())].networks.append(network);
    }

    auto tags = m_database.exec(
        QStringLiteral(
            "SELECT pt.post_id, t.name FROM post_tags pt JOIN tags t ON t.id = pt.tag_id "
            "WHERE pt.post_id IN (%1)")
            .arg(subset),
        bindings);
    if (!tags)
        return tags.error();
    while (tags->next())
        posts[indexById.value(tags->value(0).toLongLong())].tags.append(tags->value(1).toString());

    for (Post &post : posts) {
        if (post.networks.size() > 1)
            std::sort(post.networks.begin(), post.networks.end(),
                      [&](const PostNetwork &a, const PostNetwork &b) {
                          return networkRank.value(a.networkId) < networkRank.value(b.networkId);
                      });
        if (post.tags.size() > 1)
            std::sort(post.tags.begin(), post.tags.end(), [](const QString &a, const QString &b) {
                return a.compare(b, Qt::CaseInsensitive) < 0;
            });
    }

    auto media = m_database.exec(
        QStringLiteral("SELECT post_id, path, alt_text FROM post_media WHERE post_id IN (%1) "
                       "ORDER BY post_id, position")
            .arg(subset),
        bindings);
    if (!media)
        return media.error();
    while (media->next())
        posts[indexById.value(media->value(0).toLongLong())].media.append(
            MediaAttachment{media->value(1).toString(), media->value(2).toString()});
    return posts;
}

} // namespace hearth::core
