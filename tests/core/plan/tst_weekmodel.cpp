// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "plan/postrepository.h"
#include "plan/weekmodel.h"
#include "storage/database.h"
#include "support/plantestdata.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hearth::core;
using namespace hearth::core::testing;

class TestWeekModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void sevenDaysMondayFirst();
    void postsSortedByTimeWithinTheirDay();
    void rolesDescribeTheCard();
    void cardSaysWhatIsPlanned_data();
    void cardSaysWhatIsPlanned();
    void postsOutsideTheWeekAreLeftOut();
    void todayIsMarked();
    void savedPostIsInsertedInPlace();
    void movedPostChangesDay();
    void postMovedOutOfTheWeekLeaves();
    void unscheduledPostLeaves();
    void removedPostLeaves();

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<WeekModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    // Wednesday 2026-11-25.
    const QDate m_today{2026, 11, 25};
    const QDate m_monday{2026, 11, 23};
};

void TestWeekModel::init()
{
    m_clock = std::make_unique<ManualClock>(local(m_today, 8));
    auto database = testing::openTestDatabase(*m_clock);
    if (!database)
        QFAIL(qPrintable(database.error().message));
    m_database = std::move(*database);
    m_model = std::make_unique<WeekModel>(*m_database, *m_clock);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestWeekModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_database.reset();
}

void TestWeekModel::sevenDaysMondayFirst()
{
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->setWeek(m_today));
    QCOMPARE(m_model->weekStart(), m_monday);
    QCOMPARE(m_model->rowCount(), 7);
    for (int day = 0; day < 7; ++day)
        QCOMPARE(m_model->dayIndex(day).data(DateRole).toDate(), m_monday.addDays(day));
    // Sunday belongs to the week that started the Monday before.
    QVERIFY(m_model->setWeek(QDate(2026, 11, 29)));
    QCOMPARE(m_model->weekStart(), m_monday);
}

void TestWeekModel::postsSortedByTimeWithinTheirDay()
{
    const Post late = store(*m_database, makePost(QStringLiteral("late"), local(m_monday, 18)));
    const Post early =
        store(*m_database, makePost(QStringLiteral("early"), local(m_monday, 7, 30)));
    const Post friday =
        store(*m_database, makePost(QStringLiteral("friday"), local(m_monday.addDays(4), 12)));
    QVERIFY(m_model->setWeek(m_today));
    const QModelIndex monday = m_model->dayIndex(0);
    QCOMPARE(m_model->rowCount(monday), 2);
    QCOMPARE(m_model->index(0, 0, monday).data(PostIdRole).toLongLong(), early.id);
    QCOMPARE(m_model->index(1, 0, monday).data(PostIdRole).toLongLong(), late.id);
    QCOMPARE(m_model->dayIndex(0).data(PostCountRole).toInt(), 2);
    QCOMPARE(m_model->rowCount(m_model->dayIndex(1)), 0);
    QCOMPARE(m_model->index(0, 0, m_model->dayIndex(4)).data(PostIdRole).toLongLong(), friday.id);
    QCOMPARE(m_model->posts().size(), 3);
}

void TestWeekModel::rolesDescribeTheCard()
{
    auto pillar = CatalogRepository(*m_database).pillarByName(QStringLiteral("Educate"));
    QVERIFY(pillar && pillar->has_value());
    Post post = makePost(
        QStringLiteral("Five ways to keep sourdough starter alive through the winter months "
                       "without feeding it every single day of the week, really"),
        local(m_monday.addDays(1), 9, 15), {QStringLiteral("x"), QStringLiteral("linkedin")},
        (*pillar)->id);
    post = store(*m_database, post);
    QVERIFY(m_model->setWeek(m_today));
    const QModelIndex card = m_model->index(0, 0, m_model->dayIndex(1));
    QCOMPARE(card.data(PostIdRole).toLongLong(), post.id);
    QCOMPARE(card.data(LocalDateTimeRole).toDateTime(),
             QDateTime(m_monday.addDays(1), QTime(9, 15)));
    QCOMPARE(card.data(NetworksRole).toStringList(),
             QStringList({QStringLiteral("x"), QStringLiteral("linkedin")}));
    QCOMPARE(card.data(PillarNameRole).toString(), QStringLiteral("Educate"));
    QCOMPARE(card.data(PillarColorRole).toString(), QStringLiteral("#2f7dd1"));
    QCOMPARE(card.data(StatusRole).toInt(), int(PostStatus::Scheduled));
    const QString words = card.data(FirstWordsRole).toString();
    QVERIFY(words.startsWith(QStringLiteral("Five ways")));
    QVERIFY(words.endsWith(QChar(0x2026)));
    QVERIFY(words.size() <= 91);
    QVERIFY(!card.data(TimeTextRole).toString().isEmpty());
}

