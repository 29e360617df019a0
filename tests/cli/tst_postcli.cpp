// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli post, text-check and network list, run as a user would on a temporary database.
#include "cliplan.h"
#include "common/clock.h"
#include "plan/catalog.h"
#include "plan/textcounter.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    QJsonValue json() const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON (%s): %s", qPrintable(error.errorString()), out.constData());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
};

} // namespace

class TestPostCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void addPrintsThePost();
    void addWithoutTimeIsADraft();
    void addTakesLocalTimeAcrossDst();
    void addVariantsAndStandardInput();
    void listByLocalDays();
    void listFormats();
    void listDrafts();
    void showHasDetails();
    void moveKeepsTimeOfDay();
    void moveAtAndUnschedule();
    void deleteThenMissing();
    void failures_data();
    void failures();
    void textCheckMatchesCore_data();
    void textCheckMatchesCore();
    void textCheckSeveralNetworksAndTable();
    void networkList();

private:
    Run run(const QStringList &arguments, const QByteArray &input = {}) const;
    qint64 add(const QStringList &extra);

    QTemporaryDir m_dir;
    // --db FILE, or --server on the _postgresql run.
    QStringList m_plan;
    int m_counter = 0;
};

void TestPostCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(HEARTH_CLI_PATH)), HEARTH_CLI_PATH);
}

void TestPostCli::init()
{
    // A fresh database for every test function.
    m_plan = hearth::cli::testing::newPlanArguments(
        m_dir.filePath(QStringLiteral("plan-%1.db").arg(++m_counter)));
}

Run TestPostCli::run(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // Only what the command itself says on stderr, not the storage layer's debug lines.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("hearth.*.debug=false"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HEARTH_CLI_PATH), m_plan + arguments);
    process.write(input);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(30000)) {
        qWarning("hearth-cli did not finish");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

qint64 TestPostCli::add(const QStringList &extra)
{
    const Run added = run(QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                      QStringLiteral("post"), QStringLiteral("add")} +
                          extra);
    if (added.exitCode != 0) {
        qWarning("post add failed: %s", qPrintable(added.err));
        return 0;
    }
    return added.json().toObject().value(QStringLiteral("id")).toInteger();
}

