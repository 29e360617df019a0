// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the Plan does on one post and says about it: deleting with Undo at hand, saving with
// the status stored, moving with the keyboard, and undo that never loses newer writing.
#include "common/clock.h"
#include "plan/planworkspace.h"
#include "plan/postactions.h"
#include "plan/postlistview.h"
#include "plan/postrepository.h"
#include "plan/postsummary.h"
#include "plan/postundocommands.h"
#include "plan/weekmodel.h"
#include "storage/database.h"
#include "support/planworkspacefixture.h"
#include "widgets/appservices.h"
#include "widgets/newpostnetworks.h"
#include "widgets/poststore.h"
#include "widgets/undomessagebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace hearth;
using namespace hearth::core;
using namespace hearth::ui;

class TestPostActions final
    : public QObject
    , private hearth::ui::testing::PlanWorkspaceFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void deleteSaysWhatWasDeletedWithUndo();
    void saveSaysTheStatusItStored_data();
    void saveSaysTheStatusItStored();
    void newPostStartsOnTheNetworksUsedLast();
    void altArrowsMoveTheSelectedCard_data();
    void altArrowsMoveTheSelectedCard();
    void undoNeverOverwritesNewerWriting();
    void redoOfADeleteKeepsNewerWriting();
    void failedStepLeavesNoStepAndTheBannerClearsLater();

private:
    PostListView *dayOf(qint64 postId) const;
    QString message() const;
    // Rewrites the post's text as another window or a script would: without an undo step.
    void writeOutsideTheStack(qint64 postId, const QString &body);
};

void TestPostActions::init()
{
    setUp();
}

void TestPostActions::cleanup()
{
    tearDown();
}

void TestPostActions::writeOutsideTheStack(qint64 postId, const QString &body)
{
    Post newer = *PostRepository(*m_database).find(postId);
    newer.body = body;
    QVERIFY(PostRepository(*m_database).update(newer).ok());
}

PostListView *TestPostActions::dayOf(qint64 postId) const
{
    const int day = m_workspace->weekModel().indexOfPost(postId).parent().row();
    return m_workspace->findChild<PostListView *>(QStringLiteral("day%1PostListView").arg(day));
}

QString TestPostActions::message() const
{
    return m_workspace->postActions().messageBar().message();
}

void TestPostActions::deleteSaysWhatWasDeletedWithUndo()
{
    Post post = store(QStringLiteral("Weekend special"), local(5, 10));
    m_workspace->selectPost(post.id);
    QTest::keyClick(dayOf(post.id), Qt::Key_Delete);
    QVERIFY(!PostRepository(*m_database).find(post.id));
    QCOMPARE(message(), QStringLiteral("Deleted “Weekend special”."));
    auto *bar = m_workspace->findChild<UndoMessageBar *>(QStringLiteral("undoMessageBar"));
    QVERIFY(bar && bar->isVisible());
    auto *undo = bar->findChild<QPushButton *>(QStringLiteral("undoMessagePushButton"));
    QVERIFY(undo->isVisible());
    // The screenshot for the docs, when asked for.
    const QString shots = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(m_workspace->grab().save(QDir(shots).filePath(QStringLiteral("plan-deleted.png"))));
    QTest::mouseClick(undo, Qt::LeftButton);
    const auto back = PostRepository(*m_database).find(post.id);
    QVERIFY(back.ok());
    QCOMPARE(back->body, QStringLiteral("Weekend special"));
    QVERIFY(m_workspace->weekModel().indexOfPost(post.id).isValid());
    QVERIFY(!bar->isVisible());
    QCOMPARE(m_undo->index(), 0);

    // An Undo button left over from an older step never undoes a newer one.
    m_workspace->postActions().deletePost(post.id);
    QVERIFY(bar->isVisible());
    const Post other = store(QStringLiteral("Bread of the week"), local(1, 9));
    m_workspace->postActions().movePost(other.id, m_monday.addDays(2));
    QVERIFY(!bar->isVisible());
    undo->click();
    QCOMPARE(m_undo->index(), 2);
}

