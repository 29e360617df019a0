// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planningservice.h"

#include "common/clock.h"
#include "common/logging.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
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
constexpr qint64 hourSeconds = 3600;
constexpr qint64 sameTextSeconds = 3 * 24 * 3600;
constexpr int freeSlotSearchDays = 8 * 7;

QDateTime utcSeconds(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

// Text compared for "same text twice": case and spacing do not make a post new.
QString comparableText(const QString &text)
{
    return text.simplified().toCaseFolded();
}

QSet<QString> comparableTexts(const Post &post)
{
    QSet<QString> texts;
    const QString body = comparableText(post.body);
    if (!body.isEmpty())
        texts.insert(body);
    for (const PostNetwork &network : post.networks) {
        const QString variant = comparableText(post.textFor(network.networkId));
        if (!variant.isEmpty())
            texts.insert(variant);
    }
    return texts;
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
    if (copy.status == PostStatus::Published || copy.status == PostStatus::Skipped)
        copy.status = copy.isScheduled() ? PostStatus::Scheduled : PostStatus::Draft;
    return copy;
}

bool holdsNetwork(const Post &post, const QString &networkId)
{
    return networkId.isEmpty() || post.network(networkId) != nullptr;
}

} // namespace

QUrl composeUrl(const QString &networkId, const QString &text, const ComposeOptions &options)
{
    // Percent-encode everything but unreserved characters, so "+" and "&" survive.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(text));
    auto withText = [&](const QString &base, const QString &key) {
        QUrl url(base);
        const QString query = url.query(QUrl::FullyEncoded);
        url.setQuery((query.isEmpty() ? QString() : query + u'&') + key + u'=' + encoded,
                     QUrl::StrictMode);
        return url;
    };
    if (networkId == QLatin1String("x"))
        return withText(QStringLiteral("https://x.com/intent/tweet"), QStringLiteral("text"));
    if (networkId == QLatin1String("mastodon")) {
        QString host = options.mastodonInstance.trimmed();
        host.remove(QRegularExpression(QStringLiteral("^https?://")));
        while (host.endsWith(u'/'))
            host.chop(1);
        if (host.isEmpty() || host.contains(u'/'))
            return {};
        return withText(QStringLiteral("https://%1/share").arg(host), QStringLiteral("text"));
    }
    if (networkId == QLatin1String("bluesky"))
        return withText(QStringLiteral("https://bsky.app/intent/compose"), QStringLiteral("text"));
    if (networkId == QLatin1String("threads"))
        return withText(QStringLiteral("https://www.threads.net/intent/post"),
                        QStringLiteral("text"));
    if (networkId == QLatin1String("linkedin"))
        return withText(QStringLiteral("https://www.linkedin.com/feed/?shareActive=true"),
                        QStringLiteral("text"));
    if (networkId == QLatin1String("facebook")) {
        // Facebook's share page takes only a link; the user pastes the copied text.
        static const QRegularExpression link(QStringLiteral(R"(https?://[^\s<>"]+)"));
        const auto match = link.match(text);
        if (!match.hasMatch())
            return QUrl(QStringLiteral("https://www.facebook.com/"));
        QUrl share(QStringLiteral("https://www.facebook.com/sharer/sharer.php"));
        share.setQuery(QStringLiteral("u=") +
                           QString::fromLatin1(QUrl::toPercentEncoding(match.captured(0))),
                       QUrl::StrictMode);
        return share;
    }
    if (networkId == QLatin1String("instagram"))
        return QUrl(QStringLiteral("https://www.instagram.com/"));
    if (networkId == QLatin1String("tiktok"))
        return QUrl(QStringLiteral("https://www.tiktok.com/upload"));
    if (networkId == QLatin1String("pinterest"))
        return QUrl(QStringLiteral("https://www.pinterest.com/pin-builder/"));
    if (options.urlTemplate.contains(QLatin1String("{text}"))) {
        QString address = options.urlTemplate;
        address.replace(QLatin1String("{text}"), encoded);
        const QUrl url(address, QUrl::StrictMode);
        if (url.isValid() &&
            (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            return url;
    }
    return {};
}

Result<PublishedLink> parsePublishedLink(const QString &networkId, const QString &link)
{
    const QString trimmed = link.trimmed();
    PublishedLink result;
    if (trimmed.isEmpty())
        return result;

    static const QRegularExpression activity(QStringLiteral(R"(urn:li:activity:(\d+))"));
    // A bare LinkedIn URN is what LinkedIn's "copy link" gives in some places.
    if (networkId == QLatin1String("linkedin") && trimmed.startsWith(QLatin1String("urn:li:"))) {
        const auto match = activity.match(trimmed);
        if (!match.hasMatch())
            return Error::make(ErrorKind::InvalidInput,
                               tr("\"%1\" is not a LinkedIn post address; paste the post's link, "
                                  "e.g. https://www.linkedin.com/feed/update/urn:li:activity:…")
                                   .arg(trimmed));
        result.externalId = match.captured(1);
        result.permalink = QStringLiteral("https://www.linkedin.com/feed/update/urn:li:activity:") +
                           result.externalId + u'/';
        return result;
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error::make(ErrorKind::InvalidInput,
                           tr("\"%1\" is not a web address; paste the post's link as the network "
                              "shows it, starting with https://.")
                               .arg(trimmed));
    result.permalink = url.toString(QUrl::FullyEncoded);
    const QString path = url.path(QUrl::FullyDecoded);
    auto capture = [&](const QString &pattern) {
        const QRegularExpression expression(pattern);
        const auto match = expression.match(path);
        return match.hasMatch() ? match.captured(1) : QString();
    };

    if (networkId == QLatin1String("x"))
        result.externalId = capture(QStringLiteral(R"(^/[^/]+/status(?:es)?/(\d+))"));
    else if (networkId == QLatin1String("mastodon")) {
        result.externalId = capture(QStringLiteral(R"(^/@[^/]+/(\d+))"));
        if (result.externalId.isEmpty())
            result.externalId = capture(QStringLiteral(R"(^/users/[^/]+/statuses/(\d+))"));
    } else if (networkId == QLatin1String("bluesky"))
        result.externalId = capture(QStringLiteral(R"(^/profile/[^/]+/post/([a-z2-7]+))"));
    else if (networkId == QLatin1String("threads"))
        result.externalId = capture(QStringLiteral(R"(^/@[^/]+/post/([A-Za-z0-9_-]+))"));
    else if (networkId == QLatin1String("linkedin")) {
        const auto match = activity.match(QUrl::fromPercentEncoding(trimmed.toUtf8()));
        if (match.hasMatch())
            result.externalId = match.captured(1);
        else
            result.externalId = capture(QStringLiteral(R"(-activity-(\d+)-)"));
    }
    // Facebook and Instagram links carry opaque codes (pfbid…, shortcodes) that their
    // exports do not use as post ids: keep the permalink only and match by it.
    return result;
}

PlanningService::PlanningService(Database &database, const QTimeZone &zone)
    : m_database(database)
    , m_posts(database)
    , m_catalog(database)
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

QDate PlanningService::localDay(const QDateTime &utc) const
{
    return utc.toTimeZone(m_zone).date();
}

QDateTime PlanningService::startOfLocalDay(const QDate &day) const
{
    return day.startOfDay(m_zone).toUTC();
}

Result<Post> PlanningService::create(const Post &post)
{
    if (auto valid = validateRecurrence(post); !valid)
        return valid.error();
    Post toStore = post;
    toStore.repeatOf.reset();
    if (toStore.isScheduled() && toStore.status == PostStatus::Draft)
        toStore.status = PostStatus::Scheduled;
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

Result<Post> PlanningService::reschedule(qint64 postId, const QDate &newLocalDay)
{
    if (!newLocalDay.isValid())
        return Error::make(ErrorKind::InvalidInput, tr("The new day is not a valid date."));
    auto post = m_posts.find(postId);
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
    if (!when.isValid())
        return Error::make(ErrorKind::InvalidInput, tr("The new date and time are not valid."));
    auto post = m_posts.find(postId);
    if (!post)
        return post;
    if (post->status == PostStatus::Published)
        return Error::make(
            ErrorKind::InvalidInput,
            tr("Post %1 is published already; its date is when it went out.").arg(postId));
    post->scheduledAt = utcSeconds(when);
    if (post->status == PostStatus::Draft)
        post->status = PostStatus::Scheduled;
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
    auto rows = m_database.exec(
        QStringLiteral("SELECT id, weekday, minute_of_day, network_id FROM posting_slots "
                       "ORDER BY weekday, minute_of_day, network_id IS NOT NULL, network_id"));
    if (!rows)
        return rows.error();
    QList<PostingSlot> list;
    while (rows->next()) {
        PostingSlot slot;
        slot.id = rows->value(0).toLongLong();
        slot.weekday = rows->value(1).toInt();
        slot.time = QTime(0, 0).addSecs(rows->value(2).toInt() * 60);
        slot.networkId = rows->value(3).toString();
        list << slot;
    }
    return list;
}

namespace {

Result<void> validateSlot(const PostingSlot &slot)
{
    if (slot.weekday < 1 || slot.weekday > 7)
        return Error::make(ErrorKind::InvalidInput,
                           tr("A posting slot's weekday must be 1 (Monday) to 7 (Sunday)."));
    if (!slot.time.isValid())
        return Error::make(ErrorKind::InvalidInput, tr("A posting slot needs a time of day."));
    return success();
}

Bindings slotBindings(const PostingSlot &slot)
{
    return {{QStringLiteral(":weekday"), slot.weekday},
            {QStringLiteral(":minute"), slot.time.hour() * 60 + slot.time.minute()},
            {QStringLiteral(":network"), slot.networkId.isEmpty()
                                             ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(slot.networkId)}};
}

} // namespace

Result<PostingSlot> PlanningService::addPostingSlot(const PostingSlot &slot)
{
    if (auto valid = validateSlot(slot); !valid)
        return valid.error();
    return m_database.write([&]() -> Result<PostingSlot> {
        // UNIQUE does not catch two "any network" slots (NULLs differ), so check by hand.
        auto clash = m_database.scalar(
            QStringLiteral("SELECT count(*) FROM posting_slots WHERE weekday = :weekday AND "
                           "minute_of_day = :minute AND network_id IS :network"),
            slotBindings(slot));
        if (!clash)
            return clash.error();
        if (clash->toInt() > 0)
            return Error::make(ErrorKind::Conflict,
                               tr("There is a posting slot at that day and time already."));
        auto inserted = m_database.exec(
            QStringLiteral("INSERT INTO posting_slots (weekday, minute_of_day, network_id) VALUES "
                           "(:weekday, :minute, :network)"),
            slotBindings(slot));
        if (!inserted) {
            if (inserted.error().kind == ErrorKind::Conflict)
                return Error::make(ErrorKind::InvalidInput,
                                   tr("\"%1\" is not a known network.").arg(slot.networkId));
            return inserted.error();
        }
        PostingSlot stored = slot;
        stored.id = inserted->lastInsertId().toLongLong();
        stored.time = QTime(slot.time.hour(), slot.time.minute());
        return stored;
    });
}

Result<PostingSlot> PlanningService::updatePostingSlot(const PostingSlot &slot)
{
    if (auto valid = validateSlot(slot); !valid)
        return valid.error();
    return m_database.write([&]() -> Result<PostingSlot> {
        auto exists =
            m_database.scalar(QStringLiteral("SELECT count(*) FROM posting_slots WHERE id = :id"),
                              {{QStringLiteral(":id"), slot.id}});
        if (!exists)
            return exists.error();
        if (exists->toInt() == 0)
            return Error::make(ErrorKind::NotFound,
                               tr("There is no posting slot %1.").arg(slot.id));
        Bindings bindings = slotBindings(slot);
        bindings.emplace_back(QStringLiteral(":id"), slot.id);
        auto clash = m_database.scalar(
            QStringLiteral("SELECT count(*) FROM posting_slots WHERE weekday = :weekday AND "
                           "minute_of_day = :minute AND network_id IS :network AND id <> :id"),
            bindings);
        if (!clash)
            return clash.error();
        if (clash->toInt() > 0)
            return Error::make(ErrorKind::Conflict,
                               tr("There is a posting slot at that day and time already."));
        auto updated = m_database.exec(
            QStringLiteral("UPDATE posting_slots SET weekday = :weekday, minute_of_day = :minute, "
                           "network_id = :network WHERE id = :id"),
            bindings);
        if (!updated) {
            if (updated.error().kind == ErrorKind::Conflict)
                return Error::make(ErrorKind::InvalidInput,
                                   tr("\"%1\" is not a known network.").arg(slot.networkId));
            return updated.error();
        }
        if (updated->numRowsAffected() == 0)
            return Error::make(ErrorKind::NotFound,
                               tr("There is no posting slot %1.").arg(slot.id));
        PostingSlot stored = slot;
        stored.time = QTime(slot.time.hour(), slot.time.minute());
        return stored;
    });
}

Result<void> PlanningService::removePostingSlot(qint64 slotId)
{
    return m_database.write([&]() -> Result<void> {
        auto removed = m_database.exec(QStringLiteral("DELETE FROM posting_slots WHERE id = :id"),
                                       {{QStringLiteral(":id"), slotId}});
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() == 0)
            return Error::make(ErrorKind::NotFound, tr("There is no posting slot %1.").arg(slotId));
        return success();
    });
}

Result<QList<PostingSlot>> PlanningService::replacePostingSlots(const QList<PostingSlot> &slotList)
{
    QSet<QString> seen;
    for (const PostingSlot &slot : slotList) {
        if (auto valid = validateSlot(slot); !valid)
            return valid.error();
        const QString key = QStringLiteral("%1 %2 %3")
                                .arg(slot.weekday)
                                .arg(slot.time.hour() * 60 + slot.time.minute())
                                .arg(slot.networkId);
        if (seen.contains(key))
            return Error::make(ErrorKind::Conflict,
                               tr("There are two posting slots at %1 %2; keep one.")
                                   .arg(QLocale().dayName(slot.weekday, QLocale::LongFormat),
                                        slot.time.toString(QStringLiteral("HH:mm"))));
        seen.insert(key);
    }
    return m_database.write([&]() -> Result<QList<PostingSlot>> {
        if (auto cleared = m_database.exec(QStringLiteral("DELETE FROM posting_slots")); !cleared)
            return cleared.error();
        for (const PostingSlot &slot : slotList) {
            Bindings bindings = slotBindings(slot);
            bindings.emplace_back(QStringLiteral(":id"),
                                  slot.id > 0 ? QVariant(slot.id)
                                              : QVariant(QMetaType::fromType<qint64>()));
            auto inserted = m_database.exec(
                QStringLiteral("INSERT INTO posting_slots (id, weekday, minute_of_day, network_id) "
                               "VALUES (:id, :weekday, :minute, :network)"),
                bindings);
            if (!inserted) {
                if (inserted.error().kind == ErrorKind::Conflict)
                    return Error::make(ErrorKind::InvalidInput,
                                       tr("\"%1\" is not a known network.").arg(slot.networkId));
                return inserted.error();
            }
        }
        return postingSlots();
    });
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
    QList<PlanWarning> warnings;
    if (!post.isScheduled() || post.status == PostStatus::Skipped)
        return warnings;
    const qint64 at = post.scheduledAt.toSecsSinceEpoch();
    auto nearby =
        m_posts.scheduledBetween(QDateTime::fromSecsSinceEpoch(at - sameTextSeconds + 1, Qt::UTC),
                                 QDateTime::fromSecsSinceEpoch(at + sameTextSeconds, Qt::UTC));
    if (!nearby)
        return nearby.error();
    auto names = m_catalog.networks();
    if (!names)
        return names.error();
    auto nameOf = [&](const QString &id) {
        for (const Network &network : std::as_const(*names)) {
            if (network.id == id)
                return network.name;
        }
        return id;
    };
    const QSet<QString> texts = comparableTexts(post);

    for (const Post &other : std::as_const(*nearby)) {
        if (other.id == post.id || other.status == PostStatus::Skipped)
            continue;
        const qint64 distance = qAbs(other.scheduledAt.toSecsSinceEpoch() - at);
        const QString otherTime =
            other.scheduledAt.toTimeZone(m_zone).toString(QStringLiteral("ddd d MMM HH:mm"));
        if (distance < hourSeconds) {
            for (const PostNetwork &network : post.networks) {
                if (!other.network(network.networkId))
                    continue;
                warnings << PlanWarning{
                    PlanWarningKind::SameNetworkWithinHour, network.networkId, other.id,
                    tr("Post %1 also goes to %2 at %3, less than an hour apart.")
                        .arg(other.id)
                        .arg(nameOf(network.networkId), otherTime)};
            }
        }
        if (!texts.isEmpty() && comparableTexts(other).intersects(texts)) {
            warnings << PlanWarning{
                PlanWarningKind::SameTextWithinDays, QString(), other.id,
                tr("Post %1 at %2 has the same text, less than three days apart.")
                    .arg(other.id)
                    .arg(otherTime)};
        }
    }
    return warnings;
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
