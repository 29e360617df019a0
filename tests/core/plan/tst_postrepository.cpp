// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PostRepository: every field survives a round trip (hostile texts too, on both engines), range
// queries and the drafts tray, variants NULL vs empty, and removing one network keeps the
// others' data.
#include "common/clock.h"
#include "plan/catalog.h"
#include "plan/postrepository.h"
#include "storage/database.h"
#include "support/testdatabase.h"
#include "support/testprinters.h"

#include <QStandardPaths>
#include <QTest>

using namespace hearth::core;

Q_DECLARE_METATYPE(hearth::core::Post)

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

Post simplePost(const QString &body, const QDateTime &when = {})
{
    Post post;
    post.body = body;
    post.scheduledAt = when;
    post.status = when.isValid() ? PostStatus::Scheduled : PostStatus::Draft;
    post.networks << PostNetwork{QStringLiteral("x"), QString(), QString(), QString(), QDateTime()};
    return post;
}

template<typename T>
QString why(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

QList<qint64> idsOf(const QList<Post> &posts)
{
    QList<qint64> ids;
    for (const Post &post : posts)
        ids << post.id;
    return ids;
}

} // namespace

class TestPostRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void roundTripsEveryField();
    void updateReplacesEveryField();
    void variantNullDiffersFromEmpty();
    void removingANetworkKeepsTheOthers();
    void hostileTextsRoundTrip_data();
    void hostileTextsRoundTrip();
    void scheduledBetweenIsHalfOpenAndOrdered();
    void rangeQueriesUseTheIndex_data();
    void rangeQueriesUseTheIndex();
    void draftsTrayNewestFirst();
    void seriesAndRestore();
    void refusesBadPosts_data();
    void refusesBadPosts();
    void missingPostsAreNotFound();
    void removeCascadesChildren();
    void childrenInCatalogAndNameOrder();
    void tagsDifferingInCaseAreOneTag();
    void linksAnUnlinkedPostToAnIdeaOnly();

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PostRepository> m_posts;
};

void TestPostRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPostRepository::init()
{
    m_clock = std::make_unique<ManualClock>(utc(2026, 3, 23, 7));
    auto opened = testing::openTestDatabase(*m_clock);
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    m_database = std::move(*opened);
    m_posts = std::make_unique<PostRepository>(*m_database);
}

void TestPostRepository::cleanup()
{
    m_posts.reset();
    m_database.reset();
    m_clock.reset();
}

