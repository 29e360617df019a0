// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planningservice.h"

#include "common/clock.h"
#include "common/logging.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::PlanningService", text);
}

// An evergreen series longer than this is almost certainly a typo in its end.
constexpr int maxOccurrences = 520;
// Where an unscheduled draft lands when dropped on a day without posting slots.
constexpr int defaultMinuteOfDay = 9 * 60;
constexpr int freeSlotSearchDays = 8 * 7;

QDateTime utcSeconds(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

Result<void> validateRecurrence(const Post &post)
{
    const Recurrence &rule = post.recurrence;
    if (!rule.isActive())
        return success();
    if (!post.scheduledAt.isValid())
        return Error::make(ErrorKind::InvalidInput,
                           tr("An evergreen post needs a first date; schedule it before making it "
                              "come back."));
    if (!rule.until.isValid() && !rule.count)
        return Error::make(ErrorKind::InvalidInput,
                           tr("An evergreen post needs an end: a last date or a number of times."));
    if (rule.count && *rule.count < 1)
        return Error::make(ErrorKind::InvalidInput,
                           tr("An evergreen post must go out at least once."));
    if (rule.until.isValid() && rule.until < post.scheduledAt)
        return Error::make(ErrorKind::InvalidInput,
                           tr("The evergreen post's last date is before its first date."));
    return success();
}

// The copy of a post that goes into the plan again: not published, nothing measured.
Post freshCopy(const Post &source)
{
    Post copy = source;
    copy.id = 0;
    copy.recurrence = {};
    copy.repeatOf.reset();
    copy.createdAt = {};
    copy.updatedAt = {};
    copy.origin = PostOrigin::Planned;
    for (PostNetwork &network : copy.networks) {
        network.externalId.clear();
        network.permalink.clear();
        network.publishedAt = {};
    }
    // Back in the plan: a draft, scheduled when it has a time.
    if (copy.status == PostStatus::Published || copy.status == PostStatus::Skipped)
        copy.status = PlanningService::statusFor(PostStatus::Draft, copy.scheduledAt);
    return copy;
}

bool holdsNetwork(const Post &post, const QString &networkId)
{
    return networkId.isEmpty() || post.network(networkId) != nullptr;
}

} // namespace

PlanningService::PlanningService(Database &database, const QTimeZone &zone)
    : m_database(database)
    , m_posts(database)
    , m_catalog(database)
    , m_slots(database)
    , m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
{}

QDateTime PlanningService::localTime(const QDate &day, const QTime &time) const
{
    const QDateTime exact(day, time, m_zone);
    if (exact.isValid())
        return exact;
    // The time falls in a gap (spring forward): move on by the gap, as wall clocks do.
    return day.startOfDay(m_zone).addSecs(QTime(0, 0).secsTo(time));
}

PostStatus PlanningService::statusFor(PostStatus status, const QDateTime &scheduledAt)
{
    if (status == PostStatus::Draft && scheduledAt.isValid())
        return PostStatus::Scheduled;
    if (status == PostStatus::Scheduled && !scheduledAt.isValid())
        return PostStatus::Draft;
    return status;
}

QDateTime PlanningService::utcFromLocal(const QDate &day, const QTime &time) const
{
    return utcSeconds(localTime(day, time));
}

QDate PlanningService::localDay(const QDateTime &utc) const
{
    return utc.toTimeZone(m_zone).date();
}

QDateTime PlanningService::startOfLocalDay(const QDate &day) const
{
    return day.startOfDay(m_zone).toUTC();
}

Result<Post> PlanningService::create(const Post &post, DatedDraft dated)
{
    if (auto valid = validateRecurrence(post); !valid)
        return valid.error();
    Post toStore = post;
    toStore.repeatOf.reset();
    if (toStore.isScheduled())
        toStore.scheduledAt = utcSeconds(toStore.scheduledAt);
    if (dated == DatedDraft::BecomesScheduled)
        toStore.status = statusFor(toStore.status, toStore.scheduledAt);
    return m_database.write([&]() -> Result<Post> {
        auto first = m_posts.create(toStore);
        if (!first)
            return first;
        if (first->recurrence.isActive()) {
            if (auto occurrences = materialiseOccurrences(*first); !occurrences)
                return occurrences.error();
        }
        return first;
    });
}

