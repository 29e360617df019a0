// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// BulkPostParser: each scheduler layout, its malformed variants and their messages, duplicates.
#include "common/clock.h"
#include "interop/bulkmapping.h"
#include "interop/bulkpostparser.h"
#include "interop/postimport.h"
#include "plan/postrepository.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace hearth::core;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(HEARTH_TEST_DATA_DIR "/interop/") + name;
}

} // namespace

class TestBulkPostParser final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void parseDateTime_data();
    void parseDateTime();
    void layouts_data();
    void layouts();
    void malformed_data();
    void malformed();
    void publerMultiValues();
    void metricoolNetworksAndDrafts();
    void pastDatesAreFlaggedAndBecomeDrafts();
    void hootsuiteRefusesMoreThan350Rows();
    void sameFileTwiceDoesNotDuplicate();
    void storedDuplicateNeedsTheSameTime_data();
    void storedDuplicateNeedsTheSameTime();
    void importIsAllOrNothing();
    void layoutIsKnownByItsHeader_data();
    void layoutIsKnownByItsHeader();

private:
    BulkImportOptions options(BulkLayout layout, DateOrder order = DateOrder::MonthDayYear) const;

    ManualClock m_clock{QDateTime(QDate(2030, 6, 1), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
};

void TestBulkPostParser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBulkPostParser::init()
{
    auto db = testing::openTestDatabase(m_clock);
    QVERIFY(db.ok());
    m_db = std::move(*db);
}

BulkImportOptions TestBulkPostParser::options(BulkLayout layout, DateOrder order) const
{
    BulkImportOptions result;
    result.layout = layout;
    result.dateOrder = order;
    result.timeZone = QTimeZone("Europe/Berlin");
    result.networks = {QStringLiteral("instagram"), QStringLiteral("facebook")};
    result.mapping.dateTime = QStringLiteral("When");
    result.mapping.text = QStringLiteral("Copy");
    result.mapping.networks = QStringLiteral("Channels");
    result.mapping.pillar = QStringLiteral("Pillar");
    result.mapping.status = QStringLiteral("State");
    result.mapping.dateFormat = QStringLiteral("dd.MM.yyyy HH:mm");
    return result;
}

void TestBulkPostParser::parseDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<QString>("error");
    const QTimeZone berlin("Europe/Berlin");
    QTest::newRow("mdy") << QStringLiteral("12/31/2030 18:30") << DateOrder::MonthDayYear
                         << QDateTime(QDate(2030, 12, 31), QTime(18, 30), berlin) << QString();
    QTest::newRow("dmy") << QStringLiteral("31/12/2030 18:30") << DateOrder::DayMonthYear
                         << QDateTime(QDate(2030, 12, 31), QTime(18, 30), berlin) << QString();
    QTest::newRow("ymd with seconds in any order")
        << QStringLiteral("2031-01-03 07:45:00") << DateOrder::DayMonthYear
        << QDateTime(QDate(2031, 1, 3), QTime(7, 45), berlin) << QString();
    QTest::newRow("ambiguous follows the order")
        << QStringLiteral("03/04/2031 10:00") << DateOrder::DayMonthYear
        << QDateTime(QDate(2031, 4, 3), QTime(10, 0), berlin) << QString();
    QTest::newRow("swapped order suggested")
        << QStringLiteral("31/12/2030 18:30") << DateOrder::MonthDayYear << QDateTime()
        << QStringLiteral("seems to use dmy order");
    QTest::newRow("two-digit year") << QStringLiteral("01/02/31 09:05") << DateOrder::MonthDayYear
                                    << QDateTime() << QStringLiteral("four digits");
    QTest::newRow("no time") << QStringLiteral("01/03/2031") << DateOrder::MonthDayYear
                             << QDateTime() << QStringLiteral("no time");
    QTest::newRow("bad hour") << QStringLiteral("01/04/2031 25:00") << DateOrder::MonthDayYear
                              << QDateTime() << QStringLiteral("valid time");
    QTest::newRow("not a date") << QStringLiteral("tomorrow") << DateOrder::MonthDayYear
                                << QDateTime() << QStringLiteral("is not a date");
    QTest::newRow("skipped by DST") << QStringLiteral("2031-03-30 02:30") << DateOrder::YearMonthDay
                                    << QDateTime() << QStringLiteral("clocks skip");
}

