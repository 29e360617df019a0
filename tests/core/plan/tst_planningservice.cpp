// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PlanningService: local-time scheduling across DST, drafts tray, slots, evergreen series,
// plan warnings and publish assist. Local time is Europe/Berlin (DST 2026-03-29, 2026-10-25).
#include "common/clock.h"
#include "plan/planningservice.h"
#include "storage/database.h"
#include "support/testdatabase.h"
#include "support/testprinters.h"

#include <QStandardPaths>
#include <QTest>

using namespace hearth::core;

namespace {

const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));

QDateTime local(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), berlin);
}

QDateTime utcOf(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

Post makePost(const QString &body, const QDateTime &when,
              const QStringList &networks = {QStringLiteral("x")})
{
    Post post;
    post.body = body;
    post.scheduledAt = when.isValid() ? utcOf(when) : QDateTime();
    for (const QString &id : networks)
        post.networks << PostNetwork{id, QString(), QString(), QString(), QDateTime()};
    return post;
}

template<typename T>
QString why(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

class TestPlanningService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createWithDateIsScheduled();
    void createKeepsADatedDraftWhenAsked();
    void statusFollowsTime_data();
    void statusFollowsTime();
    void utcFromLocal_data();
    void utcFromLocal();
    void rescheduleKeepsLocalTime_data();
    void rescheduleKeepsLocalTime();
    void rescheduleDraftTakesFirstSlot();
    void reschedulePublishedIsRefused();
    void unscheduleMovesToDraftsTray();
    void postsInRangeUsesLocalDays();
    void postsInRangeRejectsBackwardsRange();
    void duplicateCopiesWithoutPublication();
    void removeAndRestoreKeepsId();
    void postingSlotsCrud();
    void postingSlotsRejectBadInput();
    void nextFreeSlot();
    void nextFreeSlotAcrossDst();
    void nextFreeSlotPerNetwork();
    void evergreenByCount();
    void evergreenUntilDate();
    void evergreenNeedsAnEnd();
    void evergreenTooLongCreatesNothing();
    void evergreenRuleChangeKeepsPublished();
    void removeThisAndFollowing();
    void restoreSeriesUndoesCreation();
    void restoreSeriesUndoesRuleChange();
    void restoreSeriesRejectsStrangers();
    void removeFirstOfSeriesHandsItOn_data();
    void removeFirstOfSeriesHandsItOn();
    void restoreSeriesUndoesRemovalOfTheFirst();
    void replacePostingSlotsKeepsIds();
    void replacePostingSlotsRefusesDuplicates();
    void warnings_data();
    void warnings();
    void setPillarsInOneStep();
    void markPublished();
    void markPublishedRejectsUnknownNetworkAndBadLink();
    void composeUrlForUsesSettings();

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PlanningService> m_service;
};

void TestPlanningService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(berlin.isValid());
}

void TestPlanningService::init()
{
    m_clock = std::make_unique<ManualClock>(utcOf(local(2026, 3, 23, 8)));
    auto opened = testing::openTestDatabase(*m_clock);
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    m_database = std::move(*opened);
    m_service = std::make_unique<PlanningService>(*m_database, berlin);
}

void TestPlanningService::cleanup()
{
    m_service.reset();
    m_database.reset();
    m_clock.reset();
}

void TestPlanningService::createWithDateIsScheduled()
{
    auto dated = m_service->create(makePost(QStringLiteral("Fresh bread"), local(2026, 3, 24, 9)));
    QVERIFY2(dated.ok(), qPrintable(why(dated)));
    HEARTH_COMPARE_ENUM(dated->status, PostStatus::Scheduled);
    QCOMPARE(dated->scheduledAt, utcOf(local(2026, 3, 24, 9)));

    auto draft = m_service->create(makePost(QStringLiteral("Some day"), QDateTime()));
    QVERIFY(draft.ok());
    HEARTH_COMPARE_ENUM(draft->status, PostStatus::Draft);
}

void TestPlanningService::createKeepsADatedDraftWhenAsked()
{
    const QDateTime when = local(2026, 3, 24, 9);
    auto kept = m_service->create(makePost(QStringLiteral("An idea on Tuesday"), when),
                                  DatedDraft::StaysDraft);
    QVERIFY2(kept.ok(), qPrintable(why(kept)));
    HEARTH_COMPARE_ENUM(kept->status, PostStatus::Draft);
    QCOMPARE(kept->scheduledAt, utcOf(when));
}

void TestPlanningService::statusFollowsTime_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("dated");
    QTest::addColumn<QString>("expected");

    const QString draft = toString(PostStatus::Draft);
    const QString scheduled = toString(PostStatus::Scheduled);
    const QString published = toString(PostStatus::Published);
    const QString skipped = toString(PostStatus::Skipped);
    QTest::newRow("draft given a time is scheduled") << draft << true << scheduled;
    QTest::newRow("draft without a time stays a draft") << draft << false << draft;
    QTest::newRow("scheduled with a time stays scheduled") << scheduled << true << scheduled;
    QTest::newRow("scheduled without a time is a draft") << scheduled << false << draft;
    QTest::newRow("published keeps its status") << published << true << published;
    QTest::newRow("published without a time too") << published << false << published;
    QTest::newRow("skipped keeps its status") << skipped << true << skipped;
    QTest::newRow("skipped without a time too") << skipped << false << skipped;
}

void TestPlanningService::statusFollowsTime()
{
    QFETCH(QString, status);
    QFETCH(bool, dated);
    QFETCH(QString, expected);

    const QDateTime time = dated ? utcOf(local(2026, 4, 1, 9)) : QDateTime();
    const PostStatus decided =
        PlanningService::statusFor(postStatusFromString(status).value(), time);
    QCOMPARE(toString(decided), expected);
}

