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
    QSignalSpy drafts(&dialog, &ui::FillWeekDialog::draftCreated);
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
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("fillWeekTableWidget"));
    const QString before = table->item(1, 2)->text();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("rerollButton1")),
                      Qt::LeftButton);
    QVERIFY(table->item(1, 2)->text() != before);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("skipButton2")),
                      Qt::LeftButton);
    QVERIFY(table->item(2, 2)->font().strikeOut());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("acceptButton0")),
                      Qt::LeftButton);
    QCOMPARE(drafts.size(), 1);
    auto post = core::PostRepository(*m_db).find(drafts.first().first().toLongLong());
    QVERIFY(post.ok());
    QCOMPARE(post->scheduledAt, QDateTime(m_week, QTime(9, 30), Qt::LocalTime).toUTC());
    QVERIFY(post->ideaId.has_value());
    QCOMPARE(post->title, table->item(0, 2)->text());

    dialog.acceptAll(); // rows 1, 3 and 4 are still open
    QCOMPARE(drafts.size(), 4);
    QCOMPARE(core::PostRepository(*m_db).count().value(), 4);
    m_undo->undo(); // the whole "accept all" at once
    QCOMPARE(core::PostRepository(*m_db).count().value(), 1);
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