void TestPostRepository::roundTripsEveryField()
{
    auto pillar = CatalogRepository(*m_database).pillarByName(QStringLiteral("community"));
    QVERIFY(pillar.ok() && pillar->has_value());
    auto idea = m_database->exec(QStringLiteral(
        "INSERT INTO ideas (title, created_at, updated_at) VALUES ('Ask a question', 0, 0)"));
    QVERIFY(idea.ok());
    const qint64 ideaId = idea->lastInsertId().toLongLong();
    auto first =
        m_posts->create(simplePost(QStringLiteral("first of the series"), utc(2026, 3, 2, 8)));
    QVERIFY(first.ok());

    Post post;
    post.title = QStringLiteral("Sourdough Saturday");
    post.body =
        QStringLiteral("Our sourdough is back 🍞\nCome early!\n\"Quoted\", 'single', ; commas");
    post.scheduledAt = utc(2026, 3, 28, 8, 30);
    post.status = PostStatus::Scheduled;
    post.pillarId = (*pillar)->id;
    post.ideaId = ideaId;
    post.tags = {QStringLiteral("Bread"), QStringLiteral("saturday")};
    post.link = QStringLiteral("https://bakery.example/sourdough?utm=hearth");
    post.media = {
        MediaAttachment{QStringLiteral("/home/me/Pictures/loaf.jpg"), QStringLiteral("A loaf")},
        MediaAttachment{QStringLiteral("/home/me/Pictures/crumb, close.png"), QString()}};
    post.firstComment = QStringLiteral("Opening hours in the bio");
    post.notes = QStringLiteral("Ask Sam for a photo");
    post.origin = PostOrigin::Planned;
    post.recurrence.everyWeeks = 2;
    post.recurrence.until = utc(2026, 6, 27, 8, 30);
    post.recurrence.count = 7;
    post.repeatOf = first->id;
    post.networks = {
        PostNetwork{QStringLiteral("x"), QStringLiteral("Sourdough is back! 🍞"),
                    QStringLiteral("1790000000000000001"),
                    QStringLiteral("https://x.com/bakery/status/1790000000000000001"),
                    utc(2026, 3, 28, 8, 31)},
        PostNetwork{QStringLiteral("linkedin"), QString(), QString(), QString(), QDateTime()},
    };

    m_clock->set(utc(2026, 3, 23, 9, 15));
    auto created = m_posts->create(post);
    QVERIFY2(created.ok(), qPrintable(why(created)));
    QVERIFY(created->id > first->id);
    QCOMPARE(created->createdAt, utc(2026, 3, 23, 9, 15));
    QCOMPARE(created->updatedAt, utc(2026, 3, 23, 9, 15));

    auto found = m_posts->find(created->id);
    QVERIFY(found.ok());
    QCOMPARE(*found, *created);
    Post expected = post;
    expected.id = created->id;
    expected.createdAt = created->createdAt;
    expected.updatedAt = created->updatedAt;
    QCOMPARE(found->title, expected.title);
    QCOMPARE(found->body, expected.body);
    QCOMPARE(found->scheduledAt, expected.scheduledAt);
    QCOMPARE(found->scheduledAt.timeSpec(), Qt::UTC);
    HEARTH_COMPARE_ENUM(found->status, expected.status);
    QCOMPARE(found->pillarId, expected.pillarId);
    QCOMPARE(found->ideaId, expected.ideaId);
    QCOMPARE(found->tags, expected.tags);
    QCOMPARE(found->link, expected.link);
    QCOMPARE(found->media, expected.media);
    QCOMPARE(found->firstComment, expected.firstComment);
    QCOMPARE(found->notes, expected.notes);
    HEARTH_COMPARE_ENUM(found->origin, expected.origin);
    QCOMPARE(found->recurrence, expected.recurrence);
    QCOMPARE(found->repeatOf, expected.repeatOf);
    QCOMPARE(found->networks, expected.networks);
    QCOMPARE(*found, expected);
}

void TestPostRepository::updateReplacesEveryField()
{
    Post post = simplePost(QStringLiteral("before"), utc(2026, 3, 24, 9));
    post.tags = {QStringLiteral("old")};
    post.media = {MediaAttachment{QStringLiteral("/a.jpg"), QStringLiteral("a")},
                  MediaAttachment{QStringLiteral("/b.jpg"), QStringLiteral("b")}};
    post.recurrence.everyWeeks = 1;
    post.recurrence.count = 3;
    auto created = m_posts->create(post);
    QVERIFY(created.ok());

    Post changed = *created;
    changed.title = QStringLiteral("now titled");
    changed.body = QStringLiteral("after");
    changed.scheduledAt = {};
    changed.status = PostStatus::Skipped;
    changed.tags = {QStringLiteral("new"), QStringLiteral("Newer")};
    changed.media = {MediaAttachment{QStringLiteral("/b.jpg"), QStringLiteral("b again")}};
    changed.recurrence = {};
    changed.origin = PostOrigin::Imported;
    changed.notes = QStringLiteral("n");
    m_clock->advanceSeconds(90);
    auto saved = m_posts->update(changed);
    QVERIFY2(saved.ok(), qPrintable(why(saved)));
    QCOMPARE(saved->updatedAt, created->updatedAt.addSecs(90));
    QCOMPARE(saved->createdAt, created->createdAt);
    changed.updatedAt = saved->updatedAt;
    QCOMPARE(*saved, changed);
    QCOMPARE(*m_posts->find(created->id), changed);
    // The old tag name stays known (for completion) but is no longer on the post.
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM post_tags"))->toInt(), 2);
}

