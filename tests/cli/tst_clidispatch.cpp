// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
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
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

// How hearth-cli finds a command and its action: every declared command lists itself, explains
// its own options, and says how to use it when its action is missing or unknown.
class TestCliDispatch final : public QObject
{
    Q_OBJECT

private slots:
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
    }

    void everyCommandExplainsItself()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, ownOption);
        QTemporaryDir home;

        const Run list = runCli({QStringLiteral("--help")}, home.path());
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QStringLiteral("\n  ") + command.constFirst() + u' '),
                 qPrintable(list.out));

        const Run help = runCli(command + QStringList{QStringLiteral("--help")}, home.path());
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(ownOption), qPrintable(help.out));
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
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliDispatch)
#include "tst_clidispatch.moc"
