// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/post.h"
#include "spark/idea.h"
#include "storage/database.h"

#include <QDateTime>
#include <QList>

namespace hearth::core {

// What a deletion took away, so it can be put back exactly (undo).
struct DeletedIdea
{
    Idea idea;
    // Posts that were made from the idea; deleting it unlinked them.
    QList<qint64> postIds;
};

// Stores and loads ideas with their tags and usage; speaks only domain types.
class IdeaRepository final
{
public:
    explicit IdeaRepository(Database &database);

    // Inserts `idea` (its id and usage are ignored) and returns it as stored.
    Result<Idea> create(const Idea &idea);
    // Replaces title, notes, pillar, tags, favourite and archived of the idea with the same id.
    // Changing the content of a library prompt marks it edited, so a newer library keeps it.
    Result<Idea> update(const Idea &idea);
    Result<void> setFavourite(qint64 id, bool favourite);
    Result<void> setArchived(qint64 id, bool archived);
    // Deletes the idea; a deleted library prompt is remembered so no library brings it back.
    Result<DeletedIdea> remove(qint64 id);
    // Replaces title, notes, pillar and tags of an unedited library prompt with a newer
    // library's text, without marking it edited. Refuses ideas the user edited.
    Result<Idea> refreshFromLibrary(const Idea &idea);
    // Puts a deleted idea back with its id, tags and post links (undo of remove()).
    Result<Idea> restore(const DeletedIdea &deleted);

    Result<Idea> find(qint64 id) const;
    // Ideas matching `filter`: favourites first, then newest first.
    Result<QList<Idea>> list(const IdeaFilter &filter = {}) const;
    // Tag names used by at least one idea, sorted ignoring case.
    Result<QStringList> tagNames() const;
    // How many ideas match `filter` (its limit is ignored).
    Result<qint64> count(const IdeaFilter &filter = {}) const;
    // "More like this": unarchived ideas of `pillarId` or sharing any of `tags`, those sharing
    // most tags first, then those of the pillar, then the newest; never `excludeId`.
    Result<QList<Idea>> moreLikeThis(const std::optional<qint64> &pillarId, const QStringList &tags,
                                     qint64 excludeId = 0, int limit = 10) const;

    // Creates a draft post from the idea, prefilled from its prompt and linked to it.
    // `at` (any time zone) schedules the draft; an invalid time leaves it unscheduled.
    Result<Post> createDraftFromIdea(qint64 ideaId, const QDateTime &at);
    // Turns a comment the community wrote under `postId` into an idea that remembers the post.
    Result<Idea> ideaFromFeedback(const QString &text, qint64 postId);

private:
    Result<void> writeTags(qint64 ideaId, const QStringList &tags);
    Result<void> setFlag(qint64 id, const QString &column, bool value);

    Database &m_database;
};

} // namespace hearth::core