void TestPostActions::saveSaysTheStatusItStored_data()
{
    QTest::addColumn<bool>("dated");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("start");
    QTest::newRow("scheduled") << true << int(PostStatus::Scheduled) << QStringLiteral("Scheduled");
    QTest::newRow("dated draft") << true << int(PostStatus::Draft)
                                 << QStringLiteral("Saved “Rye” as a draft for");
    QTest::newRow("tray") << false << int(PostStatus::Draft)
                          << QStringLiteral("Saved “Rye” as a draft in the drafts tray");
}

void TestPostActions::saveSaysTheStatusItStored()
{
    QFETCH(bool, dated);
    QFETCH(int, status);
    QFETCH(QString, start);
    // A dated draft, as "Fill my week" makes them; the editor picks the status.
    Post draft;
    draft.title = draft.link = draft.firstComment = draft.notes = QStringLiteral("");
    draft.body = QStringLiteral("Rye");
    draft.scheduledAt = local(3, 9, 30);
    auto created = m_services->posts.service().create(draft, DatedDraft::StaysDraft);
    QVERIFY(created.ok());
    m_workspace->refresh();
    m_workspace->setDialogRunner([&](QDialog &dialog) {
        dialog.findChild<QCheckBox *>(QStringLiteral("xNetworkCheckBox"))->setChecked(true);
        dialog.findChild<QCheckBox *>(QStringLiteral("scheduledCheckBox"))->setChecked(dated);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("statusComboBox"));
        combo->setCurrentIndex(combo->findData(status));
        return int(QDialog::Accepted);
    });
    m_workspace->openPost(created->id);
    const Post saved = *PostRepository(*m_database).find(created->id);
    QCOMPARE(int(saved.status), status);
    QVERIFY2(message().startsWith(start), qPrintable(message()));
    if (status == int(PostStatus::Scheduled))
        QVERIFY(message().contains(QStringLiteral("09:30")));
    QCOMPARE(m_undo->count(), 1);
    m_undo->undo();
    QCOMPARE(int(PostRepository(*m_database).find(created->id)->status), int(PostStatus::Draft));
}

void TestPostActions::newPostStartsOnTheNetworksUsedLast()
{
    QStringList ticked;
    m_workspace->setDialogRunner([&](QDialog &dialog) {
        ticked.clear();
        for (QCheckBox *check : dialog.findChildren<QCheckBox *>()) {
            if (check->objectName().endsWith(QStringLiteral("NetworkCheckBox")) &&
                check->isChecked())
                ticked << check->objectName().chopped(int(qstrlen("NetworkCheckBox")));
        }
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyTextEdit"))
            ->setPlainText(QStringLiteral("Crumbs"));
        dialog.findChild<QCheckBox *>(QStringLiteral("blueskyNetworkCheckBox"))->setChecked(true);
        return int(QDialog::Accepted);
    });
    m_workspace->newPost(m_monday);
    QVERIFY(ticked.isEmpty());
    QCOMPARE(NewPostNetworks::lastUsed(), QStringList{QStringLiteral("bluesky")});
    m_workspace->newPost(m_monday.addDays(1));
    QCOMPARE(ticked, QStringList{QStringLiteral("bluesky")});
    // The networks chosen in Preferences come first.
    QSettings().setValue(QStringLiteral("defaults/networks"),
                         QStringList{QStringLiteral("mastodon"), QStringLiteral("linkedin")});
    m_workspace->newPost(m_monday.addDays(2));
    QCOMPARE(QSet<QString>(ticked.cbegin(), ticked.cend()),
             (QSet<QString>{QStringLiteral("mastodon"), QStringLiteral("linkedin")}));
}