void TestPostRepository::variantNullDiffersFromEmpty()
{
    Post post = simplePost(QStringLiteral("The body"), utc(2026, 3, 24, 9));
    post.networks = {
        PostNetwork{QStringLiteral("x"), QString(), {}, {}, {}},
        PostNetwork{QStringLiteral("mastodon"), QStringLiteral(""), {}, {}, {}},
        PostNetwork{QStringLiteral("bluesky"), QStringLiteral("Own text"), {}, {}, {}},
    };
    auto created = m_posts->create(post);
    QVERIFY(created.ok());
    auto found = m_posts->find(created->id);
    QVERIFY(found.ok());
    const PostNetwork *x = found->network(QStringLiteral("x"));
    const PostNetwork *mastodon = found->network(QStringLiteral("mastodon"));
    const PostNetwork *bluesky = found->network(QStringLiteral("bluesky"));
    QVERIFY(x && mastodon && bluesky);
    QVERIFY(!x->hasVariant());
    QVERIFY(x->variantText.isNull());
    QVERIFY(mastodon->hasVariant());
    QVERIFY(mastodon->variantText.isEmpty());
    QCOMPARE(found->textFor(QStringLiteral("x")), QStringLiteral("The body"));
    QCOMPARE(found->textFor(QStringLiteral("mastodon")), QString());
    QCOMPARE(found->textFor(QStringLiteral("bluesky")), QStringLiteral("Own text"));
    QCOMPARE(m_database
                 ->scalar(QStringLiteral(
                     "SELECT count(*) FROM post_networks WHERE variant_text IS NULL"))
                 ->toInt(),
             1);
    QCOMPARE(
        m_database
            ->scalar(QStringLiteral("SELECT count(*) FROM post_networks WHERE variant_text = ''"))
            ->toInt(),
        1);
}

void TestPostRepository::removingANetworkKeepsTheOthers()
{
    Post post = simplePost(QStringLiteral("Both"), utc(2026, 3, 24, 9));
    post.networks = {
        PostNetwork{QStringLiteral("x"), QStringLiteral("for x"), QStringLiteral("111"),
                    QStringLiteral("https://x.com/a/status/111"), utc(2026, 3, 24, 9, 1)},
        PostNetwork{QStringLiteral("linkedin"), QString(), QStringLiteral("222"), QString(),
                    utc(2026, 3, 24, 9, 2)},
    };
    auto created = m_posts->create(post);
    QVERIFY(created.ok());
    // Metrics hang off (post, network): those of the kept network must survive the edit.
    for (const QString &network : {QStringLiteral("x"), QStringLiteral("linkedin")}) {
        QVERIFY(
            m_database
                ->exec(
                    QStringLiteral(
                        "INSERT INTO metric_snapshots (post_id, network_id, captured_at, reach) "
                        "VALUES (:post, :network, 0, 10)"),
                    {{QStringLiteral(":post"), created->id}, {QStringLiteral(":network"), network}})
                .ok());
    }

    Post edited = *created;
    edited.networks.removeLast();
    edited.body = QStringLiteral("Only X now");
    auto saved = m_posts->update(edited);
    QVERIFY2(saved.ok(), qPrintable(why(saved)));
    QCOMPARE(saved->networkIds(), QStringList{QStringLiteral("x")});
    QCOMPARE(saved->networks.first(), created->networks.first());
    QCOMPARE(
        m_database->scalar(QStringLiteral("SELECT network_id FROM metric_snapshots"))->toString(),
        QStringLiteral("x"));
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM metric_snapshots"))->toInt(),
             1);

    // Adding a network back starts it fresh.
    edited = *saved;
    edited.networks << PostNetwork{QStringLiteral("linkedin"), QString(), {}, {}, {}};
    saved = m_posts->update(edited);
    QVERIFY(saved.ok());
    QVERIFY(saved->network(QStringLiteral("linkedin"))->externalId.isEmpty());
    QCOMPARE(saved->network(QStringLiteral("x"))->externalId, QStringLiteral("111"));
}

