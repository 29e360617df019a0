// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Keep the default database inside the test's folder.
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HEARTH_CLI_PATH), arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

// hearth-cli --version, --help and the finding of commands, init and check, including every
// refusal.
class TestDatabaseCli final : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp()
    {
        QTemporaryDir home;
        const Run version = runCli({QStringLiteral("--version")}, home.path());
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("hearth-cli "));
        const Run help = runCli({QStringLiteral("--help")}, home.path());
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("check"));
        const Run checkHelp =
            runCli({QStringLiteral("check"), QStringLiteral("--help")}, home.path());
        QCOMPARE(checkHelp.exitCode, 0);
        QVERIFY(checkHelp.out.contains("--db"));
    }

    // Every declared command lists itself, explains its own options, and says how to use it
    // when its kind or action is missing or unknown.
    void everyCommandExplainsItself_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("ownOption");

        const auto row = [](const char *name, const QStringList &command, const char *option) {
            QTest::newRow(name) << command << QString::fromLatin1(option);
        };
        row("init", {QStringLiteral("init")}, "--db");
        row("check", {QStringLiteral("check")}, "--read-only");
        row("backup", {QStringLiteral("backup")}, "--keep");
        row("export", {QStringLiteral("export")}, "--bom");
        row("import ics", {QStringLiteral("import"), QStringLiteral("ics")}, "--status");
        row("import posts", {QStringLiteral("import"), QStringLiteral("posts")}, "--layout");
        row("import metrics", {QStringLiteral("import"), QStringLiteral("metrics")}, "--mapping");
        row("restore", {QStringLiteral("restore")}, "--format");
        row("post", {QStringLiteral("post")}, "--unschedule");
        row("text-check", {QStringLiteral("text-check")}, "--field");
        row("network", {QStringLiteral("network")}, "--format");
        row("metrics", {QStringLiteral("metrics")}, "--watch-time-seconds");
        row("stats", {QStringLiteral("stats")}, "--min-posts");
        row("idea", {QStringLiteral("idea")}, "--surprise");
        row("team push", {QStringLiteral("team"), QStringLiteral("push")}, "--server");
    }

    void everyCommandExplainsItself()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, ownOption);
        QTemporaryDir home;

        const Run list = runCli({QStringLiteral("--help")}, home.path());
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains((QStringLiteral("\n  ") + command.constFirst() + u' ').toUtf8()),
                 list.out.constData());

        const Run help = runCli(command + QStringList{QStringLiteral("--help")}, home.path());
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(ownOption.toUtf8()), help.out.constData());
        QVERIFY(help.err.isEmpty());
    }

    void missingOrUnknownWordIsUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");

        QTest::newRow("no command") << QStringList() << QStringLiteral("Commands:");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("fly")} << QStringLiteral("unknown command \"fly\"");
        QTest::newRow("import without kind")
            << QStringList{QStringLiteral("import")} << QStringLiteral("Kinds:");
        QTest::newRow("import unknown kind")
            << QStringList{QStringLiteral("import"), QStringLiteral("fax")}
            << QStringLiteral("import knows no kind \"fax\"");
        QTest::newRow("post without action")
            << QStringList{QStringLiteral("post")} << QStringLiteral("post needs an action");
        QTest::newRow("idea unknown action")
            << QStringList{QStringLiteral("idea"), QStringLiteral("fly")}
            << QStringLiteral("Unknown action \"fly\"");
        QTest::newRow("metrics unknown action")
            << QStringList{QStringLiteral("metrics"), QStringLiteral("get"), QStringLiteral("1")}
            << QStringLiteral("Usage: hearth-cli metrics set|show");
        QTest::newRow("network extra word")
            << QStringList{QStringLiteral("network"), QStringLiteral("list"), QStringLiteral("all")}
            << QStringLiteral("network needs the action \"list\"");
        QTest::newRow("team without command")
            << QStringList{QStringLiteral("team")}
            << QStringLiteral("Usage: hearth-cli team push --server URI");
        QTest::newRow("team unknown command")
            << QStringList{QStringLiteral("team"), QStringLiteral("pull")}
            << QStringLiteral("team knows no command \"pull\"");
        QTest::newRow("option of another action")
            << QStringList{QStringLiteral("post"), QStringLiteral("delete"), QStringLiteral("1"),
                           QStringLiteral("--drafts")}
            << QStringLiteral("post delete does not take --drafts");
    }

    void missingOrUnknownWordIsUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir home;

        const Run run = runCli(arguments, home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    }
    void unknownCommandIsUsageError()
    {
        QTemporaryDir home;
        const Run run = runCli({QStringLiteral("frobnicate")}, home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("unknown command"));
        const Run badFormat =
            runCli({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("xml")},
                   home.path());
        QCOMPARE(badFormat.exitCode, 2);
    }

    void initThenCheckIsHealthy()
    {
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("x.db"));
        const Run init =
            runCli({QStringLiteral("--db"), path, QStringLiteral("init")}, home.path());
        QCOMPARE(init.exitCode, 0);
        const Run check = runCli({QStringLiteral("--db"), path, QStringLiteral("check"),
                                  QStringLiteral("--format"), QStringLiteral("json")},
                                 home.path());
        QCOMPARE(check.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(check.out).object();
        QCOMPARE(json.value(QStringLiteral("healthy")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(),
                 hearth::core::schema::currentVersion());
        QCOMPARE(json.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("networks"))
                     .toInt(),
                 10);
        // Options may also follow the subcommand.
        const Run after =
            runCli({QStringLiteral("check"), QStringLiteral("--db"), path}, home.path());
        QCOMPARE(after.exitCode, 0);
        QVERIFY(after.out.contains("integrity"));
    }

    void initUsesDefaultDatabaseInDataFolder()
    {
        QTemporaryDir home;
        const Run init =
            runCli({QStringLiteral("init"), QStringLiteral("--format"), QStringLiteral("json")},
                   home.path());
        QCOMPARE(init.exitCode, 0);
        const QString path =
            QJsonDocument::fromJson(init.out).object().value(QStringLiteral("path")).toString();
        QVERIFY2(path.startsWith(home.path() + QStringLiteral("/data/")), qPrintable(path));
        QVERIFY(QFile::exists(path));
    }

    void checkRefusesBadFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("messagePart");
        QTest::newRow("newer schema")
            << QStringLiteral("newer") << QByteArray("newer version of Hearth");
        QTest::newRow("random bytes")
            << QStringLiteral("random") << QByteArray("not an SQLite file");
        QTest::newRow("missing") << QStringLiteral("missing") << QByteArray("does not exist");
    }

    void checkRefusesBadFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, messagePart);
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("x.db"));
        if (kind == QLatin1String("newer")) {
            QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("init")}, home.path())
                         .exitCode,
                     0);
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        } else if (kind == QLatin1String("random")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (int i = 0; i < 4096; ++i)
                file.putChar(char((i * 31 + 7) % 256));
        }
        const QByteArray before = fileHash(path);
        const Run check =
            runCli({QStringLiteral("--db"), path, QStringLiteral("check")}, home.path());
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(messagePart), check.err.constData());
        QVERIFY(check.err.contains(path.toUtf8()));
        QCOMPARE(check.err.count('\n'), 1);
        const Run init =
            runCli({QStringLiteral("--db"), path, QStringLiteral("init")}, home.path());
        if (kind != QLatin1String("missing")) {
            QCOMPARE(init.exitCode, 1);
            QCOMPARE(fileHash(path), before);
        }
    }

    void readOnlyInitOfOldFileIsRefused()
    {
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("x.db"));
        QCOMPARE(
            runCli({QStringLiteral("--db"), path, QStringLiteral("init")}, home.path()).exitCode,
            0);
        const QByteArray before = fileHash(path);
        const Run check = runCli(
            {QStringLiteral("--db"), path, QStringLiteral("--read-only"), QStringLiteral("check")},
            home.path());
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCli)
#include "tst_databasecli.moc"