Result<QList<Post>> PlanningService::materialiseOccurrences(const Post &first)
{
    const Recurrence &rule = first.recurrence;
    // Occurrences keep the local time of day of the first post, across DST changes.
    const QDateTime firstLocal = first.scheduledAt.toTimeZone(m_zone);

    // Published or skipped occurrences survive a change of the rule; do not double them.
    QSet<QDate> keptDays;
    auto existing = m_posts.series(first.id);
    if (!existing)
        return existing.error();
    for (const Post &post : std::as_const(*existing)) {
        if (post.id != first.id && post.isScheduled())
            keptDays.insert(localDay(post.scheduledAt));
    }

    QList<Post> created;
    for (int index = 1;; ++index) {
        if (rule.count && index >= *rule.count)
            break;
        const QDate day = firstLocal.date().addDays(qint64(index) * 7 * rule.everyWeeks);
        const QDateTime when = localTime(day, firstLocal.time()).toUTC();
        if (rule.until.isValid() && when > rule.until)
            break;
        if (index > maxOccurrences)
            return Error::make(ErrorKind::InvalidInput,
                               tr("An evergreen post can come back at most %1 times; choose an "
                                  "earlier last date or fewer times.")
                                   .arg(maxOccurrences));
        if (keptDays.contains(day))
            continue;
        Post occurrence = freshCopy(first);
        occurrence.scheduledAt = utcSeconds(when);
        occurrence.status = PostStatus::Scheduled;
        occurrence.repeatOf = first.id;
        auto stored = m_posts.create(occurrence);
        if (!stored)
            return stored.error();
        created << *stored;
    }
    qCDebug(lcPlanning) << "evergreen post" << first.id << "created" << created.size()
                        << "occurrences";
    return created;
}

Result<void> PlanningService::removeFutureOccurrences(const Post &first)
{
    auto removed = m_database.exec(
        QStringLiteral(
            "DELETE FROM posts WHERE repeat_of = :first AND status IN ('draft', 'scheduled')"),
        {{QStringLiteral(":first"), first.id}});
    if (!removed)
        return removed.error();
    return success();
}

Result<Post> PlanningService::update(const Post &post)
{
    if (auto valid = validateRecurrence(post); !valid)
        return valid.error();
    auto before = m_posts.find(post.id);
    if (!before)
        return before.error();
    if (post.recurrence.isActive() && post.repeatOf)
        return Error::make(ErrorKind::InvalidInput,
                           tr("This post is a repeat of post %1; change how often it comes back "
                              "on that first post.")
                               .arg(*post.repeatOf));
    return m_database.write([&]() -> Result<Post> {
        auto saved = m_posts.update(post);
        if (!saved)
            return saved;
        if (before->recurrence != saved->recurrence) {
            if (auto removed = removeFutureOccurrences(*saved); !removed)
                return removed.error();
            if (saved->recurrence.isActive()) {
                if (auto occurrences = materialiseOccurrences(*saved); !occurrences)
                    return occurrences.error();
            }
        }
        return saved;
    });
}

Result<QList<Post>>
PlanningService::setPillars(const QList<std::pair<qint64, std::optional<qint64>>> &pillarByPost)
{
    return m_database.write([&]() -> Result<QList<Post>> {
        QList<Post> stored;
        stored.reserve(pillarByPost.size());
        for (const auto &[postId, pillarId] : pillarByPost) {
            auto post = m_posts.find(postId);
            if (!post)
                return post.error();
            post->pillarId = pillarId;
            auto saved = m_posts.update(*post);
            if (!saved)
                return saved.error();
            stored << std::move(*saved);
        }
        return stored;
    });
}

Result<void> PlanningService::remove(qint64 postId, SeriesScope scope)
{
    auto post = m_posts.find(postId);
    if (!post)
        return post.error();
    return m_database.write([&]() -> Result<void> {
        if (scope == SeriesScope::ThisAndFollowing && post->isScheduled()) {
            const qint64 first = post->repeatOf.value_or(post->id);
            auto removed = m_database.exec(
                QStringLiteral("DELETE FROM posts WHERE id <> :id AND (id = :first OR repeat_of = "
                               ":first) AND scheduled_at > :at AND status <> 'published'"),
                {{QStringLiteral(":id"), post->id},
                 {QStringLiteral(":first"), first},
                 {QStringLiteral(":at"), post->scheduledAt.toSecsSinceEpoch()}});
            if (!removed)
                return removed.error();
        } else if (scope == SeriesScope::ThisPost && !post->repeatOf) {
            if (auto handed = handOnSeries(*post); !handed)
                return handed.error();
        }
        return m_posts.remove(postId);
    });
}

