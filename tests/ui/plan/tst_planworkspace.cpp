// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "plan/catalog.h"
#include "plan/draftsmodel.h"
#include "plan/monthview.h"
#include "plan/planningservice.h"
#include "plan/planworkspace.h"
#include "plan/postactions.h"
#include "plan/postlistview.h"
#include "plan/postrepository.h"
#include "plan/postsummary.h"
#include "plan/postundocommands.h"
#include "plan/publishassist.h"
#include "plan/weekmodel.h"
#include "shell/theme.h"
#include "storage/database.h"
#include "support/planworkspacefixture.h"
#include "support/testpictures.h"
#include "widgets/appservices.h"
#include "widgets/dragmime.h"
#include "widgets/poststore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>
#include <QUndoStack>

using namespace hearth;
using namespace hearth::core;
using namespace hearth::ui;

class TestPlanWorkspace final
    : public QObject
    , private hearth::ui::testing::PlanWorkspaceFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The palette the app uses, so the rendered month matches the real window.
        applyTheme(ThemeChoice::Light);
    }
    void init();
    void cleanup();
    void weekViewIsTheDefault();
    void plusOnADayCreatesAPostThere();
    void undoOfCreateRemovesAndRedoRestoresTheSamePost();
    void enterOpensTheEditorAndTheEditIsUndoable();
    void cancelledEditorChangesNothing();
    void dropOnAnotherDayKeepsTheTimeOfDay();
    void dropFromTheDraftsTrayGivesTheDayAndNineOClock();
    void dropOnTheTrayUnschedules();
    void droppedIdeaIsAnnouncedWithItsTime();
    void deleteKeyDeletesAndUndoRestoresEverything();
    void duplicateIsAnUnpublishedCopy();
    void markPublishedStoresTheLinkAndIsUndoable();
    void cancelledLinkPromptPublishesNothing();
    void keyboardChangesWeeksAndSelection();
    void summaryCountsPillarsAndEmptyDays();
    void reminderAtThePostsTime();
    void grabsAMonthOfPlans();
    void freeSlotsInviteAPostAtTheirTime();
    void postingSlotsDialogIsOneUndoableStep();
    void evergreenPostComesBackAndUndoRemovesTheSeries();
    void changingHowOftenAPostComesBackIsUndoable();
    void deletingTheFirstOfASeriesHandsItOnAndUndoRelinks();
    void monthAndAgendaAreBuiltWhenFirstShown();
    void everyFocusableElementShowsFocus_data();
    void everyFocusableElementShowsFocus();

private:
    PostListView *day(int index) const;
    void drop(QWidget *target, const QString &format, qint64 id);
};

void TestPlanWorkspace::init()
{
    setUp();
}

void TestPlanWorkspace::cleanup()
{
    tearDown();
}

PostListView *TestPlanWorkspace::day(int index) const
{
    return m_workspace->findChild<PostListView *>(QStringLiteral("day%1PostListView").arg(index));
}

