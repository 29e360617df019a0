// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli on a team plan (--server): the address and consent checks run anywhere; init, team
// push, backup and the password run against the PostgreSQL server of the _postgresql run.
#include "teamclisupport.h"

#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace hearth::cli::testing;

class TestTeamCli final : public QObject
{
    Q_OBJECT

    TeamCliHarness m_cli;

private slots:
    void initTestCase() { QVERIFY(m_cli.isValid()); }

    void serverAndFileAreTwoPlans()
    {
        const Run run = m_cli.cli({QStringLiteral("--server"), QStringLiteral("host=localhost"),
                                   QStringLiteral("--db"), m_cli.path(QStringLiteral("x.db")),
                                   QStringLiteral("post"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--server and --db"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
    }

    void badAddressIsRefused_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("unknown key") << QStringLiteral("hots=db.example.org");
        QTest::newRow("broken uri") << QStringLiteral("postgresql://[::1/plan");
        QTest::newRow("unknown uri parameter")
            << QStringLiteral("postgresql://localhost/plan?colour=blue");
    }
    void badAddressIsRefused()
    {
        QFETCH(QString, address);
        const Run run = m_cli.cli(
            {QStringLiteral("--server"), address, QStringLiteral("post"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("is not a PostgreSQL connection address"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
    }

    // A server on another machine whose certificate is not checked could be anyone: Hearth
    // connects only when the user says so, or when sslmode verifies the server.
    void remoteServerWithoutVerifyNeedsConsent()
    {
        const QString remote = QStringLiteral("postgresql://ana@192.0.2.7/plan?connect_timeout=2");
        const QStringList command{QStringLiteral("post"), QStringLiteral("list")};
        const Run refused = m_cli.cli(QStringList{QStringLiteral("--server"), remote} + command);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--allow-unverified-server"), refused.err.constData());
        QVERIFY(refused.err.contains("sslmode=verify-full"));
        QCOMPARE(refused.err.count('\n'), 1);

        // With consent (or a verified address) it gets as far as connecting, which fails here.
        const Run allowed = m_cli.cli(QStringList{QStringLiteral("--server"), remote,
                                                  QStringLiteral("--allow-unverified-server")} +
                                      command);
        QCOMPARE(allowed.exitCode, 1);
        QVERIFY2(!allowed.err.contains("--allow-unverified-server"), allowed.err.constData());
        const Run verified =
            m_cli.cli(QStringList{QStringLiteral("--server"),
                                  remote + QStringLiteral("&sslmode=verify-full")} +
                      command);
        QCOMPARE(verified.exitCode, 1);
        QVERIFY2(!verified.err.contains("--allow-unverified-server"), verified.err.constData());
    }

    void pushNeedsServer()
    {
        const Run run = m_cli.cli({QStringLiteral("team"), QStringLiteral("push"),
                                   QStringLiteral("--db"), m_cli.path(QStringLiteral("x.db"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--server URI"), run.err.constData());
    }

    void initCreatesTheTeamPlan()
    {
        if (!TeamCliHarness::onServer())
            QSKIP("needs the PostgreSQL server of the _postgresql run");
        const QString server = TeamCliHarness::newServer();
        const QStringList at{QStringLiteral("--server"), server};
        const Run missing =
            m_cli.cli(at + QStringList{QStringLiteral("post"), QStringLiteral("list")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("init"), missing.err.constData());

        const Run init =
            m_cli.cli(at + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                       QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QVERIFY(init.json().value(QStringLiteral("schema_version")).toInt() > 0);
        QVERIFY(!init.out.contains("password"));

        const Run check =
            m_cli.cli(at + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                       QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QCOMPARE(check.json().value(QStringLiteral("healthy")).toBool(), true);
        // Init again is harmless: the plan is there.
        QCOMPARE(m_cli.cli(at + QStringList{QStringLiteral("init")}).exitCode, 0);
    }

    // SQLite → team plan → SQLite file gives back the same rows in every table.
    void pushAndBackupRoundTrip()
    {
        if (!TeamCliHarness::onServer())
            QSKIP("needs the PostgreSQL server of the _postgresql run");
        const QString local = m_cli.makeLocalPlan();
        QVERIFY(!local.isEmpty());
        const QStringList at{QStringLiteral("--server"), TeamCliHarness::newServer()};
        const Run pushed =
            m_cli.cli(at + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                       QStringLiteral("team"), QStringLiteral("push"),
                                       QStringLiteral("--db"), local});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        // It says what it copied: every table with the local plan's rows.
        const QJsonObject pushedTables = pushed.json().value(QStringLiteral("tables")).toObject();
        QCOMPARE(pushedTables.size(), planTables().size());
        for (const QString &table : planTables())
            QCOMPARE(pushedTables.value(table).toInt(-1), fileRows(local, table).size());
        for (const char *filled :
             {"posts", "post_networks", "ideas", "idea_tags", "pillars", "posting_slots",
              "metric_imports", "metric_raw_layouts", "metric_snapshots"})
            QVERIFY2(pushedTables.value(QLatin1String(filled)).toInt() > 0, filled);

        const QString copy = m_cli.path(QStringLiteral("backup.sqlite"));
        const Run backup =
            m_cli.cli(at + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                       QStringLiteral("backup"), copy});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        QCOMPARE(backup.json().value(QStringLiteral("tables")).toObject(), pushedTables);

        for (const QString &table : planTables()) {
            const QList<QStringList> original = fileRows(local, table);
            QCOMPARE(fileRows(copy, table).size(), original.size());
            QCOMPARE(fileRows(copy, table), original);
        }
        // The file opens in Hearth offline.
        const Run check = m_cli.cli(
            {QStringLiteral("--db"), copy, QStringLiteral("--read-only"), QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, check.err.constData());

        // The table output names each table with its rows.
        const Run table = m_cli.cli(at + QStringList{QStringLiteral("backup"), copy});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains("metric_snapshots"), table.out.constData());
    }

    void restoreIsForFiles()
    {
        const Run run =
            m_cli.cli({QStringLiteral("--server"), QStringLiteral("host=localhost"),
                       QStringLiteral("restore"), m_cli.path(QStringLiteral("x.sqlite"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("team push"), run.err.constData());
    }

    void pushIntoUsedPlanIsRefused()
    {
        if (!TeamCliHarness::onServer())
            QSKIP("needs the PostgreSQL server of the _postgresql run");
        const QString local = m_cli.makeLocalPlan();
        QVERIFY(!local.isEmpty());
        const QStringList push{QStringLiteral("team"), QStringLiteral("push"),
                               QStringLiteral("--db"), local};
        const QStringList at{QStringLiteral("--server"), TeamCliHarness::newServer()};
        QCOMPARE(m_cli.cli(at + push).exitCode, 0);
        // The options may follow the command too, as "team push --server URI" is written.
        const Run again = m_cli.cli(push + at);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already holds a plan"), again.err.constData());
        QCOMPARE(again.err.count('\n'), 1);
        // The first copy is untouched.
        const Run posts =
            m_cli.cli(at + QStringList{QStringLiteral("--read-only"), QStringLiteral("--format"),
                                       QStringLiteral("json"), QStringLiteral("check")});
        QCOMPARE(posts.exitCode, 0);
        QCOMPARE(posts.json()
                     .value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("posts"))
                     .toInt(),
                 fileRows(local, QStringLiteral("posts")).size());
    }

    // No password anywhere and no terminal to ask on: the message says where one goes.
    void missingPasswordNamesWhereToPutIt()
    {
        if (!TeamCliHarness::onServer())
            QSKIP("needs the PostgreSQL server of the _postgresql run");
        const QStringList at{QStringLiteral("--server"), TeamCliHarness::newServer()};
        QProcessEnvironment noPassword;
        noPassword.insert(QStringLiteral("PGPASSWORD"), QString());
        noPassword.insert(QStringLiteral("PGPASSFILE"), m_cli.path(QStringLiteral("none")));
        const Run run = m_cli.cli(at + QStringList{QStringLiteral("init")}, noPassword);
        if (run.exitCode == 0)
            QSKIP("the test server lets this user in without a password");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("PGPASSWORD"), run.err.constData());
        QVERIFY(run.err.contains(".pgpass"));
        QCOMPARE(run.err.count('\n'), 1);
    }

    // On a terminal the password is asked for, as psql does, and what is typed is not shown.
    void passwordIsAskedOnATerminal()
    {
        if (!TeamCliHarness::onServer())
            QSKIP("needs the PostgreSQL server of the _postgresql run");
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        const QString password = qEnvironmentVariable("PGPASSWORD");
        if (script.isEmpty() || password.isEmpty())
            QSKIP("needs script(1) for a terminal and the test server's password in PGPASSWORD");
        // script(1) runs the command on a pseudo-terminal; the arguments go through a file so
        // no shell quoting can change them.
        const QString arguments = m_cli.path(QStringLiteral("arguments"));
        {
            QFile file(arguments);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringList{QStringLiteral("--server"), TeamCliHarness::newServer(),
                                   QStringLiteral("init")}
                           .join(u'\n')
                           .toUtf8());
        }
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("PGPASSWORD"));
        environment.insert(QStringLiteral("PGPASSFILE"), m_cli.path(QStringLiteral("none")));
        environment.insert(QStringLiteral("HOME"), m_cli.path(QString()));
        process.setProcessEnvironment(environment);
        process.start(script, {QStringLiteral("-qec"),
                               QStringLiteral("IFS='\n'; exec \"$0\" $(cat \"$1\")")
                                   .replace(QStringLiteral("$0"), QStringLiteral(HEARTH_CLI_PATH))
                                   .replace(QStringLiteral("$1"), arguments),
                               QStringLiteral("/dev/null")});
        QByteArray shown;
        while (!shown.contains("Password for") && process.waitForReadyRead(20000))
            shown += process.readAll();
        QVERIFY2(shown.contains("Password for"), shown.constData());
        process.write(QByteArray(password.toUtf8() + '\n'));
        QVERIFY(process.waitForFinished(30000));
        shown += process.readAll();
        QVERIFY2(process.exitCode() == 0, shown.constData());
        QVERIFY2(!shown.contains(QByteArray(": " + password.toUtf8())), shown.constData());
    }
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_teamcli.moc"
