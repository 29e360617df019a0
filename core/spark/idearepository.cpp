// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/idearepository.h"

#include "common/clock.h"
#include "plan/catalog.h"
#include "plan/planningservice.h"
#include "plan/postrepository.h"
#include "spark/ideasql.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::IdeaRepository", text);
}

constexpr int maxTitleLength = 200;

// A null QString binds as SQL NULL; NOT NULL text columns need an empty string instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Result<void> validate(const Idea &idea)
{
    const QString title = idea.title.trimmed();
    if (title.isEmpty())
        return Error::make(ErrorKind::InvalidInput,
                           tr("An idea needs a title; write a few words."));
    if (title.size() > maxTitleLength)
        return Error::make(ErrorKind::InvalidInput,
                           tr("The title of an idea may have at most %1 characters; move the rest "
                              "into the notes.")
                               .arg(maxTitleLength));
    return success();
}

// The columns create() and restore() both write, after `bindings` of their own.
Bindings insertBindings(const Idea &idea, Bindings bindings)
{
    const Bindings shared{
        {QStringLiteral(":notes"), text(idea.notes)},
        {QStringLiteral(":pillar"), sql::fromOptionalId(idea.pillarId)},
        {QStringLiteral(":favourite"), idea.favourite ? 1 : 0},
        {QStringLiteral(":archived"), idea.archived ? 1 : 0},
        {QStringLiteral(":source"), toString(idea.source)},
        {QStringLiteral(":key"), idea.libraryKey.isEmpty()
                                     ? QVariant(QMetaType::fromType<QString>())
                                     : QVariant(idea.libraryKey)},
        {QStringLiteral(":edited"), idea.libraryEdited ? 1 : 0},
        {QStringLiteral(":feedback_post"), sql::fromOptionalId(idea.feedbackPostId)},
        {QStringLiteral(":feedback_text"), text(idea.feedbackText)},
    };
    bindings.insert(bindings.end(), shared.begin(), shared.end());
    return bindings;
}

bool sameContent(const Idea &a, const Idea &b)
{
    return a.title == b.title && a.notes == b.notes && a.pillarId == b.pillarId &&
           ideasql::normalisedTags(a.tags) == ideasql::normalisedTags(b.tags);
}

// The first line of `text`, cut at a word boundary so it fits a title.
QString titleFrom(const QString &text)
{
    constexpr int limit = 80;
    QString line = text.trimmed().section(u'\n', 0, 0).simplified();
    if (line.size() <= limit)
        return line;
    line.truncate(limit);
    const qsizetype space = line.lastIndexOf(u' ');
    if (space > limit / 2)
        line.truncate(space);
    return line + QChar(0x2026);
}

} // namespace

IdeaRepository::IdeaRepository(Database &database)
    : m_database(database)
{}

Result<Idea> IdeaRepository::create(const Idea &idea)
{
    if (auto valid = validate(idea); !valid)
        return valid.error();
    return m_database.write([&]() -> Result<Idea> {
        const QDateTime now = m_database.clock().now();
        auto inserted = m_database.exec(
            QStringLiteral(
                "INSERT INTO ideas (title, notes, pillar_id, favourite, archived, source, "
                "library_key, library_edited, feedback_post_id, feedback_text, created_at, "
                "updated_at) VALUES (:title, :notes, :pillar, :favourite, :archived, :source, "
                ":key, :edited, :feedback_post, :feedback_text, :now, :now)"),
            insertBindings(idea, {{QStringLiteral(":title"), idea.title.trimmed()},
                                  {QStringLiteral(":now"), sql::fromTime(now)}}));
        if (!inserted) {
            if (inserted.error().kind == ErrorKind::Conflict && !idea.libraryKey.isEmpty())
                return Error::make(ErrorKind::Conflict,
                                   tr("The library prompt \"%1\" is in the idea bank already.")
                                       .arg(idea.libraryKey));
            return inserted.error();
        }
        const qint64 id = inserted->lastInsertId().toLongLong();
        if (auto tagged = writeTags(id, idea.tags); !tagged)
            return tagged.error();
        return find(id);
    });
}

