// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// CsvExporter: RFC 4180 output with the newest metrics, neutralised formulas, BOM, failures.
#include "common/clock.h"
#include "interop/csv.h"
#include "interop/csvexporter.h"
#include "interop/postimport.h"
#include "plan/postrepository.h"
#include "storage/database.h"
#include "support/interoptestsupport.h"
#include "support/testdatabase.h"

#include <QBuffer>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hearth::core;
using hearth::test::network;

class TestCsvExporter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void writesNewestMetricsPerPostAndNetwork();
    void neutralisesFormulaCells_data();
    void neutralisesFormulaCells();
    void byteOrderMarkIsOptional();
    void filtersByRangeAndNetwork();
    void cancelledExportLeavesOldFileByteIdentical();
    void localTimesAcrossDaylightSaving();

private:
    QList<CsvRecord> exportRecords(const ExportFilter &filter = {}, bool bom = false);
    qint64 addPost(const QString &body, const QDateTime &when, const QList<PostNetwork> &networks);
    void addSnapshot(qint64 post, const QString &network, const QDateTime &captured,
                     const QVariant &reach, const QVariant &comments);

    ManualClock m_clock{QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_dir;
};

void TestCsvExporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCsvExporter::init()
{
    auto db = testing::openTestDatabase(m_clock);
    QVERIFY(db.ok());
    m_db = std::move(*db);
}

qint64 TestCsvExporter::addPost(const QString &body, const QDateTime &when,
                                const QList<PostNetwork> &networks)
{
    Post post;
    post.body = body;
    post.scheduledAt = when;
    post.status = when.isValid() ? PostStatus::Published : PostStatus::Draft;
    post.networks = networks;
    auto stored = PostRepository(*m_db).create(PostImportWriter::storable(post));
    return stored ? stored->id : -1;
}

void TestCsvExporter::addSnapshot(qint64 post, const QString &network, const QDateTime &captured,
                                  const QVariant &reach, const QVariant &comments)
{
    // Fixture rows written directly: the metrics repository belongs to Listen, not to this branch.
    auto inserted = m_db->exec(QStringLiteral("INSERT INTO metric_snapshots (post_id, network_id, "
                                              "captured_at, reach, comments) VALUES "
                                              "(:post, :network, :captured, :reach, :comments)"),
                               {{QStringLiteral(":post"), post},
                                {QStringLiteral(":network"), network},
                                {QStringLiteral(":captured"), captured.toSecsSinceEpoch()},
                                {QStringLiteral(":reach"), reach},
                                {QStringLiteral(":comments"), comments}});
    QVERIFY2(inserted.ok(), qPrintable(inserted.ok() ? QString() : inserted.error().message));
}

QList<CsvRecord> TestCsvExporter::exportRecords(const ExportFilter &filter, bool bom)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExportOptions options;
    options.byteOrderMark = bom;
    options.timeZone = QTimeZone("Europe/Berlin");
    auto written = CsvExporter(*m_db).write(buffer, filter, options);
    if (!written)
        return {};
    buffer.close();
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.readNext(record))
        records << record;
    return records;
}

void TestCsvExporter::writesNewestMetricsPerPostAndNetwork()
{
    const QDateTime when(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
    const qint64 id = addPost(QStringLiteral("Multi-line,\n\"quoted\" text 🎉"), when,
                              {network(QStringLiteral("instagram")),
                               network(QStringLiteral("x"), QStringLiteral("X variant"))});
    addSnapshot(id, QStringLiteral("instagram"), when.addDays(1), 100, 4);
    addSnapshot(id, QStringLiteral("instagram"), when.addDays(3), 250,
                QVariant(QMetaType::fromType<qint64>()));
    addSnapshot(id, QStringLiteral("instagram"), when.addDays(2), 180, 6);
    addPost(QStringLiteral("Unscheduled draft"), QDateTime(), {});

    const QList<CsvRecord> records = exportRecords();
    QCOMPARE(records.size(), 4);
    const QStringList header = records.at(0).fields;
    QCOMPARE(header, CsvExporter::header());
    const auto column = [&](const QString &name) {
        return header.indexOf(name);
    };
    // Networks come in the catalogue's order: X before Instagram.
    const QStringList instagram = records.at(2).fields;
    QCOMPARE(instagram.at(column(QStringLiteral("network"))), QStringLiteral("instagram"));
    QCOMPARE(instagram.at(column(QStringLiteral("text"))),
             QStringLiteral("Multi-line,\n\"quoted\" text 🎉"));
    QCOMPARE(instagram.at(column(QStringLiteral("scheduled_utc"))),
             QStringLiteral("2026-05-01T08:00:00Z"));
    QCOMPARE(instagram.at(column(QStringLiteral("scheduled_local"))),
             QStringLiteral("2026-05-01 10:00"));
    // The newest snapshot wins; its empty comment cell means "not available", not zero.
    QCOMPARE(instagram.at(column(QStringLiteral("reach"))), QStringLiteral("250"));
    QCOMPARE(instagram.at(column(QStringLiteral("comments"))), QString());
    QCOMPARE(instagram.at(column(QStringLiteral("metrics_captured_utc"))),
             QStringLiteral("2026-05-04T08:00:00Z"));
    const QStringList x = records.at(1).fields;
    QCOMPARE(x.at(column(QStringLiteral("text"))), QStringLiteral("X variant"));
    QCOMPARE(x.at(column(QStringLiteral("reach"))), QString());
    QCOMPARE(records.at(3).fields.at(column(QStringLiteral("text"))),
             QStringLiteral("Unscheduled draft"));
    QCOMPARE(records.at(3).line, qint64(5));
}

void TestCsvExporter::neutralisesFormulaCells_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://evil\")")
                            << QStringLiteral("'=HYPERLINK(\"http://evil\")");
    QTest::newRow("plus") << QStringLiteral("+1+cmd|' /C calc'!A0")
                          << QStringLiteral("'+1+cmd|' /C calc'!A0");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("plain number stays") << QStringLiteral("-12") << QStringLiteral("-12");
    QTest::newRow("harmless") << QStringLiteral("Hello = world") << QStringLiteral("Hello = world");
}