void TestPlanningService::utcFromLocal_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("winter (UTC+1)") << QDate(2026, 1, 15) << QTime(9, 30)
                                    << QDateTime(QDate(2026, 1, 15), QTime(8, 30), Qt::UTC);
    QTest::newRow("summer (UTC+2)")
        << QDate(2026, 7, 1) << QTime(9, 30) << QDateTime(QDate(2026, 7, 1), QTime(7, 30), Qt::UTC);
    QTest::newRow("before spring forward") << QDate(2026, 3, 29) << QTime(1, 59)
                                           << QDateTime(QDate(2026, 3, 29), QTime(0, 59), Qt::UTC);
    // 02:30 does not exist that night: the clock moves on by the hour it skips, to 03:30.
    QTest::newRow("in the spring-forward gap")
        << QDate(2026, 3, 29) << QTime(2, 30)
        << QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
    QTest::newRow("after spring forward")
        << QDate(2026, 3, 29) << QTime(3, 0) << QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC);
    QTest::newRow("last second of a day")
        << QDate(2026, 12, 31) << QTime(23, 59, 59)
        << QDateTime(QDate(2026, 12, 31), QTime(22, 59, 59), Qt::UTC);
    QTest::newRow("milliseconds dropped")
        << QDate(2026, 1, 15) << QTime(9, 30, 10, 750)
        << QDateTime(QDate(2026, 1, 15), QTime(8, 30, 10), Qt::UTC);
}

void TestPlanningService::utcFromLocal()
{
    QFETCH(QDate, day);
    QFETCH(QTime, time);
    QFETCH(QDateTime, expected);

    const QDateTime utc = m_service->utcFromLocal(day, time);
    QCOMPARE(utc, expected);
    QCOMPARE(utc.timeSpec(), Qt::UTC);
    QCOMPARE(utc.time().msec(), 0);
}

void TestPlanningService::rescheduleKeepsLocalTime_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDate>("newDay");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("same week") << local(2026, 3, 24, 9, 30) << QDate(2026, 3, 26)
                               << local(2026, 3, 26, 9, 30);
    QTest::newRow("into summer time")
        << local(2026, 3, 27, 9) << QDate(2026, 3, 30) << local(2026, 3, 30, 9);
    QTest::newRow("out of summer time")
        << local(2026, 10, 23, 18, 15) << QDate(2026, 10, 26) << local(2026, 10, 26, 18, 15);
    QTest::newRow("onto the change day")
        << local(2026, 3, 27, 12) << QDate(2026, 3, 29) << local(2026, 3, 29, 12);
    QTest::newRow("backwards") << local(2026, 4, 2, 7, 45) << QDate(2026, 3, 20)
                               << local(2026, 3, 20, 7, 45);
    // 02:30 does not exist on 29 March: clocks jump to 03:00, so the post lands an hour on.
    QTest::newRow("into the gap") << local(2026, 3, 27, 2, 30) << QDate(2026, 3, 29)
                                  << QDateTime(QDate(2026, 3, 29), QTime(3, 30), berlin);
}

void TestPlanningService::rescheduleKeepsLocalTime()
{
    QFETCH(QDateTime, from);
    QFETCH(QDate, newDay);
    QFETCH(QDateTime, expected);

    auto post = m_service->create(makePost(QStringLiteral("Move me"), from));
    QVERIFY2(post.ok(), qPrintable(why(post)));
    auto moved = m_service->reschedule(post->id, newDay);
    QVERIFY2(moved.ok(), qPrintable(why(moved)));
    QCOMPARE(moved->scheduledAt, utcOf(expected));
    QCOMPARE(moved->scheduledAt.toTimeZone(berlin).date(), newDay);
    QCOMPARE(m_service->find(post->id)->scheduledAt, utcOf(expected));
}

void TestPlanningService::rescheduleDraftTakesFirstSlot()
{
    auto draft = m_service->create(
        makePost(QStringLiteral("From the tray"), QDateTime(), {QStringLiteral("linkedin")}));
    QVERIFY(draft.ok());
    // Wednesday: a slot for another network only, then one for LinkedIn.
    QVERIFY(m_service->addPostingSlot({0, 3, QTime(8, 0), QStringLiteral("x")}).ok());
    QVERIFY(m_service->addPostingSlot({0, 3, QTime(12, 30), QStringLiteral("linkedin")}).ok());
    auto moved = m_service->reschedule(draft->id, QDate(2026, 4, 1));
    QVERIFY2(moved.ok(), qPrintable(why(moved)));
    QCOMPARE(moved->scheduledAt, utcOf(local(2026, 4, 1, 12, 30)));
    HEARTH_COMPARE_ENUM(moved->status, PostStatus::Scheduled);

    // A day without slots gets 09:00.
    auto other = m_service->create(makePost(QStringLiteral("No slot"), QDateTime()));
    QVERIFY(other.ok());
    moved = m_service->reschedule(other->id, QDate(2026, 4, 2));
    QVERIFY(moved.ok());
    QCOMPARE(moved->scheduledAt, utcOf(local(2026, 4, 2, 9)));
}

void TestPlanningService::reschedulePublishedIsRefused()
{
    auto post = m_service->create(makePost(QStringLiteral("Out"), local(2026, 3, 24, 9)));
    QVERIFY(post.ok());
    QVERIFY(m_service->markPublished(post->id, QStringLiteral("x"), QString()).ok());
    auto moved = m_service->reschedule(post->id, QDate(2026, 3, 25));
    QVERIFY(!moved.ok());
    HEARTH_COMPARE_ENUM(moved.error().kind, ErrorKind::InvalidInput);
    QVERIFY(!m_service->unschedule(post->id).ok());
    QVERIFY(!m_service->reschedule(999, QDate(2026, 3, 25)).ok());
    QVERIFY(!m_service->reschedule(post->id, QDate()).ok());
}

void TestPlanningService::unscheduleMovesToDraftsTray()
{
    auto post = m_service->create(makePost(QStringLiteral("Later"), local(2026, 3, 24, 9)));
    QVERIFY(post.ok());
    QVERIFY(m_service->drafts()->isEmpty());
    auto drafted = m_service->unschedule(post->id);
    QVERIFY2(drafted.ok(), qPrintable(why(drafted)));
    QVERIFY(!drafted->isScheduled());
    HEARTH_COMPARE_ENUM(drafted->status, PostStatus::Draft);
    auto tray = m_service->drafts();
    QVERIFY(tray.ok());
    QCOMPARE(tray->size(), 1);
    QCOMPARE(tray->first().id, post->id);
    QVERIFY(m_service->postsInRange(QDate(2026, 3, 23), QDate(2026, 3, 29))->isEmpty());
}