Result<Idea> IdeaRepository::update(const Idea &idea)
{
    if (auto valid = validate(idea); !valid)
        return valid.error();
    return m_database.write([&]() -> Result<Idea> {
        auto stored = find(idea.id);
        if (!stored)
            return stored.error();
        Idea changed = idea;
        changed.title = idea.title.trimmed();
        const bool contentChanged = !sameContent(*stored, changed);
        const bool edited =
            stored->libraryEdited || (stored->source == IdeaSource::Library && contentChanged);
        auto updated = m_database.exec(
            QStringLiteral(
                "UPDATE ideas SET title = :title, notes = :notes, pillar_id = :pillar, "
                "favourite = :favourite, archived = :archived, library_edited = :edited, "
                "updated_at = :now WHERE id = :id"),
            {{QStringLiteral(":title"), changed.title},
             {QStringLiteral(":notes"), text(changed.notes)},
             {QStringLiteral(":pillar"), sql::fromOptionalId(changed.pillarId)},
             {QStringLiteral(":favourite"), changed.favourite ? 1 : 0},
             {QStringLiteral(":archived"), changed.archived ? 1 : 0},
             {QStringLiteral(":edited"), edited ? 1 : 0},
             {QStringLiteral(":now"), sql::fromTime(m_database.clock().now())},
             {QStringLiteral(":id"), idea.id}});
        if (!updated)
            return updated.error();
        if (ideasql::normalisedTags(stored->tags) != ideasql::normalisedTags(changed.tags)) {
            if (auto tagged = writeTags(idea.id, changed.tags); !tagged)
                return tagged.error();
        }
        return find(idea.id);
    });
}

Result<Idea> IdeaRepository::refreshFromLibrary(const Idea &idea)
{
    if (auto valid = validate(idea); !valid)
        return valid.error();
    return m_database.write([&]() -> Result<Idea> {
        auto updated = m_database.exec(
            QStringLiteral("UPDATE ideas SET title = :title, notes = :notes, pillar_id = :pillar, "
                           "updated_at = :now WHERE id = :id AND source = 'library' "
                           "AND library_edited = 0"),
            {{QStringLiteral(":title"), idea.title.trimmed()},
             {QStringLiteral(":notes"), text(idea.notes)},
             {QStringLiteral(":pillar"), sql::fromOptionalId(idea.pillarId)},
             {QStringLiteral(":now"), sql::fromTime(m_database.clock().now())},
             {QStringLiteral(":id"), idea.id}});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() == 0)
            return Error::make(
                ErrorKind::Conflict,
                tr("Idea %1 is not an unedited library prompt; it was left as it is.")
                    .arg(idea.id));
        if (auto tagged = writeTags(idea.id, idea.tags); !tagged)
            return tagged.error();
        return find(idea.id);
    });
}

Result<void> IdeaRepository::setFavourite(qint64 id, bool favourite)
{
    return setFlag(id, QStringLiteral("favourite"), favourite);
}

Result<void> IdeaRepository::setArchived(qint64 id, bool archived)
{
    return setFlag(id, QStringLiteral("archived"), archived);
}

Result<void> IdeaRepository::setFlag(qint64 id, const QString &column, bool value)
{
    // `column` is one of two fixed names chosen above, never user input.
    return m_database.write([&]() -> Result<void> {
        auto updated = m_database.exec(
            QStringLiteral("UPDATE ideas SET %1 = :value WHERE id = :id").arg(column),
            {{QStringLiteral(":value"), value ? 1 : 0}, {QStringLiteral(":id"), id}});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() == 0)
            return Error::make(ErrorKind::NotFound, tr("There is no idea %1.").arg(id));
        return success();
    });
}

Result<DeletedIdea> IdeaRepository::remove(qint64 id)
{
    return m_database.write([&]() -> Result<DeletedIdea> {
        auto idea = find(id);
        if (!idea)
            return idea.error();
        DeletedIdea deleted{*idea, {}};
        auto posts =
            m_database.exec(QStringLiteral("SELECT id FROM posts WHERE idea_id = :id ORDER BY id"),
                            {{QStringLiteral(":id"), id}});
        if (!posts)
            return posts.error();
        while (posts->next())
            deleted.postIds << posts->value(0).toLongLong();
        auto removed = m_database.exec(QStringLiteral("DELETE FROM ideas WHERE id = :id"),
                                       {{QStringLiteral(":id"), id}});
        if (!removed)
            return removed.error();
        if (!idea->libraryKey.isEmpty()) {
            auto dismissed = m_database.exec(
                QStringLiteral("INSERT INTO library_dismissed (library_key) VALUES (:key) "
                               "ON CONFLICT (library_key) DO NOTHING"),
                {{QStringLiteral(":key"), idea->libraryKey}});
            if (!dismissed)
                return dismissed.error();
        }
        return deleted;
    });
}

