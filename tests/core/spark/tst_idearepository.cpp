// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// IdeaRepository: storing ideas, usage derived from posts, idea-to-post links, feedback ideas,
// deletion and undoable restore.
#include "common/clock.h"
#include "plan/catalog.h"
#include "plan/postrepository.h"
#include "spark/idearepository.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QStandardPaths>
#include <QTest>

using namespace hearth::core;

class TestIdeaRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_db.reset(); }

    void createStoresEverything();
    void rejectsBadTitles_data();
    void rejectsBadTitles();
    void usageComesFromPosts();
    void draftFromIdeaIsPrefilledAndLinked();
    void draftFromIdeaUnscheduled();
    void draftFromMissingIdeaFails();
    void feedbackIdeaRemembersPost();
    void feedbackNeedsTextAndPost();
    void editingLibraryPromptMarksIt();
    void removeAndRestore();
    void listFiltersAndTags();
    void moreLikeThisSharesPillarAndTags();

private:
    qint64 pillarId(const QString &name);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
};

void TestIdeaRepository::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    auto db = testing::openTestDatabase(*m_clock);
    QVERIFY(db.ok());
    m_db = std::move(*db);
}

qint64 TestIdeaRepository::pillarId(const QString &name)
{
    return (*CatalogRepository(*m_db).pillarByName(name))->id;
}

void TestIdeaRepository::createStoresEverything()
{
    IdeaRepository repository(*m_db);
    Idea idea;
    idea.title = QStringLiteral("  Meet the baker  ");
    idea.notes = QStringLiteral("Line one\nLine two");
    idea.pillarId = pillarId(QStringLiteral("Behind the scenes"));
    idea.tags = {QStringLiteral("#team"), QStringLiteral("Bakery"), QStringLiteral("TEAM"),
                 QStringLiteral(" ")};
    idea.favourite = true;
    auto created = repository.create(idea);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QVERIFY(created->id > 0);
    QCOMPARE(created->title, QStringLiteral("Meet the baker"));
    QCOMPARE(created->notes, idea.notes);
    QCOMPARE(created->pillarId, idea.pillarId);
    QCOMPARE(created->tags, (QStringList{QStringLiteral("Bakery"), QStringLiteral("team")}));
    QVERIFY(created->favourite);
    QVERIFY(created->source == IdeaSource::User);
    QCOMPARE(created->createdAt, m_clock->now());
    QCOMPARE(created->timesUsed, 0);
    QVERIFY(!created->lastUsed.isValid());
    auto found = repository.find(created->id);
    QVERIFY(found.ok());
    QCOMPARE(*found, *created);
    QCOMPARE(repository.tagNames().value(),
             (QStringList{QStringLiteral("Bakery"), QStringLiteral("team")}));
}

void TestIdeaRepository::rejectsBadTitles_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   \n ");
    QTest::newRow("too long") << QString(201, u'x');
}

void TestIdeaRepository::rejectsBadTitles()
{
    QFETCH(QString, title);
    Idea idea;
    idea.title = title;
    auto created = IdeaRepository(*m_db).create(idea);
    QVERIFY(!created.ok());
    QVERIFY(created.error().kind == ErrorKind::InvalidInput);
    QCOMPARE(IdeaRepository(*m_db).count().value(), 0);
}

void TestIdeaRepository::usageComesFromPosts()
{
    IdeaRepository ideas(*m_db);
    PostRepository posts(*m_db);
    Idea idea;
    idea.title = QStringLiteral("Reusable");
    const qint64 id = ideas.create(idea)->id;
    const QDateTime first(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);
    const QDateTime second(QDate(2026, 2, 9), QTime(10, 0), Qt::UTC);
    QVERIFY(ideas.createDraftFromIdea(id, first).ok());
    QVERIFY(ideas.createDraftFromIdea(id, second).ok());
    auto skipped =
        ideas.createDraftFromIdea(id, QDateTime(QDate(2026, 2, 20), QTime(10, 0), Qt::UTC));
    QVERIFY(skipped.ok());
    Post skip = *skipped;
    skip.status = PostStatus::Skipped;
    QVERIFY(posts.update(skip).ok());

    auto found = ideas.find(id);
    QCOMPARE(found->timesUsed, 2);
    QCOMPARE(found->lastUsed, second);

    IdeaFilter unused;
    unused.unusedOnly = true;
    QVERIFY(ideas.list(unused)->isEmpty());
}