void TestWeekModel::cardSaysWhatIsPlanned_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QStringList>("networks");
    QTest::addColumn<bool>("hasPicture");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("warnings");

    const QString idea = QStringLiteral("Behind the oven door");
    const QStringList xInstagram{QStringLiteral("x"), QStringLiteral("instagram")};
    const int scheduled = int(PostStatus::Scheduled);
    QTest::newRow("text, not the idea's title")
        << idea << QStringLiteral("Our baker starts at 4 am") << QString() << xInstagram << true
        << scheduled << QStringLiteral("Our baker starts at 4 am")
        << QStringList{QStringLiteral("X"), QStringLiteral("Instagram")} << 0;
    QTest::newRow("first line only")
        << idea << QStringLiteral("\n  Rye is back!  \nPre-order before Friday.") << QString()
        << QStringList{QStringLiteral("x")} << false << scheduled << QStringLiteral("Rye is back!")
        << QStringList{QStringLiteral("X")} << 0;
    QTest::newRow("title when there is no text")
        << idea << QString() << QString() << QStringList{QStringLiteral("linkedin")} << false
        << scheduled << idea << QStringList{QStringLiteral("LinkedIn")} << 0;
    QTest::newRow("a network's own text when the body is empty")
        << idea << QString() << QStringLiteral("Only on Mastodon today")
        << QStringList{QStringLiteral("mastodon")} << false << scheduled
        << QStringLiteral("Only on Mastodon today") << QStringList{QStringLiteral("Mastodon")} << 0;
    QTest::newRow("instagram without a picture")
        << QString() << QStringLiteral("Crumb shot") << QString() << xInstagram << false
        << scheduled << QStringLiteral("Crumb shot")
        << QStringList{QStringLiteral("X"), QStringLiteral("Instagram")} << 1;
    QTest::newRow("tiktok and pinterest without a picture")
        << QString() << QStringLiteral("Shaping a loaf") << QString()
        << QStringList{QStringLiteral("tiktok"), QStringLiteral("pinterest")} << false << scheduled
        << QStringLiteral("Shaping a loaf")
        << QStringList{QStringLiteral("TikTok"), QStringLiteral("Pinterest")} << 2;
    QTest::newRow("published without a picture is no news")
        << QString() << QStringLiteral("Crumb shot") << QString()
        << QStringList{QStringLiteral("instagram")} << false << int(PostStatus::Published)
        << QStringLiteral("Crumb shot") << QStringList{QStringLiteral("Instagram")} << 0;
}

void TestWeekModel::cardSaysWhatIsPlanned()
{
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(QString, variant);
    QFETCH(QStringList, networks);
    QFETCH(bool, hasPicture);
    QFETCH(int, status);
    QFETCH(QString, words);
    QFETCH(QStringList, names);
    QFETCH(int, warnings);

    auto pillar = CatalogRepository(*m_database).pillarByName(QStringLiteral("Behind the scenes"));
    QVERIFY(pillar && pillar->has_value());
    Post post = makePost(body.isNull() ? QStringLiteral("") : body,
                         local(m_monday.addDays(2), 10, 0), networks, (*pillar)->id);
    post.title = title.isNull() ? QStringLiteral("") : title;
    post.status = PostStatus(status);
    if (!variant.isNull())
        post.networks.first().variantText = variant;
    if (hasPicture)
        post.media << MediaAttachment{QStringLiteral("/pictures/oven.jpg"), QStringLiteral("")};
    post = store(*m_database, post);
    QVERIFY(m_model->setWeek(m_today));
    const QModelIndex card = m_model->index(0, 0, m_model->dayIndex(2));
    QCOMPARE(card.data(PostIdRole).toLongLong(), post.id);
    QCOMPARE(card.data(FirstWordsRole).toString(), words);
    QCOMPARE(card.data(NetworksRole).toStringList(), networks);
    QCOMPARE(card.data(NetworkNamesRole).toStringList(), names);
    const QStringList found = card.data(WarningsRole).toStringList();
    QCOMPARE(found.size(), warnings);
    for (const QString &warning : found)
        QVERIFY2(warning.contains(QStringLiteral("needs a picture")), qPrintable(warning));

    // The tool tip tells the whole story: text, time, status, networks, pillar, warnings.
    const QString tip = card.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(words), qPrintable(tip));
    QVERIFY2(tip.contains(names.join(QStringLiteral(", "))), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Behind the scenes")), qPrintable(tip));
    QVERIFY2(tip.contains(card.data(TimeTextRole).toString()), qPrintable(tip));
    QVERIFY2(tip.contains(card.data(StatusTextRole).toString()), qPrintable(tip));
    for (const QString &warning : found)
        QVERIFY2(tip.contains(warning), qPrintable(tip));
}

