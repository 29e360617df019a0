// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The lost-work report replayed through the real window: "Fill my week", every draft edited
// in the post editor, a move, a delete, then undo and redo all the way, with the database
// and the week view checked after every step.
#include "common/clock.h"
#include "plan/draftsmodel.h"
#include "plan/planningservice.h"
#include "plan/planworkspace.h"
#include "plan/postactions.h"
#include "plan/posteditor.h"
#include "plan/postlistview.h"
#include "plan/postrepository.h"
#include "plan/postsummary.h"
#include "plan/weekmodel.h"
#include "shell/mainwindow.h"
#include "spark/fillweekdialog.h"
#include "spark/idearepository.h"
#include "spark/ideaundocommands.h"
#include "spark/starterlibrary.h"
#include "storage/database.h"
#include "widgets/newpostnetworks.h"
#include "widgets/poststore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace hearth;
using namespace hearth::core;
using namespace hearth::ui;

namespace {

// What a post says and when, as the user would check it.
struct Stored
{
    QString title;
    QString body;
    QDateTime scheduledAt;
    PostStatus status = PostStatus::Draft;
    QStringList networks;
    friend bool operator==(const Stored &, const Stored &) = default;
};

using Plan = QMap<qint64, Stored>;

// The day column showing `postId`'s card.
PostListView *dayList(PlanWorkspace &plan, qint64 postId)
{
    const int day = plan.weekModel().indexOfPost(postId).parent().row();
    return plan.findChild<PostListView *>(QStringLiteral("day%1PostListView").arg(day));
}

char *describe(const Plan &plan)
{
    QStringList lines;
    for (auto it = plan.cbegin(); it != plan.cend(); ++it)
        lines << QStringLiteral("%1: %2 | %3 | %4 | %5")
                     .arg(it.key())
                     .arg(it->body.left(30), it->scheduledAt.toString(Qt::ISODate),
                          toString(it->status), it->networks.join(u','));
    return qstrdup(qPrintable(lines.join(u'\n')));
}

} // namespace

namespace QTest {
template<>
char *toString(const Plan &plan)
{
    return describe(plan);
}
} // namespace QTest

class TestUndoReplay final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fillEditMoveDeleteUndoAllRedoAll();
    void undoKeepsADraftChangedOutsideTheStack();
    void undoKeepsAnIdeaChangedOutsideTheStack();

private:
    // Every post in the database.
    Plan storedPlan() const;
    // Checks that the week view and the drafts tray show exactly what is stored.
    void verifyViewShowsTheDatabase(PlanWorkspace &plan);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    // Monday; the clock stands on the Sunday before, so every slot of the week is ahead.
    const QDate m_monday{2026, 11, 23};
};

void TestUndoReplay::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUndoReplay::init()
{
    QSettings().remove(QStringLiteral("editor"));
    QSettings().remove(QStringLiteral("defaults"));
    m_clock = std::make_unique<ManualClock>(
        QDateTime(m_monday.addDays(-1), QTime(18, 0), Qt::LocalTime).toUTC());
    auto database = Database::openInMemory(*m_clock);
    if (!database)
        QFAIL(qPrintable(database.error().message));
    m_database = std::move(*database);
    QVERIFY(StarterLibrary::ensureLoaded(*m_database).ok());
}

void TestUndoReplay::cleanup()
{
    m_database.reset();
}

Plan TestUndoReplay::storedPlan() const
{
    PostRepository posts(*m_database);
    auto dated = posts.scheduledBetween(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC),
                                        QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC));
    auto undated = posts.unscheduled();
    if (!dated || !undated)
        qFatal("cannot read the plan");
    Plan plan;
    for (const Post &post : *dated + *undated)
        plan.insert(post.id, Stored{post.title, post.body, post.scheduledAt, post.status,
                                    post.networkIds()});
    return plan;
}

void TestUndoReplay::verifyViewShowsTheDatabase(PlanWorkspace &plan)
{
    PlanningService service(*m_database);
    auto week =
        service.postsInRange(plan.weekModel().weekStart(), plan.weekModel().weekStart().addDays(6));
    QVERIFY(week.ok());
    QMap<qint64, PostSummary> expected;
    for (const Post &post : *week)
        expected.insert(post.id, summarize(post, plan.weekModel().pillars()));
    QMap<qint64, PostSummary> shown;
    for (const PostSummary &card : plan.weekModel().posts())
        shown.insert(card.id, card);
    QCOMPARE(shown.keys(), expected.keys());
    for (const PostSummary &card : std::as_const(shown)) {
        const PostSummary &stored = expected[card.id];
        QCOMPARE(card.firstWords, stored.firstWords);
        QCOMPARE(card.title, stored.title);
        QCOMPARE(card.scheduledAt, stored.scheduledAt);
        QCOMPARE(int(card.status), int(stored.status));
        QCOMPARE(card.networks, stored.networks);
    }
    auto drafts = service.drafts();
    QVERIFY(drafts.ok());
    QCOMPARE(plan.draftsModel().rowCount(), int(drafts->size()));
    auto *error = plan.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY2(error->isHidden(), qPrintable(error->text()));
}

