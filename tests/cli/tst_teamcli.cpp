// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli on a team plan (--server): the address and consent checks run anywhere; init,
// commands, team push and backup run against the PostgreSQL server of the _postgresql run.
#include "common/clock.h"
#include "plan/catalog.h"
#include "plan/postingslots.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using namespace hearth;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// Every table a plan copy moves, compared row by row after a round trip.
const QStringList &planTables()
{
    static const QStringList tables{QStringLiteral("networks"),
                                    QStringLiteral("pillars"),
                                    QStringLiteral("tags"),
                                    QStringLiteral("posts"),
                                    QStringLiteral("ideas"),
                                    QStringLiteral("idea_tags"),
                                    QStringLiteral("library_dismissed"),
                                    QStringLiteral("post_networks"),
                                    QStringLiteral("post_tags"),
                                    QStringLiteral("post_media"),
                                    QStringLiteral("posting_slots"),
                                    QStringLiteral("metric_imports"),
                                    QStringLiteral("metric_raw_layouts"),
                                    QStringLiteral("metric_snapshots"),
                                    QStringLiteral("import_mappings"),
                                    QStringLiteral("settings")};
    return tables;
}

// Every row of `table` in a SQLite file, each as its cells' text, in a stable order.
QList<QStringList> fileRows(const QString &path, const QString &table)
{
    QList<QStringList> rows;
    const QString name = QStringLiteral("rows-%1").arg(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT * FROM %1").arg(table));
            while (query.next()) {
                QStringList row;
                for (int c = 0; c < query.record().count(); ++c)
                    row << query.record().fieldName(c) + u'=' + query.value(c).toString();
                rows << row;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

class TestTeamCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    Run cli(const QStringList &arguments, const QProcessEnvironment &extra = {}) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("config")));
        for (const QString &key : extra.keys()) {
            if (extra.value(key).isNull())
                environment.remove(key);
            else
                environment.insert(key, extra.value(key));
        }
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HEARTH_CLI_PATH), arguments);
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    // A new, empty schema on the test server, as the text --server takes.
    static QString newServer()
    {
        auto address = core::testing::newTestServerAddress();
        if (!address)
            qFatal("%s", qPrintable(address.error().message));
        return address->text();
    }

    static bool needsServer() { return core::testing::testsOnPostgreSql(); }

    // A plan file with something in every table a team plan gets: posts with network texts,
    // ideas with tags, a pillar of its own, a posting slot, and imported metrics with raw cells.
    QString makeLocalPlan(const QString &name) const
    {
        const QString path = m_home.filePath(name);
        const QString db = QStringLiteral("--db");
        if (cli({db, path, QStringLiteral("init")}).exitCode != 0)
            return {};
        {
            auto database =
                core::Database::open(path, core::OpenOptions{}, core::SystemClock::instance());
            if (!database)
                return {};
            if (!core::CatalogRepository(**database)
                     .addPillar(QStringLiteral("Flour & friends"), QStringLiteral("#aa5500"), 0.25))
                return {};
            if (!core::PostingSlotStore(**database)
                     .add(core::PostingSlot{0, 3, QTime(9, 30), QStringLiteral("x")}))
                return {};
        }
        const QList<QStringList> commands{
            {QStringLiteral("post"), QStringLiteral("add"), QStringLiteral("--text"),
             QStringLiteral("Rye's back — \"today\" \\o/"), QStringLiteral("--network"),
             QStringLiteral("x,mastodon"), QStringLiteral("--variant"),
             QStringLiteral("mastodon=Hello fediverse"), QStringLiteral("--at"),
             QStringLiteral("2026-12-01 08:30")},
            {QStringLiteral("post"), QStringLiteral("add"), QStringLiteral("--text"),
             QStringLiteral("'); DROP TABLE posts; --"), QStringLiteral("--network"),
             QStringLiteral("linkedin")},
            {QStringLiteral("idea"), QStringLiteral("add"), QStringLiteral("Oven tour"),
             QStringLiteral("--notes"), QStringLiteral("Line one\nLine two"),
             QStringLiteral("--pillar"), QStringLiteral("Flour & friends"), QStringLiteral("--tag"),
             QStringLiteral("bakery,tour")},
            {QStringLiteral("import"), QStringLiteral("metrics"),
             QStringLiteral(HEARTH_TEST_DATA_DIR "/metrics/youtube.csv"),
             QStringLiteral("--time-zone"), QStringLiteral("UTC")},
        };
        for (const QStringList &command : commands) {
            const Run run = cli(QStringList{db, path} + command);
            if (run.exitCode != 0) {
                qWarning("%s", run.err.constData());
                return {};
            }
        }
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void serverAndFileAreTwoPlans()
    {
        const Run run = cli({QStringLiteral("--server"), QStringLiteral("host=localhost"),
                             QStringLiteral("--db"), m_home.filePath(QStringLiteral("x.db")),
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
        const Run run = cli(
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
        const Run refused = cli(QStringList{QStringLiteral("--server"), remote} + command);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--allow-unverified-server"), refused.err.constData());
        QVERIFY(refused.err.contains("sslmode=verify-full"));
        QCOMPARE(refused.err.count('\n'), 1);

        // With consent (or a verified address) it gets as far as connecting, which fails here.
        const Run allowed = cli(QStringList{QStringLiteral("--server"), remote,
                                            QStringLiteral("--allow-unverified-server")} +
                                command);
        QCOMPARE(allowed.exitCode, 1);
        QVERIFY2(!allowed.err.contains("--allow-unverified-server"), allowed.err.constData());
        const Run verified = cli(QStringList{QStringLiteral("--server"),
                                             remote + QStringLiteral("&sslmode=verify-full")} +
                                 command);
        QCOMPARE(verified.exitCode, 1);
        QVERIFY2(!verified.err.contains("--allow-unverified-server"), verified.err.constData());
    }

    void pushNeedsServer()
    {
        const Run run = cli({QStringLiteral("team"), QStringLiteral("push"), QStringLiteral("--db"),
                             m_home.filePath(QStringLiteral("x.db"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--server URI"), run.err.constData());
    }

    void initCreatesTheTeamPlan()
    {
        if (!needsServer())
            QSKIP("needs the PostgreSQL server of the _postgresql run");
        const QString server = newServer();
        const QStringList at{QStringLiteral("--server"), server};
        const Run missing = cli(at + QStringList{QStringLiteral("post"), QStringLiteral("list")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("init"), missing.err.constData());

        const Run init = cli(at + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                              QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QVERIFY(init.json().value(QStringLiteral("schema_version")).toInt() > 0);
        QVERIFY(!init.out.contains("password"));

        const Run check = cli(at + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                               QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QCOMPARE(check.json().value(QStringLiteral("healthy")).toBool(), true);
        // Init again is harmless: the plan is there.
        QCOMPARE(cli(at + QStringList{QStringLiteral("init")}).exitCode, 0);
    }

    void postAddedOnServerIsRead()
    {
        if (!needsServer())
            QSKIP("needs the PostgreSQL server of the _postgresql run");
        const QStringList at{QStringLiteral("--server"), newServer()};
        QCOMPARE(cli(at + QStringList{QStringLiteral("init")}).exitCode, 0);
        const Run added =
            cli(at + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("post"), QStringLiteral("add"),
                                 QStringLiteral("--text"), QStringLiteral("Team rye, Café day"),
                                 QStringLiteral("--network"), QStringLiteral("x"),
                                 QStringLiteral("--at"), QStringLiteral("2026-12-02 10:00")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const Run read = cli(at + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                              QStringLiteral("post"), QStringLiteral("list")});
        QVERIFY2(read.exitCode == 0, read.err.constData());
        const QJsonArray posts = QJsonDocument::fromJson(read.out).array();
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.at(0).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Team rye, Café day"));
    }

    // SQLite → team plan → SQLite file gives back the same rows in every table.
    void pushAndBackupRoundTrip()
    {
        if (!needsServer())
            QSKIP("needs the PostgreSQL server of the _postgresql run");
        const QString local = makeLocalPlan(QStringLiteral("local.db"));
        QVERIFY(!local.isEmpty());
        const QStringList at{QStringLiteral("--server"), newServer()};
        const Run pushed = cli(at + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
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

        const QString copy = m_home.filePath(QStringLiteral("backup.sqlite"));
        const Run backup = cli(at + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                                QStringLiteral("backup"), copy});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        QCOMPARE(backup.json().value(QStringLiteral("tables")).toObject(), pushedTables);

        for (const QString &table : planTables()) {
            const QList<QStringList> original = fileRows(local, table);
            QCOMPARE(fileRows(copy, table).size(), original.size());
            QCOMPARE(fileRows(copy, table), original);
        }
        // The file opens in Hearth offline.
        const Run check = cli(
            {QStringLiteral("--db"), copy, QStringLiteral("--read-only"), QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, check.err.constData());

        // The table output names each table with its rows.
        const Run table = cli(at + QStringList{QStringLiteral("backup"), copy});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains("metric_snapshots"), table.out.constData());
    }

    void pushIntoUsedPlanIsRefused()
    {
        if (!needsServer())
            QSKIP("needs the PostgreSQL server of the _postgresql run");
        const QString local = makeLocalPlan(QStringLiteral("again.db"));
        QVERIFY(!local.isEmpty());
        const QStringList push{QStringLiteral("team"), QStringLiteral("push"),
                               QStringLiteral("--db"), local};
        const QStringList at{QStringLiteral("--server"), newServer()};
        QCOMPARE(cli(at + push).exitCode, 0);
        const Run again = cli(at + push);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already holds a plan"), again.err.constData());
        QCOMPARE(again.err.count('\n'), 1);
        // The first copy is untouched.
        const Run posts =
            cli(at + QStringList{QStringLiteral("--read-only"), QStringLiteral("--format"),
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
        if (!needsServer())
            QSKIP("needs the PostgreSQL server of the _postgresql run");
        const QStringList at{QStringLiteral("--server"), newServer()};
        QProcessEnvironment noPassword;
        noPassword.insert(QStringLiteral("PGPASSWORD"), QString());
        noPassword.insert(QStringLiteral("PGPASSFILE"), m_home.filePath(QStringLiteral("none")));
        const Run run = cli(at + QStringList{QStringLiteral("init")}, noPassword);
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
        if (!needsServer())
            QSKIP("needs the PostgreSQL server of the _postgresql run");
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        const QString password = qEnvironmentVariable("PGPASSWORD");
        if (script.isEmpty() || password.isEmpty())
            QSKIP("needs script(1) for a terminal and the test server's password in PGPASSWORD");
        // script(1) runs the command on a pseudo-terminal; the arguments go through a file so
        // no shell quoting can change them.
        const QString arguments = m_home.filePath(QStringLiteral("arguments"));
        {
            QFile file(arguments);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringList{QStringLiteral("--server"), newServer(), QStringLiteral("init")}
                           .join(u'\n')
                           .toUtf8());
        }
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("PGPASSWORD"));
        environment.insert(QStringLiteral("PGPASSFILE"), m_home.filePath(QStringLiteral("none")));
        environment.insert(QStringLiteral("HOME"), m_home.path());
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