Result<void> PlanningService::handOnSeries(const Post &first)
{
    auto members = m_posts.series(first.id);
    if (!members)
        return members.error();
    members->removeIf([&](const Post &member) { return member.id == first.id; });
    if (members->isEmpty())
        return success();
    // The earliest dated post left (series order puts undated ones last) starts the series.
    const Post &heir = members->constFirst();
    Recurrence rule;
    if (first.recurrence.isActive() && heir.isScheduled()) {
        rule = first.recurrence;
        if (rule.count) {
            // The count left is measured on the series' grid, so a rule change on the heir
            // re-creates the repeats on the same days even when some were deleted before.
            const qint64 period = 7 * qint64(rule.everyWeeks);
            const qint64 days = localDay(first.scheduledAt).daysTo(localDay(heir.scheduledAt));
            const qint64 steps = std::max<qint64>(1, (days + period / 2) / period);
            rule.count = int(std::max<qint64>(0, *rule.count - steps));
        }
        // An heir with nothing left to come back for is a plain post.
        if ((rule.count && *rule.count <= 1) ||
            (rule.until.isValid() && rule.until <= heir.scheduledAt))
            rule = {};
    }
    // Plain column updates, not edits: updated_at stays, so the drafts tray keeps its order.
    auto promoted = m_database.exec(
        QStringLiteral("UPDATE posts SET repeat_of = NULL, repeat_every_weeks = :every, "
                       "repeat_until = :until, repeat_count = :count WHERE id = :heir"),
        {{QStringLiteral(":every"),
          rule.isActive() ? QVariant(rule.everyWeeks) : QVariant(QMetaType::fromType<int>())},
         {QStringLiteral(":until"), sql::fromTime(rule.isActive() ? rule.until : QDateTime())},
         {QStringLiteral(":count"), rule.isActive() && rule.count
                                        ? QVariant(*rule.count)
                                        : QVariant(QMetaType::fromType<int>())},
         {QStringLiteral(":heir"), heir.id}});
    if (!promoted)
        return promoted.error();
    auto relinked = m_database.exec(
        QStringLiteral("UPDATE posts SET repeat_of = :heir WHERE repeat_of = :first"),
        {{QStringLiteral(":heir"), heir.id}, {QStringLiteral(":first"), first.id}});
    if (!relinked)
        return relinked.error();
    qCDebug(lcPlanning) << "evergreen series of post" << first.id << "handed on to post" << heir.id;
    return success();
}

Result<Post> PlanningService::duplicate(qint64 postId)
{
    auto source = m_posts.find(postId);
    if (!source)
        return source;
    return m_posts.create(freshCopy(*source));
}

Result<Post> PlanningService::find(qint64 postId) const
{
    return m_posts.find(postId);
}

Result<Post> PlanningService::restore(const Post &post)
{
    return m_posts.restore(post);
}

Result<QList<Post>> PlanningService::restoreSeries(qint64 firstId, const QList<Post> &series)
{
    for (const Post &post : series) {
        if (post.id == 0 || (post.id != firstId && post.repeatOf != firstId))
            return Error::make(ErrorKind::InvalidInput,
                               tr("Post %1 does not belong to the evergreen series of post %2.")
                                   .arg(post.id)
                                   .arg(firstId));
    }
    return m_database.write([&]() -> Result<QList<Post>> {
        auto current = m_posts.series(firstId);
        if (!current)
            return current.error();
        QSet<qint64> wanted;
        for (const Post &post : series)
            wanted.insert(post.id);
        // Occurrences first: removing the first post would only unlink them.
        for (auto it = current->crbegin(); it != current->crend(); ++it) {
            if (wanted.contains(it->id))
                continue;
            if (auto removed = m_posts.remove(it->id); !removed)
                return removed.error();
        }
        // The first post first, so the occurrences' repeat_of has a row to point at.
        QList<Post> ordered = series;
        std::stable_partition(ordered.begin(), ordered.end(),
                              [&](const Post &post) { return post.id == firstId; });
        for (const Post &post : std::as_const(ordered)) {
            auto exists = m_posts.find(post.id);
            auto stored = exists ? m_posts.update(post) : m_posts.restore(post);
            if (!stored)
                return stored.error();
            // Put back as it was, last change time included (update() stamps now).
            if (exists && post.updatedAt.isValid() && stored->updatedAt != post.updatedAt) {
                auto stamped = m_database.exec(
                    QStringLiteral("UPDATE posts SET updated_at = :at WHERE id = :id"),
                    {{QStringLiteral(":at"), sql::fromTime(post.updatedAt)},
                     {QStringLiteral(":id"), post.id}});
                if (!stamped)
                    return stamped.error();
            }
        }
        if (series.isEmpty())
            return QList<Post>();
        return m_posts.series(firstId);
    });
}