void TestPlanWorkspace::drop(QWidget *target, const QString &format, qint64 id)
{
    QMimeData mime;
    mime.setData(format, QByteArray::number(id));
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::MoveAction | Qt::CopyAction, &mime, Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(at, Qt::MoveAction | Qt::CopyAction, &mime, Qt::LeftButton,
                         Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

void TestPlanWorkspace::weekViewIsTheDefault()
{
    QCOMPARE(m_workspace->view(), PlanWorkspace::View::Week);
    QCOMPARE(m_workspace->weekModel().weekStart(), m_monday);
    for (int i = 0; i < 7; ++i)
        QVERIFY(day(i));
    auto *period = m_workspace->findChild<QLabel *>(QStringLiteral("periodLabel"));
    QVERIFY(period->text().contains(QStringLiteral("48")));
    QCOMPARE(m_workspace->findChild<QLabel *>(QStringLiteral("day2CountLabel"))->text(),
             QStringLiteral("Today"));
    QVERIFY(!day(0)->placeholderText().isEmpty());
}

void TestPlanWorkspace::plusOnADayCreatesAPostThere()
{
    int shown = 0;
    m_workspace->setDialogRunner([&](QDialog &dialog) {
        ++shown;
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyTextEdit"))
            ->setPlainText(QStringLiteral("Fresh rye today"));
        dialog.findChild<QCheckBox *>(QStringLiteral("mastodonNetworkCheckBox"))->setChecked(true);
        dialog.findChild<QTimeEdit *>(QStringLiteral("timeEdit"))->setTime(QTime(14, 15));
        return int(QDialog::Accepted);
    });
    QTest::mouseClick(m_workspace->findChild<QToolButton *>(QStringLiteral("day4AddToolButton")),
                      Qt::LeftButton);
    QCOMPARE(shown, 1);
    QCOMPARE(day(4)->model()->rowCount(day(4)->rootIndex()), 1);
    const QModelIndex card = day(4)->model()->index(0, 0, day(4)->rootIndex());
    QCOMPARE(card.data(FirstWordsRole).toString(), QStringLiteral("Fresh rye today"));
    QCOMPARE(card.data(LocalDateTimeRole).toDateTime(),
             QDateTime(m_monday.addDays(4), QTime(14, 15)));
    QCOMPARE(card.data(NetworksRole).toStringList(), QStringList{QStringLiteral("mastodon")});
    auto stored = PostRepository(*m_database).find(card.data(PostIdRole).toLongLong());
    QVERIFY(stored);
    QCOMPARE(int(stored->status), int(PostStatus::Scheduled));
    QCOMPARE(m_undo->count(), 1);
}

void TestPlanWorkspace::undoOfCreateRemovesAndRedoRestoresTheSamePost()
{
    m_workspace->setDialogRunner([](QDialog &dialog) {
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyTextEdit"))
            ->setPlainText(QStringLiteral("Undo me"));
        dialog.findChild<QCheckBox *>(QStringLiteral("xNetworkCheckBox"))->setChecked(true);
        return int(QDialog::Accepted);
    });
    m_workspace->newPost(m_monday);
    QCOMPARE(PostRepository(*m_database).count().valueOr(-1), 1);
    const qint64 id = m_workspace->weekModel().posts().first().id;
    m_undo->undo();
    QCOMPARE(PostRepository(*m_database).count().valueOr(-1), 0);
    QVERIFY(m_workspace->weekModel().posts().isEmpty());
    m_undo->redo();
    QCOMPARE(m_workspace->weekModel().posts().size(), 1);
    QCOMPARE(m_workspace->weekModel().posts().first().id, id);
}

void TestPlanWorkspace::enterOpensTheEditorAndTheEditIsUndoable()
{
    const Post post = store(QStringLiteral("Old words"), local(1, 10));
    m_workspace->setDialogRunner([](QDialog &dialog) {
        auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyTextEdit"));
        if (body->toPlainText() != QStringLiteral("Old words"))
            return int(QDialog::Rejected);
        body->setPlainText(QStringLiteral("New words"));
        return int(QDialog::Accepted);
    });
    m_workspace->selectPost(post.id);
    QTest::keyClick(day(1), Qt::Key_Return);
    QCOMPARE(PostRepository(*m_database).find(post.id)->body, QStringLiteral("New words"));
    QCOMPARE(m_workspace->weekModel().indexOfPost(post.id).data(FirstWordsRole).toString(),
             QStringLiteral("New words"));
    m_undo->undo();
    QCOMPARE(PostRepository(*m_database).find(post.id)->body, QStringLiteral("Old words"));
    QCOMPARE(m_workspace->weekModel().indexOfPost(post.id).data(FirstWordsRole).toString(),
             QStringLiteral("Old words"));
    m_undo->redo();
    QCOMPARE(PostRepository(*m_database).find(post.id)->body, QStringLiteral("New words"));
}

void TestPlanWorkspace::cancelledEditorChangesNothing()
{
    const Post post = store(QStringLiteral("Keep me"), local(1, 10));
    m_workspace->setDialogRunner([](QDialog &dialog) {
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyTextEdit"))
            ->setPlainText(QStringLiteral("Changed"));
        return int(QDialog::Rejected);
    });
    m_workspace->openPost(post.id);
    QCOMPARE(PostRepository(*m_database).find(post.id)->body, QStringLiteral("Keep me"));
    QCOMPARE(m_undo->count(), 0);
}

void TestPlanWorkspace::dropOnAnotherDayKeepsTheTimeOfDay()
{
    const Post post = store(QStringLiteral("Move me"), local(0, 10, 45));
    drop(day(3)->viewport(), hearth::ui::mime::postId(), post.id);
    const QDateTime moved = PostRepository(*m_database).find(post.id)->scheduledAt.toLocalTime();
    QCOMPARE(moved, QDateTime(m_monday.addDays(3), QTime(10, 45)));
    QCOMPARE(m_workspace->weekModel().indexOfPost(post.id).parent().row(), 3);
    QCOMPARE(m_undo->undoText(),
             QStringLiteral("Move post to %1")
                 .arg(QLocale().toString(m_monday.addDays(3), QLocale::ShortFormat)));
    m_undo->undo();
    QCOMPARE(PostRepository(*m_database).find(post.id)->scheduledAt, post.scheduledAt);
    QCOMPARE(m_workspace->weekModel().indexOfPost(post.id).parent().row(), 0);
}

void TestPlanWorkspace::dropFromTheDraftsTrayGivesTheDayAndNineOClock()
{
    const Post draft = store(QStringLiteral("A draft"), QDateTime());
    QCOMPARE(m_workspace->draftsModel().rowCount(), 1);
    drop(day(5)->viewport(), hearth::ui::mime::postId(), draft.id);
    const Post placed = *PostRepository(*m_database).find(draft.id);
    QCOMPARE(placed.scheduledAt.toLocalTime(), QDateTime(m_monday.addDays(5), QTime(9, 0)));
    QCOMPARE(m_workspace->draftsModel().rowCount(), 0);
    QCOMPARE(m_workspace->weekModel().indexOfPost(draft.id).parent().row(), 5);
    m_undo->undo();
    QCOMPARE(m_workspace->draftsModel().rowCount(), 1);
    QVERIFY(!PostRepository(*m_database).find(draft.id)->isScheduled());
}

void TestPlanWorkspace::dropOnTheTrayUnschedules()
{
    const Post post = store(QStringLiteral("Not yet"), local(2, 12));
    auto *tray = m_workspace->findChild<PostListView *>(QStringLiteral("draftsPostListView"));
    drop(tray->viewport(), hearth::ui::mime::postId(), post.id);
    QVERIFY(!PostRepository(*m_database).find(post.id)->isScheduled());
    QCOMPARE(m_workspace->draftsModel().rowOf(post.id), 0);
    QVERIFY(!m_workspace->weekModel().indexOfPost(post.id).isValid());
    m_undo->undo();
    QCOMPARE(m_workspace->weekModel().indexOfPost(post.id).parent().row(), 2);
}

void TestPlanWorkspace::droppedIdeaIsAnnouncedWithItsTime()
{
    QSignalSpy dropped(m_workspace.get(), &PlanWorkspace::ideaDropped);
    drop(day(6)->viewport(), hearth::ui::mime::ideaId(), 42);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().at(0).toLongLong(), 42);
    QCOMPARE(dropped.first().at(1).toDateTime(), QDateTime(m_monday.addDays(6), QTime(9, 0)));
    // The Plan workspace itself stores nothing for an idea; Spark's core call does.
    QCOMPARE(PostRepository(*m_database).count().valueOr(-1), 0);
}

void TestPlanWorkspace::deleteKeyDeletesAndUndoRestoresEverything()
{
    Post post = store(QStringLiteral("Delete me"), local(2, 9),
                      {QStringLiteral("x"), QStringLiteral("linkedin")});
    post.link = QStringLiteral("https://example.org/bread");
    post.networks[1].variantText = QStringLiteral("A longer LinkedIn text");
    post = *m_workspace->store().update(post);
    m_workspace->selectPost(post.id);
    QTest::keyClick(day(2), Qt::Key_Delete);
    QVERIFY(!PostRepository(*m_database).find(post.id));
    QVERIFY(!m_workspace->weekModel().indexOfPost(post.id).isValid());
    m_undo->undo();
    const auto restored = PostRepository(*m_database).find(post.id);
    QVERIFY(restored);
    QCOMPARE(restored->body, post.body);
    QCOMPARE(restored->networks, post.networks);
    QCOMPARE(restored->tags, post.tags);
    QCOMPARE(restored->link, post.link);
    QCOMPARE(restored->scheduledAt, post.scheduledAt);
    QVERIFY(m_workspace->weekModel().indexOfPost(post.id).isValid());
    m_undo->redo();
    QVERIFY(!PostRepository(*m_database).find(post.id));
}

void TestPlanWorkspace::duplicateIsAnUnpublishedCopy()
{
    const Post post = store(QStringLiteral("Twice"), local(3, 11));
    m_workspace->postActions().setLinkPrompt(
        [](const Post &, const QString &) { return std::optional<QString>(QStringLiteral("")); });
    m_workspace->postActions().markPublished(post.id, QStringLiteral("x"));
    m_workspace->postActions().duplicatePost(post.id);
    const QList<PostSummary> posts = m_workspace->weekModel().posts();
    QCOMPARE(posts.size(), 2);
    const Post copy = *PostRepository(*m_database).find(posts.last().id);
    QVERIFY(copy.id != post.id);
    QCOMPARE(copy.body, post.body);
    QCOMPARE(copy.scheduledAt, post.scheduledAt);
    QCOMPARE(int(copy.status), int(PostStatus::Scheduled));
    QVERIFY(!copy.networks.first().publishedAt.isValid());
    m_undo->undo();
    QCOMPARE(m_workspace->weekModel().posts().size(), 1);
}

void TestPlanWorkspace::markPublishedStoresTheLinkAndIsUndoable()
{
    const Post post = store(QStringLiteral("Out now"), local(2, 7));
    QString askedFor;
    m_workspace->postActions().setLinkPrompt(
        [&](const Post &, const QString &network) -> std::optional<QString> {
            askedFor = network;
            return QStringLiteral("https://x.com/hearthbakery/status/1861234567890123456");
        });
    m_workspace->postActions().markPublished(post.id, QStringLiteral("x"));
    QCOMPARE(askedFor, QStringLiteral("x"));
    const Post published = *PostRepository(*m_database).find(post.id);
    QCOMPARE(int(published.status), int(PostStatus::Published));
    QCOMPARE(published.networks.first().externalId, QStringLiteral("1861234567890123456"));
    QCOMPARE(published.networks.first().permalink,
             QStringLiteral("https://x.com/hearthbakery/status/1861234567890123456"));
    QCOMPARE(m_workspace->weekModel().indexOfPost(post.id).data(StatusRole).toInt(),
             int(PostStatus::Published));
    m_undo->undo();
    const Post back = *PostRepository(*m_database).find(post.id);
    QCOMPARE(int(back.status), int(PostStatus::Scheduled));
    QVERIFY(back.networks.first().permalink.isEmpty());
    QVERIFY(!back.networks.first().publishedAt.isValid());
}

void TestPlanWorkspace::cancelledLinkPromptPublishesNothing()
{
    const Post post = store(QStringLiteral("Not yet out"), local(2, 7));
    m_workspace->postActions().setLinkPrompt(
        [](const Post &, const QString &) { return std::optional<QString>(); });
    m_workspace->postActions().markPublished(post.id, QStringLiteral("x"));
    QCOMPARE(int(PostRepository(*m_database).find(post.id)->status), int(PostStatus::Scheduled));
    QCOMPARE(m_undo->count(), 0);
}

void TestPlanWorkspace::keyboardChangesWeeksAndSelection()
{
    const Post monday = store(QStringLiteral("Monday"), local(0, 9));
    const Post thursday = store(QStringLiteral("Thursday"), local(3, 9));
    m_workspace->selectPost(monday.id);
    QTest::keyClick(day(0), Qt::Key_Right);
    QCOMPARE(m_workspace->selectedPostId(), thursday.id);
    QTest::keyClick(day(3), Qt::Key_Left);
    QCOMPARE(m_workspace->selectedPostId(), monday.id);
    QTest::keyClick(day(0), Qt::Key_PageDown);
    QCOMPARE(m_workspace->weekModel().weekStart(), m_monday.addDays(7));
    QTest::keyClick(day(0), Qt::Key_PageUp);
    QTest::keyClick(day(0), Qt::Key_PageUp);
    QCOMPARE(m_workspace->weekModel().weekStart(), m_monday.addDays(-7));
    QTest::keyClick(day(0), Qt::Key_T);
    QCOMPARE(m_workspace->weekModel().weekStart(), m_monday);
    QTest::mouseClick(m_workspace->findChild<QToolButton *>(QStringLiteral("monthToolButton")),
                      Qt::LeftButton);
    QCOMPARE(m_workspace->view(), PlanWorkspace::View::Month);
    QTest::mouseClick(m_workspace->findChild<QToolButton *>(QStringLiteral("nextToolButton")),
                      Qt::LeftButton);
    QCOMPARE(m_workspace->date(), m_today.addMonths(1));
}

void TestPlanWorkspace::summaryCountsPillarsAndEmptyDays()
{
    store(QStringLiteral("Monday"), local(0, 9));
    store(QStringLiteral("Friday"), local(4, 9));
    auto *summary = m_workspace->findChild<QWidget *>(QStringLiteral("weekSummaryWidget"));
    QVERIFY(summary);
    QVERIFY(summary->accessibleDescription().contains(QStringLiteral("No post on")));
    QVERIFY(!summary->accessibleDescription().contains(QLocale().dayName(1, QLocale::ShortFormat) +
                                                       u','));
    QVERIFY(summary->accessibleDescription().contains(QLocale().dayName(2, QLocale::ShortFormat)));
}

void TestPlanWorkspace::reminderAtThePostsTime()
{
    const Post post = store(QStringLiteral("Reminder please"), local(2, 9, 30));
    QSignalSpy due(&m_workspace->publishAssist(), &PublishAssist::reminderDue);
    QCOMPARE(m_workspace->publishAssist().checkDue(), 0);
    m_clock->set(local(2, 9, 30));
    QCOMPARE(m_workspace->publishAssist().checkDue(), 1);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().at(0).toLongLong(), post.id);
    QVERIFY(due.first().at(1).toString().contains(QStringLiteral("Reminder please")));
    // Announced once only.
    m_clock->advanceSeconds(60);
    QCOMPARE(m_workspace->publishAssist().checkDue(), 0);
}