void TestPlanningService::postsInRangeUsesLocalDays()
{
    // The DST week: Monday 23 March … Sunday 29 March 2026 (clocks change on Sunday).
    const QList<QDateTime> inside{local(2026, 3, 23, 0, 0), local(2026, 3, 25, 12),
                                  local(2026, 3, 29, 23, 59)};
    const QList<QDateTime> outside{local(2026, 3, 22, 23, 59), local(2026, 3, 30, 0, 0)};
    QList<qint64> insideIds;
    for (const QDateTime &when : inside)
        insideIds << m_service->create(makePost(QStringLiteral("in"), when))->id;
    for (const QDateTime &when : outside)
        QVERIFY(m_service->create(makePost(QStringLiteral("out"), when)).ok());
    QVERIFY(m_service->create(makePost(QStringLiteral("draft"), QDateTime())).ok());

    auto week = m_service->postsInRange(QDate(2026, 3, 23), QDate(2026, 3, 29));
    QVERIFY2(week.ok(), qPrintable(why(week)));
    QList<qint64> ids;
    for (const Post &post : std::as_const(*week))
        ids << post.id;
    QCOMPARE(ids, insideIds);

    auto oneDay = m_service->postsInRange(QDate(2026, 3, 30), QDate(2026, 3, 30));
    QVERIFY(oneDay.ok());
    QCOMPARE(oneDay->size(), 1);
    QCOMPARE(m_service->localDay(oneDay->first().scheduledAt), QDate(2026, 3, 30));
    // 29 March 2026 has only 23 hours in Berlin.
    QCOMPARE(m_service->startOfLocalDay(QDate(2026, 3, 29))
                 .secsTo(m_service->startOfLocalDay(QDate(2026, 3, 30))),
             23 * 3600);
}

void TestPlanningService::postsInRangeRejectsBackwardsRange()
{
    auto backwards = m_service->postsInRange(QDate(2026, 3, 29), QDate(2026, 3, 23));
    QVERIFY(!backwards.ok());
    HEARTH_COMPARE_ENUM(backwards.error().kind, ErrorKind::InvalidInput);
    QVERIFY(!m_service->postsInRange(QDate(), QDate(2026, 3, 23)).ok());
}

void TestPlanningService::duplicateCopiesWithoutPublication()
{
    Post post = makePost(QStringLiteral("Original"), local(2026, 3, 24, 9),
                         {QStringLiteral("x"), QStringLiteral("mastodon")});
    post.networks[1].variantText = QStringLiteral("Original for the fediverse");
    post.tags = {QStringLiteral("bread"), QStringLiteral("morning")};
    post.media = {MediaAttachment{QStringLiteral("/home/me/loaf.jpg"), QStringLiteral("A loaf")}};
    post.notes = QStringLiteral("note");
    auto created = m_service->create(post);
    QVERIFY(created.ok());
    QVERIFY(m_service
                ->markPublished(created->id, QStringLiteral("x"),
                                QStringLiteral("https://x.com/me/status/123"))
                .ok());

    auto copy = m_service->duplicate(created->id);
    QVERIFY2(copy.ok(), qPrintable(why(copy)));
    QVERIFY(copy->id != created->id);
    QCOMPARE(copy->body, post.body);
    QCOMPARE(copy->scheduledAt, created->scheduledAt);
    QCOMPARE(copy->networkIds(), (QStringList{QStringLiteral("x"), QStringLiteral("mastodon")}));
    QCOMPARE(copy->textFor(QStringLiteral("mastodon")),
             QStringLiteral("Original for the fediverse"));
    QCOMPARE(copy->tags, (QStringList{QStringLiteral("bread"), QStringLiteral("morning")}));
    QCOMPARE(copy->media, post.media);
    HEARTH_COMPARE_ENUM(copy->status, PostStatus::Scheduled);
    for (const PostNetwork &network : copy->networks) {
        QVERIFY(network.externalId.isEmpty());
        QVERIFY(network.permalink.isEmpty());
        QVERIFY(!network.publishedAt.isValid());
    }
    QVERIFY(!m_service->duplicate(12345).ok());
}

void TestPlanningService::removeAndRestoreKeepsId()
{
    Post post = makePost(QStringLiteral("Undo me"), local(2026, 3, 24, 9));
    post.tags = {QStringLiteral("undo")};
    auto created = m_service->create(post);
    QVERIFY(created.ok());
    const Post before = *created;
    QVERIFY(m_service->remove(before.id).ok());
    HEARTH_COMPARE_ENUM(m_service->find(before.id).error().kind, ErrorKind::NotFound);
    HEARTH_COMPARE_ENUM(m_service->remove(before.id).error().kind, ErrorKind::NotFound);

    m_clock->advanceSeconds(60);
    auto restored = m_service->restore(before);
    QVERIFY2(restored.ok(), qPrintable(why(restored)));
    QCOMPARE(*restored, before);
    auto twice = m_service->restore(before);
    QVERIFY(!twice.ok());
    HEARTH_COMPARE_ENUM(twice.error().kind, ErrorKind::Conflict);
}

void TestPlanningService::postingSlotsCrud()
{
    auto monday = m_service->addPostingSlot({0, 1, QTime(9, 0), QString()});
    QVERIFY2(monday.ok(), qPrintable(why(monday)));
    QVERIFY(monday->id > 0);
    auto wednesday =
        m_service->addPostingSlot({0, 3, QTime(12, 30, 45), QStringLiteral("linkedin")});
    QVERIFY(wednesday.ok());
    QCOMPARE(wednesday->time, QTime(12, 30));

    auto list = m_service->postingSlots();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0), *monday);
    QCOMPARE(list->at(1), *wednesday);

    PostingSlot changed = *monday;
    changed.weekday = 5;
    changed.time = QTime(17, 45);
    QVERIFY(m_service->updatePostingSlot(changed).ok());
    QCOMPARE(m_service->postingSlots()->last(), changed);

    QVERIFY(m_service->removePostingSlot(wednesday->id).ok());
    QCOMPARE(m_service->postingSlots()->size(), 1);
    HEARTH_COMPARE_ENUM(m_service->removePostingSlot(wednesday->id).error().kind,
                        ErrorKind::NotFound);
    PostingSlot missing = changed;
    missing.id = 999;
    HEARTH_COMPARE_ENUM(m_service->updatePostingSlot(missing).error().kind, ErrorKind::NotFound);
}

