// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// IdeaListModel: rows follow the search and filters; passes QAbstractItemModelTester.
#include "common/clock.h"
#include "spark/idealistmodel.h"
#include "spark/idearepository.h"
#include "spark/starterlibrary.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QStandardPaths>
#include <QTest>

using namespace hearth::core;

class TestIdeaListModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_db.reset(); }

    void followsSearchAndFilter();
    void exposesRoles();
    void dragsIdeaIds();

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
};

void TestIdeaListModel::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    auto db = testing::openTestDatabase(*m_clock);
    QVERIFY(db.ok());
    m_db = std::move(*db);
    QVERIFY(StarterLibrary::ensureLoaded(*m_db).ok());
}

void TestIdeaListModel::followsSearchAndFilter()
{
    IdeaListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.refresh().ok());
    const int all = model.rowCount();
    QVERIFY(all >= 120);
    model.setSearchText(QStringLiteral("cafe"));
    QVERIFY(model.refresh().ok());
    QVERIFY(model.rowCount() >= 1);
    QVERIFY(model.rowCount() < all);
    QVERIFY(model.data(model.index(0, 0), IdeaListModel::SnippetRole)
                .toString()
                .contains(QChar(0xE000)));
    model.setSearchText(QString());
    IdeaFilter favourites;
    favourites.favouritesOnly = true;
    model.setFilter(favourites);
    QVERIFY(model.refresh().ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestIdeaListModel::exposesRoles()
{
    IdeaListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.refresh().ok());
    const QModelIndex first = model.index(0, 0);
    const Idea *idea = model.ideaAt(0);
    QVERIFY(idea);
    QCOMPARE(model.data(first, Qt::DisplayRole).toString(), idea->title);
    QCOMPARE(model.data(first, IdeaListModel::IdRole).toLongLong(), idea->id);
    QVERIFY(model.data(first, IdeaListModel::IdeaPillarColorRole).toString().startsWith(u'#'));
    QVERIFY(!model.data(first, IdeaListModel::IdeaPillarNameRole).toString().isEmpty());
    QCOMPARE(model.data(first, IdeaListModel::TimesUsedRole).toInt(), 0);
    QCOMPARE(model.data(first, IdeaListModel::SourceRole).toString(), QStringLiteral("library"));
    QCOMPARE(model.rowOf(idea->id), 0);
    QCOMPARE(model.rowOf(-5), -1);
    QVERIFY(!model.ideaAt(model.rowCount()));
    QVERIFY(model.roleNames().contains(IdeaListModel::SnippetRole));
}

void TestIdeaListModel::dragsIdeaIds()
{
    IdeaListModel model(*m_db);
    QVERIFY(model.refresh().ok());
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled));
    const QString mime = QStringLiteral("application/x-test-idea");
    model.setDragMimeType(mime);
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> data(model.mimeData({model.index(2, 0)}));
    QVERIFY(data);
    QCOMPARE(data->data(mime).toLongLong(), model.ideaAt(2)->id);
    QCOMPARE(model.mimeTypes(), QStringList{mime});
}

QTEST_GUILESS_MAIN(TestIdeaListModel)
#include "tst_idealistmodel.moc"