void TestUndoReplay::fillEditMoveDeleteUndoAllRedoAll()
{
    MainWindow window(*m_database, *m_clock, m_monday);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *plan = window.findChild<PlanWorkspace *>(QStringLiteral("planWorkspace"));
    QVERIFY(plan);
    QUndoStack &undo = window.undoStack();

    // Each editor that opens writes its own text, picks two networks and says Scheduled.
    QList<qint64> edited;
    bool openedInsideMacro = false;
    plan->setDialogRunner([&](QDialog &dialog) {
        auto *editor = qobject_cast<PostEditor *>(&dialog);
        if (!editor)
            return int(QDialog::Rejected);
        // Every save must be its own step, never a part of the "Fill my week" macro (while a
        // macro is recorded it is listed but nothing can be redone).
        openedInsideMacro = openedInsideMacro || (undo.count() > undo.index() && !undo.canRedo());
        const qint64 id = editor->post().id;
        edited << id;
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyTextEdit"))
            ->setPlainText(QStringLiteral("Edited text %1 for post %2").arg(edited.size()).arg(id));
        dialog.findChild<QCheckBox *>(QStringLiteral("xNetworkCheckBox"))->setChecked(true);
        dialog.findChild<QCheckBox *>(QStringLiteral("mastodonNetworkCheckBox"))->setChecked(true);
        auto *status = dialog.findChild<QComboBox *>(QStringLiteral("statusComboBox"));
        status->setCurrentIndex(status->findData(int(PostStatus::Scheduled)));
        return int(QDialog::Accepted);
    });

    QList<Plan> states{storedPlan()};
    QVERIFY(states.first().isEmpty());

    // Fill My Week -> Accept all: five drafts from ideas, one macro.
    window.findChild<QAction *>(QStringLiteral("fillWeekAction"))->trigger();
    auto *fill = window.findChild<FillWeekDialog *>();
    QVERIFY(fill);
    QCOMPARE(fill->proposalCount(), 5);
    fill->acceptAll();
    QCOMPARE(storedPlan().size(), 5);
    QCOMPARE(undo.count(), 1);
    states << storedPlan();
    for (const Stored &draft : std::as_const(states.last()))
        QCOMPARE(int(draft.status), int(PostStatus::Draft));
    fill->close();

    // Each draft opened in the editor once the macro is closed; each save is a step.
    for (const qint64 id : states.last().keys())
        plan->openPost(id);
    QCOMPARE(edited.size(), 5);
    QVERIFY(!openedInsideMacro);
    QCOMPARE(undo.count(), 6);
    QCOMPARE(QSet<qint64>(edited.cbegin(), edited.cend()),
             QSet<qint64>(states.last().keyBegin(), states.last().keyEnd()));
    // The states after each save, rebuilt from the one before it.
    for (int i = 0; i < 5; ++i) {
        Plan next = states.last();
        const Stored saved = storedPlan().value(edited.at(i));
        QCOMPARE(saved.body,
                 QStringLiteral("Edited text %1 for post %2").arg(i + 1).arg(edited[i]));
        QCOMPARE(int(saved.status), int(PostStatus::Scheduled));
        QCOMPARE(saved.networks, (QStringList{QStringLiteral("x"), QStringLiteral("mastodon")}));
        next[edited.at(i)] = saved;
        states << next;
    }
    QCOMPARE(storedPlan(), states.last());
    verifyViewShowsTheDatabase(*plan);
    // The save says the status it stored.
    auto *message = plan->findChild<QLabel *>(QStringLiteral("undoMessageLabel"));
    QVERIFY2(message->text().startsWith(QStringLiteral("Scheduled")), qPrintable(message->text()));

    // Move the earliest post a day later with the keyboard.
    const qint64 moved = states.last().firstKey();
    plan->selectPost(moved);
    QTest::keyClick(dayList(*plan, moved), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(storedPlan().value(moved).scheduledAt,
             states.last().value(moved).scheduledAt.addDays(1));
    QCOMPARE(undo.count(), 7);
    states << storedPlan();

    // Delete another one with the Delete key; the bar says what went.
    const qint64 deleted = states.last().lastKey();
    plan->selectPost(deleted);
    QTest::keyClick(dayList(*plan, deleted), Qt::Key_Delete);
    QVERIFY(!storedPlan().contains(deleted));
    QCOMPARE(undo.count(), 8);
    QVERIFY(message->text().startsWith(QStringLiteral("Deleted")));
    states << storedPlan();
    verifyViewShowsTheDatabase(*plan);

    // Undo all the way: every step goes back exactly one state, ids and texts included.
    const int steps = undo.count();
    QCOMPARE(states.size(), steps + 1);
    for (int step = steps; step > 0; --step) {
        QVERIFY(undo.canUndo());
        undo.undo();
        QCOMPARE(undo.index(), step - 1);
        QCOMPARE(storedPlan(), states.at(step - 1));
        verifyViewShowsTheDatabase(*plan);
    }
    QVERIFY(storedPlan().isEmpty());

    // Redo all the way: the same ids come back, with the edited texts.
    for (int step = 1; step <= steps; ++step) {
        QVERIFY(undo.canRedo());
        undo.redo();
        QCOMPARE(undo.index(), step);
        QCOMPARE(storedPlan(), states.at(step));
        verifyViewShowsTheDatabase(*plan);
    }
}

void TestUndoReplay::undoKeepsADraftChangedOutsideTheStack()
{
    QUndoStack undo;
    AppServices services(*m_database, *m_clock, undo);
    auto ideas = services.ideas.list();
    QVERIFY(ideas.ok() && !ideas->isEmpty());
    QStringList errors;
    auto *command =
        new CreateDraftFromIdeaCommand(services, ideas->first().id, ideas->first().title,
                                       QDateTime(m_monday, QTime(10, 0), Qt::LocalTime).toUTC(),
                                       [&errors](const QString &message) { errors << message; });
    undo.push(command);
    const qint64 id = command->postId();
    QVERIFY(id != 0);

    // Written to without a step of its own (as a macro swallowed the editor's saves before).
    Post post = *services.posts.service().find(id);
    post.body = QStringLiteral("Words nobody may lose");
    QVERIFY(PostRepository(*m_database).update(post).ok());

    undo.undo();
    auto kept = PostRepository(*m_database).find(id);
    QVERIFY(kept.ok());
    QCOMPARE(kept->body, QStringLiteral("Words nobody may lose"));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().contains(QStringLiteral("was changed after this step")));
    // The refused step left the stack: nothing is left to redo over the kept draft.
    QCOMPARE(undo.count(), 0);
}