void TestPlanWorkspace::grabsAMonthOfPlans()
{
    // Not an assertion on pixels: renders the month view the README shows, next to the tests.
    const QStringList texts{
        QStringLiteral("Why sourdough needs a long, cold proof"),
        QStringLiteral("Behind the counter at 4 am"),
        QStringLiteral("Which winter bread should come back?"),
        QStringLiteral("Office delivery every Friday"),
        QStringLiteral("Good things take time"),
        QStringLiteral("Keep bread fresh without plastic"),
        QStringLiteral("Shaping 20 baguettes against the clock"),
        QStringLiteral("Cardamom buns are back"),
        QStringLiteral("Thank you for the open evening"),
        QStringLiteral("Meet Gustav, our 11-year-old starter"),
    };
    const QList<Pillar> pillars = CatalogRepository(*m_database).pillars().valueOr({});
    const QStringList networks{QStringLiteral("instagram"), QStringLiteral("x"),
                               QStringLiteral("linkedin"), QStringLiteral("mastodon")};
    int n = 0;
    for (QDate day(2026, 11, 1); day.month() == 11; day = day.addDays(1)) {
        const int count = day.dayOfWeek() == 7 ? 0 : (day.day() * 7) % 4;
        for (int i = 0; i < count; ++i, ++n) {
            Post post;
            post.title = post.link = post.firstComment = post.notes = QStringLiteral("");
            post.body = texts.at(n % texts.size());
            post.scheduledAt =
                QDateTime(day, QTime(8 + i * 4, (n % 2) * 30), Qt::LocalTime).toUTC();
            post.status = day < m_today ? PostStatus::Published : PostStatus::Scheduled;
            post.pillarId = pillars.at(n % pillars.size()).id;
            post.networks << PostNetwork{networks.at(n % networks.size()), QString(), QString(),
                                         QString(), QDateTime()};
            QVERIFY(m_workspace->store().create(post));
        }
    }
    m_workspace->resize(1140, 780);
    m_workspace->setView(PlanWorkspace::View::Month);
    QApplication::processEvents();
    const QString target = test::picturePath(QStringLiteral("plan-month.png"));
    QVERIFY(m_workspace->grab().save(target));
    qInfo("month screenshot: %s", qPrintable(target));
    m_workspace->setView(PlanWorkspace::View::Agenda);
    QApplication::processEvents();
    QVERIFY(m_workspace->grab().save(test::picturePath(QStringLiteral("plan-agenda.png"))));
}

