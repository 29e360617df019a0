// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// BackupService: rolling backups, exact and undoable restores, refusal of damaged backups.
#include "common/clock.h"
#include "interop/postimport.h"
#include "plan/postrepository.h"
#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "support/interoptestsupport.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace hearth::core;

namespace {

// Runs `statements` on a backup file through a connection of its own, as an older or newer
// Hearth would have left it. The first value the last statement returns; nullopt on failure.
std::optional<QVariant> alterFile(const QString &path, const QStringList &statements)
{
    std::optional<QVariant> last;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alter"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            last = QVariant();
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    qWarning() << statement << query.lastError().text();
                    last.reset();
                    break;
                }
                last = query.next() ? query.value(0) : QVariant();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("alter"));
    return last;
}

} // namespace

class TestBackupService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void backupLandsBesideTheDatabase();
    void backupRestoresExactly();
    void restoreCanBeUndone();
    void restoresBackupWithOtherPageSize();
    void restoresBackupFromAnOlderSchema_data();
    void restoresBackupFromAnOlderSchema();
    void refusesBackupFromANewerHearth();
    void refusesCorruptBackup_data();
    void refusesCorruptBackup();
    void keepsConfiguredNumber();
    void dailyBackupOnlyWhenDue();
    void restoreFileWithoutOpenDatabase();
    void wholePlanExportAndImport();

private:
    qint64 addPost(const QString &body);
    QStringList bodies() const;

    ManualClock m_clock{QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;
};

void TestBackupService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBackupService::init()
{
    m_clock.set(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("plan/hearth.sqlite"));
    auto db = Database::open(m_path, OpenOptions{}, m_clock);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    m_db = std::move(*db);
}

void TestBackupService::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestBackupService::addPost(const QString &body)
{
    Post post;
    post.body = body;
    post.scheduledAt = m_clock.now().addDays(1);
    post.status = PostStatus::Scheduled;
    post.networks = {hearth::test::network(QStringLiteral("x"))};
    post.tags = {QStringLiteral("bread")};
    auto stored = PostRepository(*m_db).create(PostImportWriter::storable(post));
    return stored ? stored->id : -1;
}

QStringList TestBackupService::bodies() const
{
    QStringList list;
    auto rows = m_db->exec(QStringLiteral("SELECT body FROM posts ORDER BY id"));
    while (rows && rows->next())
        list << rows->value(0).toString();
    return list;
}

void TestBackupService::backupLandsBesideTheDatabase()
{
    addPost(QStringLiteral("one"));
    BackupService service(*m_db);
    QCOMPARE(service.folder(), QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("backups")));
    auto backup = service.backupNow(BackupReason::Manual);
    QVERIFY2(backup.ok(), qPrintable(backup.ok() ? QString() : backup.error().message));
    QCOMPARE(QFileInfo(backup->path).fileName(),
             QStringLiteral("hearth-20260601-100000-manual.sqlite"));
    QVERIFY(BackupService::verify(backup->path, m_clock).ok());
    // A second backup in the same second gets its own name.
    auto again = service.backupNow(BackupReason::Manual);
    QVERIFY(again.ok());
    QVERIFY(again->path != backup->path);
    QCOMPARE(service.backups()->size(), 2);
}

void TestBackupService::backupRestoresExactly()
{
    addPost(QStringLiteral("keep me"));
    addPost(QStringLiteral("and me 🎉"));
    BackupService service(*m_db);
    auto backup = service.backupNow(BackupReason::Manual);
    QVERIFY(backup.ok());
    const QStringList before = bodies();
    const QByteArray dumpBefore = [&] {
        QByteArray dump;
        auto rows = m_db->exec(QStringLiteral(
            "SELECT p.id, p.body, p.scheduled_at, pn.network_id, t.name FROM posts p "
            "JOIN post_networks pn ON pn.post_id = p.id JOIN post_tags pt ON "
            "pt.post_id = p.id JOIN tags t ON t.id = pt.tag_id ORDER BY p.id"));
        while (rows && rows->next())
            for (int i = 0; i < 5; ++i)
                dump += rows->value(i).toString().toUtf8() + '|';
        return dump;
    }();

    addPost(QStringLiteral("added after the backup"));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE posts SET body = 'changed' WHERE body = 'keep me'"))
                .ok());

    auto restored = service.restore(backup->path);
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
    QCOMPARE(bodies(), before);
    QByteArray dumpAfter;
    auto rows = m_db->exec(
        QStringLiteral("SELECT p.id, p.body, p.scheduled_at, pn.network_id, t.name FROM posts p "
                       "JOIN post_networks pn ON pn.post_id = p.id JOIN post_tags pt ON "
                       "pt.post_id = p.id JOIN tags t ON t.id = pt.tag_id ORDER BY p.id"));
    while (rows && rows->next())
        for (int i = 0; i < 5; ++i)
            dumpAfter += rows->value(i).toString().toUtf8() + '|';
    QCOMPARE(dumpAfter, dumpBefore);
    QVERIFY(m_db->integrityProblems()->isEmpty());
    // The same connection keeps working, and the file on disk holds the restored plan.
    QVERIFY(addPost(QStringLiteral("after restore")) > 0);
    m_db.reset();
    auto reopened = Database::open(m_path, OpenOptions{}, m_clock);
    QVERIFY(reopened.ok());
    m_db = std::move(*reopened);
    QCOMPARE(bodies(), before + QStringList{QStringLiteral("after restore")});
}