void TestPostCli::addPrintsThePost()
{
    const Run added = run(
        {QStringLiteral("post"), QStringLiteral("add"), QStringLiteral("--text"),
         QStringLiteral("Sourdough is back 🍞"), QStringLiteral("--network"),
         QStringLiteral("x,LinkedIn"), QStringLiteral("--at"), QStringLiteral("2026-03-28 08:30"),
         QStringLiteral("--pillar"), QStringLiteral("educate"), QStringLiteral("--tag"),
         QStringLiteral("bread"), QStringLiteral("--tag"), QStringLiteral("Saturday"),
         QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY2(added.err.isEmpty(), qPrintable(added.err));
    const QJsonObject post = added.json().toObject();
    QVERIFY(post.value(QStringLiteral("id")).toInteger() > 0);
    QCOMPARE(post.value(QStringLiteral("text")).toString(), QStringLiteral("Sourdough is back 🍞"));
    QCOMPARE(post.value(QStringLiteral("networks")).toArray(),
             (QJsonArray{QStringLiteral("x"), QStringLiteral("linkedin")}));
    // 08:30 in Berlin in winter time is 07:30 UTC.
    QCOMPARE(post.value(QStringLiteral("scheduled_at")).toString(),
             QStringLiteral("2026-03-28T07:30:00Z"));
    QCOMPARE(post.value(QStringLiteral("status")).toString(), QStringLiteral("scheduled"));
    QCOMPARE(post.value(QStringLiteral("pillar")).toString(), QStringLiteral("Educate"));
    QCOMPARE(post.value(QStringLiteral("tags")).toArray(),
             (QJsonArray{QStringLiteral("bread"), QStringLiteral("Saturday")}));
}

void TestPostCli::addWithoutTimeIsADraft()
{
    const Run added =
        run({QStringLiteral("--format=json"), QStringLiteral("post"), QStringLiteral("add"),
             QStringLiteral("--text"), QStringLiteral("Some day"), QStringLiteral("--network"),
             QStringLiteral("bluesky")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QJsonObject post = added.json().toObject();
    QVERIFY(post.value(QStringLiteral("scheduled_at")).isNull());
    QCOMPARE(post.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QVERIFY(post.value(QStringLiteral("pillar")).isNull());
    QCOMPARE(post.value(QStringLiteral("tags")).toArray(), QJsonArray());
}

void TestPostCli::addTakesLocalTimeAcrossDst()
{
    const Run added =
        run({QStringLiteral("post"), QStringLiteral("add"), QStringLiteral("--text"),
             QStringLiteral("After the change"), QStringLiteral("--network"), QStringLiteral("x"),
             QStringLiteral("--at"), QStringLiteral("2026-03-30 08:30"), QStringLiteral("--format"),
             QStringLiteral("json")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(added.json()[QStringLiteral("scheduled_at")].toString(),
             QStringLiteral("2026-03-30T06:30:00Z"));

    // An over-long text is saved, with the reason on stderr.
    const Run tooLong =
        run({QStringLiteral("post"), QStringLiteral("add"), QStringLiteral("--text"),
             QString(281, u'a'), QStringLiteral("--network"), QStringLiteral("x")});
    QCOMPARE(tooLong.exitCode, 0);
    QVERIFY2(tooLong.err.contains(QStringLiteral("X allows 280 characters; this text has 281.")),
             qPrintable(tooLong.err));
}

void TestPostCli::addVariantsAndStandardInput()
{
    const QByteArray text = "Two lines,\nfrom a script 🍞\n";
    const Run added =
        run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("post"),
             QStringLiteral("add"), QStringLiteral("--text"), QStringLiteral("-"),
             QStringLiteral("--network"), QStringLiteral("x,mastodon"), QStringLiteral("--variant"),
             QStringLiteral("Mastodon=Hello fediverse = friends")},
            text);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QJsonObject post = added.json().toObject();
    QCOMPARE(post.value(QStringLiteral("text")).toString(),
             QStringLiteral("Two lines,\nfrom a script 🍞"));
    QCOMPARE(
        post.value(QStringLiteral("variants")).toObject(),
        (QJsonObject{{QStringLiteral("mastodon"), QStringLiteral("Hello fediverse = friends")}}));

    const Run wrong = run({QStringLiteral("post"), QStringLiteral("add"), QStringLiteral("--text"),
                           QStringLiteral("t"), QStringLiteral("--network"), QStringLiteral("x"),
                           QStringLiteral("--variant"), QStringLiteral("bluesky=not chosen")});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("NETWORK=TEXT for a network named in --network")),
             qPrintable(wrong.err));

    const Run checked =
        run({QStringLiteral("text-check"), QStringLiteral("--network"), QStringLiteral("bluesky"),
             QStringLiteral("--text"), QStringLiteral("-"), QStringLiteral("--format"),
             QStringLiteral("json")},
            text);
    QCOMPARE(checked.exitCode, 0);
    QCOMPARE(checked.json()[QStringLiteral("count")].toInt(), 26);
}

void TestPostCli::listByLocalDays()
{
    const qint64 monday =
        add({QStringLiteral("--text"), QStringLiteral("monday"), QStringLiteral("--network"),
             QStringLiteral("x"), QStringLiteral("--at"), QStringLiteral("2026-03-23 00:00")});
    const qint64 sunday =
        add({QStringLiteral("--text"), QStringLiteral("sunday late"), QStringLiteral("--network"),
             QStringLiteral("x"), QStringLiteral("--at"), QStringLiteral("2026-03-29 23:30")});
    const qint64 wednesday = add({QStringLiteral("--text"), QStringLiteral("wednesday"),
                                  QStringLiteral("--network"), QStringLiteral("linkedin"),
                                  QStringLiteral("--at"), QStringLiteral("2026-03-25 12:00")});
    QVERIFY(
        add({QStringLiteral("--text"), QStringLiteral("next monday"), QStringLiteral("--network"),
             QStringLiteral("x"), QStringLiteral("--at"), QStringLiteral("2026-03-30 00:10")}));
    QVERIFY(
        add({QStringLiteral("--text"), QStringLiteral("sunday before"), QStringLiteral("--network"),
             QStringLiteral("x"), QStringLiteral("--at"), QStringLiteral("2026-03-22 23:59")}));
    QVERIFY(add({QStringLiteral("--text"), QStringLiteral("draft"), QStringLiteral("--network"),
                 QStringLiteral("x")}));

    const Run listed =
        run({QStringLiteral("post"), QStringLiteral("list"), QStringLiteral("--from"),
             QStringLiteral("2026-03-23"), QStringLiteral("--to"), QStringLiteral("2026-03-29"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray posts = listed.json().toArray();
    QList<qint64> ids;
    for (const QJsonValue &post : posts)
        ids << post[QStringLiteral("id")].toInteger();
    QCOMPARE(ids, (QList<qint64>{monday, wednesday, sunday}));
    // Sunday 23:30 in summer time is 21:30 UTC.
    QCOMPARE(posts.last()[QStringLiteral("scheduled_at")].toString(),
             QStringLiteral("2026-03-29T21:30:00Z"));
    for (const QString &key :
         {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("networks"),
          QStringLiteral("scheduled_at"), QStringLiteral("status"), QStringLiteral("pillar"),
          QStringLiteral("tags")})
        QVERIFY2(posts.first().toObject().contains(key), qPrintable(key));
}

void TestPostCli::listFormats()
{
    QVERIFY(
        add({QStringLiteral("--text"), QStringLiteral("=cmd, \"quoted\""),
             QStringLiteral("--network"), QStringLiteral("x,mastodon"), QStringLiteral("--at"),
             QStringLiteral("2026-03-24 09:00"), QStringLiteral("--tag"), QStringLiteral("a")}));
    const QStringList range{QStringLiteral("post"),   QStringLiteral("list"),
                            QStringLiteral("--from"), QStringLiteral("2026-03-23"),
                            QStringLiteral("--to"),   QStringLiteral("2026-03-29")};

    const Run csv = run(range + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    const QStringList lines = QString::fromUtf8(csv.out).split(
        QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
             QStringLiteral("id,scheduled_at,local_time,status,networks,pillar,tags,text"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral(
                 "1,2026-03-24T08:00:00Z,2026-03-24 09:00,scheduled,\"x,mastodon\",,a,")),
             qPrintable(lines.at(1)));
    // A text starting with "=" is neutralised so a spreadsheet does not run it.
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(",\"'=cmd, \"\"quoted\"\"\"")),
             qPrintable(lines.at(1)));

    const Run table = run(range);
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    const QString text = QString::fromUtf8(table.out);
    QVERIFY2(text.startsWith(QStringLiteral("id  when")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2026-03-24 09:00  scheduled  x,mastodon")),
             qPrintable(text));
}

void TestPostCli::listDrafts()
{
    const qint64 draft = add({QStringLiteral("--text"), QStringLiteral("undated"),
                              QStringLiteral("--network"), QStringLiteral("x")});
    QVERIFY(add({QStringLiteral("--text"), QStringLiteral("dated"), QStringLiteral("--network"),
                 QStringLiteral("x"), QStringLiteral("--at"), QStringLiteral("2026-03-24 09:00")}));
    const Run tray =
        run({QStringLiteral("post"), QStringLiteral("list"), QStringLiteral("--drafts"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(tray.exitCode == 0, qPrintable(tray.err));
    const QJsonArray posts = tray.json().toArray();
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first()[QStringLiteral("id")].toInteger(), draft);
}

void TestPostCli::showHasDetails()
{
    const qint64 id = add({QStringLiteral("--text"), QStringLiteral("Details"),
                           QStringLiteral("--title"), QStringLiteral("A title"),
                           QStringLiteral("--link"), QStringLiteral("https://bakery.example"),
                           QStringLiteral("--network"), QStringLiteral("threads"),
                           QStringLiteral("--at"), QStringLiteral("2026-03-24 09:00")});
    QVERIFY(id > 0);
    const Run shown = run({QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("post"), QStringLiteral("show"), QString::number(id)});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    const QJsonObject post = shown.json().toObject();
    QCOMPARE(post.value(QStringLiteral("title")).toString(), QStringLiteral("A title"));
    QCOMPARE(post.value(QStringLiteral("link")).toString(),
             QStringLiteral("https://bakery.example"));
    const QJsonArray details = post.value(QStringLiteral("network_details")).toArray();
    QCOMPARE(details.size(), 1);
    QCOMPARE(details.first()[QStringLiteral("network")].toString(), QStringLiteral("threads"));
    QCOMPARE(details.first()[QStringLiteral("text")].toString(), QStringLiteral("Details"));
    QVERIFY(details.first()[QStringLiteral("permalink")].isNull());

    const Run table = run({QStringLiteral("post"), QStringLiteral("show"), QString::number(id)});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(QString::fromUtf8(table.out).contains(QStringLiteral("title     A title")));
}

void TestPostCli::moveKeepsTimeOfDay()
{
    const qint64 id =
        add({QStringLiteral("--text"), QStringLiteral("Friday post"), QStringLiteral("--network"),
             QStringLiteral("x"), QStringLiteral("--at"), QStringLiteral("2026-03-27 09:00")});
    QVERIFY(id > 0);
    const Run moved = run({QStringLiteral("post"), QStringLiteral("move"), QString::number(id),
                           QStringLiteral("--day"), QStringLiteral("2026-03-30"),
                           QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
    // Still 09:00 in Berlin, now in summer time.
    QCOMPARE(moved.json()[QStringLiteral("scheduled_at")].toString(),
             QStringLiteral("2026-03-30T07:00:00Z"));
}

void TestPostCli::moveAtAndUnschedule()
{
    const qint64 id =
        add({QStringLiteral("--text"), QStringLiteral("Mover"), QStringLiteral("--network"),
             QStringLiteral("x"), QStringLiteral("--at"), QStringLiteral("2026-03-27 09:00")});
    Run moved = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("post"),
                     QStringLiteral("move"), QString::number(id), QStringLiteral("--at"),
                     QStringLiteral("2026-04-01 17:45")});
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
    QCOMPARE(moved.json()[QStringLiteral("scheduled_at")].toString(),
             QStringLiteral("2026-04-01T15:45:00Z"));

    moved = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("post"),
                 QStringLiteral("move"), QString::number(id), QStringLiteral("--unschedule")});
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
    QVERIFY(moved.json()[QStringLiteral("scheduled_at")].isNull());
    QCOMPARE(moved.json()[QStringLiteral("status")].toString(), QStringLiteral("draft"));
    const Run tray =
        run({QStringLiteral("post"), QStringLiteral("list"), QStringLiteral("--drafts"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(tray.json().toArray().size(), 1);
}

void TestPostCli::deleteThenMissing()
{
    const qint64 id = add({QStringLiteral("--text"), QStringLiteral("Gone soon"),
                           QStringLiteral("--network"), QStringLiteral("x")});
    const Run deleted = run({QStringLiteral("post"), QStringLiteral("delete"), QString::number(id),
                             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
    QCOMPARE(deleted.json()[QStringLiteral("deleted")].toBool(), true);
    const Run shown = run({QStringLiteral("post"), QStringLiteral("show"), QString::number(id)});
    QCOMPARE(shown.exitCode, 1);
    QCOMPARE(shown.err, QStringLiteral("hearth-cli: There is no post %1.\n").arg(id));
    QVERIFY(shown.out.isEmpty());
}

void TestPostCli::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");

    const QString post = QStringLiteral("post");
    QTest::newRow("unknown network") << QStringList{post,
                                                    QStringLiteral("add"),
                                                    QStringLiteral("--text"),
                                                    QStringLiteral("hi"),
                                                    QStringLiteral("--network"),
                                                    QStringLiteral("x,myspace")}
                                     << 1 << QStringLiteral("\"myspace\" is not a known network");
    QTest::newRow("impossible date")
        << QStringList{post,
                       QStringLiteral("add"),
                       QStringLiteral("--text"),
                       QStringLiteral("hi"),
                       QStringLiteral("--network"),
                       QStringLiteral("x"),
                       QStringLiteral("--at"),
                       QStringLiteral("2026-02-30 10:00")}
        << 1 << QStringLiteral("--at \"2026-02-30 10:00\" is not a date and time");
    QTest::newRow("date without time") << QStringList{post,
                                                      QStringLiteral("add"),
                                                      QStringLiteral("--text"),
                                                      QStringLiteral("hi"),
                                                      QStringLiteral("--network"),
                                                      QStringLiteral("x"),
                                                      QStringLiteral("--at"),
                                                      QStringLiteral("2026-03-02")}
                                       << 1 << QStringLiteral("YYYY-MM-DD HH:MM");
    QTest::newRow("unknown pillar")
        << QStringList{post,
                       QStringLiteral("add"),
                       QStringLiteral("--text"),
                       QStringLiteral("hi"),
                       QStringLiteral("--network"),
                       QStringLiteral("x"),
                       QStringLiteral("--pillar"),
                       QStringLiteral("Gossip")}
        << 1 << QStringLiteral("no pillar \"Gossip\"; known pillars: Educate");
    QTest::newRow("bad from") << QStringList{post,
                                             QStringLiteral("list"),
                                             QStringLiteral("--from"),
                                             QStringLiteral("23.03.2026"),
                                             QStringLiteral("--to"),
                                             QStringLiteral("2026-03-29")}
                              << 1 << QStringLiteral("--from \"23.03.2026\" is not a date");
    QTest::newRow("backwards range") << QStringList{post,
                                                    QStringLiteral("list"),
                                                    QStringLiteral("--from"),
                                                    QStringLiteral("2026-03-29"),
                                                    QStringLiteral("--to"),
                                                    QStringLiteral("2026-03-23")}
                                     << 1 << QStringLiteral("ends (2026-03-23) before it starts");
    QTest::newRow("missing post") << QStringList{post, QStringLiteral("move"),
                                                 QStringLiteral("999"), QStringLiteral("--day"),
                                                 QStringLiteral("2026-03-24")}
                                  << 1 << QStringLiteral("There is no post 999.");
    QTest::newRow("delete missing")
        << QStringList{post, QStringLiteral("delete"), QStringLiteral("999")} << 1
        << QStringLiteral("There is no post 999.");
    QTest::newRow("text-check unknown network")
        << QStringList{QStringLiteral("text-check"), QStringLiteral("--network"),
                       QStringLiteral("orkut"), QStringLiteral("--text"), QStringLiteral("hi")}
        << 1 << QStringLiteral("\"orkut\" is not a known network");
    QTest::newRow("add without text")
        << QStringList{post, QStringLiteral("add"), QStringLiteral("--network"),
                       QStringLiteral("x")}
        << 2 << QStringLiteral("needs --text and --network");
    QTest::newRow("no action") << QStringList{post} << 2 << QStringLiteral("needs an action");
    QTest::newRow("unknown action") << QStringList{post, QStringLiteral("publish")} << 2
                                    << QStringLiteral("Unknown post action \"publish\"");
    QTest::newRow("option of another action")
        << QStringList{post, QStringLiteral("list"), QStringLiteral("--text"), QStringLiteral("x")}
        << 2 << QStringLiteral("post list does not take --text");
    QTest::newRow("show without id")
        << QStringList{post, QStringLiteral("show")} << 2 << QStringLiteral("needs one post id");
    QTest::newRow("show bad id") << QStringList{post, QStringLiteral("show"), QStringLiteral("abc")}
                                 << 2 << QStringLiteral("needs one post id");
    QTest::newRow("move two ways")
        << QStringList{post,
                       QStringLiteral("move"),
                       QStringLiteral("1"),
                       QStringLiteral("--day"),
                       QStringLiteral("2026-03-24"),
                       QStringLiteral("--unschedule")}
        << 2 << QStringLiteral("exactly one of --at, --day or --unschedule");
    QTest::newRow("unknown option")
        << QStringList{post, QStringLiteral("add"), QStringLiteral("--colour"),
                       QStringLiteral("red")}
        << 2 << QStringLiteral("colour");
    QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml"),
                                               post, QStringLiteral("list")}
                                << 2 << QStringLiteral("Unknown --format \"xml\"");
    QTest::newRow("text-check without text")
        << QStringList{QStringLiteral("text-check"), QStringLiteral("--network"),
                       QStringLiteral("x")}
        << 2 << QStringLiteral("needs --network and --text");
    QTest::newRow("network without list") << QStringList{QStringLiteral("network")} << 2
                                          << QStringLiteral("network needs the action \"list\"");
}

void TestPostCli::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);

    // Reading commands must find a database; make one first.
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    const Run failed = run(arguments);
    QCOMPARE(failed.exitCode, exitCode);
    QVERIFY2(failed.err.contains(reason), qPrintable(failed.err));
    QVERIFY(failed.out.isEmpty());
    if (exitCode == 1) {
        // One line, with the reason.
        QVERIFY2(failed.err.startsWith(QStringLiteral("hearth-cli: ")), qPrintable(failed.err));
        QCOMPARE(failed.err.count(u'\n'), 1);
    }
    // Nothing was added by a failed command.
    const Run listed =
        run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("post"),
             QStringLiteral("list"), QStringLiteral("--drafts")});
    QCOMPARE(listed.json().toArray().size(), 0);
}

void TestPostCli::textCheckMatchesCore_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("text");

    QTest::newRow("x link and cjk")
        << QStringLiteral("x")
        << QStringLiteral("日本語 👍🏽 https://example.com/a/very/long/path");
    QTest::newRow("x over") << QStringLiteral("x") << QString(300, u'z');
    QTest::newRow("mastodon mention")
        << QStringLiteral("mastodon") << QStringLiteral("Hi @alice@example.social");
    QTest::newRow("bluesky family")
        << QStringLiteral("bluesky")
        << QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467 hello");
    QTest::newRow("threads emoji") << QStringLiteral("threads") << QStringLiteral("Hi 😀 #a #b");
    QTest::newRow("instagram tags")
        << QStringLiteral("instagram")
        << QStringLiteral("#a #b #c #d #e #f #g #h #i #j #k #l #m #n #o #p #q #r #s #t #u "
                          "#v #w #x #y #z #aa #bb #cc #dd #ee");
}

void TestPostCli::textCheckMatchesCore()
{
    QFETCH(QString, network);
    QFETCH(QString, text);

    // Without a database file the built-in networks are used.
    const Run checked =
        run({QStringLiteral("text-check"), QStringLiteral("--network"), network,
             QStringLiteral("--text"), text, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
    const QJsonObject json = checked.json().toObject();

    ManualClock clock(QDateTime(QDate(2026, 3, 23), QTime(8, 0), Qt::UTC));
    auto database = Database::openInMemory(clock);
    QVERIFY(database.ok());
    const TextCheck expected = checkText(*CatalogRepository(**database).network(network), text);
    QCOMPARE(json.value(QStringLiteral("network")).toString(), network);
    QCOMPARE(json.value(QStringLiteral("count")).toInt(), expected.count);
    QCOMPARE(json.value(QStringLiteral("limit")).toInt(), expected.limit);
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), expected.ok);
    QVERIFY(json.value(QStringLiteral("ok")).isBool());
    QStringList reasons;
    for (const QJsonValue &reason : json.value(QStringLiteral("reasons")).toArray())
        reasons << reason.toString();
    QCOMPARE(reasons, expected.reasons);
}

void TestPostCli::textCheckSeveralNetworksAndTable()
{
    const Run checked =
        run({QStringLiteral("text-check"), QStringLiteral("--network"), QStringLiteral("x,bluesky"),
             QStringLiteral("--text"), QStringLiteral("👍🏽"), QStringLiteral("--format"),
             QStringLiteral("json")});
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
    const QJsonArray results = checked.json().toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0)[QStringLiteral("count")].toInt(), 2);
    QCOMPARE(results.at(1)[QStringLiteral("count")].toInt(), 1);

    // A per-account limit stored in the database is used.
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    {
        ManualClock clock(QDateTime(QDate(2026, 3, 23), QTime(8, 0), Qt::UTC));
        auto database = hearth::cli::testing::openPlan(m_plan, clock);
        QVERIFY(database.ok());
        QVERIFY(CatalogRepository(**database)
                    .updateNetworkSettings(QStringLiteral("mastodon"), 500,
                                           QJsonObject{{QStringLiteral("account_limit"), 1000}})
                    .ok());
    }
    const Run table =
        run({QStringLiteral("text-check"), QStringLiteral("--network"), QStringLiteral("mastodon"),
             QStringLiteral("--text"), QString(600, u'm')});
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY2(QString::fromUtf8(table.out).contains(QStringLiteral("mastodon  600    1000   true")),
             table.out.constData());
}

void TestPostCli::networkList()
{
    const Run listed = run({QStringLiteral("network"), QStringLiteral("list"),
                            QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray networks = listed.json().toArray();
    QStringList ids;
    for (const QJsonValue &network : networks)
        ids << network[QStringLiteral("id")].toString();
    QCOMPARE(ids, (QStringList{QStringLiteral("x"), QStringLiteral("mastodon"),
                               QStringLiteral("bluesky"), QStringLiteral("threads"),
                               QStringLiteral("linkedin"), QStringLiteral("instagram"),
                               QStringLiteral("facebook"), QStringLiteral("tiktok"),
                               QStringLiteral("pinterest"), QStringLiteral("youtube")}));
    QCOMPARE(networks.first()[QStringLiteral("limit")].toInt(), 280);
    QCOMPARE(networks.first()[QStringLiteral("counting_rule")].toString(),
             QStringLiteral("x-weighted"));

    const Run csv = run({QStringLiteral("network"), QStringLiteral("list"),
                         QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith("id,name,limit,rule,kind,enabled"));
}

QTEST_GUILESS_MAIN(TestPostCli)
#include "tst_postcli.moc"