void TestPlanWorkspace::freeSlotsInviteAPostAtTheirTime()
{
    // Monday's slot is past (today is Wednesday 08:00); Wednesday's and Friday's are ahead.
    const QList<PostingSlot> wanted{PostingSlot{0, 1, QTime(9, 0), QString()},
                                    PostingSlot{0, 3, QTime(12, 30), QString()},
                                    PostingSlot{0, 5, QTime(9, 0), QStringLiteral("x")}};
    QVERIFY(m_workspace->store().replacePostingSlots(wanted).ok());
    auto slotButton = [this](int dayIndex, const QString &key) {
        return m_workspace->findChild<QToolButton *>(
            QStringLiteral("day%1Slot%2ToolButton").arg(dayIndex).arg(key));
    };
    QVERIFY(!slotButton(0, QStringLiteral("0900")));
    QToolButton *wednesday = slotButton(2, QStringLiteral("1230"));
    QVERIFY(wednesday);
    QVERIFY(wednesday->isVisible());
    QCOMPARE(wednesday->text(), QStringLiteral("+ ") + shortTime(QTime(12, 30)));
    QVERIFY(slotButton(4, QStringLiteral("0900x")));

    int shown = 0;
    m_workspace->setDialogRunner([&](QDialog &dialog) {
        ++shown;
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyTextEdit"))
            ->setPlainText(QStringLiteral("Lunch special"));
        dialog.findChild<QCheckBox *>(QStringLiteral("xNetworkCheckBox"))->setChecked(true);
        return int(QDialog::Accepted);
    });
    QTest::mouseClick(wednesday, Qt::LeftButton);
    QCOMPARE(shown, 1);
    const QModelIndex card = day(2)->model()->index(0, 0, day(2)->rootIndex());
    QCOMPARE(card.data(LocalDateTimeRole).toDateTime(),
             QDateTime(m_monday.addDays(2), QTime(12, 30)));
    // The slot is taken now: its invitation is gone; undo brings it back.
    QVERIFY(!slotButton(2, QStringLiteral("1230")));
    m_undo->undo();
    QVERIFY(slotButton(2, QStringLiteral("1230")));

    // A slot for one network preselects it in the editor.
    QStringList chosen;
    m_workspace->setDialogRunner([&](QDialog &dialog) {
        for (auto *check : dialog.findChildren<QCheckBox *>()) {
            if (check->objectName().endsWith(QStringLiteral("NetworkCheckBox")) &&
                check->isChecked())
                chosen << check->objectName();
        }
        return int(QDialog::Rejected);
    });
    QTest::mouseClick(slotButton(4, QStringLiteral("0900x")), Qt::LeftButton);
    QCOMPARE(chosen, QStringList{QStringLiteral("xNetworkCheckBox")});
}

