// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// An import as a whole: all of it or nothing (a failing row, a lost connection), the file's hash
// checked before it commits, and a file imported before not written again.
#include "common/clock.h"
#include "listen/metricimporter.h"
#include "storage/batchedinsert.h"
#include "storage/database.h"
#include "support/metricimportsupport.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;
using hearth::test::writeInstagramExport;

class TestMetricImportCommit final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2025, 3, 20), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;

    MetricImportOptions options() const
    {
        return hearth::test::importTestOptions(MetricSource::Auto);
    }
    qint64 count(const QString &table) const { return hearth::test::countRows(*m_db, table); }

    // Every snapshot row written from source line `line` on fails, as a full disk or a broken
    // constraint would, or (`loseConnection`, on a server) the server ends the session there.
    bool failSnapshotsFrom(int line, bool loseConnection = false)
    {
        if (!testing::testsOnPostgreSql())
            return bool(m_db->exec(
                QStringLiteral(
                    "CREATE TEMP TRIGGER fail_late BEFORE INSERT ON main.metric_snapshots WHEN "
                    "new.source_line >= %1 BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")
                    .arg(line)));
        const QString failure =
            loseConnection ? QStringLiteral("PERFORM pg_terminate_backend(pg_backend_pid());")
                           : QStringLiteral("RAISE EXCEPTION 'simulated failure';");
        return m_db->exec(QStringLiteral("CREATE FUNCTION fail_late() RETURNS trigger LANGUAGE "
                                         "plpgsql AS $$ BEGIN %1 RETURN NEW; END $$")
                              .arg(failure)) &&
               m_db->exec(QStringLiteral("CREATE TRIGGER fail_late BEFORE INSERT ON "
                                         "metric_snapshots FOR EACH ROW WHEN (new.source_line >= "
                                         "%1) EXECUTE FUNCTION fail_late()")
                              .arg(line));
    }
    bool stopFailing()
    {
        if (!testing::testsOnPostgreSql())
            return bool(m_db->exec(QStringLiteral("DROP TRIGGER fail_late")));
        return bool(m_db->exec(QStringLiteral("DROP FUNCTION fail_late() CASCADE")));
    }
    void verifyNothingImported()
    {
        for (const char *table :
             {"posts", "post_networks", "metric_snapshots", "metric_imports", "metric_raw_layouts"})
            QCOMPARE(count(QLatin1String(table)), 0);
    }

    // How many rows statements have changed so far, rolled back or not (SQLite's
    // total_changes(); on a server a sequence every table's row trigger moves, since
    // sequences ignore rollbacks).
    qint64 changedRows()
    {
        if (!testing::testsOnPostgreSql())
            return m_db->scalar(QStringLiteral("SELECT total_changes()"))->toLongLong();
        if (!m_countingWrites) {
            m_countingWrites = true;
            const bool counting =
                m_db->exec(QStringLiteral("CREATE SEQUENCE changed_rows")) &&
                m_db->exec(QStringLiteral(
                    "CREATE FUNCTION count_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    "PERFORM nextval('changed_rows'); RETURN NULL; END $$")) &&
                m_db->exec(QStringLiteral(
                    "DO $$ DECLARE t text; BEGIN FOR t IN SELECT table_name FROM "
                    "information_schema.tables WHERE table_schema = current_schema() AND "
                    "table_type = 'BASE TABLE' LOOP EXECUTE format('CREATE TRIGGER count_change "
                    "AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION "
                    "count_change()', t); END LOOP; END $$"));
            if (!counting)
                qFatal("cannot count the changed rows");
        }
        return m_db
            ->scalar(QStringLiteral("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM "
                                    "changed_rows"))
            ->toLongLong();
    }
    bool m_countingWrites = false;

private slots:
    void init()
    {
        m_countingWrites = false;
        auto opened = testing::openTestDatabase(m_clock);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_db = std::move(*opened);
    }
    void cleanup() { m_db.reset(); }

    void failureInALaterBatchChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(writeInstagramExport(path, 200));
        // The disk "fails" after two full batches have been written.
        QVERIFY(failSnapshotsFrom(301));
        auto done = MetricImporter(*m_db).run(path, options(), ImportMode::Commit);
        QVERIFY(!done);
        QVERIFY2(done.error().message.contains(QStringLiteral("simulated failure")) ||
                     done.error().kind == ErrorKind::Internal,
                 qPrintable(done.error().message));
        verifyNothingImported();
        QVERIFY(m_db->foreignKeysEnforced());
        // Without the failure the same file imports in full.
        QVERIFY(stopFailing());
        auto retried = MetricImporter(*m_db).run(path, options(), ImportMode::Commit);
        QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message));
        QCOMPARE(retried->created, 200);
        QCOMPARE(count(QStringLiteral("metric_snapshots")), 200);
    }

    // A row failing half-way through a write of many rows (a COPY on a server) after earlier
    // writes went through, or the server ending the session there: nothing of the import stays.
    void importStoppedHalfWayLeavesNothing_data()
    {
        QTest::addColumn<bool>("loseConnection");
        QTest::newRow("failing row") << false;
        if (testing::testsOnPostgreSql())
            QTest::newRow("connection lost") << true;
    }
    void importStoppedHalfWayLeavesNothing()
    {
        QFETCH(bool, loseConnection);
        const int batch = BatchedInsert::rowsPerWrite(*m_db);
        const int rows = 3 * batch + 10;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(writeInstagramExport(path, rows));
        // Two lines a row after the header: the failing row is in the middle of the third write.
        const int failingRow = 2 * batch + batch / 2;
        QVERIFY(failSnapshotsFrom(2 + 2 * failingRow, loseConnection));
        auto done = MetricImporter(*m_db).run(path, options(), ImportMode::Commit);
        QVERIFY(!done);
        if (loseConnection) {
            QVERIFY2(done.error().kind == ErrorKind::ConnectionLost,
                     qPrintable(done.error().message));
            QVERIFY(m_db->isConnectionLost());
            QVERIFY(m_db->reconnect());
        } else {
            QVERIFY2(done.error().message.contains(QStringLiteral("simulated failure")),
                     qPrintable(done.error().message));
        }
        verifyNothingImported();
        QVERIFY(stopFailing());
        auto retried = MetricImporter(*m_db).run(path, options(), ImportMode::Commit);
        QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message));
        QCOMPARE(retried->created, rows);
        QCOMPARE(count(QStringLiteral("metric_snapshots")), rows);
        QCOMPARE(count(QStringLiteral("posts")), rows);
    }

    // A query of the caller's still reading rows (on a server, Qt streams them from the
    // connection the import's own statements and COPY use) does not get in the import's way.
    void importWhileAQueryIsStillReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(writeInstagramExport(path, 150));
        auto reading = m_db->exec(QStringLiteral("SELECT id FROM networks ORDER BY id"));
        QVERIFY(reading);
        QVERIFY(reading->next());
        auto done = MetricImporter(*m_db).run(path, options(), ImportMode::Commit);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->created, 150);
        QCOMPARE(count(QStringLiteral("metric_snapshots")), 150);
    }

    // The file's hash is worked out beside the import and checked before it commits: a file
    // changed since its preview is refused, and the stored hash is the whole file's.
    void hashIsCheckedBeforeCommit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(writeInstagramExport(path, 150));
        MetricImporter importer(*m_db);
        auto previewed = importer.preview(path, options());
        QVERIFY(previewed);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        file.close();
        QCOMPARE(previewed->fileSha256, sha256);

        // The same rows and one more: every row is read and written before the hash differs.
        QVERIFY(writeInstagramExport(path, 151));
        auto changed = importer.commit(*previewed, options());
        QVERIFY(!changed);
        QVERIFY(changed.error().kind == ErrorKind::Conflict);
        QVERIFY2(changed.error().message.contains(QStringLiteral("changed since the preview")),
                 qPrintable(changed.error().message));
        for (const char *table :
             {"posts", "post_networks", "metric_snapshots", "metric_imports", "metric_raw_layouts"})
            QCOMPARE(count(QLatin1String(table)), 0);

        QVERIFY(writeInstagramExport(path, 150));
        auto done = importer.commit(*previewed, options());
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->created, 150);
        QCOMPARE(done->fileSha256, sha256);
        QCOMPARE(count(QStringLiteral("metric_imports WHERE file_sha256 = '%1' AND row_count = 150")
                           .arg(sha256)),
                 1);
    }

    // A file imported before is recognised before the import writes anything: no statement
    // changes a row (not even one that a rollback would undo), and the result is its preview.
    void fileImportedBeforeIsNotWrittenAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(writeInstagramExport(path, 150));
        MetricImporter importer(*m_db);
        auto first = importer.run(path, options(), ImportMode::Commit);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->created, 150);

        auto changes = [&] {
            return changedRows();
        };
        const qint64 before = changes();
        auto again = importer.run(path, options(), ImportMode::Commit);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QVERIFY(again->alreadyImported);
        QCOMPARE(again->importId, 0);
        QCOMPARE(again->unchanged, 150);
        QCOMPARE(changes(), before);

        // A commit of its preview: the same, nothing written.
        auto previewed = importer.preview(path, options());
        QVERIFY(previewed);
        QVERIFY(previewed->alreadyImported);
        auto committed = importer.commit(*previewed, options());
        QVERIFY(committed);
        QVERIFY(committed->alreadyImported);
        QCOMPARE(changes(), before);
        QCOMPARE(count(QStringLiteral("metric_imports")), 1);
    }

    // With imports in the plan the hash is known before the first write: a file changed since
    // its preview is refused without writing anything.
    void changedFileIsRefusedBeforeWritingWhenThePlanHasImports()
    {
        QTemporaryDir dir;
        MetricImporter importer(*m_db);
        const QString earlier = dir.filePath(QStringLiteral("earlier.csv"));
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(writeInstagramExport(earlier, 10) && writeInstagramExport(path, 150));
        QVERIFY(importer.run(earlier, options(), ImportMode::Commit));
        auto previewed = importer.preview(path, options());
        QVERIFY(previewed);
        QVERIFY(!previewed->alreadyImported);
        QVERIFY(writeInstagramExport(path, 151));
        const qint64 before = changedRows();
        auto changed = importer.commit(*previewed, options());
        QVERIFY(!changed);
        QVERIFY(changed.error().kind == ErrorKind::Conflict);
        QVERIFY2(changed.error().message.contains(QStringLiteral("changed since the preview")),
                 qPrintable(changed.error().message));
        QCOMPARE(changedRows(), before);
    }
};

QTEST_GUILESS_MAIN(TestMetricImportCommit)
#include "tst_metricimportcommit.moc"