void TestCsvExporter::neutralisesFormulaCells()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    addPost(text, QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC),
            {network(QStringLiteral("x"))});
    const QList<CsvRecord> records = exportRecords();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).fields.at(CsvExporter::header().indexOf(QStringLiteral("text"))), cell);
}

void TestCsvExporter::byteOrderMarkIsOptional()
{
    addPost(QStringLiteral("Grüße"), QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC),
            {network(QStringLiteral("x"))});
    for (bool bom : {false, true}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvExportOptions options;
        options.byteOrderMark = bom;
        QVERIFY(CsvExporter(*m_db).write(buffer, ExportFilter{}, options).ok());
        QCOMPARE(buffer.data().startsWith("\xEF\xBB\xBF"), bom);
        QVERIFY(buffer.data().contains("Gr\xC3\xBC\xC3\x9F"
                                       "e"));
        QVERIFY(buffer.data().contains("\r\n"));
        QCOMPARE(buffer.data().count("\r\n"), buffer.data().count("\n"));
    }
}

void TestCsvExporter::filtersByRangeAndNetwork()
{
    addPost(QStringLiteral("May"), QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC),
            {network(QStringLiteral("x")), network(QStringLiteral("mastodon"))});
    addPost(QStringLiteral("June"), QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC),
            {network(QStringLiteral("x"))});
    ExportFilter filter;
    filter.from = QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
    filter.to = QDateTime(QDate(2026, 5, 31), QTime(0, 0), Qt::UTC);
    filter.networks = {QStringLiteral("mastodon")};
    const QList<CsvRecord> records = exportRecords(filter);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).fields.at(1), QStringLiteral("mastodon"));
}

void TestCsvExporter::cancelledExportLeavesOldFileByteIdentical()
{
    for (int i = 0; i < 1200; ++i)
        addPost(QStringLiteral("Post %1").arg(i),
                QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC).addSecs(i * 60),
                {network(QStringLiteral("x"))});
    const QString path = m_dir.filePath(QStringLiteral("posts.csv"));
    const QByteArray old("old,spreadsheet\r\n1,2\r\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(old);
    }
    auto written = CsvExporter(*m_db).exportToFile(path, ExportFilter{}, CsvExportOptions{},
                                                   [](qint64 done, qint64) { return done < 1000; });
    QVERIFY(!written.ok());
    QCOMPARE(hearth::test::readAll(path), old);
    // Without cancelling, the same call replaces the file.
    QVERIFY(CsvExporter(*m_db).exportToFile(path, ExportFilter{}, CsvExportOptions{}).ok());
    QVERIFY(hearth::test::readAll(path).startsWith("post_id,network"));
}

void TestCsvExporter::localTimesAcrossDaylightSaving()
{
    // Every 20 minutes through both of Berlin's changes in 2026 (29 March and 25 October, 01:00
    // UTC): the local column must follow each change at the exact instant.
    QList<QDateTime> times;
    for (const QDate day : {QDate(2026, 3, 28), QDate(2026, 10, 24)}) {
        const QDateTime start(day, QTime(22, 0), Qt::UTC);
        for (int step = 0; step < 12; ++step)
            times << start.addSecs(step * 20 * 60);
    }
    times << QDateTime(QDate(2026, 3, 29), QTime(0, 59, 59), Qt::UTC)
          << QDateTime(QDate(2026, 10, 25), QTime(0, 59, 59), Qt::UTC);
    for (const QDateTime &when : std::as_const(times))
        QVERIFY(addPost(QStringLiteral("Post"), when, {network(QStringLiteral("x"))}) > 0);
    const QList<CsvRecord> records = exportRecords();
    QCOMPARE(records.size(), times.size() + 1);
    const QStringList header = records.at(0).fields;
    const qsizetype utc = header.indexOf(QStringLiteral("scheduled_utc"));
    const qsizetype local = header.indexOf(QStringLiteral("scheduled_local"));
    QSet<QString> seen;
    for (qsizetype row = 1; row < records.size(); ++row) {
        const QDateTime when =
            QDateTime::fromString(records.at(row).fields.at(utc), Qt::ISODate).toUTC();
        QVERIFY(when.isValid());
        QCOMPARE(records.at(row).fields.at(local),
                 when.toTimeZone(QTimeZone("Europe/Berlin"))
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        seen << records.at(row).fields.at(local);
    }
    // 02:40 UTC+1 is followed by 03:00 UTC+2 in March; in October 02:40 comes twice.
    QVERIFY(seen.contains(QStringLiteral("2026-03-29 01:40")));
    QVERIFY(seen.contains(QStringLiteral("2026-03-29 03:00")));
    QVERIFY(!seen.contains(QStringLiteral("2026-03-29 02:00")));
    QVERIFY(seen.contains(QStringLiteral("2026-10-25 02:40")));
    QVERIFY(seen.contains(QStringLiteral("2026-03-29 01:59")));
}

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