void TestPlanWorkspace::postingSlotsDialogIsOneUndoableStep()
{
    PlanningService service(*m_database);
    m_workspace->setDialogRunner([](QDialog &dialog) {
        auto *weekday = dialog.findChild<QComboBox *>(QStringLiteral("weekdayComboBox"));
        auto *time = dialog.findChild<QTimeEdit *>(QStringLiteral("slotTimeEdit"));
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addSlotButton"));
        weekday->setCurrentIndex(weekday->findData(4));
        time->setTime(QTime(18, 0));
        add->click();
        weekday->setCurrentIndex(weekday->findData(6));
        time->setTime(QTime(10, 0));
        add->click();
        // The same slot twice is refused in the dialog, with a reason.
        add->click();
        if (!dialog.findChild<QLabel *>(QStringLiteral("slotProblemLabel"))->isVisibleTo(&dialog))
            return int(QDialog::Rejected);
        // Not an assertion on pixels: a picture of the dialog to look at next to the tests.
        dialog.show();
        dialog.grab().save(test::picturePath(QStringLiteral("posting-slots.png")));
        return int(QDialog::Accepted);
    });
    m_workspace->editPostingSlots();
    QCOMPARE(service.postingSlots()->size(), 2);
    QCOMPARE(m_undo->count(), 1);
    QVERIFY(m_workspace->findChild<QToolButton *>(QStringLiteral("day3Slot1800ToolButton")));
    m_undo->undo();
    QVERIFY(service.postingSlots()->isEmpty());
    QVERIFY(!m_workspace->findChild<QToolButton *>(QStringLiteral("day3Slot1800ToolButton")));
    m_undo->redo();
    QCOMPARE(service.postingSlots()->size(), 2);

    // Cancel stores nothing.
    m_workspace->setDialogRunner([](QDialog &dialog) {
        dialog.findChild<QPushButton *>(QStringLiteral("addSlotButton"))->click();
        return int(QDialog::Rejected);
    });
    m_workspace->editPostingSlots();
    QCOMPARE(service.postingSlots()->size(), 2);
    QCOMPARE(m_undo->count(), 1);
}