void TestBulkPostParser::parseDateTime()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(QDateTime, expected);
    QFETCH(QString, error);
    QString message;
    const auto parsed =
        BulkPostParser::parseDateTime(text, order, QTimeZone("Europe/Berlin"), message);
    if (error.isEmpty()) {
        QVERIFY2(parsed.has_value(), qPrintable(message));
        QCOMPARE(parsed->toUTC(), expected.toUTC());
    } else {
        QVERIFY(!parsed.has_value());
        QVERIFY2(message.contains(error), qPrintable(message));
    }
}

void TestBulkPostParser::layouts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<BulkLayout>("layout");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<int>("rows");
    QTest::addColumn<qint64>("firstLine");
    QTest::addColumn<QDateTime>("firstTime");
    QTest::addColumn<QString>("firstText");
    const QTimeZone berlin("Europe/Berlin");
    QTest::newRow("hootsuite mdy")
        << QStringLiteral("hootsuite_mdy.csv") << BulkLayout::Hootsuite << DateOrder::MonthDayYear
        << 3 << qint64(1) << QDateTime(QDate(2030, 12, 31), QTime(18, 30), berlin)
        << QStringLiteral("Happy new year from the bakery! 🎉 Come by, we are open until 8.");
    QTest::newRow("hootsuite dmy")
        << QStringLiteral("hootsuite_dmy.csv") << BulkLayout::Hootsuite << DateOrder::DayMonthYear
        << 2 << qint64(1) << QDateTime(QDate(2030, 12, 31), QTime(18, 30), berlin)
        << QStringLiteral("Happy new year from the bakery!");
    QTest::newRow("buffer")
        << QStringLiteral("buffer.csv") << BulkLayout::Buffer << DateOrder::MonthDayYear << 2
        << qint64(2) << QDateTime(QDate(2031, 2, 10), QTime(12, 0), berlin)
        << QStringLiteral("Our new menu is here; try the rye, the spelt and the oat loaves");
    QTest::newRow("publer") << QStringLiteral("publer.csv") << BulkLayout::Publer
                            << DateOrder::MonthDayYear << 2 << qint64(2)
                            << QDateTime(QDate(2031, 3, 1), QTime(10, 0), berlin)
                            << QStringLiteral("Spring is here 🌸");
    QTest::newRow("metricool") << QStringLiteral("metricool.csv") << BulkLayout::Metricool
                               << DateOrder::MonthDayYear << 2 << qint64(2)
                               << QDateTime(QDate(2031, 4, 5), QTime(9, 30), berlin)
                               << QStringLiteral("Workshop on Saturday, sign up!");
    QTest::newRow("sprout") << QStringLiteral("sprout.csv") << BulkLayout::Sprout
                            << DateOrder::MonthDayYear << 2 << qint64(2)
                            << QDateTime(QDate(2031, 5, 20), QTime(17, 45), berlin)
                            << QStringLiteral("Evening class tonight");
    QTest::newRow("generic") << QStringLiteral("generic.csv") << BulkLayout::Generic
                             << DateOrder::MonthDayYear << 2 << qint64(2)
                             << QDateTime(QDate(2031, 6, 20), QTime(10, 0), berlin)
                             << QStringLiteral("Generic post one");
}