void TestWeekModel::postsOutsideTheWeekAreLeftOut()
{
    // Sunday 23:59 local before and Monday 00:00 local after the week.
    store(*m_database, makePost(QStringLiteral("before"), local(m_monday.addDays(-1), 23, 59)));
    store(*m_database, makePost(QStringLiteral("after"), local(m_monday.addDays(7), 0, 0)));
    const Post first = store(*m_database, makePost(QStringLiteral("first"), local(m_monday, 0, 0)));
    const Post last =
        store(*m_database, makePost(QStringLiteral("last"), local(m_monday.addDays(6), 23, 59)));
    store(*m_database, makePost(QStringLiteral("draft"), QDateTime()));
    QVERIFY(m_model->setWeek(m_today));
    const QList<PostSummary> posts = m_model->posts();
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.first().id, first.id);
    QCOMPARE(posts.last().id, last.id);
}

void TestWeekModel::todayIsMarked()
{
    QVERIFY(m_model->setWeek(m_today));
    for (int day = 0; day < 7; ++day)
        QCOMPARE(m_model->dayIndex(day).data(IsTodayRole).toBool(), day == 2);
}

void TestWeekModel::savedPostIsInsertedInPlace()
{
    store(*m_database, makePost(QStringLiteral("a"), local(m_monday, 8)));
    store(*m_database, makePost(QStringLiteral("c"), local(m_monday, 20)));
    QVERIFY(m_model->setWeek(m_today));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const Post middle = store(*m_database, makePost(QStringLiteral("b"), local(m_monday, 12)));
    m_model->applySaved(middle);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(m_model->index(1, 0, m_model->dayIndex(0)).data(PostIdRole).toLongLong(), middle.id);
    QCOMPARE(m_model->indexOfPost(middle.id), m_model->index(1, 0, m_model->dayIndex(0)));
}

void TestWeekModel::movedPostChangesDay()
{
    Post post = store(*m_database, makePost(QStringLiteral("moving"), local(m_monday, 10)));
    QVERIFY(m_model->setWeek(m_today));
    post.scheduledAt = local(m_monday.addDays(3), 10);
    m_model->applySaved(post);
    QCOMPARE(m_model->rowCount(m_model->dayIndex(0)), 0);
    QCOMPARE(m_model->rowCount(m_model->dayIndex(3)), 1);
    QCOMPARE(m_model->indexOfPost(post.id).parent().row(), 3);
}

void TestWeekModel::postMovedOutOfTheWeekLeaves()
{
    Post post = store(*m_database, makePost(QStringLiteral("moving"), local(m_monday, 10)));
    QVERIFY(m_model->setWeek(m_today));
    post.scheduledAt = local(m_monday.addDays(9), 10);
    m_model->applySaved(post);
    QVERIFY(m_model->posts().isEmpty());
    QVERIFY(!m_model->indexOfPost(post.id).isValid());
}

void TestWeekModel::unscheduledPostLeaves()
{
    Post post = store(*m_database, makePost(QStringLiteral("moving"), local(m_monday, 10)));
    QVERIFY(m_model->setWeek(m_today));
    post.scheduledAt = QDateTime();
    post.status = PostStatus::Draft;
    m_model->applySaved(post);
    QVERIFY(m_model->posts().isEmpty());
}

void TestWeekModel::removedPostLeaves()
{
    const Post post = store(*m_database, makePost(QStringLiteral("gone"), local(m_monday, 10)));
    QVERIFY(m_model->setWeek(m_today));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->applyRemoved(post.id);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->dayIndex(0).data(PostCountRole).toInt(), 0);
    m_model->applyRemoved(post.id);
    QCOMPARE(removed.size(), 1);
}

QTEST_GUILESS_MAIN(TestWeekModel)
#include "tst_weekmodel.moc"