void TestBackupService::restoreCanBeUndone()
{
    addPost(QStringLiteral("old"));
    BackupService service(*m_db);
    auto backup = service.backupNow(BackupReason::Manual);
    QVERIFY(backup.ok());
    addPost(QStringLiteral("new work"));
    const QStringList current = bodies();
    auto restored = service.restore(backup->path);
    QVERIFY(restored.ok());
    QCOMPARE(bodies(), QStringList{QStringLiteral("old")});
    QVERIFY(QFileInfo::exists(restored->keptAside));
    QVERIFY(restored->keptAside.endsWith(QStringLiteral("-restore.sqlite")));
    auto undone = service.restore(restored->keptAside);
    QVERIFY2(undone.ok(), qPrintable(undone.ok() ? QString() : undone.error().message));
    QCOMPARE(bodies(), current);
}

void TestBackupService::restoresBackupWithOtherPageSize()
{
    addPost(QStringLiteral("from an older plan"));
    BackupService service(*m_db);
    auto backup = service.backupNow(BackupReason::Manual);
    QVERIFY(backup.ok());
    const QStringList before = bodies();
    // Plans made before 16 KiB pages have 4 KiB ones, and so have their backups; the backup API
    // alone refuses to restore those into a plan in WAL mode ("readonly database").
    const auto pageSize =
        alterFile(backup->path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                                 QStringLiteral("PRAGMA page_size = 4096"),
                                 QStringLiteral("VACUUM"), QStringLiteral("PRAGMA page_size")});
    QVERIFY(pageSize);
    QCOMPARE(pageSize->toInt(), 4096);
    QVERIFY(m_db->scalar(QStringLiteral("PRAGMA page_size"))->toInt() != 4096);

    addPost(QStringLiteral("after the backup"));
    auto restored = service.restore(backup->path);
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
    QCOMPARE(bodies(), before);
    QVERIFY(m_db->integrityProblems()->isEmpty());
    QVERIFY(
        !QFileInfo::exists(QDir(service.folder()).filePath(QStringLiteral(".restoring.sqlite"))));
}

// A backup taken before the last schema change (schema 1 had two more indexes) is upgraded on
// a copy and restored; the backup file itself is left as it was.
void TestBackupService::restoresBackupFromAnOlderSchema_data()
{
    QTest::addColumn<bool>("smallPages");
    QTest::newRow("same page size") << false;
    // Plans made before 16 KiB pages: the upgraded copy is then also rewritten with the live size.
    QTest::newRow("4 KiB pages too") << true;
}

void TestBackupService::restoresBackupFromAnOlderSchema()
{
    QFETCH(bool, smallPages);
    addPost(QStringLiteral("from before the upgrade"));
    BackupService service(*m_db);
    auto backup = service.backupNow(BackupReason::Daily);
    QVERIFY(backup.ok());
    const QStringList before = bodies();
    QVERIFY(alterFile(
        backup->path,
        {QStringLiteral(
             "CREATE INDEX post_networks_external ON post_networks (network_id, external_id)"),
         QStringLiteral("CREATE INDEX post_networks_permalink ON post_networks (permalink) WHERE "
                        "permalink IS NOT NULL"),
         QStringLiteral("PRAGMA user_version = 1"),
         QStringLiteral("PRAGMA journal_mode = DELETE")}));
    if (smallPages) {
        const auto pageSize =
            alterFile(backup->path, {QStringLiteral("PRAGMA page_size = 4096"),
                                     QStringLiteral("VACUUM"), QStringLiteral("PRAGMA page_size")});
        QVERIFY(pageSize);
        QCOMPARE(pageSize->toInt(), 4096);
    }
    const QByteArray backupBytes = hearth::test::readAll(backup->path);
    QVERIFY(BackupService::verify(backup->path, m_clock).ok());

    addPost(QStringLiteral("after the backup"));
    auto restored = service.restore(backup->path);
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
    QCOMPARE(bodies(), before);
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA user_version"))->toInt(),
             schema::currentVersion());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name LIKE "
                                         "'post_networks_%'"))
                 ->toInt(),
             1); // post_networks_published only
    QVERIFY(m_db->integrityProblems()->isEmpty());
    QCOMPARE(hearth::test::readAll(backup->path), backupBytes);
    for (const char *leftover : {".restoring.sqlite", ".restoring.sqlite-wal"})
        QVERIFY(!QFileInfo::exists(QDir(service.folder()).filePath(QLatin1String(leftover))));
}