void TestPostRepository::hostileTextsRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored");

    auto same = [](const char *name, const QString &text) {
        QTest::newRow(name) << text << text;
    };
    same("quotes", QStringLiteral("It's \"fresh\" and ''doubled'' and \"\"empty\"\""));
    same("backslashes", QStringLiteral("C:\\bakery\\n \\' \\\" \\\\ \\0 \\x00 E'\\\\'"));
    same("SQL in the text", QStringLiteral("'); DROP TABLE posts; --"));
    same("placeholders and dollar quotes",
         QStringLiteral(":body ? $1 $$ $tag$ %s %1 ::text /* */"));
    same("emoji", QStringLiteral("Fresh bread 🍞👩🏽‍🍳 today 🇩🇪 and ❤️"));
    same("right to left", QStringLiteral("خبز طازج اليوم \u200F(לחם טרי)\u200E ok"));
    same("line breaks and tabs", QStringLiteral("one\r\ntwo\n\tthree\r"));
    QString large;
    while (large.size() < 64 * 1024)
        large += QStringLiteral("Rye, spelt & sourdough — 🍞 «crumb» 'n' \"crust\"\\ ");
    same("64 KiB", large);
    // PostgreSQL cannot store U+0000: both engines store the text without it.
    const QChar nul(u'\0');
    QTest::newRow("NUL") << (QStringLiteral("before") + nul + QStringLiteral("after") + nul)
                         << QStringLiteral("beforeafter");
    QTest::newRow("only NUL") << QString(nul) << QString();
}

void TestPostRepository::hostileTextsRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);

    Post post = simplePost(text, utc(2026, 3, 24, 9));
    post.title = post.link = post.firstComment = post.notes = text;
    post.networks = {
        PostNetwork{QStringLiteral("x"), text, text, text, utc(2026, 3, 24, 9, 1)},
        PostNetwork{QStringLiteral("mastodon"), QString(), {}, {}, {}},
    };
    auto created = m_posts->create(post);
    QVERIFY2(created.ok(), qPrintable(why(created)));

    auto checkStored = [&](const Post &found, const QString &expected) {
        for (const QString &field :
             {found.title, found.body, found.link, found.firstComment, found.notes})
            QCOMPARE(field, expected);
        const PostNetwork *x = found.network(QStringLiteral("x"));
        QVERIFY(x);
        QVERIFY(x->hasVariant());
        QCOMPARE(x->variantText, expected);
        QCOMPARE(x->externalId, expected);
        QCOMPARE(x->permalink, expected);
        QCOMPARE(found.textFor(QStringLiteral("mastodon")), expected);
    };
    checkStored(*m_posts->find(created->id), stored);
    auto week = m_posts->scheduledBetween(utc(2026, 3, 23, 0), utc(2026, 3, 30, 0));
    QVERIFY2(week.ok(), qPrintable(why(week)));
    QCOMPARE(week->size(), 1);
    checkStored(week->first(), stored);

    // An edit writes the same texts again through UPDATE and the network upsert.
    Post edited = *created;
    edited.body = edited.notes = text + QStringLiteral("!");
    edited.networks.first().variantText = text + QStringLiteral("!");
    auto saved = m_posts->update(edited);
    QVERIFY2(saved.ok(), qPrintable(why(saved)));
    QCOMPARE(saved->body, stored + QStringLiteral("!"));
    QCOMPARE(saved->notes, stored + QStringLiteral("!"));
    QCOMPARE(saved->network(QStringLiteral("x"))->variantText, stored + QStringLiteral("!"));
    QCOMPARE(saved->title, stored);

    // The text stayed data: the tables are all there.
    QCOMPARE(*m_posts->count(), 1);
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM post_networks"))->toInt(), 2);
}

