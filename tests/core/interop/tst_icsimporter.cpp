// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// IcsImporter: a content calendar made elsewhere, with time zones, all-day and repeating events.
#include "common/clock.h"
#include "interop/icsimporter.h"
#include "interop/postimport.h"
#include "plan/postrepository.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace hearth::core;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(HEARTH_TEST_DATA_DIR "/interop/") + name;
}

bool hasIssue(const ImportPreview &preview, qint64 line, const QString &field, const QString &text)
{
    for (const ImportIssue &issue : preview.issues) {
        if (issue.line == line && issue.field == field && issue.message.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestIcsImporter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void importsForeignCalendar();
    void statusChoice_data();
    void statusChoice();
    void reportsBrokenEvents();
    void refusesNonCalendar();
    void secondImportSkipsEverything();
    void fuzzFindings_data();
    void fuzzFindings();
    void networksFromSummary_data();
    void networksFromSummary();
    void hearthEventWithVariants();
    void unknownVariantNetworkIsAnError();

private:
    IcsImportOptions defaults() const;

    ManualClock m_clock{QDateTime(QDate(2031, 7, 1), QTime(0, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
};

void TestIcsImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestIcsImporter::init()
{
    auto db = testing::openTestDatabase(m_clock);
    QVERIFY(db.ok());
    m_db = std::move(*db);
}

IcsImportOptions TestIcsImporter::defaults() const
{
    IcsImportOptions options;
    options.defaultNetworks = {QStringLiteral("mastodon")};
    options.timeZone = QTimeZone("Europe/Berlin");
    return options;
}

void TestIcsImporter::importsForeignCalendar()
{
    auto preview = IcsImporter(*m_db).parseFile(fixture(QStringLiteral("foreign.ics")), defaults());
    QVERIFY(preview.ok());
    QVERIFY2(!preview->hasErrors(), qPrintable(preview->describeIssues().join(u'\n')));
    QCOMPARE(preview->rows.size(), 4);

    const ImportRow &launch = preview->rows.at(0);
    QCOMPARE(launch.line, qint64(21));
    // 09:00 in New York in July (EDT, -04:00) from the file's VTIMEZONE.
    QCOMPARE(launch.post.scheduledAt, QDateTime(QDate(2031, 7, 15), QTime(13, 0), Qt::UTC));
    QCOMPARE(launch.post.networkIds(), QStringList{QStringLiteral("instagram")});
    QCOMPARE(launch.post.title, QStringLiteral("Product launch teaser"));
    QCOMPARE(launch.post.body,
             QStringLiteral("Teaser for the launch, with a comma; a semicolon and a back"
                            "slash \\ 🚀\nSecond line"));
    QCOMPARE(launch.post.link, QStringLiteral("https://shop.example/launch"));
    QCOMPARE(toString(launch.post.status), QStringLiteral("scheduled"));
    QVERIFY(launch.post.pillarId.has_value());

    const ImportRow &allDay = preview->rows.at(1);
    QCOMPARE(allDay.post.scheduledAt,
             QDateTime(QDate(2031, 7, 16), QTime(9, 0), QTimeZone("Europe/Berlin")).toUTC());
    QCOMPARE(allDay.post.networkIds(), QStringList{QStringLiteral("mastodon")});
    QCOMPARE(allDay.post.body, QStringLiteral("Behind the scenes day"));
    QVERIFY(hasIssue(*preview, allDay.line, QStringLiteral("DTSTART"), QStringLiteral("all-day")));

    const ImportRow &weekly = preview->rows.at(2);
    QCOMPARE(toString(weekly.post.status), QStringLiteral("draft"));
    QVERIFY(hasIssue(*preview, weekly.line, QStringLiteral("RRULE"),
                     QStringLiteral("first occurrence")));

    const ImportRow &floating = preview->rows.at(3);
    QCOMPARE(floating.post.scheduledAt,
             QDateTime(QDate(2031, 7, 18), QTime(18, 0), QTimeZone("Europe/Berlin")).toUTC());

    auto summary = PostImportWriter(*m_db).commit(*preview);
    QVERIFY(summary.ok());
    QCOMPARE(summary->created, 4);
}

void TestIcsImporter::statusChoice_data()
{
    QTest::addColumn<IcsStatusChoice>("choice");
    QTest::addColumn<QString>("launch");
    QTest::addColumn<QString>("weekly");
    QTest::newRow("from file") << IcsStatusChoice::FromFile << QStringLiteral("scheduled")
                               << QStringLiteral("draft");
    QTest::newRow("all drafts") << IcsStatusChoice::AllDrafts << QStringLiteral("draft")
                                << QStringLiteral("draft");
    QTest::newRow("all scheduled") << IcsStatusChoice::AllScheduled << QStringLiteral("scheduled")
                                   << QStringLiteral("scheduled");
}

void TestIcsImporter::statusChoice()
{
    QFETCH(IcsStatusChoice, choice);
    QFETCH(QString, launch);
    QFETCH(QString, weekly);
    IcsImportOptions options = defaults();
    options.status = choice;
    auto preview = IcsImporter(*m_db).parseFile(fixture(QStringLiteral("foreign.ics")), options);
    QVERIFY(preview.ok());
    QCOMPARE(toString(preview->rows.at(0).post.status), launch);
    QCOMPARE(toString(preview->rows.at(2).post.status), weekly);
}

void TestIcsImporter::reportsBrokenEvents()
{
    auto preview = IcsImporter(*m_db).parseFile(fixture(QStringLiteral("bad.ics")), defaults());
    QVERIFY(preview.ok());
    QCOMPARE(preview->errorCount(), 2);
    QVERIFY2(hasIssue(*preview, 4, QStringLiteral("DTSTART"),
                      QStringLiteral("nostart@example.com has no valid start")),
             qPrintable(preview->describeIssues().join(u'\n')));
    QVERIFY(hasIssue(*preview, 9, QStringLiteral("X-HEARTH-NETWORK"),
                     QStringLiteral("\"myspace\" is not a network")));
    QVERIFY(!PostImportWriter(*m_db).commit(*preview).ok());
}

void TestIcsImporter::refusesNonCalendar()
{
    auto preview = IcsImporter(*m_db).parse("Date,Text\n", QStringLiteral("posts.csv"), defaults());
    QVERIFY(preview.ok());
    QVERIFY(preview->hasErrors());
    QVERIFY(preview->issues.at(0).message.contains(QStringLiteral("not an iCalendar file")));
    IcsImportOptions unknown = defaults();
    unknown.defaultNetworks = {QStringLiteral("friendster")};
    QVERIFY(!IcsImporter(*m_db).parseFile(fixture(QStringLiteral("foreign.ics")), unknown).ok());
}

void TestIcsImporter::secondImportSkipsEverything()
{
    const QString path = fixture(QStringLiteral("foreign.ics"));
    auto first = IcsImporter(*m_db).parseFile(path, defaults());
    QVERIFY(first.ok());
    QVERIFY(PostImportWriter(*m_db).commit(*first).ok());
    auto second = IcsImporter(*m_db).parseFile(path, defaults());
    QVERIFY(second.ok());
    QCOMPARE(second->duplicateCount(), 4);
    auto summary = PostImportWriter(*m_db).commit(*second);
    QVERIFY(summary.ok());
    QCOMPARE(summary->skipped, 4);
    QCOMPARE(PostRepository(*m_db).count().valueOr(-1), qint64(4));
}

// Inputs the fuzzer (tests/fuzz) found mishandled, each with the outcome it must give now.
void TestIcsImporter::fuzzFindings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("bodies");
    QTest::addColumn<QStringList>("networks");
    // A Hearth post without text is written as an empty DESCRIPTION, which libical drops; it
    // came back with the "(no text)" summary as its text.
    QTest::newRow("hearth events with an empty description")
        << QStringLiteral("fuzz-empty-description.ics") << QStringList{QString(), QString()}
        << QStringList{QString(), QStringLiteral("x")};
    // An event with neither SUMMARY nor DESCRIPTION has no text; stored as an empty text, it was
    // not found again as a duplicate, so every re-import added it once more.
    QTest::newRow("event without any text")
        << QStringLiteral("fuzz-no-text.ics") << QStringList{QString()} << QStringList{QString()};
}

void TestIcsImporter::fuzzFindings()
{
    QFETCH(QString, file);
    QFETCH(QStringList, bodies);
    QFETCH(QStringList, networks);
    IcsImportOptions options = defaults();
    options.defaultNetworks.clear();
    auto preview = IcsImporter(*m_db).parseFile(fixture(file), options);
    QVERIFY(preview.ok());
    QVERIFY2(!preview->hasErrors(), qPrintable(preview->describeIssues().join(u'\n')));
    QCOMPARE(preview->rows.size(), bodies.size());
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        QCOMPARE(preview->rows.at(i).post.body, bodies.at(i));
        QCOMPARE(preview->rows.at(i).post.networkIds().join(u','), networks.at(i));
    }
    QVERIFY(PostImportWriter(*m_db).commit(*preview).ok());
    auto again = IcsImporter(*m_db).parseFile(fixture(file), options);
    QVERIFY(again.ok());
    QCOMPARE(again->duplicateCount(), bodies.size());
}

namespace {

QByteArray calendarWith(const QByteArray &eventLines)
{
    return QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\n"
                      "BEGIN:VEVENT\r\nUID:e1@example.com\r\nDTSTAMP:20310701T000000Z\r\n"
                      "DTSTART:20310710T090000Z\r\n") +
           eventLines + "END:VEVENT\r\nEND:VCALENDAR\r\n";
}

} // namespace

void TestIcsImporter::networksFromSummary_data()
{
    QTest::addColumn<QByteArray>("summary");
    QTest::addColumn<QStringList>("networks");
    QTest::addColumn<QString>("body");
    QTest::newRow("one") << QByteArray("[Instagram] Fresh bread")
                         << QStringList{QStringLiteral("instagram")}
                         << QStringLiteral("Fresh bread");
    QTest::newRow("two, names and ids")
        << QByteArray("[Instagram\\, x] Fresh bread")
        << QStringList{QStringLiteral("instagram"), QStringLiteral("x")}
        << QStringLiteral("Fresh bread");
    QTest::newRow("unknown name keeps the brackets as text")
        << QByteArray("[Instagram\\, Friendster] Fresh bread")
        << QStringList{QStringLiteral("mastodon")}
        << QStringLiteral("[Instagram, Friendster] Fresh bread");
}

void TestIcsImporter::networksFromSummary()
{
    QFETCH(QByteArray, summary);
    QFETCH(QStringList, networks);
    QFETCH(QString, body);
    auto preview = IcsImporter(*m_db).parse(calendarWith("SUMMARY:" + summary + "\r\n"),
                                            QStringLiteral("s.ics"), defaults());
    QVERIFY(preview.ok());
    QVERIFY2(!preview->hasErrors(), qPrintable(preview->describeIssues().join(u'\n')));
    QCOMPARE(preview->rows.size(), 1);
    QCOMPARE(preview->rows.at(0).post.networkIds(), networks);
    QCOMPARE(preview->rows.at(0).post.body, body);
}

void TestIcsImporter::hearthEventWithVariants()
{
    // As IcsExporter writes one post on three networks, two of them with their own text.
    const QByteArray event = "SUMMARY:[Instagram\\, X\\, Bluesky] Fresh bread\r\n"
                             "DESCRIPTION:Fresh bread\\n\\n[X]\\nBread!\\n\\n[Bluesky]\\nBread\\, "
                             "sky\\n\\nhttps://bakery.example\r\n"
                             "URL:https://bakery.example\r\n"
                             "X-HEARTH-STATUS:scheduled\r\n"
                             "X-HEARTH-NETWORKS:instagram,x,bluesky\r\n"
                             "X-HEARTH-VARIANT;X-HEARTH-NETWORK=x:Bread!\r\n"
                             "X-HEARTH-VARIANT;X-HEARTH-NETWORK=bluesky:Bread, sky\r\n";
    auto preview =
        IcsImporter(*m_db).parse(calendarWith(event), QStringLiteral("h.ics"), defaults());
    QVERIFY(preview.ok());
    QVERIFY2(preview->issues.isEmpty(), qPrintable(preview->describeIssues().join(u'\n')));
    QCOMPARE(preview->rows.size(), 1);
    const Post &post = preview->rows.at(0).post;
    QCOMPARE(post.body, QStringLiteral("Fresh bread"));
    QCOMPARE(post.link, QStringLiteral("https://bakery.example"));
    QCOMPARE(toString(post.status), QStringLiteral("scheduled"));
    QCOMPARE(post.networkIds(), (QStringList{QStringLiteral("instagram"), QStringLiteral("x"),
                                             QStringLiteral("bluesky")}));
    QVERIFY(!post.networks.at(0).hasVariant());
    QCOMPARE(post.networks.at(1).variantText, QStringLiteral("Bread!"));
    QCOMPARE(post.networks.at(2).variantText, QStringLiteral("Bread, sky"));
}

void TestIcsImporter::unknownVariantNetworkIsAnError()
{
    auto preview =
        IcsImporter(*m_db).parse(calendarWith("SUMMARY:Hello\r\nX-HEARTH-NETWORKS:x\r\n"
                                              "X-HEARTH-VARIANT;X-HEARTH-NETWORK=myspace:Hi\r\n"),
                                 QStringLiteral("v.ics"), defaults());
    QVERIFY(preview.ok());
    QCOMPARE(preview->errorCount(), 1);
    QVERIFY2(hasIssue(*preview, 4, QStringLiteral("X-HEARTH-VARIANT"),
                      QStringLiteral("\"myspace\" is not a network")),
             qPrintable(preview->describeIssues().join(u'\n')));
}

QTEST_GUILESS_MAIN(TestIcsImporter)
#include "tst_icsimporter.moc"