void TestPostActions::altArrowsMoveTheSelectedCard_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("hours");
    QTest::newRow("a day later") << int(Qt::Key_Right) << 1 << 0;
    QTest::newRow("a day earlier") << int(Qt::Key_Left) << -1 << 0;
    QTest::newRow("an hour later") << int(Qt::Key_Down) << 0 << 1;
    QTest::newRow("an hour earlier") << int(Qt::Key_Up) << 0 << -1;
}

void TestPostActions::altArrowsMoveTheSelectedCard()
{
    QFETCH(int, key);
    QFETCH(int, days);
    QFETCH(int, hours);
    const Post post = store(QStringLiteral("Move me by keys"), local(2, 11, 15));
    m_workspace->selectPost(post.id);
    QTest::keyClick(dayOf(post.id), Qt::Key(key), Qt::AltModifier);
    const QDateTime expected =
        QDateTime(m_monday.addDays(2 + days), QTime(11 + hours, 15), Qt::LocalTime).toUTC();
    QCOMPARE(PostRepository(*m_database).find(post.id)->scheduledAt, expected);
    QCOMPARE(m_workspace->weekModel().indexOfPost(post.id).parent().row(), 2 + days);
    // The card stays selected, so the next Alt+arrow moves it on.
    QCOMPARE(m_workspace->selectedPostId(), post.id);
    QCOMPARE(m_undo->count(), 1);
    m_undo->undo();
    QCOMPARE(PostRepository(*m_database).find(post.id)->scheduledAt, post.scheduledAt);
    QCOMPARE(m_workspace->weekModel().indexOfPost(post.id).parent().row(), 2);
}

void TestPostActions::undoNeverOverwritesNewerWriting()
{
    const Post post = store(QStringLiteral("First words"), local(1, 9));
    Post edited = post;
    edited.body = QStringLiteral("Second words");
    m_workspace->postActions().saveEdited(post, edited);
    QCOMPARE(m_undo->count(), 1);
    // Written without a step (another window, a script): undo must not throw it away.
    writeOutsideTheStack(post.id, QStringLiteral("Third words, written later"));
    m_undo->undo();
    QCOMPARE(PostRepository(*m_database).find(post.id)->body,
             QStringLiteral("Third words, written later"));
    auto *error = m_workspace->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("was changed after this step")),
             qPrintable(error->text()));
    // The view shows what is stored, and the refused step is gone from the stack.
    QCOMPARE(m_workspace->weekModel().indexOfPost(post.id).data(FirstWordsRole).toString(),
             QStringLiteral("Third words, written later"));
    QCOMPARE(m_undo->count(), 0);
}

void TestPostActions::redoOfADeleteKeepsNewerWriting()
{
    const Post post = store(QStringLiteral("Delete, then bring back"), local(4, 12));
    m_workspace->postActions().deletePost(post.id);
    m_undo->undo();
    writeOutsideTheStack(post.id, QStringLiteral("Rewritten after the undo"));
    m_undo->redo();
    QCOMPARE(PostRepository(*m_database).find(post.id)->body,
             QStringLiteral("Rewritten after the undo"));
    QVERIFY(m_workspace->weekModel().indexOfPost(post.id).isValid());
}

void TestPostActions::failedStepLeavesNoStepAndTheBannerClearsLater()
{
    const Post post = store(QStringLiteral("Already gone"), local(2, 10));
    QVERIFY(PostRepository(*m_database).remove(post.id).ok());
    // The view still holds the card until it re-reads; the step fails and re-reads.
    auto *command = new ChangePostCommand(
        m_services->posts, post, [this, id = post.id] { return m_services->posts.unschedule(id); },
        QStringLiteral("x"));
    QVERIFY(!pushIfApplied(*m_undo, command));
    QCOMPARE(m_undo->count(), 0);
    auto *error = m_workspace->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(!m_workspace->weekModel().indexOfPost(post.id).isValid());
    // The next change that works clears the banner.
    const Post other = store(QStringLiteral("Still here"), local(3, 10));
    m_workspace->postActions().deletePost(other.id);
    QVERIFY(error->isHidden());
}

QTEST_MAIN(TestPostActions)
#include "tst_postactions.moc"
