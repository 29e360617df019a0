// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// How imported rows find their posts: id, link, time and text; and what a re-import does.
#include "common/clock.h"
#include "listen/metricimporter.h"
#include "listen/metricrepository.h"
#include "plan/postrepository.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

namespace {

const QTimeZone newYork(QByteArrayLiteral("America/New_York"));

const QByteArray header = "\"Post ID\",\"Page ID\",\"Page name\",Title,Description,\"Publish "
                          "time\",Permalink,Date,Views,Reach,"
                          "Reactions,Comments,Shares,\"Total clicks\"\n";

// One Meta Facebook row; the publish time is New York local time.
QByteArray row(const QByteArray &id, const QByteArray &text, const QByteArray &time,
               const QByteArray &link, int reach, int comments = 3)
{
    return id + ",613168031534769,\"Hearth Bakery\",,\"" + text + "\",\"" + time + "\"," + link +
           ",Lifetime,100," + QByteArray::number(reach) + ",10," + QByteArray::number(comments) +
           ",2,5\n";
}

} // namespace

class TestMetricMatching final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2025, 3, 20), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("export%1.csv").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }
    MetricImportOptions options(const QDateTime &capturedAt = QDateTime(QDate(2025, 3, 16),
                                                                        QTime(8, 0), Qt::UTC)) const
    {
        MetricImportOptions result;
        result.timeZone = newYork;
        result.capturedAt = capturedAt;
        return result;
    }
    // A planned facebook post at `utc` with `body`, optionally already tied to an id or link.
    qint64 plan(const QDateTime &utc, const QString &body, const QString &externalId = {},
                const QString &permalink = {})
    {
        Post post;
        // Empty, not null: the text columns are NOT NULL.
        post.title = post.link = post.firstComment = post.notes = QStringLiteral("");
        post.body = body;
        post.scheduledAt = utc;
        post.status = PostStatus::Scheduled;
        PostNetwork network;
        network.networkId = QStringLiteral("facebook");
        network.externalId = externalId;
        network.permalink = permalink;
        post.networks << network;
        auto created = PostRepository(*m_db).create(post);
        if (!created)
            qWarning() << created.error().message;
        return created ? created->id : 0;
    }
    qint64 count(const QString &table) const
    {
        return m_db->scalar(QStringLiteral("SELECT count(*) FROM ") + table)->toLongLong();
    }
    MetricImportPreview import(const QString &path, const MetricImportOptions &chosen,
                               ImportMode mode = ImportMode::Commit)
    {
        auto done = MetricImporter(*m_db).run(path, chosen, mode);
        if (!done)
            qWarning() << done.error().message;
        return done ? *done : MetricImportPreview{};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init()
    {
        auto opened = testing::openTestDatabase(m_clock);
        QVERIFY(opened);
        m_db = std::move(*opened);
    }
    void cleanup() { m_db.reset(); }

    void matchesPlannedPosts_data()
    {
        QTest::addColumn<QDateTime>("planned");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("externalId");
        QTest::addColumn<QString>("permalink");
        QTest::addColumn<QString>("matchedBy"); // empty = not matched, a new post is made

        // The row: id 111_1, 14 March 2025 09:30 New York = 13:30 UTC.
        const QDateTime at(QDate(2025, 3, 14), QTime(13, 30), Qt::UTC);
        const QString text =
            QStringLiteral("Fresh sourdough today 🍞 Come by before noon! Best in town");
        QTest::newRow("stored post id")
            << at.addDays(-3) << QStringLiteral("something else") << QStringLiteral("111_1")
            << QString() << QStringLiteral("post id");
        QTest::newRow("stored permalink")
            << at.addDays(5) << QStringLiteral("other text") << QString()
            << QStringLiteral("https://fb.example/p/pfbid0abc") << QStringLiteral("link");
        QTest::newRow("time within tolerance and same start of text")
            << at.addSecs(20 * 60) << text << QString() << QString()
            << QStringLiteral("time and text");
        QTest::newRow("text differs only in spacing and case")
            << at.addSecs(-45 * 60) << QStringLiteral("fresh  SOURDOUGH today 🍞\nCome by")
            << QString() << QString() << QStringLiteral("time and text");
        QTest::newRow("time outside tolerance")
            << at.addSecs(3 * 3600) << text << QString() << QString() << QString();
        QTest::newRow("other text at the same time")
            << at << QStringLiteral("Closed on Monday") << QString() << QString() << QString();
        QTest::newRow("same time and text but tied to another id")
            << at << text << QStringLiteral("111_999") << QString() << QString();
    }

    void matchesPlannedPosts()
    {
        QFETCH(QDateTime, planned);
        QFETCH(QString, body);
        QFETCH(QString, externalId);
        QFETCH(QString, permalink);
        QFETCH(QString, matchedBy);

        const qint64 postId = plan(planned, body, externalId, permalink);
        QVERIFY(postId > 0);
        const QString path =
            write(header + row("111_1", "Fresh sourdough today 🍞\nCome by before noon!",
                               "03/14/2025 09:30", "https://fb.example/p/pfbid0abc", 500));

        const MetricImportPreview preview = import(path, options(), ImportMode::DryRun);
        QCOMPARE(preview.rows, 1);
        QCOMPARE(preview.items.size(), 1);
        QCOMPARE(preview.items.at(0).matchedBy, matchedBy);
        QCOMPARE(preview.matched, matchedBy.isEmpty() ? 0 : 1);
        QCOMPARE(preview.created, matchedBy.isEmpty() ? 1 : 0);

        const MetricImportPreview done = import(path, options());
        QCOMPARE(done.matched, preview.matched);
        QCOMPARE(done.created, preview.created);
        auto post = PostRepository(*m_db).find(postId);
        QVERIFY(post);
        auto current = MetricRepository(*m_db).current(postId, QStringLiteral("facebook"));
        QVERIFY(current);
        if (matchedBy.isEmpty()) {
            QVERIFY(!current->has_value());
            QCOMPARE(toString(post->status), QStringLiteral("scheduled"));
            QCOMPARE(count(QStringLiteral("posts WHERE origin = 'imported'")), 1);
        } else {
            QVERIFY(current->has_value());
            QCOMPARE((*current)->reach, 500);
            QCOMPARE(toString(post->status), QStringLiteral("published"));
            QCOMPARE(toString(post->origin), QStringLiteral("planned"));
            // The published copy is remembered, so the next import matches by id.
            if (externalId.isEmpty())
                QCOMPARE(post->networks.at(0).externalId, QStringLiteral("111_1"));
            QCOMPARE(post->networks.at(0).publishedAt,
                     QDateTime(QDate(2025, 3, 14), QTime(13, 30), Qt::UTC));
            QCOMPARE(count(QStringLiteral("posts")), 1);
        }
    }

    // Two planned posts holding the same id or link: the first one (by id) is the match, as
    // SQLite's ORDER BY post_id gave before the importer kept its own maps.
    void firstPostHoldingAnIdOrLinkIsMatched_data()
    {
        QTest::addColumn<QString>("externalId");
        QTest::addColumn<QString>("permalink");
        QTest::addColumn<QString>("matchedBy");
        QTest::newRow("post id") << QStringLiteral("111_1") << QString()
                                 << QStringLiteral("post id");
        QTest::newRow("link") << QString() << QStringLiteral("https://fb.example/p/pfbid0abc")
                              << QStringLiteral("link");
    }
    void firstPostHoldingAnIdOrLinkIsMatched()
    {
        QFETCH(QString, externalId);
        QFETCH(QString, permalink);
        QFETCH(QString, matchedBy);
        const QDateTime someDay(QDate(2025, 2, 1), QTime(12, 0), Qt::UTC);
        const qint64 first = plan(someDay, QStringLiteral("first"), externalId, permalink);
        const qint64 second =
            plan(someDay.addDays(1), QStringLiteral("second"), externalId, permalink);
        QVERIFY(first > 0 && second > first);
        const QString path =
            write(header + row("111_1", "Fresh sourdough today", "03/14/2025 09:30",
                               "https://fb.example/p/pfbid0abc", 500));
        const MetricImportPreview done = import(path, options());
        QCOMPARE(done.matched, 1);
        QCOMPARE(done.items.value(0).matchedBy, matchedBy);
        QCOMPARE(done.items.value(0).postId, first);
        auto current = MetricRepository(*m_db).current(first, QStringLiteral("facebook"));
        QVERIFY(current && current->has_value());
        QCOMPARE((*current)->reach, 500);
    }

    void newerSnapshotReplacesOlderStaysHistory()
    {
        const QString first =
            write(header + row("111_1", "Rye", "03/01/2025 12:00", "https://fb.example/1", 100));
        const QString second =
            write(header + row("111_1", "Rye", "03/01/2025 12:00", "https://fb.example/1", 180, 9));
        const QString older =
            write(header + row("111_1", "Rye", "03/01/2025 12:00", "https://fb.example/1", 50, 1));
        const QDateTime t1(QDate(2025, 3, 5), QTime(9, 0), Qt::UTC);

        QCOMPARE(import(first, options(t1)).created, 1);
        const MetricImportPreview update = import(second, options(t1.addDays(7)));
        QCOMPARE(update.matched, 1);
        QCOMPARE(update.updated, 1);
        QCOMPARE(update.created, 0);

        const qint64 postId =
            m_db->scalar(QStringLiteral("SELECT post_id FROM post_networks"))->toLongLong();
        MetricRepository metrics(*m_db);
        auto current = metrics.current(postId, QStringLiteral("facebook"));
        QCOMPARE((*current)->reach, 180);
        QCOMPARE((*current)->comments, 9);
        QCOMPARE(metrics.history(postId, QStringLiteral("facebook"))->size(), 2);

        // An export older than the current figures becomes history only.
        const MetricImportPreview late = import(older, options(t1.addDays(-2)));
        QCOMPARE(late.updated, 1);
        QVERIFY(late.warnings.join(u'\n').contains(QStringLiteral("kept as history")));
        QCOMPARE((*metrics.current(postId, QStringLiteral("facebook")))->reach, 180);
        const auto history = *metrics.history(postId, QStringLiteral("facebook"));
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.first().reach, 50);
    }

    void sameFiguresInAnotherFileAreUnchanged()
    {
        const QByteArray content =
            header + row("111_1", "Rye", "03/01/2025 12:00", "https://fb.example/1", 100);
        QCOMPARE(import(write(content), options()).created, 1);
        // Same rows, another file (a trailing blank line changes the checksum).
        const MetricImportPreview again = import(
            write(content + "\n"), options(QDateTime(QDate(2025, 3, 18), QTime(8, 0), Qt::UTC)));
        QVERIFY(!again.alreadyImported);
        QCOMPARE(again.rows, 1);
        QCOMPARE(again.matched, 1);
        QCOMPARE(again.unchanged, 1);
        QCOMPARE(again.updated, 0);
        QCOMPARE(count(QStringLiteral("metric_snapshots")), 1);
    }

    void dryRunWritesNothing()
    {
        const qint64 postId = plan(QDateTime(QDate(2025, 3, 1), QTime(17, 0), Qt::UTC),
                                   QStringLiteral("Rye is back"));
        const QString path = write(
            header + row("111_1", "Rye is back", "03/01/2025 12:00", "https://fb.example/1", 100) +
            row("111_2", "New", "03/02/2025 12:00", "https://fb.example/2", 10));
        const MetricImportPreview preview = import(path, options(), ImportMode::DryRun);
        QCOMPARE(preview.matched, 1);
        QCOMPARE(preview.created, 1);
        QCOMPARE(count(QStringLiteral("posts")), 1);
        QCOMPARE(count(QStringLiteral("metric_snapshots")), 0);
        QCOMPARE(count(QStringLiteral("metric_imports")), 0);
        QVERIFY(PostRepository(*m_db).find(postId)->networks.at(0).externalId.isEmpty());
    }

    void duplicateRowsAndClaimedPosts()
    {
        plan(QDateTime(QDate(2025, 3, 1), QTime(17, 0), Qt::UTC), QStringLiteral("Rye is back"));
        const QString path =
            write(header + row("111_1", "Hello", "03/05/2025 12:00", "https://fb.example/1", 1) +
                  row("111_1", "Hello", "03/05/2025 12:00", "https://fb.example/1", 2) +
                  row("111_2", "Rye is back!", "03/01/2025 12:00", "https://fb.example/2", 3) +
                  row("111_3", "Rye is back!", "03/01/2025 12:10", "https://fb.example/3", 4));
        const MetricImportPreview done = import(path, options());
        QCOMPARE(done.rows, 4);
        QCOMPARE(done.created, 2); // 111_1, and 111_3 (the planned post is taken by 111_2)
        QCOMPARE(done.matched, 1);
        QCOMPARE(done.skipped.size(), 1);
        QCOMPARE(done.skipped.at(0).line, 3);
        QVERIFY(done.skipped.at(0).reason.contains(QStringLiteral("line 2")));
    }

    void mangledIdMatchesByLink()
    {
        const qint64 postId =
            plan(QDateTime(QDate(2025, 2, 1), QTime(9, 0), Qt::UTC), QStringLiteral("x"), QString(),
                 QStringLiteral("https://fb.example/mangled"));
        const MetricImportPreview done =
            import(write(header + row("6.49E+17", "Sunday bread box", "02/23/2025 10:00",
                                      "https://fb.example/mangled", 70)),
                   options());
        QCOMPARE(done.matched, 1);
        QCOMPARE(done.items.at(0).matchedBy, QStringLiteral("link"));
        QVERIFY(done.warnings.join(u'\n').contains(QStringLiteral("6.49E+17")));
        // The rounded id is never stored as the post's id.
        QVERIFY(PostRepository(*m_db).find(postId)->networks.at(0).externalId.isEmpty());
    }

    void failedImportRollsEverythingBack()
    {
        const qint64 postId = plan(QDateTime(QDate(2025, 3, 1), QTime(17, 0), Qt::UTC),
                                   QStringLiteral("Rye is back"));
        // A good row that matches, then a quote that never closes.
        const QString path = write(
            header + row("111_1", "Rye is back", "03/01/2025 12:00", "https://fb.example/1", 100) +
            "111_2,1,\"Hearth Bakery\",,\"never closed,03/02/2025 12:00\n");
        auto done = MetricImporter(*m_db).run(path, options(), ImportMode::Commit);
        QVERIFY(!done);
        QVERIFY2(done.error().message.contains(QStringLiteral("line 3")),
                 qPrintable(done.error().message));
        const Post post = *PostRepository(*m_db).find(postId);
        QCOMPARE(toString(post.status), QStringLiteral("scheduled"));
        QVERIFY(post.networks.at(0).externalId.isEmpty());
        QCOMPARE(count(QStringLiteral("metric_snapshots")), 0);
        QCOMPARE(count(QStringLiteral("metric_imports")), 0);
    }

    void unknownNetworkIsSkippedWithReason()
    {
        MetricColumnMapping mapping;
        mapping.networkColumn = QStringLiteral("network");
        mapping.postIdColumn = QStringLiteral("id");
        mapping.publishedColumn = QStringLiteral("at");
        mapping.metrics[QStringLiteral("reactions")] = QStringLiteral("likes");
        MetricImportOptions chosen = options();
        chosen.source = MetricSource::Generic;
        chosen.mapping = mapping;
        const MetricImportPreview done = import(write("id,network,at,likes\n1,mastodon,2025-03-01 "
                                                      "10:00,5\n2,myspace,2025-03-01 11:00,6\n"),
                                                chosen);
        QCOMPARE(done.created, 1);
        QCOMPARE(done.skipped.size(), 1);
        QCOMPARE(done.skipped.at(0).line, 3);
        QVERIFY(done.skipped.at(0).reason.contains(QStringLiteral("myspace")));
    }

    void commitRefusesAChangedFile()
    {
        const QString path =
            write(header + row("111_1", "Rye", "03/01/2025 12:00", "https://fb.example/1", 100));
        MetricImporter importer(*m_db);
        auto preview = importer.preview(path, options());
        QVERIFY(preview);
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(row("111_2", "More", "03/02/2025 12:00", "https://fb.example/2", 5));
        file.close();
        auto committed = importer.commit(*preview, options());
        QVERIFY(!committed);
        QVERIFY(committed.error().kind == ErrorKind::Conflict);
        QCOMPARE(count(QStringLiteral("posts")), 0);
    }
};

QTEST_GUILESS_MAIN(TestMetricMatching)
#include "tst_metricmatching.moc"
