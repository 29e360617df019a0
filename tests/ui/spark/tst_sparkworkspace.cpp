// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Spark workspace, offscreen: search, filters, editing, favourite, archive, delete, drafts and
// undo.
#include "common/clock.h"
#include "plan/postrepository.h"
#include "spark/idealistmodel.h"
#include "spark/idearepository.h"
#include "spark/sparkworkspace.h"
#include "spark/starterlibrary.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace hearth;

class TestSparkWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void showsStarterLibrary();
    void searchNarrowsList();
    void favouriteAndUndo();
    void archiveHidesAndUndoBrings();
    void deleteAndUndo();
    void editSavesAndUndoes();
    void newIdeaIsUndoable();
    // The Plan views follow the post store: a draft made here, and its undo, must go through it.
    void draftAndUndoGoThroughThePostStore();

private:
    template<typename T>
    T *find(const QString &name)
    {
        auto *widget = m_workspace->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    QListView *list() { return find<QListView>(QStringLiteral("ideaListView")); }
    qint64 currentId()
    {
        return list()->currentIndex().data(core::IdeaListModel::IdRole).toLongLong();
    }
    void search(const QString &text);

    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ui::AppServices> m_services;
    std::unique_ptr<ui::SparkWorkspace> m_workspace;
};

void TestSparkWorkspace::init()
{
    m_clock =
        std::make_unique<core::ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    auto db = core::Database::openInMemory(*m_clock);
    QVERIFY(db.ok());
    m_db = std::move(*db);
    QVERIFY(core::StarterLibrary::ensureLoaded(*m_db).ok());
    m_undo = std::make_unique<QUndoStack>();
    m_services = std::make_unique<ui::AppServices>(*m_db, *m_clock, *m_undo);
    m_workspace = std::make_unique<ui::SparkWorkspace>(*m_services);
    m_workspace->resize(1200, 760);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
}

void TestSparkWorkspace::cleanup()
{
    m_workspace.reset();
    m_undo.reset();
    m_services.reset();
    m_db.reset();
}

void TestSparkWorkspace::search(const QString &text)
{
    auto *box = find<QLineEdit>(QStringLiteral("searchLineEdit"));
    box->clear();
    QTest::keyClicks(box, text);
    // The search waits a moment after typing.
    QTRY_COMPARE(qobject_cast<core::IdeaListModel *>(list()->model())->searchText(), text);
}