void TestBackupService::refusesBackupFromANewerHearth()
{
    addPost(QStringLiteral("kept"));
    BackupService service(*m_db);
    auto backup = service.backupNow(BackupReason::Manual);
    QVERIFY(backup.ok());
    QVERIFY(
        alterFile(backup->path,
                  {QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion() + 1)}));
    addPost(QStringLiteral("also kept"));
    const QStringList before = bodies();
    auto restored = service.restore(backup->path);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().message.contains(QStringLiteral("newer Hearth")),
             qPrintable(restored.error().message));
    QCOMPARE(bodies(), before);
}

void TestBackupService::refusesCorruptBackup_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("not sqlite") << QByteArray("just some text, not a database")
                                << QStringLiteral("not an SQLite file");
    QTest::newRow("damaged pages") << QByteArray() << QStringLiteral("damaged");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("cannot be restored");
}

void TestBackupService::refusesCorruptBackup()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    for (int i = 0; i < 200; ++i)
        addPost(QStringLiteral("post %1 with some text to fill pages ").arg(i).repeated(5));
    BackupService service(*m_db);
    const QString path = m_dir->filePath(QStringLiteral("broken.sqlite"));
    if (QTest::currentDataTag() == QByteArrayLiteral("damaged pages")) {
        auto good = service.backupNow(BackupReason::Manual);
        QVERIFY(good.ok());
        QByteArray bytes = hearth::test::readAll(good->path);
        // Keep the header, scribble over the pages behind it.
        for (qsizetype i = 4096 * 2; i < bytes.size() - 100; i += 97)
            bytes[i] = static_cast<char>(0xA5);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QStringList before = bodies();
    auto restored = service.restore(path);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().message.contains(message), qPrintable(restored.error().message));
    QVERIFY(restored.error().message.contains(QStringLiteral("broken.sqlite")));
    QCOMPARE(bodies(), before);
}

void TestBackupService::keepsConfiguredNumber()
{
    BackupService service(*m_db);
    QCOMPARE(service.keepCount(), BackupService::defaultKeepCount);
    QVERIFY(service.setKeepCount(3).ok());
    QCOMPARE(service.keepCount(), 3);
    QVERIFY(!service.setKeepCount(0).ok());
    for (int i = 0; i < 5; ++i) {
        m_clock.advanceSeconds(3600);
        QVERIFY(service.backupNow(BackupReason::BeforeImport).ok());
    }
    m_clock.advanceSeconds(60);
    QVERIFY(service.backupNow(BackupReason::Manual).ok());
    auto list = service.backups();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 4);
    QVERIFY(list->at(0).reason == BackupReason::Manual);
    // The three newest import backups survive.
    QCOMPARE(QFileInfo(list->at(1).path).fileName(),
             QStringLiteral("hearth-20260601-150000-import.sqlite"));
    QCOMPARE(QFileInfo(list->at(3).path).fileName(),
             QStringLiteral("hearth-20260601-130000-import.sqlite"));
}

void TestBackupService::dailyBackupOnlyWhenDue()
{
    BackupService service(*m_db);
    auto first = service.backupIfDue();
    QVERIFY(first.ok());
    QVERIFY(first->has_value());
    m_clock.advanceSeconds(23 * 3600);
    auto notYet = service.backupIfDue();
    QVERIFY(notYet.ok());
    QVERIFY(!notYet->has_value());
    m_clock.advanceSeconds(3600);
    auto due = service.backupIfDue();
    QVERIFY(due.ok());
    QVERIFY(due->has_value());
    QVERIFY((*due)->reason == BackupReason::Daily);
}

void TestBackupService::restoreFileWithoutOpenDatabase()
{
    addPost(QStringLiteral("from backup"));
    BackupService service(*m_db);
    auto backup = service.backupNow(BackupReason::Manual);
    QVERIFY(backup.ok());
    addPost(QStringLiteral("lost"));
    m_db.reset();
    // The live file is damaged beyond opening.
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("garbage");
    }
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    QVERIFY(!Database::open(m_path, OpenOptions{}, m_clock).ok());
    auto restored = BackupService::restoreFile(backup->path, m_path, m_clock);
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
    QCOMPARE(hearth::test::readAll(restored->keptAside), QByteArray("garbage"));
    auto reopened = Database::open(m_path, OpenOptions{}, m_clock);
    QVERIFY(reopened.ok());
    m_db = std::move(*reopened);
    QCOMPARE(bodies(), QStringList{QStringLiteral("from backup")});
}

void TestBackupService::wholePlanExportAndImport()
{
    addPost(QStringLiteral("shared plan"));
    BackupService service(*m_db);
    const QString exported = m_dir->filePath(QStringLiteral("export/whole.hearth"));
    QVERIFY(QDir().mkpath(QFileInfo(exported).absolutePath()));
    QVERIFY(service.exportWholePlan(exported).ok());
    QVERIFY(BackupService::verify(exported, m_clock).ok());
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM posts")).ok());
    auto imported = service.importWholePlan(exported);
    QVERIFY(imported.ok());
    QCOMPARE(bodies(), QStringList{QStringLiteral("shared plan")});
}

QTEST_GUILESS_MAIN(TestBackupService)
#include "tst_backupservice.moc"