void TestPlanningService::postingSlotsRejectBadInput()
{
    HEARTH_COMPARE_ENUM(m_service->addPostingSlot({0, 0, QTime(9, 0), QString()}).error().kind,
                        ErrorKind::InvalidInput);
    HEARTH_COMPARE_ENUM(m_service->addPostingSlot({0, 8, QTime(9, 0), QString()}).error().kind,
                        ErrorKind::InvalidInput);
    HEARTH_COMPARE_ENUM(m_service->addPostingSlot({0, 1, QTime(), QString()}).error().kind,
                        ErrorKind::InvalidInput);
    auto unknown = m_service->addPostingSlot({0, 1, QTime(9, 0), QStringLiteral("myspace")});
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QStringLiteral("myspace")));
    QVERIFY(m_service->addPostingSlot({0, 1, QTime(9, 0), QString()}).ok());
    // Two "any network" slots at the same time would be one slot twice.
    HEARTH_COMPARE_ENUM(m_service->addPostingSlot({0, 1, QTime(9, 0), QString()}).error().kind,
                        ErrorKind::Conflict);
    QCOMPARE(m_service->postingSlots()->size(), 1);
}

void TestPlanningService::nextFreeSlot()
{
    auto none = m_service->nextFreeSlot(utcOf(local(2026, 3, 23, 8)));
    QVERIFY(none.ok());
    QVERIFY(!none->isValid());

    QVERIFY(m_service->addPostingSlot({0, 1, QTime(9, 0), QString()}).ok());
    QVERIFY(m_service->addPostingSlot({0, 3, QTime(12, 30), QString()}).ok());
    QCOMPARE(*m_service->nextFreeSlot(utcOf(local(2026, 3, 23, 8))), utcOf(local(2026, 3, 23, 9)));
    // Exactly at the slot counts; a minute later does not.
    QCOMPARE(*m_service->nextFreeSlot(utcOf(local(2026, 3, 23, 9))), utcOf(local(2026, 3, 23, 9)));
    QCOMPARE(*m_service->nextFreeSlot(utcOf(local(2026, 3, 23, 9, 1))),
             utcOf(local(2026, 3, 25, 12, 30)));

    QVERIFY(m_service->create(makePost(QStringLiteral("taken"), local(2026, 3, 23, 9))).ok());
    QCOMPARE(*m_service->nextFreeSlot(utcOf(local(2026, 3, 23, 8))),
             utcOf(local(2026, 3, 25, 12, 30)));
    QVERIFY(
        m_service->create(makePost(QStringLiteral("taken too"), local(2026, 3, 25, 12, 30))).ok());
    // Wraps into the next week.
    QCOMPARE(*m_service->nextFreeSlot(utcOf(local(2026, 3, 23, 8))), utcOf(local(2026, 3, 30, 9)));
}

void TestPlanningService::nextFreeSlotAcrossDst()
{
    QVERIFY(m_service->addPostingSlot({0, 1, QTime(9, 0), QString()}).ok());
    // From a Friday in winter time to the Monday after the change: still 09:00 local.
    const QDateTime next = *m_service->nextFreeSlot(utcOf(local(2026, 3, 27, 10)));
    QCOMPARE(next, utcOf(local(2026, 3, 30, 9)));
    QCOMPARE(next.time(), QTime(7, 0));
}

void TestPlanningService::nextFreeSlotPerNetwork()
{
    QVERIFY(m_service->addPostingSlot({0, 1, QTime(9, 0), QStringLiteral("linkedin")}).ok());
    QVERIFY(m_service->addPostingSlot({0, 1, QTime(11, 0), QString()}).ok());
    const QDateTime from = utcOf(local(2026, 3, 23, 8));
    // An X post at 09:00 does not take LinkedIn's slot.
    QVERIFY(m_service->create(makePost(QStringLiteral("x at nine"), local(2026, 3, 23, 9))).ok());
    QCOMPARE(*m_service->nextFreeSlot(from, QStringLiteral("linkedin")),
             utcOf(local(2026, 3, 23, 9)));
    // X cannot use LinkedIn's slot; the any-network one at 11:00 is its first.
    QCOMPARE(*m_service->nextFreeSlot(from, QStringLiteral("x")), utcOf(local(2026, 3, 23, 11)));
    QVERIFY(m_service
                ->create(makePost(QStringLiteral("li at nine"), local(2026, 3, 23, 9),
                                  {QStringLiteral("linkedin")}))
                .ok());
    QCOMPARE(*m_service->nextFreeSlot(from, QStringLiteral("linkedin")),
             utcOf(local(2026, 3, 23, 11)));
}

void TestPlanningService::evergreenByCount()
{
    Post post = makePost(QStringLiteral("Our opening hours"), local(2026, 3, 17, 10));
    post.recurrence.everyWeeks = 2;
    post.recurrence.count = 4;
    auto first = m_service->create(post);
    QVERIFY2(first.ok(), qPrintable(why(first)));
    auto series = m_service->seriesOf(first->id);
    QVERIFY(series.ok());
    QCOMPARE(series->size(), 4);
    const QList<QDateTime> expected{local(2026, 3, 17, 10), local(2026, 3, 31, 10),
                                    local(2026, 4, 14, 10), local(2026, 4, 28, 10)};
    for (int i = 0; i < 4; ++i) {
        const Post &occurrence = series->at(i);
        QCOMPARE(occurrence.scheduledAt, utcOf(expected.at(i)));
        QCOMPARE(occurrence.body, post.body);
        HEARTH_COMPARE_ENUM(occurrence.status, PostStatus::Scheduled);
        if (i == 0) {
            QVERIFY(!occurrence.repeatOf);
            QCOMPARE(occurrence.recurrence, post.recurrence);
        } else {
            QCOMPARE(occurrence.repeatOf, std::optional<qint64>(first->id));
            QVERIFY(!occurrence.recurrence.isActive());
        }
    }
    // The series of an occurrence is the same series.
    QCOMPARE(m_service->seriesOf(series->last().id)->size(), 4);
}

void TestPlanningService::evergreenUntilDate()
{
    Post post = makePost(QStringLiteral("Weekly special"), local(2026, 10, 14, 18));
    post.recurrence.everyWeeks = 1;
    post.recurrence.until = utcOf(local(2026, 11, 4, 18)); // the last one is included
    auto first = m_service->create(post);
    QVERIFY2(first.ok(), qPrintable(why(first)));
    auto series = m_service->seriesOf(first->id);
    QCOMPARE(series->size(), 4);
    // Across the October change the local time stays 18:00.
    for (const Post &occurrence : std::as_const(*series))
        QCOMPARE(occurrence.scheduledAt.toTimeZone(berlin).time(), QTime(18, 0));
}