Result<Post> PlanningService::postToMove(qint64 postId, bool targetValid,
                                         const QString &invalidTarget) const
{
    if (!targetValid)
        return Error::make(ErrorKind::InvalidInput, invalidTarget);
    return m_posts.find(postId);
}

Result<Post> PlanningService::reschedule(qint64 postId, const QDate &newLocalDay)
{
    auto post = postToMove(postId, newLocalDay.isValid(), tr("The new day is not a valid date."));
    if (!post)
        return post;
    QTime timeOfDay = QTime(0, 0).addSecs(defaultMinuteOfDay * 60);
    if (post->isScheduled()) {
        timeOfDay = post->scheduledAt.toTimeZone(m_zone).time();
    } else {
        // A draft from the tray takes the day's first slot for one of its networks.
        auto known = postingSlots();
        if (!known)
            return known.error();
        for (const PostingSlot &slot : std::as_const(*known)) {
            if (slot.weekday == newLocalDay.dayOfWeek() &&
                (slot.networkId.isEmpty() || post->network(slot.networkId))) {
                timeOfDay = slot.time;
                break;
            }
        }
    }
    return scheduleAt(postId, localTime(newLocalDay, timeOfDay));
}

Result<Post> PlanningService::scheduleAt(qint64 postId, const QDateTime &when)
{
    auto post = postToMove(postId, when.isValid(), tr("The new date and time are not valid."));
    if (!post)
        return post;
    if (post->status == PostStatus::Published)
        return Error::make(
            ErrorKind::InvalidInput,
            tr("Post %1 is published already; its date is when it went out.").arg(postId));
    post->scheduledAt = utcSeconds(when);
    post->status = statusFor(post->status, post->scheduledAt);
    return m_posts.update(*post);
}

Result<Post> PlanningService::unschedule(qint64 postId)
{
    auto post = m_posts.find(postId);
    if (!post)
        return post;
    if (post->status == PostStatus::Published)
        return Error::make(
            ErrorKind::InvalidInput,
            tr("Post %1 is published already; it cannot go back to the drafts.").arg(postId));
    if (post->recurrence.isActive())
        return Error::make(ErrorKind::InvalidInput,
                           tr("Post %1 starts an evergreen series; stop the repeats before taking "
                              "its date away.")
                               .arg(postId));
    post->scheduledAt = {};
    // To the drafts tray as a draft, a skipped post too.
    post->status = PostStatus::Draft;
    return m_posts.update(*post);
}

Result<QList<Post>> PlanningService::postsInRange(const QDate &firstDay, const QDate &lastDay) const
{
    if (!firstDay.isValid() || !lastDay.isValid())
        return Error::make(ErrorKind::InvalidInput,
                           tr("The range needs a valid first and last day."));
    if (lastDay < firstDay)
        return Error::make(ErrorKind::InvalidInput,
                           tr("The range ends (%1) before it starts (%2).")
                               .arg(lastDay.toString(Qt::ISODate), firstDay.toString(Qt::ISODate)));
    return m_posts.scheduledBetween(startOfLocalDay(firstDay), startOfLocalDay(lastDay.addDays(1)));
}

Result<QList<Post>> PlanningService::drafts() const
{
    return m_posts.unscheduled();
}

Result<QList<Post>> PlanningService::seriesOf(qint64 postId) const
{
    auto post = m_posts.find(postId);
    if (!post)
        return post.error();
    return m_posts.series(post->repeatOf.value_or(post->id));
}

Result<QList<PostingSlot>> PlanningService::postingSlots() const
{
    return m_slots.all();
}

Result<PostingSlot> PlanningService::addPostingSlot(const PostingSlot &slot)
{
    return m_slots.add(slot);
}

Result<PostingSlot> PlanningService::updatePostingSlot(const PostingSlot &slot)
{
    return m_slots.update(slot);
}

Result<void> PlanningService::removePostingSlot(qint64 slotId)
{
    return m_slots.remove(slotId);
}

