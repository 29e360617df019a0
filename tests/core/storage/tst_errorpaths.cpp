// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Error paths a user meets: a full disk during a write or an import, a plan open in another
// window (lock file, stale after a crash), and the backup offered for a damaged plan.
#include "common/clock.h"
#include "interop/bulkpostparser.h"
#include "interop/postimport.h"
#include "listen/metricimporter.h"
#include "listen/metricrepository.h"
#include "plan/postrepository.h"
#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/planlock.h"
#include "storage/planrecovery.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace hearth::core;

namespace {

const QDateTime start(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

Post samplePost(int serial, int bodyBytes = 200)
{
    Post post;
    post.body = QStringLiteral("post %1 ").arg(serial) + QString(bodyBytes, u'b');
    post.networks = {PostNetwork{QStringLiteral("mastodon"), {}, {}, {}, {}}};
    post.tags = {QStringLiteral("t%1").arg(serial)};
    post.scheduledAt = start.addSecs(qint64(serial) * 3600);
    post.status = PostStatus::Scheduled;
    return post;
}

qint64 count(const Database &database, const QString &table)
{
    return database.scalar(QStringLiteral("SELECT count(*) FROM ") + table)->toLongLong();
}

// Makes SQLite refuse to grow the file beyond `extraPages` more pages: what a full disk does.
void fillDisk(Database &database, int extraPages)
{
    // Pages on the free list (a dropped index leaves some) would be room the limit misses.
    QVERIFY(database.exec(QStringLiteral("VACUUM")));
    const qint64 pages = database.scalar(QStringLiteral("PRAGMA page_count"))->toLongLong();
    QVERIFY(database.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + extraPages)));
}

void verifyDiskFullMessage(const Error &error)
{
    QCOMPARE(int(error.kind), int(ErrorKind::DiskFull));
    QVERIFY2(error.message.contains(QStringLiteral("disk is full")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("free some space")), qPrintable(error.message));
}

} // namespace

