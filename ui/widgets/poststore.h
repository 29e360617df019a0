// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planningservice.h"
#include "spark/idearepository.h"

#include <QObject>

namespace hearth::ui {

// The UI's one door to the stored posts: runs planning operations and tells
// every model what changed, so views update incrementally instead of reloading.
class PostStore final : public QObject
{
    Q_OBJECT

public:
    PostStore(core::Database &database, QObject *parent = nullptr);

    core::PlanningService &service() { return m_service; }

    // Each returns the post as stored (or the error) and announces the change.
    core::Result<core::Post> create(const core::Post &post);
    core::Result<core::Post> update(const core::Post &post);
    core::Result<core::Post> restore(const core::Post &post);
    core::Result<void> remove(qint64 postId);
    core::Result<core::Post> reschedule(qint64 postId, const QDate &day);
    core::Result<core::Post> scheduleAt(qint64 postId, const QDateTime &when);
    core::Result<core::Post> unschedule(qint64 postId);
    core::Result<core::Post> markPublished(qint64 postId, const QString &networkId,
                                           const QString &link);
    // Puts an evergreen series back as it was (undo/redo); announces planChanged().
    core::Result<QList<core::Post>> restoreSeries(qint64 firstId, const QList<core::Post> &series);
    // Gives posts their pillars in one transaction (bulk "Set pillar…" and its undo);
    // announces planChanged().
    core::Result<QList<core::Post>>
    setPillars(const QList<std::pair<qint64, std::optional<qint64>>> &pillarByPost);
    // Stores the posting slots as one change; announces slotsChanged().
    core::Result<QList<core::PostingSlot>>
    replacePostingSlots(const QList<core::PostingSlot> &slotList);
    // Makes a draft from an idea through `ideas` (which links the two) and announces it.
    core::Result<core::Post> createDraftFromIdea(core::IdeaRepository &ideas, qint64 ideaId,
                                                 const QDateTime &at);

    // Undo and redo write through these: each looks at the stored post first, so a step never
    // overwrites or deletes writing done after it. A post that differs from what the step
    // expects is kept, and a Conflict error (also announced) says so.
    // Removes the post when it is stored as `expected`; succeeds when it is gone already.
    core::Result<void> removeIfUnchanged(const core::Post &expected);
    // Stores `next` when the post is stored as `expected`; succeeds when it holds `next` already.
    core::Result<core::Post> replaceIfUnchanged(const core::Post &expected, const core::Post &next);
    // Puts the post back with its id unless that id is stored; returns the post as stored.
    core::Result<core::Post> restoreIfMissing(const core::Post &post);
    // Asks every view to re-read the plan, so it shows what is stored after an undo or redo.
    void reloadViews() { emit planChanged(); }

    // Whether two versions of a post say the same; the times they were written do not count.
    static bool sameWriting(const core::Post &a, const core::Post &b);
    // A post's title or first words, short enough for a message.
    static QString shortName(const core::Post &post);

signals:
    void postSaved(const hearth::core::Post &post);
    void postRemoved(qint64 postId);
    void errorOccurred(const QString &message);
    // Several posts changed at once (an evergreen series was created, re-created or put back):
    // views reload instead of following one post.
    void planChanged();
    void slotsChanged();

private:
    core::Result<core::Post> announce(core::Result<core::Post> result);
    // The Conflict error for a post changed after the step that wants to write it.
    core::Error changedSince(const core::Post &stored);

    core::PlanningService m_service;
};

} // namespace hearth::ui
