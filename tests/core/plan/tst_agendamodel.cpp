// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "plan/agendamodel.h"
#include "storage/database.h"
#include "support/plantestdata.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace hearth::core;
using namespace hearth::core::testing;

class TestAgendaModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void listsTheRangeInTimeOrder();
    void columnsShowTheCard();
    void refusesAnEmptyRange();
    void followsEdits();

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AgendaModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    const QDate m_first{2026, 11, 23};
};

void TestAgendaModel::init()
{
    m_clock = std::make_unique<ManualClock>(local(m_first, 8));
    auto database = testing::openTestDatabase(*m_clock);
    if (!database)
        QFAIL(qPrintable(database.error().message));
    m_database = std::move(*database);
    m_model = std::make_unique<AgendaModel>(*m_database);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAgendaModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_database.reset();
}

void TestAgendaModel::listsTheRangeInTimeOrder()
{
    const Post b = store(*m_database, makePost(QStringLiteral("b"), local(m_first.addDays(10), 9)));
    const Post a = store(*m_database, makePost(QStringLiteral("a"), local(m_first, 9)));
    store(*m_database, makePost(QStringLiteral("later"), local(m_first.addDays(28), 9)));
    QVERIFY(m_model->setRange(m_first, m_first.addDays(27)));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, 0).data(PostIdRole).toLongLong(), a.id);
    QCOMPARE(m_model->index(1, 0).data(PostIdRole).toLongLong(), b.id);
}

void TestAgendaModel::columnsShowTheCard()
{
    auto pillar = CatalogRepository(*m_database).pillarByName(QStringLiteral("community"));
    QVERIFY(pillar && pillar->has_value());
    store(*m_database, makePost(QStringLiteral("Ask the regulars what they want baked next"),
                                local(m_first, 9, 30),
                                {QStringLiteral("x"), QStringLiteral("mastodon")}, (*pillar)->id));
    QVERIFY(m_model->setRange(m_first, m_first.addDays(6)));
    QCOMPARE(m_model->index(0, AgendaModel::NetworksColumn).data().toString(),
             QStringLiteral("X, Mastodon"));
    QCOMPARE(m_model->index(0, AgendaModel::PillarColumn).data().toString(),
             QStringLiteral("Community"));
    QCOMPARE(m_model->index(0, AgendaModel::TextColumn).data().toString(),
             QStringLiteral("Ask the regulars what they want baked next"));
    QCOMPARE(m_model->index(0, AgendaModel::StatusColumn).data().toString(),
             QStringLiteral("Scheduled"));
    QVERIFY(!m_model->headerData(AgendaModel::TextColumn, Qt::Horizontal).toString().isEmpty());
}

void TestAgendaModel::refusesAnEmptyRange()
{
    const auto refused = m_model->setRange(m_first, m_first.addDays(-1));
    QVERIFY(!refused);
    QVERIFY(refused.error().kind == ErrorKind::InvalidInput);
}

void TestAgendaModel::followsEdits()
{
    Post post = store(*m_database, makePost(QStringLiteral("a"), local(m_first, 9)));
    const Post other =
        store(*m_database, makePost(QStringLiteral("b"), local(m_first.addDays(1), 9)));
    QVERIFY(m_model->setRange(m_first, m_first.addDays(6)));
    post.scheduledAt = local(m_first.addDays(2), 9);
    m_model->applySaved(post);
    QCOMPARE(m_model->rowOf(other.id), 0);
    QCOMPARE(m_model->rowOf(post.id), 1);
    post.scheduledAt = local(m_first.addDays(20), 9);
    m_model->applySaved(post);
    QCOMPARE(m_model->rowOf(post.id), -1);
    m_model->applyRemoved(other.id);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestAgendaModel)
#include "tst_agendamodel.moc"
