// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli against another process's lock, a full disk while writing a backup, and a damaged
// plan whose check names the newest backup. Each runs the real binary in its own process.
#include "common/clock.h"
#include "plan/postrepository.h"
#include "storage/backupservice.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <sys/resource.h>

using namespace hearth::core;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;
};

// Runs hearth-cli; `limitFileSize` > 0 caps the size of any file it writes, as a full disk would.
Run runCli(const QStringList &arguments, const QString &home, qint64 limitFileSize = 0)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    process.setProcessEnvironment(environment);
    if (limitFileSize > 0) {
        process.setChildProcessModifier([limitFileSize] {
            // Ignored, SIGXFSZ no longer kills: write() fails with EFBIG, like ENOSPC would.
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{rlim_t(limitFileSize), rlim_t(limitFileSize)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(HEARTH_CLI_PATH), arguments);
    // Events keep running while it waits, so a test's timer can release a lock meanwhile.
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()), timer.elapsed()};
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

const QDateTime start(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

// A plan of `posts` posts with long bodies, written through the core.
bool makePlan(const QString &path, int posts)
{
    ManualClock clock(start);
    auto opened = Database::open(path, {}, clock);
    if (!opened)
        return false;
    PostRepository repository(**opened);
    auto written = (*opened)->write([&]() -> Result<void> {
        for (int i = 0; i < posts; ++i) {
            Post post;
            post.body = QStringLiteral("post %1 ").arg(i) + QString(2000, u'p');
            post.networks = {PostNetwork{QStringLiteral("mastodon"), {}, {}, {}, {}}};
            post.scheduledAt = start.addSecs(qint64(i) * 3600);
            if (auto created = repository.create(post); !created)
                return created.error();
        }
        return success();
    });
    return written.ok();
}

QStringList addPost(const QString &plan, const QString &text)
{
    return {QStringLiteral("--db"),      plan,
            QStringLiteral("post"),      QStringLiteral("add"),
            QStringLiteral("--text"),    text,
            QStringLiteral("--network"), QStringLiteral("mastodon"),
            QStringLiteral("--at"),      QStringLiteral("2026-12-01 09:00")};
}

// Another process's connection that holds SQLite's write lock until released.
class ForeignWriter final
{
public:
    explicit ForeignWriter(const QString &path)
        : m_name(QStringLiteral("foreign-writer"))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~ForeignWriter()
    {
        release();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    void release()
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen()) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
    }

private:
    QString m_name;
    bool m_ok = false;
};

} // namespace

class TestReliabilityCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writeLockedByAnotherProcessFailsClearlyWithinTimeout()
    {
        QTemporaryDir home;
        const QString plan = home.filePath(QStringLiteral("plan.sqlite"));
        QVERIFY(makePlan(plan, 3));
        ForeignWriter writer(plan);
        QVERIFY(writer.ok());

        const Run run = runCli(addPost(plan, QStringLiteral("blocked")), home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("in use by another program")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(plan), qPrintable(run.err));
        // It waited for the busy timeout (5 s), then gave up: no hang.
        QVERIFY2(run.elapsedMs >= 4000 && run.elapsedMs < 20000,
                 qPrintable(QString::number(run.elapsedMs)));
        writer.release();

        ManualClock clock(start);
        auto opened = Database::open(plan, {}, clock);
        QVERIFY(opened);
        QCOMPARE((*opened)->scalar(QStringLiteral("SELECT count(*) FROM posts"))->toInt(), 3);
    }

    void writeRetriesUntilAnotherProcessReleases()
    {
        QTemporaryDir home;
        const QString plan = home.filePath(QStringLiteral("plan.sqlite"));
        QVERIFY(makePlan(plan, 3));
        ForeignWriter writer(plan);
        QVERIFY(writer.ok());
        QTimer::singleShot(1500, [&writer] { writer.release(); });

        const Run run = runCli(addPost(plan, QStringLiteral("waited")), home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.elapsedMs >= 1000, qPrintable(QString::number(run.elapsedMs)));
        ManualClock clock(start);
        auto opened = Database::open(plan, {}, clock);
        QVERIFY(opened);
        QCOMPARE((*opened)->scalar(QStringLiteral("SELECT count(*) FROM posts"))->toInt(), 4);
    }

    void backupOnFullDiskKeepsOldFileAndSaysSo()
    {
        QTemporaryDir home;
        const QString plan = home.filePath(QStringLiteral("plan.sqlite"));
        QVERIFY(makePlan(plan, 20));
        const QString target = home.filePath(QStringLiteral("whole-plan.sqlite"));
        const Run first =
            runCli({QStringLiteral("--db"), plan, QStringLiteral("backup"), target}, home.path());
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QByteArray before = fileHash(target);
        QVERIFY(!before.isEmpty());

        // The plan grows past what the "disk" can take.
        QVERIFY(makePlan(plan, 200));
        QVERIFY(QFileInfo(plan).size() > 256 * 1024);
        const Run full = runCli({QStringLiteral("--db"), plan, QStringLiteral("backup"), target},
                                home.path(), 128 * 1024);
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains(QStringLiteral("disk is full")), qPrintable(full.err));
        QVERIFY2(full.err.contains(QStringLiteral("Free some space")), qPrintable(full.err));
        QVERIFY2(full.err.contains(target), qPrintable(full.err));
        QCOMPARE(fileHash(target), before);
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));

        // The plan itself is untouched and healthy.
        const Run check =
            runCli({QStringLiteral("--db"), plan, QStringLiteral("check")}, home.path());
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    }

    void exportOnFullDiskKeepsOldFileAndSaysSo_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("ics") << QStringLiteral("ics");
    }

    void exportOnFullDiskKeepsOldFileAndSaysSo()
    {
        QFETCH(QString, kind);
        QTemporaryDir home;
        const QString plan = home.filePath(QStringLiteral("plan.sqlite"));
        QVERIFY(makePlan(plan, 10));
        const QString target = home.filePath(QStringLiteral("plan.") + kind);
        const QStringList arguments{QStringLiteral("--db"), plan, QStringLiteral("export"), kind,
                                    target};
        const Run first = runCli(arguments, home.path());
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QByteArray before = fileHash(target);
        QVERIFY(QFileInfo(target).size() < 64 * 1024);

        QVERIFY(makePlan(plan, 200));
        const Run full = runCli(arguments, home.path(), 64 * 1024);
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains(QStringLiteral("disk is full")), qPrintable(full.err));
        QVERIFY2(full.err.contains(QStringLiteral("Free some space")), qPrintable(full.err));
        QCOMPARE(fileHash(target), before);
        // QSaveFile's temporary file is gone too.
        QCOMPARE(QDir(home.path()).entryList({QStringLiteral("plan.") + kind + u'*'}, QDir::Files),
                 QStringList{QStringLiteral("plan.") + kind});
    }

    void checkOfDamagedPlanNamesNewestBackup()
    {
        QTemporaryDir home;
        const QString plan = home.filePath(QStringLiteral("plan.sqlite"));
        QVERIFY(makePlan(plan, 5));
        const Run backup =
            runCli({QStringLiteral("--db"), plan, QStringLiteral("backup")}, home.path());
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        const auto backups = BackupService::backupsIn(BackupService::defaultFolderFor(plan));
        QVERIFY(backups && backups->size() == 1);
        const QString newest = backups->first().path;

        // The plan is overwritten with something that is not a database at all.
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(plan + suffix);
        {
            QFile file(plan);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QByteArray(8192, '\x17'));
        }
        const QByteArray damaged = fileHash(plan);

        const Run check =
            runCli({QStringLiteral("--db"), plan, QStringLiteral("check")}, home.path());
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(QStringLiteral("not an SQLite file")), qPrintable(check.err));
        QVERIFY2(check.err.contains(QStringLiteral("The newest backup is ") + newest),
                 qPrintable(check.err));
        QVERIFY2(check.err.contains(QStringLiteral("restore")), qPrintable(check.err));
        QCOMPARE(fileHash(plan), damaged);

        // Following the advice brings the plan back and keeps the damaged file aside.
        const Run restore =
            runCli({QStringLiteral("--db"), plan, QStringLiteral("restore"), newest}, home.path());
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
        const Run healthy =
            runCli({QStringLiteral("--db"), plan, QStringLiteral("check")}, home.path());
        QVERIFY2(healthy.exitCode == 0, qPrintable(healthy.err));
        bool keptAside = false;
        const auto after = BackupService::backupsIn(BackupService::defaultFolderFor(plan));
        for (const BackupInfo &info : *after)
            keptAside = keptAside || fileHash(info.path) == damaged;
        QVERIFY(keptAside);
    }
};

QTEST_GUILESS_MAIN(TestReliabilityCli)
#include "tst_reliabilitycli.moc"