void TestBulkPostParser::layouts()
{
    QFETCH(QString, file);
    QFETCH(BulkLayout, layout);
    QFETCH(DateOrder, order);
    QFETCH(int, rows);
    QFETCH(qint64, firstLine);
    QFETCH(QDateTime, firstTime);
    QFETCH(QString, firstText);
    auto preview = BulkPostParser(*m_db).parseFile(fixture(file), options(layout, order));
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().message));
    QVERIFY2(!preview->hasErrors(), qPrintable(preview->describeIssues().join(u'\n')));
    QCOMPARE(preview->rows.size(), rows);
    QCOMPARE(preview->source, file);
    const ImportRow &first = preview->rows.constFirst();
    QCOMPARE(first.line, firstLine);
    QCOMPARE(first.post.scheduledAt, firstTime.toUTC());
    QCOMPARE(first.post.body, firstText);
    QCOMPARE(toString(first.post.origin), QStringLiteral("planned"));
    QVERIFY(!first.isDuplicate());
    auto summary = PostImportWriter(*m_db).commit(*preview);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
    QCOMPARE(summary->created, rows);
    QCOMPARE(PostRepository(*m_db).count().valueOr(-1), qint64(rows));
}

void TestBulkPostParser::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<BulkLayout>("layout");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("hootsuite wrong order")
        << QStringLiteral("hootsuite_bad.csv") << BulkLayout::Hootsuite << qint64(1)
        << QStringLiteral("date (column 1)") << QStringLiteral("seems to use dmy order");
    QTest::newRow("hootsuite no such day")
        << QStringLiteral("hootsuite_bad.csv") << BulkLayout::Hootsuite << qint64(2)
        << QStringLiteral("date (column 1)") << QStringLiteral("is no valid date");
    QTest::newRow("hootsuite short year")
        << QStringLiteral("hootsuite_bad.csv") << BulkLayout::Hootsuite << qint64(3)
        << QStringLiteral("date (column 1)") << QStringLiteral("four digits");
    QTest::newRow("hootsuite no time")
        << QStringLiteral("hootsuite_bad.csv") << BulkLayout::Hootsuite << qint64(4)
        << QStringLiteral("date (column 1)") << QStringLiteral("no time");
    QTest::newRow("hootsuite bad hour")
        << QStringLiteral("hootsuite_bad.csv") << BulkLayout::Hootsuite << qint64(5)
        << QStringLiteral("date (column 1)") << QStringLiteral("24-hour clock");
    QTest::newRow("hootsuite empty message")
        << QStringLiteral("hootsuite_bad.csv") << BulkLayout::Hootsuite << qint64(6)
        << QStringLiteral("message (column 2)") << QStringLiteral("text is empty");
    QTest::newRow("hootsuite not a date")
        << QStringLiteral("hootsuite_bad.csv") << BulkLayout::Hootsuite << qint64(7)
        << QStringLiteral("date (column 1)") << QStringLiteral("is not a date");
    QTest::newRow("buffer missing column")
        << QStringLiteral("buffer_bad.csv") << BulkLayout::Buffer << qint64(1)
        << QStringLiteral("\"Posting Time\"") << QStringLiteral("lacks the column(s)");
    QTest::newRow("publer missing columns")
        << QStringLiteral("publer_bad.csv") << BulkLayout::Publer << qint64(1)
        << QStringLiteral("\"Board/Album\", \"Post subtype\", \"CTA\", \"Reminder\"")
        << QStringLiteral("a Publer file has");
    QTest::newRow("metricool bad flag")
        << QStringLiteral("metricool_bad.csv") << BulkLayout::Metricool << qint64(2)
        << QStringLiteral("Draft") << QStringLiteral("must be TRUE or FALSE");
    QTest::newRow("metricool only unknown network")
        << QStringLiteral("metricool_bad.csv") << BulkLayout::Metricool << qint64(3) << QString()
        << QStringLiteral("only for networks this plan does not have");
    QTest::newRow("metricool bad time")
        << QStringLiteral("metricool_bad.csv") << BulkLayout::Metricool << qint64(4)
        << QStringLiteral("Time") << QStringLiteral("HH:MM:SS");
    QTest::newRow("sprout re-cased date")
        << QStringLiteral("sprout_bad.csv") << BulkLayout::Sprout << qint64(1)
        << QStringLiteral("Date") << QStringLiteral("case-sensitive: write \"date\"");
    QTest::newRow("sprout re-cased text")
        << QStringLiteral("sprout_bad.csv") << BulkLayout::Sprout << qint64(1)
        << QStringLiteral("Message_Text")
        << QStringLiteral("case-sensitive: write \"message_text\"");
    QTest::newRow("generic unknown network")
        << QStringLiteral("generic_bad.csv") << BulkLayout::Generic << qint64(2)
        << QStringLiteral("Channels") << QStringLiteral("\"MySpace\" is not a network");
    QTest::newRow("generic unknown pillar")
        << QStringLiteral("generic_bad.csv") << BulkLayout::Generic << qint64(3)
        << QStringLiteral("Pillar") << QStringLiteral("\"Gossip\" is not a pillar");
    QTest::newRow("generic published")
        << QStringLiteral("generic_bad.csv") << BulkLayout::Generic << qint64(4)
        << QStringLiteral("State") << QStringLiteral("not a status for a planned post");
}

