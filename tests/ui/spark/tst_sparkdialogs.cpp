// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Idea panel, quick capture, "Fill my week" and "Surprise me", offscreen.
#include "common/clock.h"
#include "plan/postrepository.h"
#include "shell/theme.h"
#include "spark/fillweekdialog.h"
#include "spark/idealistmodel.h"
#include "spark/ideapanel.h"
#include "spark/idearepository.h"
#include "spark/quickcapturedialog.h"
#include "spark/sparkactions.h"
#include "spark/starterlibrary.h"
#include "spark/surprisedialog.h"
#include "storage/database.h"
#include "widgets/dragmime.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace hearth;

class TestSparkDialogs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void ideaPanelSearchesAndDrags();
    void quickCaptureSavesUndoably();
    void fillWeekAcceptRerollSkip();
    void fillWeekPreTicksTheDefaultNetworks();
    void fillWeekRowNamesTheStatusItWasPlannedWith_data();
    void fillWeekRowNamesTheStatusItWasPlannedWith();
    void surpriseMakesDraft();
    void actionsHaveShortcut();

private:
    ui::AppServices &services() { return *m_services; }

    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ui::AppServices> m_services;
    const QDate m_week{2026, 3, 9};
};

void TestSparkDialogs::init()
{
    m_clock =
        std::make_unique<core::ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    auto db = core::Database::openInMemory(*m_clock);
    QVERIFY(db.ok());
    m_db = std::move(*db);
    QVERIFY(core::StarterLibrary::ensureLoaded(*m_db).ok());
    m_undo = std::make_unique<QUndoStack>();
    m_services = std::make_unique<ui::AppServices>(*m_db, *m_clock, *m_undo);
}

void TestSparkDialogs::cleanup()
{
    m_undo.reset();
    m_services.reset();
    m_db.reset();
}

void TestSparkDialogs::ideaPanelSearchesAndDrags()
{
    ui::IdeaPanel panel(services());
    panel.resize(340, 640);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *list = panel.findChild<QListView *>(QStringLiteral("ideaPanelListView"));
    QVERIFY(list);
    QVERIFY(list->model()->rowCount() >= 120);
    QVERIFY(list->dragEnabled());
    QTest::keyClicks(panel.findChild<QLineEdit *>(QStringLiteral("ideaPanelSearchLineEdit")),
                     QStringLiteral("behind"));
    QTRY_VERIFY(list->model()->rowCount() < 120);
    QVERIFY(list->model()->rowCount() >= 1);
    std::unique_ptr<QMimeData> data(list->model()->mimeData({list->model()->index(0, 0)}));
    QVERIFY(data && data->hasFormat(ui::mime::ideaId()));
    QCOMPARE(data->data(ui::mime::ideaId()).toLongLong(),
             list->model()->index(0, 0).data(core::IdeaListModel::IdRole).toLongLong());
    QSignalSpy activated(&panel, &ui::IdeaPanel::ideaActivated);
    emit list->activated(list->model()->index(0, 0));
    QCOMPARE(activated.size(), 1);

    // The screenshot for the docs, when asked for.
    const QString shots = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        ui::applyTheme(ui::ThemeChoice::Light);
        panel.findChild<QLineEdit *>(QStringLiteral("ideaPanelSearchLineEdit"))->clear();
        QTRY_VERIFY(list->model()->rowCount() >= 120);
        list->setCurrentIndex(list->model()->index(1, 0));
        QVERIFY(panel.grab().save(QDir(shots).filePath(QStringLiteral("idea-panel.png"))));
    }
}