void TestIdeaRepository::draftFromIdeaIsPrefilledAndLinked()
{
    IdeaRepository ideas(*m_db);
    Idea idea;
    idea.title = QStringLiteral("Workshop tour");
    idea.notes = QStringLiteral("Show the bench and the tools.");
    idea.pillarId = pillarId(QStringLiteral("Behind the scenes"));
    idea.tags = {QStringLiteral("tools")};
    const qint64 id = ideas.create(idea)->id;
    const QDateTime at(QDate(2026, 3, 4), QTime(9, 30), Qt::LocalTime);
    auto post = ideas.createDraftFromIdea(id, at);
    QVERIFY2(post.ok(), qPrintable(post.ok() ? QString() : post.error().message));
    QCOMPARE(post->title, idea.title);
    QCOMPARE(post->body, idea.notes);
    QCOMPARE(post->ideaId, std::optional<qint64>(id));
    QCOMPARE(post->pillarId, idea.pillarId);
    QCOMPARE(post->tags, idea.tags);
    QVERIFY(post->status == PostStatus::Draft);
    QCOMPARE(post->scheduledAt, at.toUTC());
    auto stored = PostRepository(*m_db).find(post->id);
    QCOMPARE(stored->ideaId, std::optional<qint64>(id));
    QCOMPARE(ideas.find(id)->timesUsed, 1);
}

void TestIdeaRepository::draftFromIdeaUnscheduled()
{
    IdeaRepository ideas(*m_db);
    Idea idea;
    idea.title = QStringLiteral("Someday");
    const qint64 id = ideas.create(idea)->id;
    auto post = ideas.createDraftFromIdea(id, QDateTime());
    QVERIFY(post.ok());
    QVERIFY(!post->isScheduled());
    QCOMPARE(PostRepository(*m_db).unscheduled()->size(), 1);
}

void TestIdeaRepository::draftFromMissingIdeaFails()
{
    auto post = IdeaRepository(*m_db).createDraftFromIdea(4711, QDateTime());
    QVERIFY(!post.ok());
    QVERIFY(post.error().kind == ErrorKind::NotFound);
    QCOMPARE(PostRepository(*m_db).count().value(), 0);
}

void TestIdeaRepository::feedbackIdeaRemembersPost()
{
    Post post;
    post.body = post.link = post.firstComment = post.notes = QStringLiteral("");
    post.title = QStringLiteral("Spring menu");
    auto created = PostRepository(*m_db).create(post);
    QVERIFY(created.ok());
    const QString comment = QStringLiteral(
        "Could you show how you make the rhubarb tart? I always burn the crust and would love to "
        "see your trick.\nThanks!");
    auto idea = IdeaRepository(*m_db).ideaFromFeedback(comment, created->id);
    QVERIFY2(idea.ok(), qPrintable(idea.ok() ? QString() : idea.error().message));
    QVERIFY(idea->source == IdeaSource::Feedback);
    QCOMPARE(idea->feedbackPostId, std::optional<qint64>(created->id));
    QCOMPARE(idea->feedbackText, comment);
    QCOMPARE(idea->notes, comment);
    QVERIFY(
        idea->title.startsWith(QStringLiteral("Could you show how you make the rhubarb tart?")));
    QVERIFY(idea->title.size() <= 81);
    QCOMPARE(idea->pillarId, std::optional<qint64>(pillarId(QStringLiteral("Community"))));
    QCOMPARE(idea->tags, QStringList{QStringLiteral("feedback")});
}

void TestIdeaRepository::feedbackNeedsTextAndPost()
{
    IdeaRepository ideas(*m_db);
    QVERIFY(ideas.ideaFromFeedback(QStringLiteral("  "), 1).error().kind ==
            ErrorKind::InvalidInput);
    QVERIFY(ideas.ideaFromFeedback(QStringLiteral("Nice!"), 99).error().kind ==
            ErrorKind::NotFound);
    QCOMPARE(ideas.count().value(), 0);
}

void TestIdeaRepository::editingLibraryPromptMarksIt()
{
    IdeaRepository ideas(*m_db);
    Idea idea;
    idea.title = QStringLiteral("Library prompt");
    idea.source = IdeaSource::Library;
    idea.libraryKey = QStringLiteral("test.prompt");
    auto created = ideas.create(idea);
    QVERIFY(created.ok());
    // Flags are not edits.
    Idea flagged = *created;
    flagged.favourite = true;
    QVERIFY(!ideas.update(flagged)->libraryEdited);
    QVERIFY(ideas.setArchived(created->id, true).ok());
    QVERIFY(!ideas.find(created->id)->libraryEdited);
    Idea edited = *ideas.find(created->id);
    edited.notes = QStringLiteral("My own words");
    QVERIFY(ideas.update(edited)->libraryEdited);
    // refreshFromLibrary refuses edited prompts.
    QVERIFY(ideas.refreshFromLibrary(edited).error().kind == ErrorKind::Conflict);
}