void TestPlanWorkspace::evergreenPostComesBackAndUndoRemovesTheSeries()
{
    m_workspace->setDialogRunner([](QDialog &dialog) {
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyTextEdit"))
            ->setPlainText(QStringLiteral("Our opening hours"));
        dialog.findChild<QCheckBox *>(QStringLiteral("xNetworkCheckBox"))->setChecked(true);
        dialog.findChild<QCheckBox *>(QStringLiteral("repeatCheckBox"))->setChecked(true);
        dialog.findChild<QSpinBox *>(QStringLiteral("repeatWeeksSpinBox"))->setValue(1);
        dialog.findChild<QRadioButton *>(QStringLiteral("repeatCountRadioButton"))
            ->setChecked(true);
        dialog.findChild<QSpinBox *>(QStringLiteral("repeatCountSpinBox"))->setValue(3);
        return int(QDialog::Accepted);
    });
    m_workspace->newPost(m_monday.addDays(3));
    PostRepository posts(*m_database);
    QCOMPARE(posts.count().valueOr(-1), 3);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(day(3)->model()->rowCount(day(3)->rootIndex()), 1);
    QVERIFY(day(3)->model()->index(0, 0, day(3)->rootIndex()).data(EvergreenRole).toBool());
    // The repeats show in the following weeks, marked too.
    m_workspace->showDate(m_monday.addDays(14));
    QCOMPARE(day(3)->model()->rowCount(day(3)->rootIndex()), 1);
    const QModelIndex repeat = day(3)->model()->index(0, 0, day(3)->rootIndex());
    QVERIFY(repeat.data(EvergreenRole).toBool());
    const qint64 repeatId = repeat.data(PostIdRole).toLongLong();

    m_undo->undo();
    QCOMPARE(posts.count().valueOr(-1), 0);
    QCOMPARE(day(3)->model()->rowCount(day(3)->rootIndex()), 0);
    m_undo->redo();
    QCOMPARE(posts.count().valueOr(-1), 3);
    QVERIFY(m_workspace->weekModel().indexOfPost(repeatId).isValid());
}

