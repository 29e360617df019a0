// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "plan/monthmodel.h"
#include "storage/database.h"
#include "support/plantestdata.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hearth::core;
using namespace hearth::core::testing;

class TestMonthModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void gridCoversWholeWeeks_data();
    void gridCoversWholeWeeks();
    void cellsHoldTheirDaysPosts();
    void paddingDaysAreOutsideThePeriod();
    void editsMoveBetweenCells();

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MonthModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMonthModel::init()
{
    m_clock = std::make_unique<ManualClock>(local(QDate(2026, 11, 25), 8));
    auto database = testing::openTestDatabase(*m_clock);
    if (!database)
        QFAIL(qPrintable(database.error().message));
    m_database = std::move(*database);
    m_model = std::make_unique<MonthModel>(*m_database, *m_clock);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestMonthModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_database.reset();
}

void TestMonthModel::gridCoversWholeWeeks_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("firstVisible");
    QTest::addColumn<int>("weeks");
    // November 2026 starts on a Sunday: six rows.
    QTest::newRow("november 2026") << QDate(2026, 11, 17) << QDate(2026, 10, 26) << 6;
    // February 2027 starts on a Monday and has 28 days: exactly four rows.
    QTest::newRow("february 2027") << QDate(2027, 2, 28) << QDate(2027, 2, 1) << 4;
    QTest::newRow("march 2026") << QDate(2026, 3, 1) << QDate(2026, 2, 23) << 6;
}

void TestMonthModel::gridCoversWholeWeeks()
{
    QFETCH(QDate, day);
    QFETCH(QDate, firstVisible);
    QFETCH(int, weeks);
    QVERIFY(m_model->setMonth(day));
    QCOMPARE(m_model->month(), QDate(day.year(), day.month(), 1));
    QCOMPARE(m_model->firstVisibleDay(), firstVisible);
    QCOMPARE(m_model->rowCount(), weeks);
    QCOMPARE(m_model->columnCount(), 7);
    QCOMPARE(m_model->dateAt(m_model->index(0, 0)), firstVisible);
    QCOMPARE(m_model->dateAt(m_model->index(weeks - 1, 6)).dayOfWeek(), 7);
}

void TestMonthModel::cellsHoldTheirDaysPosts()
{
    const Post a =
        store(*m_database, makePost(QStringLiteral("a"), local(QDate(2026, 11, 25), 18)));
    const Post b = store(*m_database, makePost(QStringLiteral("b"), local(QDate(2026, 11, 25), 9)));
    // Padding days of the grid (late October) are loaded too.
    const Post october =
        store(*m_database, makePost(QStringLiteral("oct"), local(QDate(2026, 10, 27), 9)));
    store(*m_database, makePost(QStringLiteral("outside"), local(QDate(2026, 12, 7), 9)));
    QVERIFY(m_model->setMonth(QDate(2026, 11, 1)));
    const QModelIndex cell = m_model->indexOfDate(QDate(2026, 11, 25));
    QCOMPARE(cell.data(PostCountRole).toInt(), 2);
    QCOMPARE(cell.data(IsTodayRole).toBool(), true);
    QCOMPARE(cell.data(Qt::DisplayRole).toInt(), 25);
    const auto posts = cell.data(SummariesRole).value<QList<PostSummary>>();
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.at(0).id, b.id);
    QCOMPARE(posts.at(1).id, a.id);
    // The cell's tool tip tells every post of the day, in time order.
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(summaryToolTip(posts.at(0))), qPrintable(tip));
    QVERIFY2(tip.endsWith(summaryToolTip(posts.at(1))), qPrintable(tip));
    QVERIFY(!m_model->indexOfDate(QDate(2026, 11, 26)).data(Qt::ToolTipRole).isValid());
    QCOMPARE(m_model->postsOn(m_model->indexOfDate(QDate(2026, 10, 27))).first().id, october.id);
    QVERIFY(!m_model->indexOfDate(QDate(2026, 12, 7)).isValid());
}

void TestMonthModel::paddingDaysAreOutsideThePeriod()
{
    QVERIFY(m_model->setMonth(QDate(2026, 11, 1)));
    QCOMPARE(m_model->indexOfDate(QDate(2026, 10, 31)).data(InPeriodRole).toBool(), false);
    QCOMPARE(m_model->indexOfDate(QDate(2026, 11, 1)).data(InPeriodRole).toBool(), true);
    QCOMPARE(m_model->indexOfDate(QDate(2026, 12, 6)).data(InPeriodRole).toBool(), false);
}

void TestMonthModel::editsMoveBetweenCells()
{
    Post post =
        store(*m_database, makePost(QStringLiteral("move me"), local(QDate(2026, 11, 3), 9)));
    QVERIFY(m_model->setMonth(QDate(2026, 11, 1)));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    post.scheduledAt = local(QDate(2026, 11, 20), 9);
    m_model->applySaved(post);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_model->indexOfDate(QDate(2026, 11, 3)).data(PostCountRole).toInt(), 0);
    QCOMPARE(m_model->indexOfDate(QDate(2026, 11, 20)).data(PostCountRole).toInt(), 1);
    m_model->applyRemoved(post.id);
    QCOMPARE(m_model->indexOfDate(QDate(2026, 11, 20)).data(PostCountRole).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestMonthModel)
#include "tst_monthmodel.moc"
