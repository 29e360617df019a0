// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The hearth executable on a team plan: --server opens it (and renders it with --screenshot),
// refuses an unreadable address, an empty database and an unchecked remote server without
// a window to ask in.
#include "common/clock.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray err;
};

Run runHearthOn(const QString &server, const QString &png, const QStringList &more = {})
{
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HEARTH_APP_PATH),
                  QStringList{QStringLiteral("--server"), server, QStringLiteral("--screenshot"),
                              png, QStringLiteral("--size"), QStringLiteral("1024x640")} +
                      more);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardError()};
}

} // namespace

class TestHearthServer final : public QObject
{
    Q_OBJECT

private slots:
    void refusesWhatItCannotOpen_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QStringList>("more");
        QTest::addColumn<QByteArray>("messagePart");
        QTest::newRow("unreadable address") << QStringLiteral("postgresql://[db/plan")
                                            << QStringList() << QByteArray("connection address");
        QTest::newRow("both --db and --server")
            << QStringLiteral("service=bakery")
            << QStringList{QStringLiteral("--db"), QStringLiteral("plan.sqlite")}
            << QByteArray("--db or --server");
        QTest::newRow("unchecked remote server")
            << QStringLiteral("postgresql://db.example.org/plan") << QStringList()
            << QByteArray("consent");
    }

    void refusesWhatItCannotOpen()
    {
        QFETCH(QString, server);
        QFETCH(QStringList, more);
        QFETCH(QByteArray, messagePart);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("x.png"));
        const Run run = runHearthOn(server, png, more);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(messagePart), run.err.constData());
        QVERIFY(!QFile::exists(png));
    }

    void anEmptyDatabaseIsNotTurnedIntoAPlanUnasked()
    {
        if (!core::testing::testsOnPostgreSql())
            QSKIP("needs the PostgreSQL test server");
        auto server = core::testing::newTestServerAddress();
        QVERIFY(server);
        QTemporaryDir dir;
        const Run run = runHearthOn(server->text(), dir.filePath(QStringLiteral("x.png")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no Hearth plan"), run.err.constData());
    }

    void screenshotsEveryWorkspaceOfATeamPlan_data()
    {
        QTest::addColumn<QString>("view");
        QTest::newRow("plan") << QStringLiteral("plan");
        QTest::newRow("spark") << QStringLiteral("spark");
        QTest::newRow("listen") << QStringLiteral("listen");
    }

    void screenshotsEveryWorkspaceOfATeamPlan()
    {
        QFETCH(QString, view);
        if (!core::testing::testsOnPostgreSql())
            QSKIP("needs the PostgreSQL test server");
        auto server = core::testing::newTestServerAddress();
        QVERIFY(server);
        QVERIFY(core::Database::openServer(*server, {}, core::SystemClock::instance()));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("x.png"));
        const Run run = runHearthOn(server->text(), png, {QStringLiteral("--view"), view});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1024, 640));
    }
};

QTEST_GUILESS_MAIN(TestHearthServer)
#include "tst_hearthserver.moc"