void TestPlanWorkspace::changingHowOftenAPostComesBackIsUndoable()
{
    Post post;
    post.title = post.link = post.firstComment = post.notes = QStringLiteral("");
    post.body = QStringLiteral("Tip of the week");
    post.scheduledAt = local(0, 10);
    post.networks << PostNetwork{QStringLiteral("x"), QString(), QString(), QString(), QDateTime()};
    post.recurrence.everyWeeks = 1;
    post.recurrence.count = 3;
    auto first = m_workspace->store().create(post);
    QVERIFY(first.ok());
    PlanningService service(*m_database);
    const QList<Post> before = *service.seriesOf(first->id);

    m_workspace->setDialogRunner([](QDialog &dialog) {
        dialog.findChild<QSpinBox *>(QStringLiteral("repeatCountSpinBox"))->setValue(5);
        return int(QDialog::Accepted);
    });
    m_workspace->openPost(first->id);
    QCOMPARE(service.seriesOf(first->id)->size(), 5);
    m_undo->undo();
    const QList<Post> after = *service.seriesOf(first->id);
    QCOMPARE(after.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(after.at(i).id, before.at(i).id);
    QCOMPARE(after.first().recurrence, post.recurrence);

    // Saving other changes leaves the occurrences alone (no series re-creation).
    m_workspace->setDialogRunner([](QDialog &dialog) {
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("notesTextEdit"))
            ->setPlainText(QStringLiteral("Only a note"));
        return int(QDialog::Accepted);
    });
    m_workspace->openPost(first->id);
    QCOMPARE(service.seriesOf(first->id)->last().id, before.last().id);
}

void TestPlanWorkspace::deletingTheFirstOfASeriesHandsItOnAndUndoRelinks()
{
    Post post;
    post.title = post.link = post.firstComment = post.notes = QStringLiteral("");
    post.body = QStringLiteral("Opening hours");
    post.scheduledAt = local(0, 10);
    post.networks << PostNetwork{QStringLiteral("x"), QString(), QString(), QString(), QDateTime()};
    post.recurrence.everyWeeks = 1;
    post.recurrence.count = 3;
    auto first = m_workspace->store().create(post);
    QVERIFY(first.ok());
    PlanningService service(*m_database);
    const QList<Post> before = *service.seriesOf(first->id);
    QCOMPARE(before.size(), 3);
    QCOMPARE(day(0)->model()->rowCount(day(0)->rootIndex()), 1);

    m_clock->advanceSeconds(60);
    m_workspace->postActions().deletePost(first->id);
    QCOMPARE(m_undo->count(), 1);
    QVERIFY(!service.find(first->id).ok());
    QCOMPARE(day(0)->model()->rowCount(day(0)->rootIndex()), 0);
    // The next repeat now starts the series; the one after still belongs to it.
    const QList<Post> handedOn = *service.seriesOf(before.at(1).id);
    QCOMPARE(handedOn.size(), 2);
    QCOMPARE(handedOn.first().recurrence.count, std::optional<int>(2));
    QCOMPARE(handedOn.last().repeatOf, std::optional<qint64>(before.at(1).id));
    m_workspace->showDate(m_monday.addDays(7));
    QVERIFY(day(0)->model()->index(0, 0, day(0)->rootIndex()).data(EvergreenRole).toBool());

    m_clock->advanceSeconds(60);
    m_undo->undo();
    // Exactly the series as it was: the first post with its id, the repeats linked to it.
    QCOMPARE(*service.seriesOf(first->id), before);
    QCOMPARE(*service.seriesOf(before.at(2).id), before);
    m_workspace->showDate(m_monday);
    QCOMPARE(day(0)->model()->rowCount(day(0)->rootIndex()), 1);

    m_undo->redo();
    QVERIFY(!service.find(first->id).ok());
    QCOMPARE(*service.seriesOf(before.at(1).id), handedOn);
    m_undo->undo();
    QCOMPARE(*service.seriesOf(first->id), before);
}