void TestPlanningService::evergreenNeedsAnEnd()
{
    Post post = makePost(QStringLiteral("Forever"), local(2026, 3, 24, 9));
    post.recurrence.everyWeeks = 1;
    auto created = m_service->create(post);
    QVERIFY(!created.ok());
    HEARTH_COMPARE_ENUM(created.error().kind, ErrorKind::InvalidInput);
    Post undated = makePost(QStringLiteral("No start"), QDateTime());
    undated.recurrence.everyWeeks = 1;
    undated.recurrence.count = 3;
    QVERIFY(!m_service->create(undated).ok());
    Post backwards = post;
    backwards.recurrence.until = utcOf(local(2026, 3, 1, 9));
    QVERIFY(!m_service->create(backwards).ok());
    QCOMPARE(*m_service->posts().count(), 0);
}

void TestPlanningService::evergreenTooLongCreatesNothing()
{
    Post post = makePost(QStringLiteral("Too many"), local(2026, 3, 24, 9));
    post.recurrence.everyWeeks = 1;
    post.recurrence.until = utcOf(local(2040, 1, 1, 0));
    auto created = m_service->create(post);
    QVERIFY(!created.ok());
    QVERIFY(created.error().message.contains(QStringLiteral("520")));
    // One transaction: not even the first post stays.
    QCOMPARE(*m_service->posts().count(), 0);
}

void TestPlanningService::evergreenRuleChangeKeepsPublished()
{
    Post post = makePost(QStringLiteral("Tip of the week"), local(2026, 3, 24, 9));
    post.recurrence.everyWeeks = 1;
    post.recurrence.count = 4;
    auto first = m_service->create(post);
    QVERIFY(first.ok());
    auto series = *m_service->seriesOf(first->id);
    QVERIFY(m_service->markPublished(series.at(1).id, QStringLiteral("x"), QString()).ok());

    Post changed = *m_service->find(first->id);
    changed.recurrence.count = 6;
    auto saved = m_service->update(changed);
    QVERIFY2(saved.ok(), qPrintable(why(saved)));
    series = *m_service->seriesOf(first->id);
    QCOMPARE(series.size(), 6);
    HEARTH_COMPARE_ENUM(series.at(1).status, PostStatus::Published);
    QCOMPARE(series.last().scheduledAt, utcOf(local(2026, 4, 28, 9)));

    // Stopping the repeats leaves the first post and what was published.
    changed = *m_service->find(first->id);
    changed.recurrence = {};
    QVERIFY(m_service->update(changed).ok());
    QCOMPARE(m_service->seriesOf(first->id)->size(), 2);

    // An occurrence cannot start its own repeats.
    Post occurrence = series.at(1);
    occurrence.recurrence.everyWeeks = 1;
    occurrence.recurrence.count = 2;
    QVERIFY(!m_service->update(occurrence).ok());
}

void TestPlanningService::restoreSeriesUndoesCreation()
{
    Post post = makePost(QStringLiteral("Evergreen"), local(2026, 3, 24, 9));
    post.recurrence.everyWeeks = 1;
    post.recurrence.count = 3;
    auto first = m_service->create(post);
    QVERIFY(first.ok());
    const QList<Post> created = *m_service->seriesOf(first->id);
    QCOMPARE(created.size(), 3);

    // Undo of the creation: nothing of the series is left, not even unlinked occurrences.
    auto removed = m_service->restoreSeries(first->id, {});
    QVERIFY2(removed.ok(), qPrintable(why(removed)));
    QCOMPARE(m_service->posts().count().valueOr(-1), 0);

    // Redo: the very same posts come back, ids and links included.
    auto back = m_service->restoreSeries(first->id, created);
    QVERIFY2(back.ok(), qPrintable(why(back)));
    QCOMPARE(back->size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(back->at(i).id, created.at(i).id);
        QCOMPARE(back->at(i).repeatOf, created.at(i).repeatOf);
        QCOMPARE(back->at(i).scheduledAt, created.at(i).scheduledAt);
    }
    QCOMPARE(back->first().recurrence, post.recurrence);
}

void TestPlanningService::restoreSeriesUndoesRuleChange()
{
    Post post = makePost(QStringLiteral("Tip"), local(2026, 3, 24, 9));
    post.recurrence.everyWeeks = 1;
    post.recurrence.count = 3;
    auto first = m_service->create(post);
    QVERIFY(first.ok());
    const QList<Post> before = *m_service->seriesOf(first->id);

    Post changed = *m_service->find(first->id);
    changed.recurrence.everyWeeks = 2;
    changed.recurrence.count = 4;
    QVERIFY(m_service->update(changed).ok());
    QCOMPARE(m_service->seriesOf(first->id)->size(), 4);

    auto undone = m_service->restoreSeries(first->id, before);
    QVERIFY2(undone.ok(), qPrintable(why(undone)));
    QCOMPARE(undone->size(), 3);
    QCOMPARE(undone->first().recurrence, post.recurrence);
    QCOMPARE(undone->last().id, before.last().id);
    QCOMPARE(undone->last().scheduledAt, utcOf(local(2026, 4, 7, 9)));
    QCOMPARE(m_service->posts().count().valueOr(-1), 3);
}

void TestPlanningService::restoreSeriesRejectsStrangers()
{
    auto lone = m_service->create(makePost(QStringLiteral("Lone"), local(2026, 3, 24, 9)));
    QVERIFY(lone.ok());
    auto refused = m_service->restoreSeries(lone->id + 100, {*lone});
    QVERIFY(!refused.ok());
    HEARTH_COMPARE_ENUM(refused.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(m_service->posts().count().valueOr(-1), 1);
}

void TestPlanningService::removeFirstOfSeriesHandsItOn_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("removedBefore");
    QTest::addColumn<int>("successor");
    QTest::addColumn<int>("successorCount");
    QTest::addColumn<bool>("stillEvergreen");

    // `removedBefore` occurrences right after the first were deleted on their own earlier; the
    // count left is measured on the series' weekly grid, not by the posts left.
    QTest::newRow("next repeat takes over") << 5 << 0 << 1 << 4 << true;
    QTest::newRow("a gap in the series") << 5 << 1 << 2 << 3 << true;
    QTest::newRow("one post left is a plain post") << 2 << 0 << 1 << 0 << false;
}