void TestUndoReplay::undoKeepsAnIdeaChangedOutsideTheStack()
{
    QUndoStack undo;
    AppServices services(*m_database, *m_clock, undo);
    Idea idea;
    idea.title = QStringLiteral("Flour delivery at dawn");
    QStringList errors;
    auto *command = new CreateIdeaCommand(services.ideas, idea,
                                          [&errors](const QString &message) { errors << message; });
    undo.push(command);
    const qint64 id = command->ideaId();
    Idea stored = *services.ideas.find(id);
    stored.notes = QStringLiteral("Notes written later");
    QVERIFY(services.ideas.update(stored).ok());
    undo.undo();
    QCOMPARE(services.ideas.find(id)->notes, QStringLiteral("Notes written later"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(undo.count(), 0);

    // An edit as the Spark editor makes it (tags as typed, stored tidied) undoes and redoes.
    const Idea before = *services.ideas.find(id);
    Idea after = before;
    after.title = QStringLiteral("Flour delivery before sunrise");
    after.tags = {QStringLiteral("  Bread "), QStringLiteral("dawn")};
    undo.push(new EditIdeaCommand(services.ideas, before, after,
                                  [&errors](const QString &message) { errors << message; }));
    undo.undo();
    QCOMPARE(services.ideas.find(id)->title, before.title);
    undo.redo();
    QCOMPARE(services.ideas.find(id)->title, after.title);
    QCOMPARE(errors.size(), 1);
    // Changed behind the stack: undo keeps it.
    Idea later = *services.ideas.find(id);
    later.notes = QStringLiteral("More notes");
    QVERIFY(services.ideas.update(later).ok());
    undo.undo();
    QCOMPARE(services.ideas.find(id)->title, after.title);
    QCOMPARE(errors.size(), 2);
}

QTEST_MAIN(TestUndoReplay)
#include "tst_undoreplay.moc"