Result<Idea> IdeaRepository::restore(const DeletedIdea &deleted)
{
    const Idea &idea = deleted.idea;
    return m_database.write([&]() -> Result<Idea> {
        auto inserted = m_database.exec(
            QStringLiteral(
                "INSERT INTO ideas (id, title, notes, pillar_id, favourite, archived, source, "
                "library_key, library_edited, feedback_post_id, feedback_text, created_at, "
                "updated_at) VALUES (:id, :title, :notes, "
                "(SELECT id FROM pillars WHERE id = :pillar), :favourite, :archived, :source, "
                ":key, :edited, (SELECT id FROM posts WHERE id = :feedback_post), "
                ":feedback_text, :created, :updated)"),
            insertBindings(idea, {{QStringLiteral(":id"), idea.id},
                                  {QStringLiteral(":title"), idea.title},
                                  {QStringLiteral(":created"), sql::fromTime(idea.createdAt)},
                                  {QStringLiteral(":updated"), sql::fromTime(idea.updatedAt)}}));
        if (!inserted) {
            if (inserted.error().kind == ErrorKind::Conflict)
                return Error::make(
                    ErrorKind::Conflict,
                    tr("The idea \"%1\" cannot be restored: its place is taken.").arg(idea.title));
            return inserted.error();
        }
        if (auto tagged = writeTags(idea.id, idea.tags); !tagged)
            return tagged.error();
        PostRepository posts(m_database);
        for (qint64 postId : deleted.postIds) {
            if (auto linked = posts.linkToIdeaIfUnlinked(postId, idea.id); !linked)
                return linked.error();
        }
        if (!idea.libraryKey.isEmpty()) {
            auto undismissed = m_database.exec(
                QStringLiteral("DELETE FROM library_dismissed WHERE library_key = :key"),
                {{QStringLiteral(":key"), idea.libraryKey}});
            if (!undismissed)
                return undismissed.error();
        }
        return find(idea.id);
    });
}

Result<Idea> IdeaRepository::find(qint64 id) const
{
    return sql::readOne(
        m_database.exec(QStringLiteral("SELECT %1 FROM ideas i WHERE i.id = :id")
                            .arg(ideasql::columns(m_database)),
                        {{QStringLiteral(":id"), id}}),
        [](const QSqlQuery &row) { return ideasql::fromRow(row); },
        [&] {
            return Error::make(
                ErrorKind::NotFound,
                tr("There is no idea %1. \"hearth-cli idea list\" shows the ideas.").arg(id));
        });
}

Result<QList<Idea>> IdeaRepository::list(const IdeaFilter &filter) const
{
    return ideasql::list(m_database, filter);
}

Result<QStringList> IdeaRepository::tagNames() const
{
    auto rows = m_database.exec(
        QStringLiteral("SELECT DISTINCT t.name FROM tags t JOIN idea_tags it ON it.tag_id = t.id "
                       "ORDER BY t.name"));
    if (!rows)
        return rows.error();
    QStringList names;
    while (rows->next())
        names << rows->value(0).toString();
    return names;
}

Result<qint64> IdeaRepository::count(const IdeaFilter &filter) const
{
    QStringList conditions{QStringLiteral("TRUE")};
    Bindings bindings;
    ideasql::appendConditions(filter, conditions, bindings);
    auto total = m_database.scalar(QStringLiteral("SELECT count(*) FROM ideas i WHERE %1")
                                       .arg(conditions.join(QStringLiteral(" AND "))),
                                   bindings);
    if (!total)
        return total.error();
    return total->toLongLong();
}