Result<QList<PostingSlot>> PlanningService::replacePostingSlots(const QList<PostingSlot> &slotList)
{
    return m_slots.replaceAll(slotList);
}

Result<QDateTime> PlanningService::nextFreeSlot(const QDateTime &from,
                                                const QString &networkId) const
{
    auto known = postingSlots();
    if (!known)
        return known.error();
    QList<PostingSlot> usable;
    for (const PostingSlot &slot : std::as_const(*known)) {
        if (networkId.isEmpty() || slot.networkId.isEmpty() || slot.networkId == networkId)
            usable << slot;
    }
    if (usable.isEmpty())
        return QDateTime();

    const QDate firstDay = localDay(from);
    const QDate lastDay = firstDay.addDays(freeSlotSearchDays);
    auto planned =
        m_posts.scheduledBetween(startOfLocalDay(firstDay), startOfLocalDay(lastDay.addDays(1)));
    if (!planned)
        return planned.error();

    // A slot is taken when a post for its network (or any post, for an any-network slot
    // asked without a network) is planned at that very minute.
    auto taken = [&](const QDateTime &at, const QString &slotNetwork) {
        const QString wanted = networkId.isEmpty() ? slotNetwork : networkId;
        const qint64 minute = at.toSecsSinceEpoch() / 60;
        return std::any_of(planned->cbegin(), planned->cend(), [&](const Post &post) {
            return post.status != PostStatus::Skipped &&
                   post.scheduledAt.toSecsSinceEpoch() / 60 == minute && holdsNetwork(post, wanted);
        });
    };
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        for (const PostingSlot &slot : std::as_const(usable)) {
            if (slot.weekday != day.dayOfWeek())
                continue;
            const QDateTime at = localTime(day, slot.time).toUTC();
            if (at < from || taken(at, slot.networkId))
                continue;
            return utcSeconds(at);
        }
    }
    return QDateTime();
}

Result<QList<PlanWarning>> PlanningService::warningsFor(const Post &post) const
{
    return planWarnings(post, m_posts, m_catalog, m_zone);
}

Result<Post> PlanningService::markPublished(qint64 postId, const QString &networkId,
                                            const QString &link)
{
    auto post = m_posts.find(postId);
    if (!post)
        return post;
    auto target =
        std::find_if(post->networks.begin(), post->networks.end(),
                     [&](const PostNetwork &network) { return network.networkId == networkId; });
    if (target == post->networks.end())
        return Error::make(ErrorKind::InvalidInput,
                           tr("Post %1 does not go to \"%2\"; add the network to the post first.")
                               .arg(postId)
                               .arg(networkId));
    auto parsed = parsePublishedLink(networkId, link);
    if (!parsed)
        return parsed.error();
    // Marking again without a link must not forget the link given before, nor when.
    if (!parsed->permalink.isEmpty()) {
        target->externalId = parsed->externalId;
        target->permalink = parsed->permalink;
    }
    if (!target->publishedAt.isValid())
        target->publishedAt = utcSeconds(m_database.clock().now());
    const bool allPublished =
        std::all_of(post->networks.cbegin(), post->networks.cend(),
                    [](const PostNetwork &network) { return network.publishedAt.isValid(); });
    if (allPublished)
        post->status = PostStatus::Published;
    if (!post->isScheduled())
        post->scheduledAt = target->publishedAt;
    return m_posts.update(*post);
}

Result<QUrl> PlanningService::composeUrlFor(qint64 postId, const QString &networkId) const
{
    auto post = m_posts.find(postId);
    if (!post)
        return post.error();
    auto network = m_catalog.network(networkId);
    if (!network)
        return network.error();
    ComposeOptions options;
    options.mastodonInstance = network->settings.value(QLatin1String("instance")).toString();
    options.urlTemplate = network->settings.value(QLatin1String("compose_url")).toString();
    const QUrl url = composeUrl(networkId, post->textFor(networkId), options);
    if (url.isEmpty()) {
        if (networkId == QLatin1String("mastodon"))
            return Error::make(ErrorKind::InvalidInput,
                               tr("Hearth does not know your Mastodon server yet; enter it (e.g. "
                                  "mastodon.social) in the network settings."));
        return Error::make(
            ErrorKind::InvalidInput,
            tr("%1 has no compose page Hearth knows; copy the text and post it there.")
                .arg(network->name));
    }
    return url;
}

} // namespace hearth::core