void TestBulkPostParser::malformed()
{
    QFETCH(QString, file);
    QFETCH(BulkLayout, layout);
    QFETCH(qint64, line);
    QFETCH(QString, field);
    QFETCH(QString, message);
    auto preview = BulkPostParser(*m_db).parseFile(fixture(file), options(layout));
    QVERIFY(preview.ok());
    QVERIFY(preview->hasErrors());
    bool found = false;
    for (const ImportIssue &issue : std::as_const(preview->issues)) {
        if (issue.severity == IssueSeverity::Error && issue.line == line && issue.field == field &&
            issue.message.contains(message))
            found = true;
    }
    QVERIFY2(found, qPrintable(preview->describeIssues().join(u'\n')));
    // The description names file, line and field.
    const QString described = preview->describeIssues().join(u'\n');
    QVERIFY2(described.contains(QStringLiteral("%1 line %2").arg(file).arg(line)) || line == 0,
             qPrintable(described));
    auto summary = PostImportWriter(*m_db).commit(*preview);
    QVERIFY(!summary.ok());
    QVERIFY(summary.error().message.contains(QStringLiteral("nothing was imported")));
    QCOMPARE(PostRepository(*m_db).count().valueOr(-1), qint64(0));
}

void TestBulkPostParser::publerMultiValues()
{
    auto preview = BulkPostParser(*m_db).parseFile(fixture(QStringLiteral("publer.csv")),
                                                   options(BulkLayout::Publer));
    QVERIFY(preview.ok());
    const Post &post = preview->rows.at(0).post;
    QCOMPARE(post.link, QStringLiteral("https://a.example/1"));
    QCOMPARE(post.title, QStringLiteral("Spring"));
    QCOMPARE(post.tags, (QStringList{QStringLiteral("seasonal"), QStringLiteral("flowers")}));
    QCOMPARE(post.firstComment, QStringLiteral("First!"));
    QVERIFY(post.notes.contains(QStringLiteral("Link: https://a.example/2")));
    QVERIFY(post.notes.contains(QStringLiteral("Media: https://cdn.example/b.jpg")));
    QVERIFY(post.notes.contains(QStringLiteral("Comment: Second comment")));
    // A formula-looking text is kept verbatim as post text; neutralising is the CSV export's job.
    QCOMPARE(preview->rows.at(1).post.body, QStringLiteral("=HYPERLINK(\"http://evil\")"));
}

void TestBulkPostParser::metricoolNetworksAndDrafts()
{
    auto preview = BulkPostParser(*m_db).parseFile(fixture(QStringLiteral("metricool.csv")),
                                                   options(BulkLayout::Metricool));
    QVERIFY(preview.ok());
    QVERIFY2(!preview->hasErrors(), qPrintable(preview->describeIssues().join(u'\n')));
    const Post &first = preview->rows.at(0).post;
    QStringList networks = first.networkIds();
    networks.sort();
    QCOMPARE(networks, (QStringList{QStringLiteral("bluesky"), QStringLiteral("facebook"),
                                    QStringLiteral("instagram"), QStringLiteral("x")}));
    QCOMPARE(toString(first.status), QStringLiteral("scheduled"));
    QCOMPARE(first.firstComment, QStringLiteral("Link in bio"));
    QVERIFY(first.notes.contains(QStringLiteral("https://cdn.example/w.jpg")));
    const Post &second = preview->rows.at(1).post;
    QCOMPARE(second.networkIds(), QStringList{QStringLiteral("linkedin")});
    QCOMPARE(toString(second.status), QStringLiteral("draft"));
}