void TestPlanningService::removeFirstOfSeriesHandsItOn()
{
    QFETCH(int, count);
    QFETCH(int, removedBefore);
    QFETCH(int, successor);
    QFETCH(int, successorCount);
    QFETCH(bool, stillEvergreen);

    Post post = makePost(QStringLiteral("Opening hours"), local(2026, 3, 24, 9));
    post.recurrence.everyWeeks = 1;
    post.recurrence.count = count;
    auto first = m_service->create(post);
    QVERIFY2(first.ok(), qPrintable(why(first)));
    const QList<Post> before = *m_service->seriesOf(first->id);
    QCOMPARE(before.size(), count);
    for (int i = 1; i <= removedBefore; ++i)
        QVERIFY(m_service->remove(before.at(i).id).ok());

    m_clock->advanceSeconds(3600);
    auto removed = m_service->remove(first->id);
    QVERIFY2(removed.ok(), qPrintable(why(removed)));
    HEARTH_COMPARE_ENUM(m_service->find(first->id).error().kind, ErrorKind::NotFound);

    // The earliest post left starts the series and keeps the repeats together.
    const Post &heir = before.at(successor);
    const QList<Post> left = *m_service->seriesOf(heir.id);
    QCOMPARE(left.size(), count - successor);
    QCOMPARE(left.first().id, heir.id);
    QVERIFY(!left.first().repeatOf);
    QCOMPARE(left.first().scheduledAt, heir.scheduledAt);
    QCOMPARE(left.first().recurrence.isActive(), stillEvergreen);
    if (stillEvergreen) {
        QCOMPARE(left.first().recurrence.everyWeeks, 1);
        QCOMPARE(left.first().recurrence.count, std::optional<int>(successorCount));
    }
    for (int i = 1; i < left.size(); ++i) {
        QCOMPARE(left.at(i).id, before.at(successor + i).id);
        QCOMPARE(left.at(i).repeatOf, std::optional<qint64>(heir.id));
        // Relinking is no edit of the post.
        QCOMPARE(left.at(i).updatedAt, before.at(successor + i).updatedAt);
    }

    if (stillEvergreen) {
        // The rule handed on describes the same days: changing how often it comes back
        // and back again re-creates the repeats on the days they were.
        Post changed = left.first();
        changed.recurrence.everyWeeks = 2;
        QVERIFY(m_service->update(changed).ok());
        changed.recurrence.everyWeeks = 1;
        QVERIFY(m_service->update(changed).ok());
        const QList<Post> again = *m_service->seriesOf(heir.id);
        QCOMPARE(again.size(), left.size());
        QCOMPARE(again.last().scheduledAt, left.last().scheduledAt);
    }
}

void TestPlanningService::restoreSeriesUndoesRemovalOfTheFirst()
{
    Post post = makePost(QStringLiteral("Opening hours"), local(2026, 3, 24, 9));
    post.recurrence.everyWeeks = 2;
    post.recurrence.until = utcOf(local(2026, 5, 19, 9));
    auto first = m_service->create(post);
    QVERIFY2(first.ok(), qPrintable(why(first)));
    QVERIFY(m_service->markPublished(first->id, QStringLiteral("x"), QString()).ok());
    const QList<Post> before = *m_service->seriesOf(first->id);
    QCOMPARE(before.size(), 5);

    m_clock->advanceSeconds(3600);
    QVERIFY(m_service->remove(first->id).ok());
    const QList<Post> left = *m_service->seriesOf(before.at(1).id);
    QCOMPARE(left.size(), 4);
    QCOMPARE(left.first().recurrence.until, post.recurrence.until);

    // Undo of the delete: the first post is back with its id and every repeat points at it
    // again, the heir's rule is gone; nothing else changed, times included.
    m_clock->advanceSeconds(3600);
    auto restored = m_service->restoreSeries(first->id, before);
    QVERIFY2(restored.ok(), qPrintable(why(restored)));
    QCOMPARE(*m_service->seriesOf(first->id), before);
    QCOMPARE(*restored, before);
    QCOMPARE(m_service->posts().count().valueOr(-1), 5);
    QVERIFY(!m_service->find(before.at(1).id)->recurrence.isActive());

    // Redo and undo again give the same two states.
    QVERIFY(m_service->remove(first->id).ok());
    QCOMPARE(*m_service->seriesOf(before.at(1).id), left);
    QVERIFY(m_service->restoreSeries(first->id, before).ok());
    QCOMPARE(*m_service->seriesOf(first->id), before);
}

void TestPlanningService::replacePostingSlotsKeepsIds()
{
    auto monday = m_service->addPostingSlot(PostingSlot{0, 1, QTime(9, 0), QString()});
    QVERIFY(monday.ok());
    auto friday = m_service->addPostingSlot(PostingSlot{0, 5, QTime(17, 0), QString()});
    QVERIFY(friday.ok());
    const QList<PostingSlot> before = *m_service->postingSlots();

    PostingSlot changed = *monday;
    changed.time = QTime(9, 30);
    const QList<PostingSlot> wanted{changed, PostingSlot{0, 3, QTime(12, 30), QStringLiteral("x")}};
    auto replaced = m_service->replacePostingSlots(wanted);
    QVERIFY2(replaced.ok(), qPrintable(why(replaced)));
    QCOMPARE(replaced->size(), 2);
    QCOMPARE(replaced->at(0).id, monday->id);
    QCOMPARE(replaced->at(0).time, QTime(9, 30));
    QVERIFY(replaced->at(1).id > 0);
    QCOMPARE(replaced->at(1).networkId, QStringLiteral("x"));

    // Putting the old list back is the undo.
    QVERIFY(m_service->replacePostingSlots(before).ok());
    QCOMPARE(*m_service->postingSlots(), before);
    QVERIFY(m_service->replacePostingSlots({}).ok());
    QVERIFY(m_service->postingSlots()->isEmpty());
}