class TestErrorPaths final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{start};
    std::unique_ptr<Database> m_db;
    QString m_path;

    // A file plan with ten posts, so there is something to keep intact.
    void openPlan()
    {
        m_path = m_dir.filePath(QStringLiteral("plan-%1.sqlite")
                                    .arg(QString::fromLatin1(QTest::currentTestFunction())));
        auto opened = Database::open(m_path, {}, m_clock);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_db = std::move(*opened);
        PostRepository posts(*m_db);
        for (int i = 0; i < 10; ++i)
            QVERIFY(posts.create(samplePost(i)));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { m_db.reset(); }

    void diskFullDuringWriteRollsBack()
    {
        openPlan();
        PostRepository posts(*m_db);
        const qint64 before = count(*m_db, QStringLiteral("posts"));
        fillDisk(*m_db, 1);
        // A post with a long body and many tags needs several new pages.
        Post big = samplePost(99, 60000);
        for (int i = 0; i < 200; ++i)
            big.tags << QStringLiteral("tag-%1-%2").arg(i).arg(QString(40, u'x'));
        auto created = posts.create(big);
        QVERIFY(!created);
        verifyDiskFullMessage(created.error());
        QVERIFY(created.error().message.contains(QStringLiteral("Nothing was changed")));
        QVERIFY(created.error().message.contains(m_path));

        QCOMPARE(count(*m_db, QStringLiteral("posts")), before);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM tags WHERE name LIKE 'tag-%'"))
                     ->toInt(),
                 0);
        QVERIFY(m_db->integrityProblems()->isEmpty());
        // Once there is space again the same write goes through.
        QVERIFY(m_db->exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        QVERIFY(posts.create(big));

        // And a fresh connection sees a healthy file with every committed post.
        m_db.reset();
        auto reopened = Database::open(m_path, {}, m_clock);
        QVERIFY(reopened);
        QCOMPARE(count(**reopened, QStringLiteral("posts")), before + 1);
        QVERIFY((*reopened)->integrityProblems()->isEmpty());
    }

    void diskFullDuringMetricImportRollsBack()
    {
        openPlan();
        const QString csv = m_dir.filePath(QStringLiteral("x-content.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray text = "Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,"
                              "Bookmarks,Shares,New follows,Replies,Reposts,Profile visits,Detail "
                              "Expands,URL Clicks,Hashtag Clicks,Permalink Clicks\n";
            for (int row = 0; row < 600; ++row)
                text += QByteArray::number(1876543210000000000LL + row) +
                        ",\"Mon, Jan 06, 2025\",Post number " + QByteArray::number(row) +
                        " with some words,https://x.com/h/status/" +
                        QByteArray::number(1876543210000000000LL + row) +
                        ",4200,88,310,25,3,6,14,19,12,150,9,0,4\n";
            QVERIFY(file.write(text) == text.size());
        }
        const qint64 posts = count(*m_db, QStringLiteral("posts"));
        fillDisk(*m_db, 4);
        MetricImporter importer(*m_db);
        MetricImportOptions options;
        options.source = MetricSource::X;
        options.timeZone = QTimeZone::utc();
        auto imported = importer.run(csv, options, ImportMode::Commit);
        QVERIFY(!imported);
        verifyDiskFullMessage(imported.error());

        // All or nothing: no import record, no snapshot, no post of the file.
        QCOMPARE(count(*m_db, QStringLiteral("metric_imports")), 0);
        QCOMPARE(count(*m_db, QStringLiteral("metric_snapshots")), 0);
        QCOMPARE(count(*m_db, QStringLiteral("metric_raw_layouts")), 0);
        QCOMPARE(count(*m_db, QStringLiteral("posts")), posts);
        QVERIFY(m_db->integrityProblems()->isEmpty());

        QVERIFY(m_db->exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        auto again = importer.run(csv, options, ImportMode::Commit);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(count(*m_db, QStringLiteral("metric_snapshots")), 600);
    }

    void diskFullDuringBulkImportRollsBack()
    {
        openPlan();
        QByteArray text = "Text,Image URL,Tags,Posting Time\n";
        for (int row = 0; row < 400; ++row)
            text += "\"Bulk row " + QByteArray::number(row) + ' ' + QByteArray(300, 'z') +
                    "\",,\"a,b\",2030-01-01 " + QByteArray::number(8 + row % 10) + ":" +
                    QByteArray::number(10 + row % 50) + '\n';
        QBuffer buffer(&text);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        BulkImportOptions options;
        options.layout = BulkLayout::Buffer;
        options.timeZone = QTimeZone::utc();
        options.networks = {QStringLiteral("mastodon")};
        auto preview = BulkPostParser(*m_db).parse(buffer, QStringLiteral("buffer.csv"), options);
        QVERIFY(preview);
        QVERIFY(!preview->hasErrors());
        const qint64 posts = count(*m_db, QStringLiteral("posts"));
        fillDisk(*m_db, 3);
        auto committed = PostImportWriter(*m_db).commit(*preview);
        QVERIFY(!committed);
        verifyDiskFullMessage(committed.error());
        QCOMPARE(count(*m_db, QStringLiteral("posts")), posts);
        QVERIFY(m_db->integrityProblems()->isEmpty());
    }

    void planLockTellsSecondWindowWhoHasIt()
    {
        const QString plan = m_dir.filePath(QStringLiteral("locked.sqlite"));
        PlanLock first(plan);
        QCOMPARE(first.tryAcquire(), PlanLock::State::Acquired);
        QVERIFY(QFile::exists(plan + QStringLiteral(".lock")));

        PlanLock second(plan);
        QCOMPARE(second.tryAcquire(), PlanLock::State::HeldByOther);
        QCOMPARE(second.ownerPid(), QCoreApplication::applicationPid());
        const QString expected = QStringLiteral("open in another Hearth window (pid %1)")
                                     .arg(QCoreApplication::applicationPid());
        QVERIFY2(second.inUseMessage().contains(expected), qPrintable(second.inUseMessage()));

        first.release();
        QVERIFY(!QFile::exists(plan + QStringLiteral(".lock")));
        QCOMPARE(second.tryAcquire(), PlanLock::State::Acquired);
    }

    // First run: the data folder does not exist until the plan is created in it, and the lock
    // was silently not taken, so a second window was not told.
    void planLockInFolderNotYetMadeIsTaken()
    {
        const QString plan = m_dir.filePath(QStringLiteral("new/hearth/plan.sqlite"));
        PlanLock first(plan);
        QCOMPARE(first.tryAcquire(), PlanLock::State::Acquired);
        PlanLock second(plan);
        QCOMPARE(second.tryAcquire(), PlanLock::State::HeldByOther);
    }

    void staleLockOfDeadProcessIsTakenOver()
    {
        const QString plan = m_dir.filePath(QStringLiteral("stale.sqlite"));
        // A process takes the lock and dies without releasing it, as in a crash.
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            QLockFile lock(PlanLock::lockPathFor(plan));
            ::_exit(lock.tryLock(0) ? 0 : 1);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        QVERIFY(QFile::exists(PlanLock::lockPathFor(plan)));

        PlanLock lock(plan);
        QCOMPARE(lock.tryAcquire(), PlanLock::State::Acquired);
        QVERIFY(lock.isHeld());
    }

    void lockInUnwritableFolderDoesNotBlockOpening()
    {
        if (::geteuid() == 0)
            QSKIP("root may write anywhere");
        const QString folder = m_dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        PlanLock lock(folder + QStringLiteral("/plan.sqlite"));
        QCOMPARE(lock.tryAcquire(), PlanLock::State::Unavailable);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }

    void recoveryOffersNewestHealthyBackup()
    {
        openPlan();
        BackupService backups(*m_db);
        auto older = backups.backupNow(BackupReason::Daily);
        QVERIFY(older);
        m_clock.advanceSeconds(26 * 3600);
        auto newer = backups.backupNow(BackupReason::Manual);
        QVERIFY(newer);
        m_clock.advanceSeconds(3600);
        auto damaged = backups.backupNow(BackupReason::Manual);
        QVERIFY(damaged);
        // The very newest backup is damaged: it must be skipped, not offered.
        {
            QFile file(damaged->path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.write(QByteArray(200, 'X')) == 200);
        }
        auto found = PlanRecovery::newestUsableBackup(m_path, m_clock);
        QVERIFY(found.has_value());
        QCOMPARE(found->path, newer->path);
        const QString advice = PlanRecovery::advice(m_path, found);
        QVERIFY2(advice.contains(newer->path), qPrintable(advice));
        QVERIFY(advice.contains(QStringLiteral("restore")));

        QVERIFY(PlanRecovery::isDamage(Error::make(ErrorKind::Corrupt, {})));
        QVERIFY(PlanRecovery::isDamage(Error::make(ErrorKind::NotADatabase, {})));
        QVERIFY(!PlanRecovery::isDamage(Error::make(ErrorKind::NewerSchema, {})));
        QVERIFY(!PlanRecovery::isDamage(Error::make(ErrorKind::Busy, {})));
        const QString none =
            PlanRecovery::advice(m_dir.filePath(QStringLiteral("x/y.sqlite")), std::nullopt);
        QVERIFY(none.contains(QStringLiteral("no usable backup")));
    }
};

QTEST_GUILESS_MAIN(TestErrorPaths)
#include "tst_errorpaths.moc"