Result<QList<Idea>> IdeaRepository::moreLikeThis(const std::optional<qint64> &pillarId,
                                                 const QStringList &tags, qint64 excludeId,
                                                 int limit) const
{
    const QStringList names = ideasql::normalisedTags(tags);
    if (!pillarId && names.isEmpty())
        return QList<Idea>();
    Bindings bindings{{QStringLiteral(":exclude"), excludeId},
                      {QStringLiteral(":pillar"), pillarId ? QVariant(*pillarId) : QVariant()},
                      {QStringLiteral(":limit"), qMax(1, limit)}};
    QStringList placeholders;
    for (qsizetype index = 0; index < names.size(); ++index) {
        placeholders << QStringLiteral(":tag%1").arg(index);
        bindings.emplace_back(placeholders.last(), names.at(index));
    }
    // Tags compare ignoring case, as they are entered: the name column does (NOCASE, citext).
    const QString shared =
        placeholders.isEmpty()
            ? QStringLiteral("0")
            : QStringLiteral("(SELECT count(*) FROM idea_tags st JOIN tags stt ON stt.id = "
                             "st.tag_id WHERE st.idea_id = i.id AND stt.name IN (%1))")
                  .arg(placeholders.join(QStringLiteral(", ")));
    // The best ids first; usage and tags are read for those alone, not for every candidate.
    const QString sqlText =
        QStringLiteral("SELECT %1 FROM (SELECT * FROM (SELECT i.id, i.created_at, %2 AS shared, "
                       "CASE WHEN i.pillar_id = :pillar THEN 1 ELSE 0 END AS same_pillar "
                       "FROM ideas i WHERE i.archived = 0 AND i.id <> :exclude) candidates "
                       "WHERE shared > 0 OR same_pillar = 1 "
                       "ORDER BY shared DESC, same_pillar DESC, created_at DESC, id DESC "
                       "LIMIT :limit) best JOIN ideas i ON i.id = best.id "
                       "ORDER BY best.shared DESC, best.same_pillar DESC, best.created_at DESC, "
                       "best.id DESC")
            .arg(ideasql::columns(m_database), shared);
    return sql::readAll(m_database.exec(sqlText, bindings),
                        [](const QSqlQuery &row) { return ideasql::fromRow(row); });
}

Result<Post> IdeaRepository::createDraftFromIdea(qint64 ideaId, const QDateTime &at)
{
    return m_database.write([&]() -> Result<Post> {
        auto idea = find(ideaId);
        if (!idea)
            return idea.error();
        Post post;
        // Empty, not null: the posts table keeps these texts NOT NULL.
        post.link = post.firstComment = post.notes = QStringLiteral("");
        post.title = idea->title;
        post.body = idea->notes;
        post.pillarId = idea->pillarId;
        post.ideaId = idea->id;
        post.tags = idea->tags;
        post.status = PostStatus::Draft;
        post.scheduledAt = at;
        return PlanningService(m_database).create(post, DatedDraft::StaysDraft);
    });
}

Result<Idea> IdeaRepository::ideaFromFeedback(const QString &text, qint64 postId)
{
    if (text.trimmed().isEmpty())
        return Error::make(ErrorKind::InvalidInput,
                           tr("The comment is empty; give the text the community wrote."));
    return m_database.write([&]() -> Result<Idea> {
        auto post = PostRepository(m_database).find(postId);
        if (!post)
            return post.error();
        // A comment becomes a conversation starter, so it goes to Community when that pillar
        // exists.
        auto community = CatalogRepository(m_database).pillarByName(QStringLiteral("Community"));
        if (!community)
            return community.error();
        Idea idea;
        idea.title = titleFrom(text);
        idea.notes = text.trimmed();
        idea.pillarId = *community ? std::optional<qint64>((*community)->id) : post->pillarId;
        idea.tags = {QStringLiteral("feedback")};
        idea.source = IdeaSource::Feedback;
        idea.feedbackPostId = postId;
        idea.feedbackText = text.trimmed();
        return create(idea);
    });
}

Result<void> IdeaRepository::writeTags(qint64 ideaId, const QStringList &tags)
{
    auto cleared = m_database.exec(QStringLiteral("DELETE FROM idea_tags WHERE idea_id = :id"),
                                   {{QStringLiteral(":id"), ideaId}});
    if (!cleared)
        return cleared.error();
    for (const QString &name : ideasql::normalisedTags(tags)) {
        auto inserted = m_database.exec(
            QStringLiteral("INSERT INTO tags (name) VALUES (:name) ON CONFLICT (name) DO NOTHING"),
            {{QStringLiteral(":name"), name}});
        if (!inserted)
            return inserted.error();
        auto linked =
            m_database.exec(QStringLiteral("INSERT INTO idea_tags (idea_id, tag_id) "
                                           "SELECT CAST(:idea AS bigint), id FROM tags "
                                           "WHERE name = :name ON CONFLICT DO NOTHING"),
                            {{QStringLiteral(":idea"), ideaId}, {QStringLiteral(":name"), name}});
        if (!linked)
            return linked.error();
    }
    return success();
}

} // namespace hearth::core