void TestSparkDialogs::quickCaptureSavesUndoably()
{
    ui::QuickCaptureDialog dialog(services());
    QSignalSpy captured(&dialog, &ui::QuickCaptureDialog::ideaCaptured);
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("captureSaveButton"));
    QVERIFY(!save->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("captureTitleLineEdit"))
        ->setText(QStringLiteral("Photo of the new sign"));
    dialog.findChild<QLineEdit *>(QStringLiteral("captureTagsLineEdit"))
        ->setText(QStringLiteral("shop, sign"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(captured.size(), 1);
    const qint64 id = captured.first().first().toLongLong();
    auto idea = core::IdeaRepository(*m_db).find(id);
    QVERIFY(idea.ok());
    QCOMPARE(idea->tags, (QStringList{QStringLiteral("shop"), QStringLiteral("sign")}));
    m_undo->undo();
    QVERIFY(!core::IdeaRepository(*m_db).find(id).ok());
}

void TestSparkDialogs::fillWeekAcceptRerollSkip()
{
    ui::FillWeekDialog dialog(services(), m_week.addDays(2), 11);
    QSignalSpy planned(&dialog, &ui::FillWeekDialog::postsPlanned);
    const QString shots = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        ui::applyTheme(ui::ThemeChoice::Light);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("fill-week.png"))));
    }
    QCOMPARE(dialog.proposalCount(), 5);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("fillWeekIntroLabel"))
                ->text()
                .contains(QStringLiteral("no posting slots")));
    // Every proposal says why: no figures yet, so the default time.
    for (int row = 0; row < 5; ++row)
        QVERIFY2(dialog.rowWhy(row).contains(QStringLiteral("not enough figures")),
                 qPrintable(dialog.rowWhy(row)));
    auto *step = dialog.findChild<QLabel *>(QStringLiteral("fillWeekStepLabel"));
    QCOMPARE(step->text(), QStringLiteral("1 of 5"));

    const QString before = dialog.rowText(1);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("rerollButton1")),
                      Qt::LeftButton);
    QVERIFY(dialog.rowText(1) != before);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("skipButton2")),
                      Qt::LeftButton);
    // The row's buttons go once the table has let go of them.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("rerollButton2")));

    // Edited in place, then accepted from the step controls: no editor needed.
    auto *text = dialog.findChild<QLineEdit *>(QStringLiteral("textEdit0"));
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Our new rye"));
    dialog.setRowNetworks(0, {QStringLiteral("mastodon")});
    dialog.setRowTime(0, QTime(11, 15));
    dialog.setRowStatus(0, core::PostStatus::Scheduled);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("acceptCurrentButton")),
                      Qt::LeftButton);
    QCOMPARE(planned.size(), 1);
    QCOMPARE(step->text(), QStringLiteral("2 of 5"));
    const qint64 first = planned.first().first().value<QList<qint64>>().value(0);
    auto post = core::PostRepository(*m_db).find(first);
    QVERIFY(post.ok());
    QCOMPARE(post->scheduledAt, QDateTime(m_week, QTime(11, 15), Qt::LocalTime).toUTC());
    QVERIFY(post->ideaId.has_value());
    QCOMPARE(post->body, QStringLiteral("Our new rye"));
    QCOMPARE(post->networkIds(), QStringList{QStringLiteral("mastodon")});
    QVERIFY(post->status == core::PostStatus::Scheduled);

    dialog.acceptAll(); // rows 1, 3 and 4 are still open
    QCOMPARE(planned.size(), 2);
    QCOMPARE(planned.last().first().value<QList<qint64>>().size(), 3);
    QCOMPARE(core::PostRepository(*m_db).count().value(), 4);
    auto third =
        core::PostRepository(*m_db).find(planned.last().first().value<QList<qint64>>().at(1));
    QVERIFY(third->status == core::PostStatus::Draft);
    m_undo->undo(); // the whole "accept all" at once
    QCOMPARE(core::PostRepository(*m_db).count().value(), 1);
    m_undo->redo(); // and back, filled in again
    QCOMPARE(core::PostRepository(*m_db).count().value(), 4);
}

void TestSparkDialogs::fillWeekPreTicksTheDefaultNetworks()
{
    QSettings().setValue(QStringLiteral("defaults/networks"),
                         QStringList{QStringLiteral("x"), QStringLiteral("bluesky")});
    QSettings().setValue(QStringLiteral("defaults/postTime"), QStringLiteral("08:45"));
    ui::FillWeekDialog dialog(services(), m_week, 3);
    QSettings().remove(QStringLiteral("defaults"));
    QCOMPARE(dialog.proposalCount(), 5);
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(dialog.rowNetworks(row),
                 QStringList({QStringLiteral("x"), QStringLiteral("bluesky")}));
        QCOMPARE(dialog.rowTime(row), QTime(8, 45));
        QVERIFY(dialog.rowStatus(row) == core::PostStatus::Draft);
    }
    dialog.acceptAll();
    auto posts = core::PostRepository(*m_db).scheduledBetween(
        QDateTime(m_week, QTime(0, 0), Qt::LocalTime).toUTC(),
        QDateTime(m_week.addDays(7), QTime(0, 0), Qt::LocalTime).toUTC());
    QCOMPARE(posts->size(), 5);
    for (const core::Post &post : std::as_const(*posts))
        QCOMPARE(post.networkIds(), QStringList({QStringLiteral("x"), QStringLiteral("bluesky")}));
}

void TestSparkDialogs::fillWeekRowNamesTheStatusItWasPlannedWith_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("label");
    QTest::newRow("draft") << int(core::PostStatus::Draft) << QStringLiteral("✓ Draft");
    QTest::newRow("scheduled") << int(core::PostStatus::Scheduled) << QStringLiteral("✓ Scheduled");
}

void TestSparkDialogs::fillWeekRowNamesTheStatusItWasPlannedWith()
{
    QFETCH(int, status);
    QFETCH(QString, label);
    ui::FillWeekDialog dialog(services(), m_week, 5);
    dialog.setRowStatus(1, core::PostStatus(status));
    dialog.acceptRow(1);
    dialog.skipRow(2);
    // The row's earlier widgets go once the table has let go of them.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("rowStateLabel1"))->text(), label);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("rowStateLabel2"))->text(),
             QStringLiteral("Skipped"));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("rowStateLabel0")));
}

void TestSparkDialogs::surpriseMakesDraft()
{
    ui::SurpriseDialog dialog(services(), m_week, 3);
    QVERIFY(dialog.ideaId() > 0);
    const qint64 first = dialog.ideaId();
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("surpriseReasonLabel"))->text().isEmpty());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("anotherButton")),
                      Qt::LeftButton);
    QVERIFY(dialog.ideaId() != first);
    QSignalSpy drafts(&dialog, &ui::SurpriseDialog::draftCreated);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("surpriseDraftButton")),
                      Qt::LeftButton);
    QCOMPARE(drafts.size(), 1);
    auto post = core::PostRepository(*m_db).find(drafts.first().first().toLongLong());
    QCOMPARE(post->ideaId, std::optional<qint64>(dialog.ideaId()));
    QVERIFY(!post->isScheduled());
}

void TestSparkDialogs::actionsHaveShortcut()
{
    QWidget window;
    ui::SparkActions actions(services(), &window);
    QCOMPARE(actions.quickCaptureAction()->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QVERIFY(actions.surpriseAction()->isEnabled());
    QVERIFY(actions.fillWeekAction()->isEnabled());
}

QTEST_MAIN(TestSparkDialogs)
#include "tst_sparkdialogs.moc"
