// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Reuse what worked: "Plan again" and "Turn into an idea" on Listen's top posts, each undoable,
// and "More like this" from a top post to the ideas like it.
#include "listen/toppostactions.h"
#include "plan/postrepository.h"
#include "support/listentestplan.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace hearth;
using hearth::test::ListenTestPlan;

class TestTopPostActions final : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now{QDate(2026, 6, 10), QTime(12, 0), Qt::UTC};

    // A published post with text, tags and a pillar, and its figures.
    static qint64 addTopPost(ListenTestPlan &plan)
    {
        const qint64 id = plan.addPost(QDateTime(QDate(2026, 6, 4), QTime(7, 0), Qt::UTC),
                                       QStringLiteral("x"), std::nullopt, 2);
        core::PostRepository posts(plan.database());
        core::Post post = *posts.find(id);
        post.title = QString();
        post.body =
            QStringLiteral("Ask us anything about sourdough: we answer every comment today.");
        post.tags = {QStringLiteral("sourdough")};
        post.networks.first().externalId = QStringLiteral("1790");
        if (!posts.update(post))
            qFatal("could not update the post");
        plan.addFigures(id, QStringLiteral("x"), 40, 1000);
        return id;
    }

    // A plan with one top post, and the actions over a view of it.
    struct Fixture
    {
        explicit Fixture(const QDateTime &now)
            : plan(now)
            , top(addTopPost(plan))
            , services(plan.database(), plan.clock(), undo)
            , actions(services, &view)
        {}
        ListenTestPlan plan;
        qint64 top;
        QUndoStack undo;
        ui::AppServices services;
        QTableView view;
        ui::TopPostActions actions;
    };

    static qint64 addIdea(ui::AppServices &services, const QString &title,
                          std::optional<qint64> pillarId, const QStringList &tags)
    {
        core::Idea idea;
        idea.title = title;
        idea.pillarId = pillarId;
        idea.tags = tags;
        auto created = services.ideas.create(idea);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return created->id;
    }

    // The titles "More like this" offers for `postId`, as the context menu shows them.
    static QStringList similarTitles(ui::TopPostActions &actions, qint64 postId)
    {
        std::unique_ptr<QMenu> menu(actions.menuFor(postId, nullptr));
        auto *similar = menu->findChild<QMenu *>(QStringLiteral("moreLikeThisMenu"));
        if (!similar)
            qFatal("no More like this menu");
        QStringList titles;
        for (const QAction *action : similar->actions()) {
            if (action->isEnabled())
                titles << action->text();
        }
        return titles;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void planAgainMakesAnUnscheduledDraft()
    {
        Fixture fixture(m_now);
        auto &[plan, top, undo, services, view, actions] = fixture;

        const qint64 copy = actions.planAgain(top);
        QVERIFY(copy != 0 && copy != top);
        const core::Post made = *core::PostRepository(plan.database()).find(copy);
        QVERIFY(made.status == core::PostStatus::Draft);
        QVERIFY(!made.scheduledAt.isValid());
        QVERIFY(made.body.startsWith(QStringLiteral("Ask us anything")));
        QCOMPARE(made.networkIds(), QStringList{QStringLiteral("x")});
        // What the published post got from the network stays with it.
        QVERIFY(made.networks.first().externalId.isEmpty());
        QVERIFY(made.origin == core::PostOrigin::Planned);
        undo.undo();
        QVERIFY(!core::PostRepository(plan.database()).find(copy));
    }

    void planAgainEveryFourWeeks()
    {
        Fixture fixture(m_now);
        auto &[plan, top, undo, services, view, actions] = fixture;
        const qint64 first = actions.planAgainEvery(top, 4);
        QVERIFY(first != 0);
        const core::Post made = *core::PostRepository(plan.database()).find(first);
        QCOMPARE(made.recurrence.everyWeeks, 4);
        // Same weekday and time, the first one ahead of now.
        QCOMPARE(made.scheduledAt, QDateTime(QDate(2026, 6, 11), QTime(7, 0), Qt::UTC));
        const qint64 posts = core::PostRepository(plan.database()).count().value();
        QVERIFY(posts > 2);
        undo.undo(); // the whole series
        QCOMPARE(core::PostRepository(plan.database()).count().value(), 1);
    }

    void turnIntoIdea()
    {
        Fixture fixture(m_now);
        auto &[plan, top, undo, services, view, actions] = fixture;
        std::unique_ptr<QMenu> menu(actions.menuFor(top, nullptr));
        QAction *action = menu->findChild<QAction *>(QStringLiteral("turnIntoIdeaAction"));
        QVERIFY(action);
        const qint64 before = services.ideas.count().value();
        action->trigger();
        QCOMPARE(services.ideas.count().value(), before + 1);
        const core::Idea idea = services.ideas.list().value().first();
        QVERIFY(idea.title.startsWith(QStringLiteral("Ask us anything")));
        QCOMPARE(idea.tags, QStringList{QStringLiteral("sourdough")});
        QCOMPARE(idea.pillarId, std::optional<qint64>(2));
        undo.undo();
        QCOMPARE(services.ideas.count().value(), before);
    }

    void moreLikeThisFollowsThePostsIdea()
    {
        Fixture fixture(m_now);
        auto &[plan, top, undo, services, view, actions] = fixture;
        const qint64 source = addIdea(services, QStringLiteral("Sourdough questions"), 3,
                                      {QStringLiteral("sourdough"), QStringLiteral("ask")});
        const qint64 sameTags = addIdea(services, QStringLiteral("Starter care"), 5,
                                        {QStringLiteral("sourdough"), QStringLiteral("ask")});
        addIdea(services, QStringLiteral("Oven at dawn"), 3, {});
        addIdea(services, QStringLiteral("Opening hours"), 4, {QStringLiteral("shop")});
        // The post's own pillar (2) and tag do not count once it has an idea.
        addIdea(services, QStringLiteral("Crumb shots"), 2, {});
        core::PostRepository posts(plan.database());
        core::Post post = *posts.find(top);
        post.ideaId = source;
        QVERIFY(posts.update(post));

        // Most shared tags first, then the idea's pillar; never the idea itself.
        QCOMPARE(similarTitles(actions, top),
                 (QStringList{QStringLiteral("Starter care"), QStringLiteral("Oven at dawn")}));
        std::unique_ptr<QMenu> menu(actions.menuFor(top, nullptr));
        auto *similar = menu->findChild<QMenu *>(QStringLiteral("moreLikeThisMenu"));
        QAction *first = similar->actions().first();
        // Shown as the idea editor shows them: the tags say why.
        QCOMPARE(first->toolTip(), QStringLiteral("ask, sourdough"));
        QSignalSpy requested(&actions, &ui::TopPostActions::ideaRequested);
        first->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toLongLong(), sameTags);
    }

    void moreLikeThisWithoutAnIdeaUsesThePostsPillar()
    {
        Fixture fixture(m_now);
        auto &[plan, top, undo, services, view, actions] = fixture;
        addIdea(services, QStringLiteral("Crumb shots"), 2, {});
        addIdea(services, QStringLiteral("Opening hours"), 4, {QStringLiteral("shop")});
        QCOMPARE(similarTitles(actions, top), QStringList{QStringLiteral("Crumb shots")});

        // Nothing alike: the menu says so rather than staying empty.
        core::PostRepository posts(plan.database());
        core::Post post = *posts.find(top);
        post.pillarId.reset();
        post.tags.clear();
        QVERIFY(posts.update(post));
        QVERIFY(similarTitles(actions, top).isEmpty());
        std::unique_ptr<QMenu> menu(actions.menuFor(top, nullptr));
        auto *similar = menu->findChild<QMenu *>(QStringLiteral("moreLikeThisMenu"));
        QCOMPARE(similar->actions().size(), 1);
        QVERIFY(!similar->actions().first()->isEnabled());
    }
};

QTEST_MAIN(TestTopPostActions)
#include "tst_toppostactions.moc"