void TestSparkWorkspace::showsStarterLibrary()
{
    QAbstractItemModelTester tester(list()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(list()->model()->rowCount() >= 120);
    QVERIFY(list()->currentIndex().isValid());
    QCOMPARE(find<QLineEdit>(QStringLiteral("ideaTitleLineEdit"))->text(),
             list()->currentIndex().data(core::IdeaListModel::IdeaTitleRole).toString());
    QVERIFY(find<QLabel>(QStringLiteral("sparkSummaryLabel"))
                ->text()
                .contains(QStringLiteral("131 ideas")));
}

void TestSparkWorkspace::searchNarrowsList()
{
    search(QStringLiteral("cafe"));
    QCOMPARE(list()->model()->rowCount(), 1);
    QCOMPARE(list()->currentIndex().data(core::IdeaListModel::IdeaTitleRole).toString(),
             QStringLiteral("Local favourites"));
    search(QStringLiteral("\"(*"));
    QVERIFY(list()->model()->rowCount() >= 120); // no search words: everything, no error
    search(QStringLiteral("zzzqqq"));
    QCOMPARE(list()->model()->rowCount(), 0);
    QVERIFY(!find<QPlainTextEdit>(QStringLiteral("ideaNotesTextEdit"))->isVisible());
    find<QLineEdit>(QStringLiteral("searchLineEdit"))->clear();
    find<QCheckBox>(QStringLiteral("favouritesCheckBox"))->setChecked(true);
    QTRY_COMPARE(list()->model()->rowCount(), 0);
}

void TestSparkWorkspace::favouriteAndUndo()
{
    search(QStringLiteral("blooper"));
    const qint64 id = currentId();
    QVERIFY(id > 0);
    auto *button = find<QPushButton>(QStringLiteral("favouriteButton"));
    QVERIFY(!button->isChecked());
    QTest::mouseClick(button, Qt::LeftButton);
    core::IdeaRepository ideas(*m_db);
    QVERIFY(ideas.find(id)->favourite);
    QCOMPARE(currentId(), id);
    QVERIFY(button->isChecked());
    QVERIFY(list()->currentIndex().data(core::IdeaListModel::FavouriteRole).toBool());
    m_undo->undo();
    QVERIFY(!ideas.find(id)->favourite);
    QVERIFY(!button->isChecked());
    m_undo->redo();
    QVERIFY(ideas.find(id)->favourite);
}

void TestSparkWorkspace::archiveHidesAndUndoBrings()
{
    search(QStringLiteral("blooper"));
    const qint64 id = currentId();
    QTest::mouseClick(find<QPushButton>(QStringLiteral("archiveButton")), Qt::LeftButton);
    QVERIFY(core::IdeaRepository(*m_db).find(id)->archived);
    QCOMPARE(list()->model()->rowCount(), 0);
    m_undo->undo();
    QVERIFY(!core::IdeaRepository(*m_db).find(id)->archived);
    QCOMPARE(list()->model()->rowCount(), 1);
}

void TestSparkWorkspace::deleteAndUndo()
{
    search(QStringLiteral("blooper"));
    const qint64 id = currentId();
    QTest::mouseClick(find<QPushButton>(QStringLiteral("deleteButton")), Qt::LeftButton);
    QVERIFY(!core::IdeaRepository(*m_db).find(id).ok());
    QCOMPARE(list()->model()->rowCount(), 0);
    QVERIFY(find<QLabel>(QStringLiteral("sparkStatusLabel"))
                ->text()
                .contains(QStringLiteral("Ctrl+Z")));
    m_undo->undo();
    QVERIFY(core::IdeaRepository(*m_db).find(id).ok());
    QCOMPARE(currentId(), id);
}

void TestSparkWorkspace::editSavesAndUndoes()
{
    search(QStringLiteral("blooper"));
    const qint64 id = currentId();
    const QString original = core::IdeaRepository(*m_db).find(id)->notes;
    auto *notes = find<QPlainTextEdit>(QStringLiteral("ideaNotesTextEdit"));
    notes->setPlainText(QStringLiteral("My own words about jargon."));
    auto *save = find<QPushButton>(QStringLiteral("saveButton"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    auto stored = core::IdeaRepository(*m_db).find(id);
    QCOMPARE(stored->notes, QStringLiteral("My own words about jargon."));
    QVERIFY(stored->libraryEdited);
    QVERIFY(!save->isEnabled());
    m_undo->undo();
    QCOMPARE(core::IdeaRepository(*m_db).find(id)->notes, original);
    QCOMPARE(notes->toPlainText(), original);
}

void TestSparkWorkspace::newIdeaIsUndoable()
{
    const qint64 before = core::IdeaRepository(*m_db).count().value();
    QTest::mouseClick(find<QPushButton>(QStringLiteral("newIdeaButton")), Qt::LeftButton);
    QCOMPARE(core::IdeaRepository(*m_db).count().value(), before + 1);
    auto *title = find<QLineEdit>(QStringLiteral("ideaTitleLineEdit"));
    QVERIFY(title->hasFocus());
    title->setText(QStringLiteral("Our new oven"));
    QTest::keyClick(title, Qt::Key_Return);
    const qint64 id = currentId();
    QCOMPARE(core::IdeaRepository(*m_db).find(id)->title, QStringLiteral("Our new oven"));
    m_undo->undo(); // the rename
    m_undo->undo(); // the creation
    QCOMPARE(core::IdeaRepository(*m_db).count().value(), before);
}

void TestSparkWorkspace::draftAndUndoGoThroughThePostStore()
{
    search(QStringLiteral("blooper"));
    QSignalSpy saved(&m_services->posts, &ui::PostStore::postSaved);
    QSignalSpy removed(&m_services->posts, &ui::PostStore::postRemoved);
    QSignalSpy created(m_workspace.get(), &ui::SparkWorkspace::draftCreated);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("draftButton")), Qt::LeftButton);
    QCOMPARE(created.count(), 1);
    const qint64 postId = created.first().first().toLongLong();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().value<core::Post>().id, postId);
    QVERIFY(core::PostRepository(*m_db).find(postId).ok());

    m_undo->undo();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toLongLong(), postId);
    QVERIFY(!core::PostRepository(*m_db).find(postId).ok());
}

QTEST_MAIN(TestSparkWorkspace)
#include "tst_sparkworkspace.moc"
