// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "storage/database.h"
#include "storage/planhealth.h"
#include "storage/schema.h"

#include <QStandardPaths>
#include <QTest>

using namespace hearth::core;

namespace {

const QDateTime start(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

qint64 rowsOf(const PlanHealth &health, const QString &table)
{
    for (const TableCount &count : health.counts) {
        if (count.table == table)
            return count.rows;
    }
    return -1;
}

} // namespace

// PlanHealth: integrity problems and table sizes of an open plan, read without writing.
class TestPlanHealth final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsTheMainTablesInOrder()
    {
        ManualClock clock(start);
        auto db = Database::openInMemory(clock);
        QVERIFY(db.ok());
        auto health = PlanHealth::of(**db);
        QVERIFY2(health.ok(), qPrintable(health ? QString() : health.error().message));
        QStringList tables;
        for (const TableCount &count : health->counts)
            tables << count.table;
        QCOMPARE(tables, (QStringList{QStringLiteral("posts"), QStringLiteral("ideas"),
                                      QStringLiteral("networks"), QStringLiteral("pillars"),
                                      QStringLiteral("tags"), QStringLiteral("metric_snapshots"),
                                      QStringLiteral("posting_slots")}));
        QCOMPARE(health->schemaVersion, schema::currentVersion());
    }

    void countsRowsAndFindsProblems_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("table");
        QTest::addColumn<qint64>("addedRows");
        QTest::addColumn<bool>("healthy");

        QTest::newRow("fresh plan")
            << QStringList() << QStringLiteral("posts") << qint64(0) << true;
        QTest::newRow("two tags") << QStringList{QStringLiteral(
                                         "INSERT INTO tags (name) VALUES ('a'), ('b')")}
                                  << QStringLiteral("tags") << qint64(2) << true;
        QTest::newRow("a pillar")
            << QStringList{QStringLiteral(
                   "INSERT INTO pillars (name, color) VALUES ('Own', '#000')")}
            << QStringLiteral("pillars") << qint64(1) << true;
        QTest::newRow("a posting slot")
            << QStringList{QStringLiteral(
                   "INSERT INTO posting_slots (weekday, minute_of_day) VALUES (1, 570)")}
            << QStringLiteral("posting_slots") << qint64(1) << true;
        // A tag link to posts that do not exist, written with the checks off.
        QTest::newRow("dangling reference")
            << QStringList{QStringLiteral("PRAGMA foreign_keys = OFF"),
                           QStringLiteral("INSERT INTO tags (name) VALUES ('lost')"),
                           QStringLiteral(
                               "INSERT INTO post_tags (post_id, tag_id) VALUES (999, 1)")}
            << QStringLiteral("tags") << qint64(1) << false;
    }

    void countsRowsAndFindsProblems()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, table);
        QFETCH(qint64, addedRows);
        QFETCH(bool, healthy);

        ManualClock clock(start);
        auto db = Database::openInMemory(clock);
        QVERIFY(db.ok());
        auto before = PlanHealth::of(**db);
        QVERIFY(before.ok());
        QVERIFY(before->healthy());
        for (const QString &statement : std::as_const(statements)) {
            auto done = (*db)->exec(statement);
            QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().message));
        }

        auto after = PlanHealth::of(**db);
        QVERIFY2(after.ok(), qPrintable(after ? QString() : after.error().message));
        QCOMPARE(rowsOf(*after, table) - rowsOf(*before, table), addedRows);
        QCOMPARE(after->healthy(), healthy);
        QCOMPARE(after->problems.isEmpty(), healthy);
    }
};

QTEST_GUILESS_MAIN(TestPlanHealth)
#include "tst_planhealth.moc"