void TestPostRepository::scheduledBetweenIsHalfOpenAndOrdered()
{
    const qint64 late =
        m_posts->create(simplePost(QStringLiteral("late"), utc(2026, 3, 29, 21, 59)))->id;
    const qint64 start =
        m_posts->create(simplePost(QStringLiteral("start"), utc(2026, 3, 22, 23)))->id;
    const qint64 end = m_posts->create(simplePost(QStringLiteral("end"), utc(2026, 3, 29, 22)))->id;
    const qint64 before =
        m_posts->create(simplePost(QStringLiteral("before"), utc(2026, 3, 22, 22, 59)))->id;
    const qint64 sameTimeA =
        m_posts->create(simplePost(QStringLiteral("a"), utc(2026, 3, 25, 12)))->id;
    const qint64 sameTimeB =
        m_posts->create(simplePost(QStringLiteral("b"), utc(2026, 3, 25, 12)))->id;
    QVERIFY(m_posts->create(simplePost(QStringLiteral("draft"))).ok());
    Q_UNUSED(end);
    Q_UNUSED(before);

    auto week = m_posts->scheduledBetween(utc(2026, 3, 22, 23), utc(2026, 3, 29, 22));
    QVERIFY2(week.ok(), qPrintable(why(week)));
    QCOMPARE(idsOf(*week), (QList<qint64>{start, sameTimeA, sameTimeB, late}));
    // Every post comes with its children.
    for (const Post &post : std::as_const(*week))
        QCOMPARE(post.networkIds(), QStringList{QStringLiteral("x")});
    QVERIFY(m_posts->scheduledBetween(utc(2026, 3, 1, 0), utc(2026, 3, 2, 0))->isEmpty());
    QCOMPARE(*m_posts->count(), 7);
}

void TestPostRepository::rangeQueriesUseTheIndex_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("index");
    QTest::newRow("week range") << QStringLiteral(
                                       "SELECT id FROM posts WHERE scheduled_at IS NOT NULL AND "
                                       "scheduled_at >= 0 AND scheduled_at < 10 "
                                       "ORDER BY scheduled_at, id")
                                << QStringLiteral("posts_scheduled");
    QTest::newRow("networks of a range")
        << QStringLiteral("SELECT pn.post_id FROM post_networks pn JOIN networks n ON n.id = "
                          "pn.network_id WHERE pn.post_id IN "
                          "(SELECT id FROM posts WHERE scheduled_at IS NOT NULL AND scheduled_at "
                          ">= 0 AND scheduled_at < 10)")
        << QStringLiteral("posts_scheduled");
    QTest::newRow("drafts tray")
        << QStringLiteral(
               "SELECT id FROM posts WHERE scheduled_at IS NULL ORDER BY updated_at DESC, id DESC")
        << QStringLiteral("posts_unscheduled");
}

void TestPostRepository::rangeQueriesUseTheIndex()
{
    // The calendar's queries must stay index range scans, so a 100k-post plan stays instant.
    QFETCH(QString, sql);
    QFETCH(QString, index);
    if (m_database->isServer()) {
        // An empty table is read whole by PostgreSQL's planner; with that choice taken away, the
        // plan shows whether the partial index can serve the query at all.
        QVERIFY(m_database->exec(QStringLiteral("SET enable_seqscan = off")).ok());
        auto plan = m_database->exec(QStringLiteral("EXPLAIN ") + sql);
        QVERIFY2(plan.ok(), qPrintable(why(plan)));
        QStringList lines;
        while (plan->next())
            lines << plan->value(0).toString();
        QVERIFY(m_database->exec(QStringLiteral("RESET enable_seqscan")).ok());
        const QString text = lines.join(u'\n');
        QVERIFY2(text.contains(QStringLiteral(" on ") + index) ||
                     text.contains(QStringLiteral(" using ") + index),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Seq Scan on posts ")), qPrintable(text));
        return;
    }
    auto plan = m_database->exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    QVERIFY2(plan.ok(), qPrintable(why(plan)));
    QStringList details;
    while (plan->next())
        details << plan->value(3).toString();
    const QString text = details.join(u'\n');
    QVERIFY2(text.contains(index), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("SCAN posts")) ||
                 text.contains(QStringLiteral("USING INDEX")),
             qPrintable(text));
}

