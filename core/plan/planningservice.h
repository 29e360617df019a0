// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/catalog.h"
#include "plan/networklinks.h"
#include "plan/post.h"
#include "plan/postingslots.h"
#include "plan/postrepository.h"
#include "plan/postwarnings.h"
#include "storage/database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>
#include <QUrl>

namespace hearth::core {

// What removing a post of an evergreen series removes.
enum class SeriesScope
{
    ThisPost,         // only the given post
    ThisAndFollowing, // the given post and the later occurrences of its series
};

// Whether PlanningService::create() applies the status rule to a draft that has a time.
enum class DatedDraft
{
    BecomesScheduled, // a draft given a time is scheduled (PlanningService::statusFor)
    StaysDraft,       // kept a draft on purpose: an idea put on the calendar, not written yet
};

// The Plan workspace's rules over the stored posts: scheduling in local time, the drafts
// tray, posting slots, evergreen series, plan warnings and marking posts as published.
// Evergreen posts are materialised: every occurrence is its own row with repeat_of pointing
// at the first post, created in one transaction, so each can be moved, edited, published and
// matched to metrics on its own and range queries stay plain index scans.
class PlanningService final
{
public:
    // `zone` is the user's local time zone: days, slots and "keep the time of day" use it.
    explicit PlanningService(Database &database,
                             const QTimeZone &zone = QTimeZone::systemTimeZone());

    const QTimeZone &timeZone() const { return m_zone; }
    PostRepository &posts() { return m_posts; }
    CatalogRepository &catalog() { return m_catalog; }

    // Creates a post; a draft with a time becomes "scheduled" unless `dated` keeps it a draft.
    // With an active recurrence the later occurrences are created too (in the same
    // transaction). Returns the first post.
    Result<Post> create(const Post &post, DatedDraft dated = DatedDraft::BecomesScheduled);
    // Saves an edited post. Changing the recurrence of a series' first post re-creates its
    // not-yet-published occurrences; moving or editing it leaves them as they are (each
    // occurrence is its own post).
    Result<Post> update(const Post &post);
    // Removing the first post of a series with ThisPost hands the series on to the earliest
    // post left: it takes the rule (its count less the steps it was after the first; none when
    // nothing is left to come back), the other repeats point at it. restoreSeries() with the
    // series as it was is the undo.
    Result<void> remove(qint64 postId, SeriesScope scope = SeriesScope::ThisPost);
    // A copy as a new post (same time, networks, variants, tags, media; not published,
    // no recurrence, no external ids).
    Result<Post> duplicate(qint64 postId);
    Result<Post> find(qint64 postId) const;
    // Puts back a post removed earlier (undo of a delete) with its old id and times.
    Result<Post> restore(const Post &post);
    // Makes the evergreen series that starts with `firstId` exactly `series` again (undo and
    // redo of a change that created or re-created occurrences), in one transaction: members not
    // in `series` are removed, the others are stored as given, with their ids and last change
    // times; it also undoes the removal of a series' first post (see remove()). An empty list
    // removes the whole series. Returns the series as stored, in time order.
    Result<QList<Post>> restoreSeries(qint64 firstId, const QList<Post> &series);

    // Gives every post of `pillarByPost` its pillar (none clears it) in one transaction, e.g.
    // imported posts sorted in bulk and the undo of that. Returns the posts as stored.
    Result<QList<Post>>
    setPillars(const QList<std::pair<qint64, std::optional<qint64>>> &pillarByPost);

    // Moves a post to `newLocalDay`, keeping its local time of day (across DST changes).
    // An unscheduled draft gets the first posting slot of that day, or 09:00.
    Result<Post> reschedule(qint64 postId, const QDate &newLocalDay);
    // Sets an exact time (UTC or any zone); status becomes scheduled if it was a draft.
    Result<Post> scheduleAt(qint64 postId, const QDateTime &when);
    // Takes the date away: the post goes to the drafts tray with status draft.
    Result<Post> unschedule(qint64 postId);

    // Scheduled posts on the local days firstDay … lastDay (both included), in time order.
    Result<QList<Post>> postsInRange(const QDate &firstDay, const QDate &lastDay) const;
    // The drafts tray: unscheduled posts, newest first.
    Result<QList<Post>> drafts() const;
    // All posts of the series `postId` belongs to, in time order (the first post included).
    Result<QList<Post>> seriesOf(qint64 postId) const;

    Result<QList<PostingSlot>> postingSlots() const;
    Result<PostingSlot> addPostingSlot(const PostingSlot &slot);
    Result<PostingSlot> updatePostingSlot(const PostingSlot &slot);
    Result<void> removePostingSlot(qint64 slotId);
    // Replaces every posting slot by `slots` in one transaction (the slots dialog's OK, and its
    // undo). Slots keep their id when they have one; two slots at the same weekday, time and
    // network are refused.
    Result<QList<PostingSlot>> replacePostingSlots(const QList<PostingSlot> &slotList);
    // The first slot at or after `from` (UTC) with no post for `networkId` (or, when empty,
    // no post at all) at that minute; searches up to 8 weeks ahead. Invalid when no slots.
    Result<QDateTime> nextFreeSlot(const QDateTime &from, const QString &networkId = {}) const;

    // Soft problems of `post` (saved or not) against the stored plan.
    Result<QList<PlanWarning>> warningsFor(const Post &post) const;

    // Records that the post went out on `networkId`: stores link, parsed external id and
    // published_at (now); the post becomes "published" when all its networks are. Marking
    // again adds a link later without changing published_at; an empty link keeps the old one.
    Result<Post> markPublished(qint64 postId, const QString &networkId, const QString &link);
    // The compose page for the post's text on `networkId`, using the network's settings
    // (Mastodon "instance").
    Result<QUrl> composeUrlFor(qint64 postId, const QString &networkId) const;

    // The one rule between a post's time and its status: a draft with a time is scheduled, a
    // scheduled post without one is a draft; published and skipped posts keep theirs. Applied
    // where a time is given or taken away: a dated draft the user keeps a draft stays one.
    static PostStatus statusFor(PostStatus status, const QDateTime &scheduledAt);
    // The one conversion of a local wall-clock time (the user's, in this service's zone) to
    // the UTC instant stored, in whole seconds; a time that day skips moves on by the gap.
    QDateTime utcFromLocal(const QDate &day, const QTime &time) const;

    // The local wall-clock day of a UTC time, and the UTC start of a local day.
    QDate localDay(const QDateTime &utc) const;
    QDateTime startOfLocalDay(const QDate &day) const;
    // `time` on local `day`; a time that day skips (spring forward) moves on by the gap.
    QDateTime localTime(const QDate &day, const QTime &time) const;

private:
    Result<QList<Post>> materialiseOccurrences(const Post &first);
    // The post to move to a new day or time; `invalidTarget` when that target is not valid.
    Result<Post> postToMove(qint64 postId, bool targetValid, const QString &invalidTarget) const;
    Result<void> removeFutureOccurrences(const Post &first);
    // Inside remove(): makes the earliest post left in `first`'s series its first post.
    Result<void> handOnSeries(const Post &first);

    Database &m_database;
    PostRepository m_posts;
    CatalogRepository m_catalog;
    PostingSlotStore m_slots;
    QTimeZone m_zone;
};

} // namespace hearth::core