void TestIdeaRepository::removeAndRestore()
{
    IdeaRepository ideas(*m_db);
    Idea idea;
    idea.title = QStringLiteral("Delete me");
    idea.tags = {QStringLiteral("gone")};
    idea.source = IdeaSource::Library;
    idea.libraryKey = QStringLiteral("test.delete");
    const qint64 id = ideas.create(idea)->id;
    auto post = ideas.createDraftFromIdea(id, QDateTime());
    QVERIFY(post.ok());
    const Idea before = *ideas.find(id);

    auto deleted = ideas.remove(id);
    QVERIFY(deleted.ok());
    QCOMPARE(deleted->postIds, QList<qint64>{post->id});
    QVERIFY(ideas.find(id).error().kind == ErrorKind::NotFound);
    QVERIFY(!PostRepository(*m_db).find(post->id)->ideaId.has_value());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM library_dismissed"))->toInt(), 1);
    QVERIFY(ideas.remove(id).error().kind == ErrorKind::NotFound);

    auto restored = ideas.restore(*deleted);
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
    QCOMPARE(*restored, before);
    QCOMPARE(PostRepository(*m_db).find(post->id)->ideaId, std::optional<qint64>(id));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM library_dismissed"))->toInt(), 0);
}

void TestIdeaRepository::listFiltersAndTags()
{
    IdeaRepository ideas(*m_db);
    for (const QString &title : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) {
        Idea idea;
        idea.title = title;
        idea.tags = {title == QLatin1String("B") ? QStringLiteral("pick")
                                                 : QStringLiteral("other")};
        QVERIFY(ideas.create(idea).ok());
        m_clock->advanceSeconds(60);
    }
    auto all = ideas.list();
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->first().title, QStringLiteral("C")); // newest first
    QVERIFY(ideas.setFavourite(all->last().id, true).ok());
    QCOMPARE(ideas.list()->first().title, QStringLiteral("A")); // favourites lead
    IdeaFilter tagged;
    tagged.tag = QStringLiteral("#Pick");
    QCOMPARE(ideas.list(tagged)->size(), 1);
    IdeaFilter limited;
    limited.limit = 2;
    QCOMPARE(ideas.list(limited)->size(), 2);
    QVERIFY(ideas.setFavourite(999, true).error().kind == ErrorKind::NotFound);
}

void TestIdeaRepository::moreLikeThisSharesPillarAndTags()
{
    IdeaRepository repository(*m_db);
    const auto add = [&](const QString &title, const QString &pillar, const QStringList &tags,
                         bool archived = false) {
        Idea idea;
        idea.title = title;
        idea.pillarId = pillarId(pillar);
        idea.tags = tags;
        idea.archived = archived;
        return repository.create(idea)->id;
    };
    const qint64 source = add(QStringLiteral("Rye week"), QStringLiteral("Educate"),
                              {QStringLiteral("bread"), QStringLiteral("rye")});
    const qint64 bothTags = add(QStringLiteral("Rye bread 101"), QStringLiteral("Inspire"),
                                {QStringLiteral("Bread"), QStringLiteral("rye")});
    const qint64 oneTag =
        add(QStringLiteral("Bread basics"), QStringLiteral("Promote"), {QStringLiteral("bread")});
    const qint64 samePillar = add(QStringLiteral("Flour types"), QStringLiteral("Educate"), {});
    add(QStringLiteral("Unrelated"), QStringLiteral("Promote"), {QStringLiteral("coffee")});
    add(QStringLiteral("Archived rye"), QStringLiteral("Educate"), {QStringLiteral("rye")}, true);

    auto similar =
        repository.moreLikeThis(pillarId(QStringLiteral("Educate")),
                                {QStringLiteral("bread"), QStringLiteral("#rye")}, source);
    QVERIFY(similar);
    QList<qint64> ids;
    for (const Idea &idea : std::as_const(*similar))
        ids << idea.id;
    QCOMPARE(ids, QList<qint64>({bothTags, oneTag, samePillar}));
    QCOMPARE(repository.moreLikeThis(std::nullopt, {}).value().size(), 0);
    QCOMPARE(repository.moreLikeThis(std::nullopt, {QStringLiteral("coffee")}, 0, 1).value().size(),
             1);
}

QTEST_GUILESS_MAIN(TestIdeaRepository)
#include "tst_idearepository.moc"
