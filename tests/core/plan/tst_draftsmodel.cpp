// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "plan/draftsmodel.h"
#include "storage/database.h"
#include "support/plantestdata.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace hearth::core;
using namespace hearth::core::testing;

class TestDraftsModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void holdsOnlyUnscheduledPostsNewestFirst();
    void schedulingADraftTakesItOut();
    void unschedulingAPostPutsItOnTop();

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DraftsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestDraftsModel::init()
{
    m_clock = std::make_unique<ManualClock>(local(QDate(2026, 11, 23), 8));
    auto database = testing::openTestDatabase(*m_clock);
    if (!database)
        QFAIL(qPrintable(database.error().message));
    m_database = std::move(*database);
    m_model = std::make_unique<DraftsModel>(*m_database);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestDraftsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_database.reset();
}

void TestDraftsModel::holdsOnlyUnscheduledPostsNewestFirst()
{
    const Post older = store(*m_database, makePost(QStringLiteral("older idea"), QDateTime()));
    m_clock->advanceSeconds(60);
    const Post newer = store(*m_database, makePost(QStringLiteral("newer idea"), QDateTime()));
    store(*m_database, makePost(QStringLiteral("planned"), local(QDate(2026, 11, 24), 9)));
    QVERIFY(m_model->reload());
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0).data(PostIdRole).toLongLong(), newer.id);
    QCOMPARE(m_model->index(1).data(PostIdRole).toLongLong(), older.id);
    QCOMPARE(m_model->index(0).data().toString(), QStringLiteral("newer idea"));
    QCOMPARE(m_model->index(0).data(StatusRole).toInt(), int(PostStatus::Draft));
}

void TestDraftsModel::schedulingADraftTakesItOut()
{
    Post draft = store(*m_database, makePost(QStringLiteral("draft"), QDateTime()));
    QVERIFY(m_model->reload());
    draft.scheduledAt = local(QDate(2026, 11, 24), 9);
    m_model->applySaved(draft);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestDraftsModel::unschedulingAPostPutsItOnTop()
{
    store(*m_database, makePost(QStringLiteral("draft"), QDateTime()));
    Post post =
        store(*m_database, makePost(QStringLiteral("planned"), local(QDate(2026, 11, 24), 9)));
    QVERIFY(m_model->reload());
    QCOMPARE(m_model->rowCount(), 1);
    post.scheduledAt = QDateTime();
    m_model->applySaved(post);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(post.id), 0);
    m_model->applyRemoved(post.id);
    QCOMPARE(m_model->rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestDraftsModel)
#include "tst_draftsmodel.moc"