void TestPlanningService::replacePostingSlotsRefusesDuplicates()
{
    QVERIFY(m_service->addPostingSlot(PostingSlot{0, 2, QTime(8, 0), QString()}).ok());
    const QList<PostingSlot> twice{PostingSlot{0, 1, QTime(9, 0), QString()},
                                   PostingSlot{0, 1, QTime(9, 0), QString()}};
    auto refused = m_service->replacePostingSlots(twice);
    QVERIFY(!refused.ok());
    HEARTH_COMPARE_ENUM(refused.error().kind, ErrorKind::Conflict);
    auto unknown =
        m_service->replacePostingSlots({PostingSlot{0, 1, QTime(9, 0), QStringLiteral("nope")}});
    QVERIFY(!unknown.ok());
    // Nothing changed: the refusal happened before or inside the one transaction.
    QCOMPARE(m_service->postingSlots()->size(), 1);
    QCOMPARE(m_service->postingSlots()->first().weekday, 2);
}

void TestPlanningService::removeThisAndFollowing()
{
    Post post = makePost(QStringLiteral("Series"), local(2026, 3, 24, 9));
    post.recurrence.everyWeeks = 1;
    post.recurrence.count = 5;
    auto first = m_service->create(post);
    QVERIFY(first.ok());
    const auto series = *m_service->seriesOf(first->id);
    QVERIFY(m_service->remove(series.at(2).id, SeriesScope::ThisAndFollowing).ok());
    auto left = *m_service->seriesOf(first->id);
    QCOMPARE(left.size(), 2);
    QCOMPARE(left.at(1).id, series.at(1).id);
    QVERIFY(m_service->remove(series.at(1).id, SeriesScope::ThisPost).ok());
    QCOMPARE(m_service->seriesOf(first->id)->size(), 1);
}

void TestPlanningService::warnings_data()
{
    QTest::addColumn<QDateTime>("otherAt");
    QTest::addColumn<QStringList>("otherNetworks");
    QTest::addColumn<QString>("otherText");
    QTest::addColumn<bool>("otherSkipped");
    QTest::addColumn<int>("sameNetwork");
    QTest::addColumn<int>("sameText");

    const QStringList x{QStringLiteral("x")};
    const QStringList linkedin{QStringLiteral("linkedin")};
    const QString different = QStringLiteral("Something else entirely");
    const QString same = QStringLiteral("Fresh sourdough today");
    QTest::newRow("59 minutes same network")
        << local(2026, 3, 24, 9, 59) << x << different << false << 1 << 0;
    QTest::newRow("59 minutes before")
        << local(2026, 3, 24, 8, 1) << x << different << false << 1 << 0;
    QTest::newRow("one hour is fine")
        << local(2026, 3, 24, 10, 0) << x << different << false << 0 << 0;
    QTest::newRow("other network is fine")
        << local(2026, 3, 24, 9, 30) << linkedin << different << false << 0 << 0;
    QTest::newRow("skipped post is fine")
        << local(2026, 3, 24, 9, 30) << x << same << true << 0 << 0;
    QTest::newRow("same text two days later")
        << local(2026, 3, 26, 9) << linkedin << same << false << 0 << 1;
    QTest::newRow("same text ignores case and spaces")
        << local(2026, 3, 25, 9) << linkedin << QStringLiteral("  fresh   SOURDOUGH today ")
        << false << 0 << 1;
    QTest::newRow("same text three days later is fine")
        << local(2026, 3, 27, 9) << linkedin << same << false << 0 << 0;
    QTest::newRow("same text and network within the hour")
        << local(2026, 3, 24, 9, 20) << x << same << false << 1 << 1;
}

void TestPlanningService::setPillarsInOneStep()
{
    auto educate = CatalogRepository(*m_database).pillarByName(QStringLiteral("Educate"));
    QVERIFY(educate && educate->has_value());
    const qint64 pillar = (*educate)->id;
    auto first = m_service->create(makePost(QStringLiteral("One"), local(2026, 3, 24, 9)));
    auto second = m_service->create(makePost(QStringLiteral("Two"), local(2026, 3, 25, 9)));
    QVERIFY(first && second);
    auto stored = m_service->setPillars({{first->id, pillar}, {second->id, pillar}});
    QVERIFY2(stored, qPrintable(why(stored)));
    QCOMPARE(stored->size(), 2);
    QCOMPARE(m_service->find(first->id)->pillarId, std::optional<qint64>(pillar));
    QCOMPARE(m_service->find(second->id)->pillarId, std::optional<qint64>(pillar));
    // Everything else stays as it was.
    QCOMPARE(m_service->find(first->id)->body, QStringLiteral("One"));
    QCOMPARE(m_service->find(first->id)->scheduledAt, first->scheduledAt);

    // One unknown post and nothing changes: one transaction.
    auto failed = m_service->setPillars({{first->id, std::nullopt}, {first->id + 1000, pillar}});
    QVERIFY(!failed);
    QCOMPARE(m_service->find(first->id)->pillarId, std::optional<qint64>(pillar));
    QVERIFY(m_service->setPillars({{first->id, std::nullopt}}));
    QVERIFY(!m_service->find(first->id)->pillarId.has_value());
}

void TestPlanningService::warnings()
{
    QFETCH(QDateTime, otherAt);
    QFETCH(QStringList, otherNetworks);
    QFETCH(QString, otherText);
    QFETCH(bool, otherSkipped);
    QFETCH(int, sameNetwork);
    QFETCH(int, sameText);

    Post other = makePost(otherText, otherAt, otherNetworks);
    if (otherSkipped)
        other.status = PostStatus::Skipped;
    auto stored = m_service->create(other);
    QVERIFY(stored.ok());

    auto created =
        m_service->create(makePost(QStringLiteral("Fresh sourdough today"), local(2026, 3, 24, 9)));
    QVERIFY(created.ok());
    auto found = m_service->warningsFor(*created);
    QVERIFY2(found.ok(), qPrintable(why(found)));
    int networkWarnings = 0;
    int textWarnings = 0;
    for (const PlanWarning &warning : std::as_const(*found)) {
        QCOMPARE(warning.otherPostId, stored->id);
        QVERIFY(!warning.message.isEmpty());
        if (warning.kind == PlanWarningKind::SameNetworkWithinHour) {
            ++networkWarnings;
            QCOMPARE(warning.networkId, QStringLiteral("x"));
            QVERIFY2(warning.message.contains(QStringLiteral("less than an hour")),
                     qPrintable(warning.message));
        } else {
            ++textWarnings;
        }
    }
    QCOMPARE(networkWarnings, sameNetwork);
    QCOMPARE(textWarnings, sameText);

    // An unsaved edit is checked the same way, and a draft without a date has no warnings.
    Post unsaved = *created;
    unsaved.id = 0;
    auto again = m_service->warningsFor(unsaved);
    QVERIFY(again.ok());
    const auto aboutOther =
        std::count_if(again->cbegin(), again->cend(), [&](const PlanWarning &warning) {
            return warning.otherPostId == stored->id;
        });
    QCOMPARE(aboutOther, qsizetype(sameNetwork + sameText));
    unsaved.scheduledAt = {};
    QVERIFY(m_service->warningsFor(unsaved)->isEmpty());
}