void TestPlanWorkspace::monthAndAgendaAreBuiltWhenFirstShown()
{
    // Start-up builds the week only; the other views come with their first use.
    QVERIFY(!m_workspace->findChild<QTableView *>(QStringLiteral("agendaTableView")));
    QVERIFY(!m_workspace->findChild<MonthView *>());
    const Post post = store(QStringLiteral("Seen everywhere"), local(1, 9));
    m_workspace->setView(PlanWorkspace::View::Month);
    auto *month = m_workspace->findChild<MonthView *>();
    QVERIFY(month);
    QVERIFY(month->isVisible());
    QVERIFY(month->model()->rowCount() > 0);
    m_workspace->setView(PlanWorkspace::View::Agenda);
    auto *agenda = m_workspace->findChild<QTableView *>(QStringLiteral("agendaTableView"));
    QVERIFY(agenda);
    QVERIFY(agenda->isVisible());
    QCOMPARE(agenda->model()->rowCount(), 1);
    QAbstractItemModelTester tester(agenda->model());
    // Later changes reach the views built meanwhile.
    m_undo->push(new DeletePostCommand(m_workspace->store(), post));
    QCOMPARE(agenda->model()->rowCount(), 0);
    m_workspace->setView(PlanWorkspace::View::Week);
    QCOMPARE(day(1)->model()->rowCount(day(1)->rootIndex()), 0);
}

void TestPlanWorkspace::everyFocusableElementShowsFocus_data()
{
    QTest::addColumn<int>("view");
    QTest::newRow("week") << int(PlanWorkspace::View::Week);
    QTest::newRow("month") << int(PlanWorkspace::View::Month);
    QTest::newRow("agenda") << int(PlanWorkspace::View::Agenda);
}

void TestPlanWorkspace::everyFocusableElementShowsFocus()
{
    QFETCH(int, view);
    const Post post = store(QStringLiteral("Focus on me"), local(2, 11));
    store(QStringLiteral("A draft"), QDateTime());
    m_workspace->setView(PlanWorkspace::View(view));
    m_workspace->selectPost(post.id);
    QApplication::setActiveWindow(m_workspace.get());
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    // Walk the Tab chain as a keyboard user does; each stop must look different while it has
    // focus than after focus moved on.
    m_workspace->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(m_workspace.get(), Qt::Key_Tab);
    QStringList unseen;
    QSet<QWidget *> visited;
    for (QWidget *widget = QApplication::focusWidget();
         widget && m_workspace->isAncestorOf(widget) && !visited.contains(widget);
         widget = QApplication::focusWidget()) {
        visited.insert(widget);
        QTest::qWait(1);
        const QImage with = widget->grab().toImage();
        QTest::keyClick(widget, Qt::Key_Tab);
        // Tables move between their cells with Tab; Ctrl+Tab leaves them.
        if (QApplication::focusWidget() == widget)
            QTest::keyClick(widget, Qt::Key_Tab, Qt::ControlModifier);
        QTest::qWait(1);
        if (widget->grab().toImage() == with)
            unseen << widget->objectName() + QLatin1Char('/') +
                          QString::fromLatin1(widget->metaObject()->className());
    }
    qInfo("%d stops on the Tab chain", int(visited.size()));
    // The screenshot for the docs, when asked for: the selected card with keyboard focus.
    const QString shots = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    if (!shots.isEmpty() && view == int(PlanWorkspace::View::Week)) {
        m_workspace->selectPost(post.id);
        QTest::keyClick(day(2), Qt::Key_Tab, Qt::ShiftModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(m_workspace->grab().save(QDir(shots).filePath(QStringLiteral("plan-focus.png"))));
    }
    QVERIFY(visited.size() >= 6);
    QVERIFY2(unseen.isEmpty(), qPrintable(unseen.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestPlanWorkspace)
#include "tst_planworkspace.moc"