void TestBulkPostParser::pastDatesAreFlaggedAndBecomeDrafts()
{
    m_clock.set(QDateTime(QDate(2031, 1, 2), QTime(12, 0), Qt::UTC));
    auto preview = BulkPostParser(*m_db).parseFile(fixture(QStringLiteral("hootsuite_mdy.csv")),
                                                   options(BulkLayout::Hootsuite));
    QVERIFY(preview.ok());
    QVERIFY(!preview->hasErrors());
    QCOMPARE(preview->warningCount(), 2);
    QCOMPARE(preview->issues.at(0).line, qint64(1));
    QVERIFY(preview->issues.at(0).message.contains(QStringLiteral("in the past")));
    QCOMPARE(toString(preview->rows.at(0).post.status), QStringLiteral("draft"));
    QCOMPARE(toString(preview->rows.at(2).post.status), QStringLiteral("scheduled"));
    m_clock.set(QDateTime(QDate(2030, 6, 1), QTime(12, 0), Qt::UTC));
}

void TestBulkPostParser::hootsuiteRefusesMoreThan350Rows()
{
    auto preview = BulkPostParser(*m_db).parseFile(
        fixture(QStringLiteral("hootsuite_too_many.csv")), options(BulkLayout::Hootsuite));
    QVERIFY(preview.ok());
    QCOMPARE(preview->errorCount(), 1);
    QCOMPARE(preview->issues.constLast().line, qint64(351));
    QVERIFY(preview->issues.constLast().message.contains(QStringLiteral("at most 350")));
}

void TestBulkPostParser::sameFileTwiceDoesNotDuplicate()
{
    const QString path = fixture(QStringLiteral("buffer.csv"));
    auto first = BulkPostParser(*m_db).parseFile(path, options(BulkLayout::Buffer));
    QVERIFY(first.ok());
    QVERIFY(PostImportWriter(*m_db).commit(*first).ok());
    auto second = BulkPostParser(*m_db).parseFile(path, options(BulkLayout::Buffer));
    QVERIFY(second.ok());
    QCOMPARE(second->duplicateCount(), 2);
    QCOMPARE(second->newCount(), 0);
    QVERIFY(second->rows.at(0).duplicateOfPost.has_value());
    auto summary = PostImportWriter(*m_db).commit(*second);
    QVERIFY(summary.ok());
    QCOMPARE(summary->created, 0);
    QCOMPARE(summary->skipped, 2);
    QCOMPARE(PostRepository(*m_db).count().valueOr(-1), qint64(2));

    // Other networks make it a different post.
    BulkImportOptions other = options(BulkLayout::Buffer);
    other.networks = {QStringLiteral("x")};
    auto third = BulkPostParser(*m_db).parseFile(path, other);
    QVERIFY(third.ok());
    QCOMPARE(third->duplicateCount(), 0);

    // A row repeated inside one file is reported against its first line.
    QBuffer twice;
    twice.setData("01/02/2031 09:05,Same,\n01/02/2031 09:05,Same,\n");
    twice.open(QIODevice::ReadOnly);
    auto inFile = BulkPostParser(*m_db).parse(twice, QStringLiteral("twice.csv"),
                                              options(BulkLayout::Hootsuite));
    QVERIFY(inFile.ok());
    QCOMPARE(inFile->rows.at(1).duplicateOfLine, std::optional<qint64>(1));
}

