// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every command of hearth-cli on a team plan, as a user runs them after "init" or "team push":
// on the PostgreSQL server of the _postgresql run (skipped on SQLite, where the other CLI tests
// run the same commands on files).
#include "teamclisupport.h"

#include <QJsonArray>
#include <QTest>

using namespace hearth::cli::testing;

class TestTeamCommandsCli final : public QObject
{
    Q_OBJECT

    TeamCliHarness m_cli;

private slots:
    void initTestCase() { QVERIFY(m_cli.isValid()); }

    void postAddedOnServerIsRead()
    {
        if (!TeamCliHarness::onServer())
            QSKIP("needs the PostgreSQL server of the _postgresql run");
        const QStringList at{QStringLiteral("--server"), TeamCliHarness::newServer()};
        QCOMPARE(m_cli.cli(at + QStringList{QStringLiteral("init")}).exitCode, 0);
        const Run added = m_cli.cli(
            at + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("post"), QStringLiteral("add"),
                             QStringLiteral("--text"), QStringLiteral("Team rye, Café day"),
                             QStringLiteral("--network"), QStringLiteral("x"),
                             QStringLiteral("--at"), QStringLiteral("2026-12-02 10:00")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const Run read =
            m_cli.cli(at + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                       QStringLiteral("post"), QStringLiteral("list"),
                                       QStringLiteral("--from"), QStringLiteral("2026-11-30")});
        QVERIFY2(read.exitCode == 0, read.err.constData());
        const QJsonArray posts = QJsonDocument::fromJson(read.out).array();
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.at(0).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Team rye, Café day"));
    }

    // Every command works on a team plan as on a file: here on a plan pushed from a file.
    void everyCommandWorksOnATeamPlan_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("shown");
        const QString data = QStringLiteral(HEARTH_TEST_DATA_DIR);
        const QString out = m_cli.path(QStringLiteral("out"));
        const auto row = [](const char *name, const QStringList &command, const char *shown) {
            QTest::newRow(name) << command << QString::fromUtf8(shown);
        };
        row("check", {QStringLiteral("check")}, "metric_snapshots");
        row("post list",
            {QStringLiteral("post"), QStringLiteral("list"), QStringLiteral("--from"),
             QStringLiteral("2026-11-30"), QStringLiteral("--to"), QStringLiteral("2026-12-06")},
            "Rye's back");
        row("post add",
            {QStringLiteral("post"), QStringLiteral("add"), QStringLiteral("--text"),
             QStringLiteral("Team day"), QStringLiteral("--network"), QStringLiteral("x")},
            "Team day");
        row("text-check",
            {QStringLiteral("text-check"), QStringLiteral("--network"), QStringLiteral("x"),
             QStringLiteral("--text"), QStringLiteral("Hello")},
            "x");
        row("network list", {QStringLiteral("network"), QStringLiteral("list")}, "mastodon");
        row("idea list", {QStringLiteral("idea"), QStringLiteral("list")}, "Oven tour");
        row("idea search",
            {QStringLiteral("idea"), QStringLiteral("search"), QStringLiteral("oven")},
            "Oven tour");
        row("idea add",
            {QStringLiteral("idea"), QStringLiteral("add"), QStringLiteral("Team idea")},
            "Team idea");
        row("idea suggest",
            {QStringLiteral("idea"), QStringLiteral("suggest"), QStringLiteral("--week"),
             QStringLiteral("2026-11-30"), QStringLiteral("--seed"), QStringLiteral("7")},
            "");
        row("metrics show",
            {QStringLiteral("metrics"), QStringLiteral("show"), QStringLiteral("3"),
             QStringLiteral("--network"), QStringLiteral("youtube")},
            "");
        row("stats", {QStringLiteral("stats")}, "");
        row("review",
            {QStringLiteral("review"), QStringLiteral("--week"), QStringLiteral("2026-11-23")}, "");
        row("export ics",
            {QStringLiteral("export"), QStringLiteral("ics"), out + QStringLiteral(".ics")},
            ".ics");
        row("export csv",
            {QStringLiteral("export"), QStringLiteral("csv"), out + QStringLiteral(".csv")},
            ".csv");
        row("import posts",
            {QStringLiteral("import"), QStringLiteral("posts"),
             data + QStringLiteral("/interop/hootsuite_dmy.csv"), QStringLiteral("--layout"),
             QStringLiteral("hootsuite"), QStringLiteral("--date-order"), QStringLiteral("dmy"),
             QStringLiteral("--network"), QStringLiteral("instagram")},
            "");
        row("import metrics",
            {QStringLiteral("import"), QStringLiteral("metrics"),
             data + QStringLiteral("/metrics/meta_instagram.csv")},
            "");
    }
    void everyCommandWorksOnATeamPlan()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, shown);
        if (!TeamCliHarness::onServer())
            QSKIP("needs the PostgreSQL server of the _postgresql run");
        const QString local = m_cli.makeLocalPlan();
        QVERIFY(!local.isEmpty());
        const QStringList at{QStringLiteral("--server"), TeamCliHarness::newServer()};
        const Run pushed =
            m_cli.cli(at + QStringList{QStringLiteral("team"), QStringLiteral("push"),
                                       QStringLiteral("--db"), local});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        const Run run = m_cli.cli(at + command);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains(shown.toUtf8()), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestTeamCommandsCli)
#include "tst_teamcommandscli.moc"