void TestPostRepository::draftsTrayNewestFirst()
{
    const qint64 older = m_posts->create(simplePost(QStringLiteral("older")))->id;
    m_clock->advanceSeconds(60);
    const qint64 newer = m_posts->create(simplePost(QStringLiteral("newer")))->id;
    m_clock->advanceSeconds(60);
    QVERIFY(m_posts->create(simplePost(QStringLiteral("dated"), utc(2026, 3, 24, 9))).ok());
    QCOMPARE(idsOf(*m_posts->unscheduled()), (QList<qint64>{newer, older}));

    // Editing the older draft brings it to the top.
    m_clock->advanceSeconds(60);
    Post edit = *m_posts->find(older);
    edit.body = QStringLiteral("older, edited");
    QVERIFY(m_posts->update(edit).ok());
    QCOMPARE(idsOf(*m_posts->unscheduled()), (QList<qint64>{older, newer}));
}

void TestPostRepository::seriesAndRestore()
{
    const qint64 first =
        m_posts->create(simplePost(QStringLiteral("head"), utc(2026, 3, 2, 9)))->id;
    Post repeat = simplePost(QStringLiteral("head"), utc(2026, 3, 16, 9));
    repeat.repeatOf = first;
    const qint64 second = m_posts->create(repeat)->id;
    repeat.scheduledAt = utc(2026, 3, 9, 9);
    const qint64 middle = m_posts->create(repeat)->id;
    QVERIFY(m_posts->create(simplePost(QStringLiteral("other"), utc(2026, 3, 3, 9))).ok());
    QCOMPARE(idsOf(*m_posts->series(first)), (QList<qint64>{first, middle, second}));

    const Post removed = *m_posts->find(middle);
    QVERIFY(m_posts->remove(middle).ok());
    QCOMPARE(idsOf(*m_posts->series(first)), (QList<qint64>{first, second}));
    m_clock->advanceSeconds(3600);
    auto restored = m_posts->restore(removed);
    QVERIFY2(restored.ok(), qPrintable(why(restored)));
    QCOMPARE(*restored, removed);
    QCOMPARE(idsOf(*m_posts->series(first)), (QList<qint64>{first, middle, second}));
    Post unsaved = removed;
    unsaved.id = 0;
    HEARTH_COMPARE_ENUM(m_posts->restore(unsaved).error().kind, ErrorKind::InvalidInput);
}

void TestPostRepository::refusesBadPosts_data()
{
    QTest::addColumn<Post>("post");
    QTest::addColumn<QString>("message");

    Post unknown = simplePost(QStringLiteral("x"), utc(2026, 3, 24, 9));
    unknown.networks.first().networkId = QStringLiteral("myspace");
    QTest::newRow("unknown network") << unknown << QStringLiteral("myspace");
    Post twice = simplePost(QStringLiteral("x"), utc(2026, 3, 24, 9));
    twice.networks << twice.networks.first();
    QTest::newRow("network twice") << twice << QStringLiteral("twice");
    Post noId = simplePost(QStringLiteral("x"));
    noId.networks.first().networkId.clear();
    QTest::newRow("network without id") << noId << QStringLiteral("no id");
    Post scheduledWithoutDate = simplePost(QStringLiteral("x"));
    scheduledWithoutDate.status = PostStatus::Scheduled;
    QTest::newRow("scheduled without date")
        << scheduledWithoutDate << QStringLiteral("date and time");
}