void TestPlanningService::markPublished()
{
    auto post = m_service->create(makePost(QStringLiteral("Two networks"), local(2026, 3, 23, 9),
                                           {QStringLiteral("x"), QStringLiteral("linkedin")}));
    QVERIFY(post.ok());
    m_clock->set(utcOf(local(2026, 3, 23, 9, 2)));
    auto first =
        m_service->markPublished(post->id, QStringLiteral("x"),
                                 QStringLiteral("https://x.com/baker/status/1800000000000000001"));
    QVERIFY2(first.ok(), qPrintable(why(first)));
    const PostNetwork *x = first->network(QStringLiteral("x"));
    QCOMPARE(x->externalId, QStringLiteral("1800000000000000001"));
    QCOMPARE(x->permalink, QStringLiteral("https://x.com/baker/status/1800000000000000001"));
    QCOMPARE(x->publishedAt, utcOf(local(2026, 3, 23, 9, 2)));
    // Still going out on LinkedIn.
    HEARTH_COMPARE_ENUM(first->status, PostStatus::Scheduled);
    QVERIFY(!first->network(QStringLiteral("linkedin"))->publishedAt.isValid());

    auto second = m_service->markPublished(post->id, QStringLiteral("linkedin"), QString());
    QVERIFY(second.ok());
    HEARTH_COMPARE_ENUM(second->status, PostStatus::Published);
    QVERIFY(second->network(QStringLiteral("linkedin"))->publishedAt.isValid());
    QVERIFY(second->network(QStringLiteral("linkedin"))->permalink.isEmpty());
    // What was stored for X is untouched by the second call.
    QCOMPARE(second->network(QStringLiteral("x"))->externalId,
             QStringLiteral("1800000000000000001"));
    QCOMPARE(*m_service->find(post->id), *second);

    // Marking X again without a link keeps its link and time; with a link, adds it.
    m_clock->advanceSeconds(3600);
    auto again = m_service->markPublished(post->id, QStringLiteral("x"), QString());
    QVERIFY(again.ok());
    QCOMPARE(*again->network(QStringLiteral("x")), *second->network(QStringLiteral("x")));
    auto linked = m_service->markPublished(post->id, QStringLiteral("linkedin"),
                                           QStringLiteral("urn:li:activity:42"));
    QVERIFY(linked.ok());
    QCOMPARE(linked->network(QStringLiteral("linkedin"))->externalId, QStringLiteral("42"));
    QCOMPARE(linked->network(QStringLiteral("linkedin"))->publishedAt,
             second->network(QStringLiteral("linkedin"))->publishedAt);
}

void TestPlanningService::markPublishedRejectsUnknownNetworkAndBadLink()
{
    auto post = m_service->create(makePost(QStringLiteral("One"), local(2026, 3, 23, 9)));
    QVERIFY(post.ok());
    auto wrongNetwork = m_service->markPublished(post->id, QStringLiteral("linkedin"), QString());
    QVERIFY(!wrongNetwork.ok());
    QVERIFY(wrongNetwork.error().message.contains(QStringLiteral("linkedin")));
    auto badLink =
        m_service->markPublished(post->id, QStringLiteral("x"), QStringLiteral("not a link"));
    QVERIFY(!badLink.ok());
    // Nothing was stored by the failed calls.
    QCOMPARE(*m_service->find(post->id), *post);
    HEARTH_COMPARE_ENUM(m_service->markPublished(4242, QStringLiteral("x"), QString()).error().kind,
                        ErrorKind::NotFound);
}

void TestPlanningService::composeUrlForUsesSettings()
{
    auto post = m_service->create(makePost(QStringLiteral("Hello fediverse"), local(2026, 3, 23, 9),
                                           {QStringLiteral("mastodon"), QStringLiteral("x")}));
    QVERIFY(post.ok());
    auto missing = m_service->composeUrlFor(post->id, QStringLiteral("mastodon"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("Mastodon server")));

    QVERIFY(m_service->catalog()
                .updateNetworkSettings(
                    QStringLiteral("mastodon"), 500,
                    QJsonObject{{QStringLiteral("instance"), QStringLiteral("fosstodon.org")}})
                .ok());
    auto url = m_service->composeUrlFor(post->id, QStringLiteral("mastodon"));
    QVERIFY2(url.ok(), qPrintable(why(url)));
    QCOMPARE(url->toString(QUrl::FullyEncoded),
             QStringLiteral("https://fosstodon.org/share?text=Hello%20fediverse"));

    auto added = m_service->catalog().addCustomNetwork(QStringLiteral("Forum"), 1000);
    QVERIFY(added.ok());
    QVERIFY(m_service->catalog()
                .updateNetworkSettings(
                    added->id, 1000,
                    QJsonObject{{QStringLiteral("compose_url"),
                                 QStringLiteral("https://forum.example/new?body={text}")}})
                .ok());
    Post forumPost = *post;
    forumPost.networks << PostNetwork{added->id, QStringLiteral("Hi & bye"), {}, {}, {}};
    QVERIFY(m_service->update(forumPost).ok());
    auto forum = m_service->composeUrlFor(post->id, added->id);
    QVERIFY2(forum.ok(), qPrintable(why(forum)));
    QCOMPARE(forum->toString(QUrl::FullyEncoded),
             QStringLiteral("https://forum.example/new?body=Hi%20%26%20bye"));
}

QTEST_GUILESS_MAIN(TestPlanningService)
#include "tst_planningservice.moc"
