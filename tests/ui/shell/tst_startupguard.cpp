// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up questions: a damaged plan offers the newest backup (kept aside, never overwritten),
// a plan open in another window is opened read-only or not at all; and the same with two real
// hearth processes, including the stale lock a crashed one leaves behind.
#include "common/clock.h"
#include "plan/postrepository.h"
#include "shell/startupguard.h"
#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/planlock.h"

#include <QAbstractButton>
#include <QCryptographicHash>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace hearth;

namespace {

const QDateTime start(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A plan with `posts` posts; with `backupAfter` >= 0, a backup is written after that many.
void makePlan(const QString &path, core::ManualClock &clock, int posts, int backupAfter = -1)
{
    auto opened = core::Database::open(path, {}, clock);
    QVERIFY(opened);
    core::PostRepository repository(**opened);
    for (int i = 0; i < posts; ++i) {
        if (i == backupAfter) {
            core::BackupService backups(**opened);
            QVERIFY(backups.backupNow(core::BackupReason::Daily));
            clock.advanceSeconds(3600);
        }
        core::Post post;
        post.body = QStringLiteral("post %1").arg(i);
        post.networks = {core::PostNetwork{QStringLiteral("mastodon"), {}, {}, {}, {}}};
        post.scheduledAt = start.addSecs(qint64(i) * 3600);
        QVERIFY(repository.create(post));
    }
}

void damage(const QString &path)
{
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QByteArray bytes;
    for (int i = 0; i < 16384; ++i)
        bytes.append(char((i * 7919 + 13) % 251));
    file.write(bytes);
}

QProcessEnvironment environmentFor(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

struct Run
{
    int exitCode = -1;
    QString err;
};

Run runProgram(const QString &program, const QStringList &arguments, const QString &home)
{
    QProcess process;
    process.setProcessEnvironment(environmentFor(home));
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestStartupGuard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void damagedPlanOffersNewestBackupAndKeepsTheDamagedFile()
    {
        QTemporaryDir dir;
        core::ManualClock clock(start);
        const QString plan = dir.filePath(QStringLiteral("plan.sqlite"));
        makePlan(plan, clock, 6, 4);
        damage(plan);
        const QByteArray damaged = fileHash(plan);

        ui::StartupGuard guard(clock, ui::StartupInteraction::Ask);
        QString shownText;
        guard.setPrompt([&](QMessageBox &box) {
            QCOMPARE(box.objectName(), QStringLiteral("damagedPlanMessageBox"));
            shownText = box.text() + u'\n' + box.informativeText();
            auto *restore =
                box.findChild<QAbstractButton *>(QStringLiteral("restoreBackupPushButton"));
            QVERIFY(restore);
            QVERIFY(restore->text().contains(QStringLiteral("Restore the Newest Backup")));
            restore->click();
        });
        ui::StartupOutcome outcome = guard.open(plan, {});
        QVERIFY2(outcome.database, qPrintable(outcome.error));
        QVERIFY(shownText.contains(plan));
        QVERIFY2(shownText.contains(QStringLiteral("not an SQLite file")), qPrintable(shownText));
        QVERIFY(shownText.contains(QStringLiteral("never deleted")));
        QVERIFY(outcome.lock && outcome.lock->isHeld());
        // The backup was written after four posts.
        QCOMPARE(outcome.database->scalar(QStringLiteral("SELECT count(*) FROM posts"))->toInt(),
                 4);
        QVERIFY(outcome.notice.contains(QStringLiteral("damaged plan was kept")));

        bool keptAside = false;
        const auto backups =
            core::BackupService::backupsIn(core::BackupService::defaultFolderFor(plan));
        for (const core::BackupInfo &info : *backups)
            keptAside = keptAside || fileHash(info.path) == damaged;
        QVERIFY(keptAside);
    }

    void damagedPlanQuitLeavesEverythingAsItWas()
    {
        QTemporaryDir dir;
        core::ManualClock clock(start);
        const QString plan = dir.filePath(QStringLiteral("plan.sqlite"));
        makePlan(plan, clock, 3, 1);
        damage(plan);
        const QByteArray damaged = fileHash(plan);

        ui::StartupGuard guard(clock, ui::StartupInteraction::Ask);
        guard.setPrompt([](QMessageBox &box) {
            auto *quit = box.findChild<QAbstractButton *>(QStringLiteral("quitPushButton"));
            QVERIFY(quit);
            quit->click();
        });
        const ui::StartupOutcome outcome = guard.open(plan, {});
        QVERIFY(outcome.quit);
        QVERIFY(!outcome.database);
        QCOMPARE(fileHash(plan), damaged);
    }

    void damagedPlanWithoutBackupIsRefusedUntouched()
    {
        QTemporaryDir dir;
        core::ManualClock clock(start);
        const QString plan = dir.filePath(QStringLiteral("plan.sqlite"));
        damage(plan);
        const QByteArray damaged = fileHash(plan);
        ui::StartupGuard guard(clock, ui::StartupInteraction::Ask);
        guard.setPrompt([](QMessageBox &) { QFAIL("nothing to offer, nothing to ask"); });
        const ui::StartupOutcome outcome = guard.open(plan, {});
        QVERIFY(!outcome.database);
        QVERIFY(outcome.error.contains(QStringLiteral("no usable backup")));
        QCOMPARE(fileHash(plan), damaged);
    }

    void planInUseOpensReadOnlyOrQuits_data()
    {
        QTest::addColumn<QString>("button");
        QTest::newRow("read-only") << QStringLiteral("openReadOnlyPushButton");
        QTest::newRow("quit") << QStringLiteral("quitPushButton");
    }

    void planInUseOpensReadOnlyOrQuits()
    {
        QFETCH(QString, button);
        QTemporaryDir dir;
        core::ManualClock clock(start);
        const QString plan = dir.filePath(QStringLiteral("plan.sqlite"));
        makePlan(plan, clock, 2);
        core::PlanLock other(plan);
        QCOMPARE(other.tryAcquire(), core::PlanLock::State::Acquired);

        ui::StartupGuard guard(clock, ui::StartupInteraction::Ask);
        QString shownText;
        guard.setPrompt([&](QMessageBox &box) {
            QCOMPARE(box.objectName(), QStringLiteral("planInUseMessageBox"));
            shownText = box.text();
            auto *chosen = box.findChild<QAbstractButton *>(button);
            QVERIFY(chosen);
            chosen->click();
        });
        const ui::StartupOutcome outcome = guard.open(plan, {});
        QVERIFY2(shownText.contains(QStringLiteral("open in another Hearth window (pid %1)")
                                        .arg(QCoreApplication::applicationPid())),
                 qPrintable(shownText));
        QVERIFY(!outcome.lock);
        if (button == QLatin1String("quitPushButton")) {
            QVERIFY(outcome.quit);
            QVERIFY(!outcome.database);
        } else {
            QVERIFY(outcome.database);
            QVERIFY(outcome.database->isReadOnly());
            QVERIFY(outcome.notice.contains(QStringLiteral("read-only")));
        }
    }

    void secondHearthProcessIsToldThePlanIsInUse()
    {
        QTemporaryDir home;
        core::ManualClock clock(start);
        const QString plan = home.filePath(QStringLiteral("plan.sqlite"));
        makePlan(plan, clock, 2);
        const QString lockPath = core::PlanLock::lockPathFor(plan);

        // The first window: a real hearth that stays open.
        QProcess first;
        first.setProcessEnvironment(environmentFor(home.path()));
        first.start(QStringLiteral(HEARTH_APP_PATH), {QStringLiteral("--db"), plan});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lockPath), 30000);
        const qint64 firstPid = first.processId();

        // The second window is told, opens read-only and still renders the plan.
        const QString png = home.filePath(QStringLiteral("second.png"));
        const Run second = runProgram(
            QStringLiteral(HEARTH_APP_PATH),
            {QStringLiteral("--db"), plan, QStringLiteral("--screenshot"), png}, home.path());
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.err.contains(
                     QStringLiteral("open in another Hearth window (pid %1)").arg(firstPid)),
                 qPrintable(second.err));
        QVERIFY(second.err.contains(QStringLiteral("read-only")));
        QVERIFY(QFile::exists(png));

        // hearth-cli writes still go through beside the open window.
        const Run cli =
            runProgram(QStringLiteral(HEARTH_CLI_PATH),
                       {QStringLiteral("--db"), plan, QStringLiteral("post"), QStringLiteral("add"),
                        QStringLiteral("--text"), QStringLiteral("from the command line"),
                        QStringLiteral("--network"), QStringLiteral("mastodon"),
                        QStringLiteral("--at"), QStringLiteral("2026-12-01 09:00")},
                       home.path());
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));

        // The first window crashes: its lock stays behind, stale, and must not lock the user out.
        ::kill(pid_t(firstPid), SIGKILL);
        QVERIFY(first.waitForFinished(10000));
        QVERIFY(QFile::exists(lockPath));
        const Run third = runProgram(
            QStringLiteral(HEARTH_APP_PATH),
            {QStringLiteral("--db"), plan, QStringLiteral("--screenshot"), png}, home.path());
        QVERIFY2(third.exitCode == 0, qPrintable(third.err));
        QVERIFY2(!third.err.contains(QStringLiteral("another Hearth window")),
                 qPrintable(third.err));
        // It took the lock and gave it back on exit.
        QVERIFY(!QFile::exists(lockPath));

        auto opened = core::Database::open(plan, {}, clock);
        QVERIFY(opened);
        QCOMPARE((*opened)->scalar(QStringLiteral("SELECT count(*) FROM posts"))->toInt(), 3);
        QVERIFY((*opened)->integrityProblems()->isEmpty());
    }
};

QTEST_MAIN(TestStartupGuard)
#include "tst_startupguard.moc"
