// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sqlitehandle.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <sys/stat.h>

using namespace hearth::core;

// Inside a Result-returning lambda: hand a failed statement's error back.
#define RETURN_IF_ERROR(expression)                                                                \
    if (auto outcome = (expression); !outcome)                                                     \
        return outcome.error();

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs raw SQL on a file through a connection of its own, outside Hearth's Database.
void runRaw(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

const QDateTime start(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

} // namespace

// Opening, refusing, migrating and transactions of the one SQLite connection.
class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsPrivateFileWithCurrentSchema()
    {
        QTemporaryDir dir;
        ManualClock clock(start);
        const QString path = dir.filePath(QStringLiteral("sub/folder/plan.sqlite"));
        auto db = Database::open(path, {}, clock);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), schema::currentVersion());
        QVERIFY(!(*db)->isReadOnly());
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(),
                 QStringLiteral("wal"));
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA application_id"))->toInt(),
                 Database::applicationId);
        struct stat info
        {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        QVERIFY((*db)->migrationBackupPath().isEmpty());
    }

    // 16 KiB pages for a new plan (a large metric import writes less), set before the cache
    // size so the cache still holds 16 MiB and not 16 MiB worth of 4 KiB page slots.
    void newPlanHasLargePagesAndSixteenMebibyteCache()
    {
        QTemporaryDir dir;
        ManualClock clock(start);
        const QString path = dir.filePath(QStringLiteral("plan.sqlite"));
        {
            auto db = Database::open(path, {}, clock);
            QVERIFY(db.ok());
            QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA page_size"))->toInt(), 16384);
            QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA cache_size"))->toInt(), -16384);
            // 2 = MEMORY: statement journals of large imports are not written to a file.
            QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA temp_store"))->toInt(), 2);
        }
        auto again = Database::open(path, {}, clock);
        QVERIFY(again.ok());
        QCOMPARE((*again)->scalar(QStringLiteral("PRAGMA page_size"))->toInt(), 16384);
        auto memory = Database::openInMemory(clock);
        QVERIFY(memory.ok());
        QCOMPARE((*memory)->scalar(QStringLiteral("PRAGMA page_size"))->toInt(), 16384);
    }

    void reopensWithoutChanges()
    {
        QTemporaryDir dir;
        ManualClock clock(start);
        const QString path = dir.filePath(QStringLiteral("plan.sqlite"));
        {
            QVERIFY(Database::open(path, {}, clock).ok());
        }
        auto again = Database::open(path, {}, clock);
        QVERIFY(again.ok());
        QCOMPARE((*again)->schemaVersion(), schema::currentVersion());
        QVERIFY((*again)->integrityProblems()->isEmpty());
    }

    // The key results are cached under: still on reads, moved by a write on this connection
    // and by a commit of another one (hearth-cli beside the open window).
    void changeStampMovesOnlyWithWrites()
    {
        QTemporaryDir dir;
        ManualClock clock(start);
        const QString path = dir.filePath(QStringLiteral("plan.sqlite"));
        auto db = Database::open(path, {}, clock);
        QVERIFY(db.ok());
        Database &database = **db;
        const ChangeStamp opened = changeStamp(database);
        QVERIFY(opened.otherConnections >= 0 && opened.thisConnection >= 0);
        QVERIFY(database.scalar(QStringLiteral("SELECT count(*) FROM pillars")).ok());
        QCOMPARE(changeStamp(database), opened);

        QVERIFY(database
                    .write([&] {
                        return database.exec(
                            QStringLiteral("UPDATE pillars SET target_share = 0.5 WHERE id = 1"));
                    })
                    .ok());
        const ChangeStamp written = changeStamp(database);
        QVERIFY(!(written == opened));
        QCOMPARE(changeStamp(database), written);

        runRaw(path, {QStringLiteral("UPDATE pillars SET target_share = 0.25 WHERE id = 1")});
        QVERIFY(!(changeStamp(database) == written));
    }

    void mustExistRefusesMissingFile()
    {
        QTemporaryDir dir;
        ManualClock clock(start);
        OpenOptions options;
        options.create = CreateMode::MustExist;
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        auto db = Database::open(path, options, clock);
        QVERIFY(!db.ok());
        QCOMPARE(int(db.error().kind), int(ErrorKind::NotFound));
        QVERIFY(db.error().message.contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void refusesBadFilesUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("expectedKind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("newer schema") << QStringLiteral("newer") << int(ErrorKind::NewerSchema)
                                      << QStringLiteral("newer version");
        QTest::newRow("random bytes") << QStringLiteral("random") << int(ErrorKind::NotADatabase)
                                      << QStringLiteral("not an SQLite file");
        QTest::newRow("text file") << QStringLiteral("text") << int(ErrorKind::NotADatabase)
                                   << QStringLiteral("not an SQLite file");
        QTest::newRow("other application's database")
            << QStringLiteral("foreign") << int(ErrorKind::NotHearthDatabase)
            << QStringLiteral("not a Hearth database");
        QTest::newRow("other application id")
            << QStringLiteral("appid") << int(ErrorKind::NotHearthDatabase)
            << QStringLiteral("another application");
        QTest::newRow("corrupt page")
            << QStringLiteral("corrupt") << int(ErrorKind::Corrupt) << QStringLiteral("damaged");
        QTest::newRow("truncated")
            << QStringLiteral("truncated") << int(ErrorKind::Corrupt) << QStringLiteral("damaged");
    }

    void refusesBadFilesUntouched()
    {
        QFETCH(QString, damage);
        QFETCH(int, expectedKind);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        ManualClock clock(start);
        const QString path = dir.filePath(QStringLiteral("plan.sqlite"));

        if (damage == QLatin1String("random") || damage == QLatin1String("text")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray bytes;
            if (damage == QLatin1String("text")) {
                bytes = "Date,Text\n2026-11-23 09:00,Hello\n";
            } else {
                for (int i = 0; i < 8192; ++i)
                    bytes.append(char((i * 7919 + 13) % 251));
            }
            file.write(bytes);
        } else if (damage == QLatin1String("foreign")) {
            runRaw(path,
                   {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"),
                    QStringLiteral("INSERT INTO invoices (total) VALUES (12.5)")});
        } else {
            {
                auto db = Database::open(path, {}, clock);
                QVERIFY(db.ok());
                for (int i = 0; i < 300; ++i)
                    QVERIFY(
                        (*db)
                            ->exec(QStringLiteral("INSERT INTO tags (name) VALUES (:n)"),
                                   {{QStringLiteral(":n"),
                                     QStringLiteral("tag-%1-%2").arg(i).arg(QString(200, u'x'))}})
                            .ok());
            }
            if (damage == QLatin1String("newer"))
                runRaw(
                    path,
                    {QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion() + 1)});
            else if (damage == QLatin1String("appid"))
                runRaw(path, {QStringLiteral("PRAGMA application_id = 1234")});
            else if (damage == QLatin1String("corrupt") || damage == QLatin1String("truncated")) {
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadWrite));
                const qint64 pageSize = 4096;
                QVERIFY(file.size() > 8 * pageSize);
                if (damage == QLatin1String("truncated")) {
                    QVERIFY(file.resize(file.size() - 3 * pageSize));
                } else {
                    // Overwrite the last pages (the tags table's b-tree) with garbage.
                    file.seek(file.size() - 3 * pageSize);
                    file.write(QByteArray(int(2 * pageSize), '\x5a'));
                }
            }
        }
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());

        for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
            OpenOptions options;
            options.mode = mode;
            auto db = Database::open(path, options, clock);
            QVERIFY(!db.ok());
            QCOMPARE(int(db.error().kind), expectedKind);
            QVERIFY2(db.error().message.contains(messagePart), qPrintable(db.error().message));
            QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
            QCOMPARE(fileHash(path), before);
        }
    }

    void readOnlyOpenRefusesWritesAndKeepsBytes()
    {
        QTemporaryDir dir;
        ManualClock clock(start);
        const QString path = dir.filePath(QStringLiteral("plan.sqlite"));
        {
            QVERIFY(Database::open(path, {}, clock).ok());
        }
        const QByteArray before = fileHash(path);

        OpenOptions options;
        options.mode = OpenMode::ReadOnly;
        auto db = Database::open(path, options, clock);
        QVERIFY(db.ok());
        QVERIFY((*db)->isReadOnly());
        QVERIFY(!(*db)->readOnlyReason().isEmpty());
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM networks"))->toInt(), 10);
        auto written = (*db)->write([&]() -> Result<void> {
            return (*db)->exec(QStringLiteral("INSERT INTO tags (name) VALUES ('x')")).ok()
                       ? success()
                       : Result<void>(
                             Error::make(ErrorKind::Internal, QStringLiteral("insert failed")));
        });
        QVERIFY(!written.ok());
        QCOMPARE(int(written.error().kind), int(ErrorKind::ReadOnly));
        QVERIFY(written.error().message.contains(QStringLiteral("read-only")));
        auto direct = (*db)->exec(QStringLiteral("INSERT INTO tags (name) VALUES ('y')"));
        QVERIFY(!direct.ok());
        db = Error::make(ErrorKind::Internal, QString());
        QCOMPARE(fileHash(path), before);
    }

    void upgradeWritesBackupFirst()
    {
        QTemporaryDir dir;
        ManualClock clock(start);
        const QString path = dir.filePath(QStringLiteral("plan.sqlite"));
        const std::vector<schema::Migration> v1{{1,
                                                 {QStringLiteral("CREATE TABLE a (x INTEGER)"),
                                                  QStringLiteral("INSERT INTO a VALUES (42)")}}};
        const std::vector<schema::Migration> v2{
            v1.front(), {2, {QStringLiteral("CREATE TABLE b (y INTEGER)")}}};
        OpenOptions options;
        options.migrations = v1;
        {
            QVERIFY(Database::open(path, options, clock).ok());
        }
        const QByteArray before = fileHash(path);

        options.migrations = v2;
        auto db = Database::open(path, options, clock);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), 2);
        const QString backup = (*db)->migrationBackupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(backup.contains(QStringLiteral("schema1")));
        QVERIFY(QFile::exists(backup));
        Q_UNUSED(before);

        // The backup is a complete version-1 database.
        options.migrations = v1;
        options.mode = OpenMode::ReadOnly;
        auto copy = Database::open(backup, options, clock);
        QVERIFY(copy.ok());
        QCOMPARE((*copy)->schemaVersion(), 1);
        QCOMPARE((*copy)->scalar(QStringLiteral("SELECT x FROM a"))->toInt(), 42);
        QVERIFY(!(*copy)->exec(QStringLiteral("SELECT * FROM b")).ok());
    }

    // Schema 2 drops the indexes on network ids and links (the importer matches from its own
    // maps); a plan made with schema 1 keeps its posts and is backed up first.
    void schema1PlanUpgradesWithoutImportIndexes()
    {
        QTemporaryDir dir;
        ManualClock clock(start);
        const QString path = dir.filePath(QStringLiteral("plan.sqlite"));
        OpenOptions options;
        options.migrations = schema::migrations().first(1);
        {
            auto db = Database::open(path, options, clock);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO posts (id, created_at, updated_at) "
                                               "VALUES (7, 0, 0)")));
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO post_networks (post_id, network_id, "
                                               "external_id) VALUES (7, 'facebook', '111_1')")));
        }
        auto db = Database::open(path, {}, clock);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), 2);
        QVERIFY(QFile::exists((*db)->migrationBackupPath()));
        QCOMPARE((*db)
                     ->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN "
                                             "('post_networks_external', "
                                             "'post_networks_permalink')"))
                     ->toInt(),
                 0);
        QCOMPARE((*db)
                     ->scalar(QStringLiteral("SELECT post_id FROM post_networks WHERE "
                                             "external_id = '111_1'"))
                     ->toInt(),
                 7);
        QVERIFY((*db)->integrityProblems()->isEmpty());
    }

    void failedUpgradeChangesNothing()
    {
        QTemporaryDir dir;
        ManualClock clock(start);
        const QString path = dir.filePath(QStringLiteral("plan.sqlite"));
        const std::vector<schema::Migration> v1{
            {1, {QStringLiteral("CREATE TABLE a (x INTEGER)")}}};
        const std::vector<schema::Migration> broken{
            v1.front(),
            {2, {QStringLiteral("CREATE TABLE b (y INTEGER)"), QStringLiteral("THIS IS NOT SQL")}}};
        OpenOptions options;
        options.migrations = v1;
        {
            QVERIFY(Database::open(path, options, clock).ok());
        }

        options.migrations = broken;
        auto db = Database::open(path, options, clock);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("nothing was changed")));

        options.migrations = v1;
        auto again = Database::open(path, options, clock);
        QVERIFY(again.ok());
        QCOMPARE((*again)->schemaVersion(), 1);
        QVERIFY(!(*again)->exec(QStringLiteral("SELECT * FROM b")).ok());
    }

    void writeRollsBackOnError()
    {
        ManualClock clock(start);
        auto db = Database::openInMemory(clock);
        QVERIFY(db.ok());
        Database &database = **db;
        auto failed = database.write([&]() -> Result<void> {
            RETURN_IF_ERROR(
                database.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('kept?')")));
            return Error::make(ErrorKind::InvalidInput, QStringLiteral("stop"));
        });
        QVERIFY(!failed.ok());
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM tags"))->toInt(), 0);
    }

    void nestedWriteRollsBackOnlyInner()
    {
        ManualClock clock(start);
        auto db = Database::openInMemory(clock);
        QVERIFY(db.ok());
        Database &database = **db;
        auto outer = database.write([&]() -> Result<void> {
            RETURN_IF_ERROR(
                database.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('outer')")));
            auto inner = database.write([&]() -> Result<void> {
                RETURN_IF_ERROR(
                    database.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('inner')")));
                return Error::make(ErrorKind::InvalidInput, QStringLiteral("inner fails"));
            });
            if (inner.ok())
                return Error::make(ErrorKind::Internal, QStringLiteral("inner should fail"));
            return success();
        });
        QVERIFY(outer.ok());
        QCOMPARE(database.scalar(QStringLiteral("SELECT group_concat(name) FROM tags"))->toString(),
                 QStringLiteral("outer"));
    }

    // A bulk write runs without SQLite's reference checks, and they are back on afterwards,
    // whether the work succeeded or failed; inside another write they stay on.
    void bulkWriteSwitchesReferenceChecksOffForItselfOnly_data()
    {
        QTest::addColumn<bool>("fails");
        QTest::addColumn<bool>("nested");
        QTest::newRow("succeeds") << false << false;
        QTest::newRow("fails") << true << false;
        QTest::newRow("inside another write") << false << true;
    }
    void bulkWriteSwitchesReferenceChecksOffForItselfOnly()
    {
        QFETCH(bool, fails);
        QFETCH(bool, nested);
        ManualClock clock(start);
        auto db = Database::openInMemory(clock);
        QVERIFY(db.ok());
        Database &database = **db;
        QVERIFY(database.foreignKeysEnforced());
        std::optional<bool> enforcedInside;
        auto bulk = [&]() {
            return database.writeBulk([&]() -> Result<void> {
                enforcedInside = database.foreignKeysEnforced();
                RETURN_IF_ERROR(
                    database.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('bulk')")));
                if (fails)
                    return Error::make(ErrorKind::InvalidInput, QStringLiteral("stop"));
                return success();
            });
        };
        auto done = nested ? database.write(bulk) : bulk();
        QCOMPARE(done.ok(), !fails);
        QCOMPARE(enforcedInside, std::optional<bool>(nested));
        QVERIFY(database.foreignKeysEnforced());
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM tags"))->toInt(),
                 fails ? 0 : 1);
        // Enforced again: a post on a network that does not exist is refused.
        QVERIFY(database.exec(QStringLiteral("INSERT INTO posts (id, created_at, updated_at) "
                                             "VALUES (1, 0, 0)")));
        QVERIFY(!database.exec(QStringLiteral("INSERT INTO post_networks (post_id, network_id) "
                                              "VALUES (1, 'no-such-network')")));
    }

    void busyDatabaseGivesClearErrorWithinTimeout()
    {
        QTemporaryDir dir;
        ManualClock clock(start);
        const QString path = dir.filePath(QStringLiteral("plan.sqlite"));
        OpenOptions options;
        options.busyTimeout = std::chrono::milliseconds(200);
        auto first = Database::open(path, options, clock);
        auto second = Database::open(path, options, clock);
        QVERIFY(first.ok() && second.ok());
        QVERIFY((*first)->exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
        QElapsedTimer timer;
        timer.start();
        auto blocked = (*second)->write([&]() -> Result<void> { return success(); });
        QVERIFY(!blocked.ok());
        QCOMPARE(int(blocked.error().kind), int(ErrorKind::Busy));
        QVERIFY(blocked.error().message.contains(QStringLiteral("in use")));
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY((*first)->exec(QStringLiteral("ROLLBACK")).ok());
        QVERIFY((*second)->write([&]() -> Result<void> { return success(); }).ok());
    }

    void backupIsCompleteCopy()
    {
        QTemporaryDir dir;
        ManualClock clock(start);
        const QString path = dir.filePath(QStringLiteral("plan.sqlite"));
        auto db = Database::open(path, {}, clock);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO tags (name) VALUES ('café ☕')")).ok());
        const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY((*db)->backupTo(target).ok());
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
        OpenOptions options;
        options.mode = OpenMode::ReadOnly;
        auto copy = Database::open(target, options, clock);
        QVERIFY(copy.ok());
        QCOMPARE((*copy)->scalar(QStringLiteral("SELECT name FROM tags"))->toString(),
                 QStringLiteral("café ☕"));
    }

    void backupToMissingFolderFailsCleanly()
    {
        ManualClock clock(start);
        auto db = Database::openInMemory(clock);
        QVERIFY(db.ok());
        auto written = (*db)->backupTo(QStringLiteral("/nonexistent-folder/x/backup.sqlite"));
        QVERIFY(!written.ok());
        QVERIFY(written.error().message.contains(QStringLiteral("backup.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