void TestPostRepository::refusesBadPosts()
{
    QFETCH(Post, post);
    QFETCH(QString, message);
    auto created = m_posts->create(post);
    QVERIFY(!created.ok());
    HEARTH_COMPARE_ENUM(created.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(created.error().message.contains(message), qPrintable(created.error().message));
    // All or nothing: no half-written post.
    QCOMPARE(*m_posts->count(), 0);
}

void TestPostRepository::missingPostsAreNotFound()
{
    HEARTH_COMPARE_ENUM(m_posts->find(77).error().kind, ErrorKind::NotFound);
    HEARTH_COMPARE_ENUM(m_posts->remove(77).error().kind, ErrorKind::NotFound);
    Post ghost = simplePost(QStringLiteral("ghost"));
    ghost.id = 77;
    HEARTH_COMPARE_ENUM(m_posts->update(ghost).error().kind, ErrorKind::NotFound);
    QCOMPARE(*m_posts->count(), 0);
}

void TestPostRepository::removeCascadesChildren()
{
    Post post = simplePost(QStringLiteral("with children"), utc(2026, 3, 24, 9));
    post.tags = {QStringLiteral("t")};
    post.media = {MediaAttachment{QStringLiteral("/m.jpg"), QString()}};
    const qint64 id = m_posts->create(post)->id;
    QVERIFY(m_posts->remove(id).ok());
    for (const QString &table : {QStringLiteral("post_networks"), QStringLiteral("post_tags"),
                                 QStringLiteral("post_media")})
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM ") + table)->toInt(), 0);
}

void TestPostRepository::childrenInCatalogAndNameOrder()
{
    Post post = simplePost(QStringLiteral("order"), utc(2026, 3, 24, 9));
    post.networks = {PostNetwork{QStringLiteral("pinterest"), {}, {}, {}, {}},
                     PostNetwork{QStringLiteral("x"), {}, {}, {}, {}},
                     PostNetwork{QStringLiteral("bluesky"), {}, {}, {}, {}}};
    post.tags = {QStringLiteral("zeta"), QStringLiteral("Alpha"), QStringLiteral("beta")};
    const qint64 id = m_posts->create(post)->id;
    const QStringList expectedNetworks{QStringLiteral("x"), QStringLiteral("bluesky"),
                                       QStringLiteral("pinterest")};
    const QStringList expectedTags{QStringLiteral("Alpha"), QStringLiteral("beta"),
                                   QStringLiteral("zeta")};
    QCOMPARE(m_posts->find(id)->networkIds(), expectedNetworks);
    QCOMPARE(m_posts->find(id)->tags, expectedTags);
    auto inRange = m_posts->scheduledBetween(utc(2026, 3, 24, 0), utc(2026, 3, 25, 0));
    QCOMPARE(inRange->first().networkIds(), expectedNetworks);
    QCOMPARE(inRange->first().tags, expectedTags);
}

// The tags table ignores case on both engines (NOCASE, citext): the second spelling is the
// same tag, linked once, not an error.
void TestPostRepository::tagsDifferingInCaseAreOneTag()
{
    Post post = simplePost(QStringLiteral("bread"), utc(2026, 3, 24, 9));
    post.tags = {QStringLiteral("Bread"), QStringLiteral("bread"), QStringLiteral(" BREAD ")};
    auto created = m_posts->create(post);
    QVERIFY2(created.ok(), qPrintable(why(created)));
    QCOMPARE(created->tags, QStringList{QStringLiteral("Bread")});
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM tags"))->toInt(), 1);
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM post_tags"))->toInt(), 1);
}

// Undoing an idea's delete links its posts again, but never takes a post from another idea.
void TestPostRepository::linksAnUnlinkedPostToAnIdeaOnly()
{
    auto addIdea = [this](const QString &title) {
        auto inserted = m_database->exec(
            QStringLiteral("INSERT INTO ideas (title, created_at, updated_at) VALUES (:t, 0, 0)"),
            {{QStringLiteral(":t"), title}});
        return inserted.ok() ? inserted->lastInsertId().toLongLong() : qint64(-1);
    };
    const qint64 first = addIdea(QStringLiteral("Behind the counter"));
    const qint64 second = addIdea(QStringLiteral("Meet the baker"));
    auto unlinked = m_posts->create(simplePost(QStringLiteral("unlinked")));
    Post linkedPost = simplePost(QStringLiteral("linked"));
    linkedPost.ideaId = second;
    auto linked = m_posts->create(linkedPost);
    QVERIFY(unlinked.ok() && linked.ok());

    QVERIFY(m_posts->linkToIdeaIfUnlinked(unlinked->id, first).ok());
    QVERIFY(m_posts->linkToIdeaIfUnlinked(linked->id, first).ok());

    QCOMPARE(m_posts->find(unlinked->id)->ideaId, std::optional<qint64>(first));
    QCOMPARE(m_posts->find(linked->id)->ideaId, std::optional<qint64>(second));
}

QTEST_GUILESS_MAIN(TestPostRepository)
#include "tst_postrepository.moc"