void TestBulkPostParser::storedDuplicateNeedsTheSameTime_data()
{
    QTest::addColumn<QDateTime>("stored");
    QTest::addColumn<QDateTime>("imported");
    QTest::addColumn<bool>("duplicate");
    const QDateTime ten(QDate(2031, 1, 1), QTime(10, 0), Qt::UTC);
    QTest::newRow("same time") << ten << ten << true;
    QTest::newRow("a minute later") << ten << ten.addSecs(60) << false;
    QTest::newRow("stored without a time") << QDateTime() << ten << false;
    QTest::newRow("both without a time") << QDateTime() << QDateTime() << true;
}

void TestBulkPostParser::storedDuplicateNeedsTheSameTime()
{
    // The duplicate check compares times with "=" so it can use the scheduled_at index; a post
    // without a time is still found by one without a time, and by no other.
    QFETCH(QDateTime, stored);
    QFETCH(QDateTime, imported);
    QFETCH(bool, duplicate);
    Post post;
    post.body = QStringLiteral("Rye on Friday");
    post.scheduledAt = stored;
    post.status = stored.isValid() ? PostStatus::Scheduled : PostStatus::Draft;
    post.networks = {PostNetwork{QStringLiteral("x"), {}, {}, {}, {}}};
    auto created = PostRepository(*m_db).create(post);
    QVERIFY(created.ok());
    ImportPreview preview;
    post.scheduledAt = imported;
    preview.rows = {ImportRow{1, post, {}, {}}};
    QVERIFY(PostImportWriter(*m_db).markDuplicates(preview).ok());
    QCOMPARE(preview.rows.at(0).duplicateOfPost,
             duplicate ? std::optional<qint64>(created->id) : std::nullopt);
}

void TestBulkPostParser::importIsAllOrNothing()
{
    // The second post fails inside the transaction (a network id the plan lacks): nothing stays.
    ImportPreview preview;
    preview.source = QStringLiteral("manual");
    Post good;
    good.body = QStringLiteral("good");
    good.scheduledAt = QDateTime(QDate(2031, 1, 1), QTime(10, 0), Qt::UTC);
    Post bad = good;
    bad.body = QStringLiteral("bad");
    bad.networks = {PostNetwork{QStringLiteral("nosuchnetwork"), {}, {}, {}, {}}};
    preview.rows = {ImportRow{1, good, {}, {}}, ImportRow{2, bad, {}, {}}};
    auto summary = PostImportWriter(*m_db).commit(preview);
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error().message.contains(QStringLiteral("manual line 2")),
             qPrintable(summary.error().message));
    QCOMPARE(PostRepository(*m_db).count().valueOr(-1), qint64(0));
}

void TestBulkPostParser::layoutIsKnownByItsHeader_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("layout"); // -1: none
    QTest::newRow("buffer") << QStringLiteral("buffer.csv") << int(BulkLayout::Buffer);
    QTest::newRow("publer") << QStringLiteral("publer.csv") << int(BulkLayout::Publer);
    QTest::newRow("metricool") << QStringLiteral("metricool.csv") << int(BulkLayout::Metricool);
    QTest::newRow("sprout") << QStringLiteral("sprout.csv") << int(BulkLayout::Sprout);
    QTest::newRow("mapped columns") << QStringLiteral("generic.csv") << -1;
    // No header at all: its first row is a post.
    QTest::newRow("hootsuite") << QStringLiteral("hootsuite_mdy.csv") << -1;
}

void TestBulkPostParser::layoutIsKnownByItsHeader()
{
    // The analytics import refuses a list of posts by this (tst_metricimportwizard).
    QFETCH(QString, file);
    QFETCH(int, layout);
    auto header = BulkMappingStore::readHeader(fixture(file));
    QVERIFY(header.ok());
    const auto found = BulkMappingStore::layoutOfHeader(*header);
    QCOMPARE(found ? int(*found) : -1, layout);
}

QTEST_GUILESS_MAIN(TestBulkPostParser)
#include "tst_bulkpostparser.moc"
