// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli idea: runs the built program on a temporary plan and reads its output.
#include "cliplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestIdeaCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void freshPlanHasStarterLibrary();
    void addShowAndDelete();
    void searchIsRankedAndSafe_data();
    void searchIsRankedAndSafe();
    void listFilters();
    void suggestIsRepeatableWithSeed();
    void csvOutput();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run run(const QStringList &arguments);
    QJsonDocument json(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    // --db FILE, or --server on the _postgresql run.
    QStringList m_plan;
};

void TestIdeaCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_plan = hearth::cli::testing::newPlanArguments(m_dir->filePath(QStringLiteral("plan.db")));
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
}

TestIdeaCli::Run TestIdeaCli::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(HEARTH_CLI_PATH), m_plan + arguments);
    if (!process.waitForFinished(60000))
        qFatal("hearth-cli did not finish");
    return Run{process.exitCode(), process.readAllStandardOutput(),
               QString::fromUtf8(process.readAllStandardError())};
}

QJsonDocument TestIdeaCli::json(const QStringList &arguments)
{
    const Run result =
        run(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    if (result.exitCode != 0)
        qWarning("hearth-cli failed: %s", qPrintable(result.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", result.out.constData());
    return document;
}

void TestIdeaCli::freshPlanHasStarterLibrary()
{
    const QJsonArray ideas = json({QStringLiteral("idea"), QStringLiteral("list")}).array();
    QVERIFY(ideas.size() >= 120);
    const QJsonObject first = ideas.first().toObject();
    for (const char *key : {"id", "title", "notes", "pillar", "tags", "times_used", "source",
                            "favourite", "archived", "last_used"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("library"));
    QVERIFY(first.value(QStringLiteral("tags")).isArray());
    // Opening again does not load the library twice.
    QCOMPARE(json({QStringLiteral("idea"), QStringLiteral("list")}).array().size(), ideas.size());
}

void TestIdeaCli::addShowAndDelete()
{
    const QJsonObject added =
        json({QStringLiteral("idea"), QStringLiteral("add"), QStringLiteral("Oven tour"),
              QStringLiteral("--notes"), QStringLiteral("Line one\nLine two"),
              QStringLiteral("--pillar"), QStringLiteral("behind the scenes"),
              QStringLiteral("--tag"), QStringLiteral("bakery,tour"), QStringLiteral("--tag"),
              QStringLiteral("#oven")})
            .object();
    QCOMPARE(added.value(QStringLiteral("title")).toString(), QStringLiteral("Oven tour"));
    QCOMPARE(added.value(QStringLiteral("pillar")).toString(), QStringLiteral("Behind the scenes"));
    QCOMPARE(added.value(QStringLiteral("tags")).toArray().size(), 3);
    QCOMPARE(added.value(QStringLiteral("source")).toString(), QStringLiteral("user"));
    QCOMPARE(added.value(QStringLiteral("times_used")).toInt(), 0);
    const QString id = QString::number(added.value(QStringLiteral("id")).toInteger());

    const QJsonObject shown = json({QStringLiteral("idea"), QStringLiteral("show"), id}).object();
    QCOMPARE(shown.value(QStringLiteral("notes")).toString(), QStringLiteral("Line one\nLine two"));

    const Run deleted = run({QStringLiteral("idea"), QStringLiteral("delete"), id});
    QCOMPARE(deleted.exitCode, 0);
    const Run missing = run({QStringLiteral("idea"), QStringLiteral("show"), id});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("There is no idea ") + id));
}

void TestIdeaCli::searchIsRankedAndSafe_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("expectHits");
    QTest::newRow("diacritics") << QStringLiteral("cafe") << true;
    QTest::newRow("prefix") << QStringLiteral("behi") << true;
    QTest::newRow("quotes and operators") << QStringLiteral("\"cafe OR (NEAR*") << true;
    QTest::newRow("nothing") << QStringLiteral("zzzqqq") << false;
}

void TestIdeaCli::searchIsRankedAndSafe()
{
    QFETCH(QString, query);
    QFETCH(bool, expectHits);
    const Run result = run({QStringLiteral("idea"), QStringLiteral("search"), query,
                            QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(!hits.isEmpty(), expectHits);
    double previous = -1e9;
    for (const QJsonValue &hit : hits) {
        const double rank = hit.toObject().value(QStringLiteral("rank")).toDouble();
        QVERIFY(rank >= previous);
        previous = rank;
        QVERIFY(hit.toObject().value(QStringLiteral("snippet")).toString().contains(u'['));
    }
}

void TestIdeaCli::listFilters()
{
    const QJsonArray educate = json({QStringLiteral("idea"), QStringLiteral("list"),
                                     QStringLiteral("--pillar"), QStringLiteral("Educate")})
                                   .array();
    QVERIFY(!educate.isEmpty());
    for (const QJsonValue &idea : educate)
        QCOMPARE(idea.toObject().value(QStringLiteral("pillar")).toString(),
                 QStringLiteral("Educate"));
    QVERIFY(json({QStringLiteral("idea"), QStringLiteral("list"), QStringLiteral("--favourites")})
                .array()
                .isEmpty());
    QCOMPARE(json({QStringLiteral("idea"), QStringLiteral("list"), QStringLiteral("--limit"),
                   QStringLiteral("4")})
                 .array()
                 .size(),
             4);
}

void TestIdeaCli::suggestIsRepeatableWithSeed()
{
    const QStringList arguments{QStringLiteral("idea"),   QStringLiteral("suggest"),
                                QStringLiteral("--seed"), QStringLiteral("17"),
                                QStringLiteral("--week"), QStringLiteral("2031-06-11")};
    const QJsonObject first = json(arguments).object();
    const QJsonObject second = json(arguments).object();
    QCOMPARE(first, second);
    QCOMPARE(first.value(QStringLiteral("week")).toString(), QStringLiteral("2031-06-09"));
    QVERIFY(first.value(QStringLiteral("default_slots")).toBool());
    const QJsonArray proposals = first.value(QStringLiteral("proposals")).toArray();
    QCOMPARE(proposals.size(), 5);
    for (const QJsonValue &proposal : proposals)
        QVERIFY(proposal.toObject()
                    .value(QStringLiteral("idea"))
                    .toObject()
                    .contains(QStringLiteral("title")));

    const QJsonObject surprise =
        json(arguments + QStringList{QStringLiteral("--surprise")}).object();
    QVERIFY(!surprise.value(QStringLiteral("reason")).toString().isEmpty());
    QCOMPARE(surprise, json(arguments + QStringList{QStringLiteral("--surprise")}).object());
}

void TestIdeaCli::csvOutput()
{
    const Run result =
        run({QStringLiteral("idea"), QStringLiteral("search"), QStringLiteral("café"),
             QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QVERIFY(lines.size() >= 2);
    QVERIFY(lines.first().startsWith("id,title,pillar,tags"));
}

void TestIdeaCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{QStringLiteral("idea")} << 2
                               << QStringLiteral("Say what to do");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("idea"), QStringLiteral("fly")}
                                    << 2 << QStringLiteral("Unknown action");
    QTest::newRow("add without title") << QStringList{QStringLiteral("idea"), QStringLiteral("add")}
                                       << 2 << QStringLiteral("title");
    QTest::newRow("unknown pillar")
        << QStringList{QStringLiteral("idea"), QStringLiteral("list"), QStringLiteral("--pillar"),
                       QStringLiteral("Nope")}
        << 2 << QStringLiteral("no pillar \"Nope\"");
    QTest::newRow("bad week") << QStringList{QStringLiteral("idea"), QStringLiteral("suggest"),
                                             QStringLiteral("--week"), QStringLiteral("soon")}
                              << 2 << QStringLiteral("--week");
    QTest::newRow("bad id") << QStringList{QStringLiteral("idea"), QStringLiteral("delete"),
                                           QStringLiteral("x")}
                            << 2 << QStringLiteral("id");
    QTest::newRow("missing id") << QStringList{QStringLiteral("idea"), QStringLiteral("delete"),
                                               QStringLiteral("99999")}
                                << 1 << QStringLiteral("There is no idea 99999");
    QTest::newRow("empty search") << QStringList{QStringLiteral("idea"), QStringLiteral("search")}
                                  << 2 << QStringLiteral("search for");
}

void TestIdeaCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestIdeaCli)
#include "tst_ideacli.moc"
