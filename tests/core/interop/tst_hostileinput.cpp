// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile input corpus (tests/data/hostile, README.md there): every bad file gives a clear
// error or a clean import; never a crash, a hang or a partial import.
#include "common/clock.h"
#include "interop/bulkpostparser.h"
#include "interop/csv.h"
#include "interop/icsimporter.h"
#include "interop/postimport.h"
#include "listen/metricimporter.h"
#include "plan/postrepository.h"
#include "spark/idearepository.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hearth::core;

namespace {

QString corpus(const QString &name)
{
    return QStringLiteral(HEARTH_TEST_DATA_DIR "/hostile/") + name;
}

// Every table an import may touch; after a failed import each count must be as before.
const QStringList countedTables{
    QStringLiteral("posts"),
    QStringLiteral("post_networks"),
    QStringLiteral("post_tags"),
    QStringLiteral("post_media"),
    QStringLiteral("metric_imports"),
    QStringLiteral("metric_snapshots"),
    QStringLiteral("metric_raw_layouts"),
    QStringLiteral("import_mappings"),
    QStringLiteral("ideas"),
    QStringLiteral("tags"),
    QStringLiteral("pillars"),
    QStringLiteral("networks"),
};

using Counts = QMap<QString, qint64>;

Counts counts(const Database &db)
{
    Counts result;
    for (const QString &table : countedTables) {
        auto value = db.scalar(QStringLiteral("SELECT count(*) FROM ") + table);
        result.insert(table, value ? value->toLongLong() : -1);
    }
    return result;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

// Time limit of one case. The unguarded importers took minutes (or never finished) on the
// bombs; the guarded ones take well under a second each, except the 1 MB of blank lines (about
// 2 s in a debug build). The limits leave room for a loaded machine and for sanitizer builds,
// which run several times slower; they catch hangs, they are not a benchmark.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 timeLimitMs = 60000;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr qint64 timeLimitMs = 60000;
#else
constexpr qint64 timeLimitMs = 15000;
#endif
#else
constexpr qint64 timeLimitMs = 15000;
#endif

const QByteArray metaHeader =
    "\"Post ID\",\"Page ID\",\"Page name\",Title,Description,\"Duration (sec)\",\"Publish "
    "time\",\"Caption type\",Permalink,\"Is crosspost\",\"Is share\",\"Post "
    "type\",Languages,\"Custom labels\",\"Funded content status\",\"Data "
    "comment\",Date,Views,Reach,\"Reactions, comments and shares\",Reactions,Comments,Shares,"
    "\"Total clicks\",\"Link Clicks\",\"Other Clicks\"";

QByteArray metaRow(int n, const QByteArray &description)
{
    return QByteArray("613168031534769_99") + QByteArray::number(n) +
           ",613168031534769,\"Hearth Bakery\",,\"" + description +
           "\",,\"03/14/2025 09:30\",,https://www.facebook.com/613168031534769/posts/pfbidgen" +
           QByteArray::number(n) + ",No,No,Photos,,,,,Lifetime,100,80,7,5,1,0,3,2,1";
}

QByteArray icsEvent(int n, const QByteArray &extra = {})
{
    return "BEGIN:VEVENT\r\nUID:gen-" + QByteArray::number(n) +
           "\r\nDTSTAMP:20310101T000000Z\r\nDTSTART:20310801T100000Z\r\nSUMMARY:Event " +
           QByteArray::number(n) + "\r\n" + extra + "END:VEVENT\r\n";
}

// Writes a large input into `dir` (kept out of the repository); returns its path.
QString generate(const QString &name, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(name.mid(4));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    auto repeat = [&file](const QByteArray &chunk, qint64 times) {
        QByteArray block;
        const qint64 perBlock =
            std::max<qint64>(1, (1 << 20) / std::max<qsizetype>(1, chunk.size()));
        for (qint64 i = 0; i < perBlock; ++i)
            block += chunk;
        qint64 written = 0;
        while (written + perBlock <= times) {
            file.write(block);
            written += perBlock;
        }
        for (; written < times; ++written)
            file.write(chunk);
    };
    if (name == u"gen:huge_field.csv") {
        file.write(metaHeader + "\n613168031534769_1,613168031534769,\"Hearth\",,\"");
        repeat(QByteArray(1 << 20, 'x'), 50);
        file.write("\",,\"03/14/2025 09:30\",,,No,No,Photos,,,,,Lifetime,1,1,1,1,1,1,1,1,1\n");
    } else if (name == u"gen:million_columns.csv") {
        repeat("c,", 2'000'000);
        file.write("c\n1\n");
    } else if (name == u"gen:wide_header.csv") {
        QByteArray header = metaHeader;
        QByteArray row = metaRow(1, "wide");
        for (int i = 0; i < 1500; ++i) {
            header += ",Extra " + QByteArray::number(i);
            row += ',' + QByteArray::number(i);
        }
        file.write(header + '\n' + row + '\n');
    } else if (name == u"gen:blank_bomb.csv") {
        file.write(metaHeader + '\n');
        repeat("\n", 1'000'000);
        file.write(metaRow(1, "after the blanks") + '\n');
    } else if (name == u"gen:separator_bomb.csv") {
        file.write("Text,Image URL,Tags,Posting Time\n");
        repeat('x' + QByteArray(9999, ',') + '\n', 2000);
    } else if (name == u"gen:many_rows.csv") {
        file.write("Text,Image URL,Tags,Posting Time\n");
        repeat("Bulk post text here,,,2031-02-10 12:00\n", 1'000'000);
    } else if (name == u"gen:huge_field.ics") {
        file.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hostile//EN\r\n");
        file.write(icsEvent(1, "DESCRIPTION:"));
        file.seek(file.size() - QByteArrayLiteral("END:VEVENT\r\n").size());
        repeat(QByteArray(1 << 20, 'y'), 50);
        file.write("\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    } else if (name == u"gen:many_events.ics") {
        file.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hostile//EN\r\n");
        for (int i = 0; i < 100'000; ++i)
            file.write(icsEvent(i));
        file.write("END:VCALENDAR\r\n");
    } else if (name == u"gen:deep_nesting.ics") {
        file.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hostile//EN\r\n");
        repeat("BEGIN:VEVENT\r\n", 200'000);
        file.write("DTSTART:20310801T100000Z\r\n");
        repeat("END:VEVENT\r\n", 200'000);
        file.write("END:VCALENDAR\r\n");
    } else {
        return {};
    }
    return file.error() == QFileDevice::NoError ? path : QString();
}

// One corpus file, the importer it goes to and what must come out.
struct Case
{
    QString file;
    QString importer;
    // "error": refused with a clear message; "clean": imported (rows = posts created);
    // "mapping": a generic file that needs a column mapping first, nothing written.
    QString outcome;
    // Words the message (error) or the warnings and skips (clean) must contain.
    QStringList expect;
    int rows = 0;
};

QList<Case> cases();

} // namespace

class TestHostileInput final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_generated;

    // Some of everything, so "nothing changed" is tested against a plan that is not empty.
    void seed()
    {
        PostRepository posts(*m_db);
        for (int i = 0; i < 3; ++i) {
            Post post;
            post.body = QStringLiteral("Seed post %1").arg(i);
            post.scheduledAt = QDateTime(QDate(2031, 1, 10 + i), QTime(9, 0), Qt::UTC);
            post.status = PostStatus::Scheduled;
            post.tags = {QStringLiteral("seed")};
            post.networks << PostNetwork{QStringLiteral("facebook"), {}, {}, {}, {}};
            QVERIFY(posts.create(post));
        }
        IdeaRepository ideas(*m_db);
        Idea idea;
        idea.title = QStringLiteral("Seed idea");
        QVERIFY(ideas.create(idea));
        MetricImporter importer(*m_db);
        MetricImportOptions options;
        options.timeZone = QTimeZone(QByteArrayLiteral("America/New_York"));
        auto imported =
            importer.run(QStringLiteral(HEARTH_TEST_DATA_DIR "/metrics/meta_facebook.csv"), options,
                         ImportMode::Commit);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QVERIFY(imported->created > 0);
    }

    // Texts that are spreadsheet formulas are stored as written and neutralised on CSV export.
    void checkFormulasNeutralised(qint64 firstNewPost)
    {
        auto bodies = m_db->exec(QStringLiteral("SELECT body FROM posts WHERE id >= :first"),
                                 {{QStringLiteral(":first"), firstNewPost}});
        QVERIFY(bodies);
        int formulas = 0;
        while (bodies->next()) {
            const QString body = bodies->value(0).toString();
            if (body.isEmpty() || !QStringLiteral("=+-@").contains(body.front()))
                continue;
            ++formulas;
            const QString cell = CsvWriter::encodeField(body, FormulaGuard::Neutralise);
            QVERIFY2(cell.startsWith(u'\'') || cell.startsWith(QStringLiteral("\"'")),
                     qPrintable(cell));
        }
        QVERIFY(formulas >= 2);
    }
    qint64 nextPostId() const
    {
        return m_db->scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM posts"))
            ->toLongLong();
    }

    void runMetrics(const QString &path, const QString &importer, const QString &outcome,
                    const QStringList &expect, int rows);
    void runPreviewImport(const QString &path, const QString &importer, const QString &outcome,
                          const QStringList &expect, int rows);
    void runDatabase(const QString &path, const QString &outcome, const QStringList &expect);
    void runCsvReader(const QString &path, const QString &outcome, const QStringList &expect,
                      int rows);

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_generated.isValid());
    }
    void init()
    {
        auto opened = testing::openTestDatabase(m_clock);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_db = std::move(*opened);
        seed();
    }
    void cleanup() { m_db.reset(); }

    void corpusIsComplete();
    void hostileFile_data();
    void hostileFile();
};

void TestHostileInput::runMetrics(const QString &path, const QString &importer,
                                  const QString &outcome, const QStringList &expect, int rows)
{
    MetricImportOptions options;
    options.timeZone = QTimeZone(QByteArrayLiteral("America/New_York"));
    options.capturedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    if (importer == u"metrics:windows-1252")
        options.encoding = TextEncoding::Windows1252;
    if (importer == u"metrics:generic") {
        options.source = MetricSource::Generic;
        auto mapping = MetricColumnMapping::fromJson(
            QJsonDocument::fromJson(R"({"network_column": "network", "post_id": "id",
                "permalink": "url", "published": "created_at", "text": "content",
                "metrics": {"reactions": "favourites", "shares": "boosts"}})")
                .object());
        QVERIFY(mapping);
        options.mapping = *mapping;
    }
    const Counts before = counts(*m_db);
    const qint64 firstNewPost = nextPostId();
    MetricImporter metricImporter(*m_db);
    QElapsedTimer timer;
    timer.start();
    auto result = metricImporter.run(path, options, ImportMode::Commit);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < timeLimitMs, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    const Counts after = counts(*m_db);
    const QString name = QFileInfo(path).fileName();

    if (outcome == u"error") {
        QVERIFY2(!result, "the import was expected to fail");
        const QString message = result.error().message;
        qInfo("refused: %s", qPrintable(message.mid(message.indexOf(name))));
        QVERIFY2(message.contains(name), qPrintable(message));
        for (const QString &part : expect)
            QVERIFY2(message.contains(part),
                     qPrintable(part + QStringLiteral(" not in: ") + message));
        QCOMPARE(after, before);
        return;
    }
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QString report = result->warnings.join(u'\n');
    for (const ImportSkip &skip : std::as_const(result->skipped))
        report += QStringLiteral("\nline %1: %2").arg(skip.line).arg(skip.reason);
    for (const QString &part : expect)
        QVERIFY2(report.contains(part), qPrintable(part + QStringLiteral(" not in: ") + report));
    if (outcome == u"mapping") {
        QVERIFY(result->needsMapping);
        QCOMPARE(after, before);
        return;
    }
    QCOMPARE(outcome, QStringLiteral("clean"));
    QCOMPARE(result->created, qint64(rows));
    QCOMPARE(result->rows, result->matched + result->created + result->skipped.size());
    QCOMPARE(after.value(QStringLiteral("posts")), before.value(QStringLiteral("posts")) + rows);
    QCOMPARE(after.value(QStringLiteral("metric_snapshots")),
             before.value(QStringLiteral("metric_snapshots")) + result->created + result->updated);
    QCOMPARE(after.value(QStringLiteral("metric_imports")),
             before.value(QStringLiteral("metric_imports")) + 1);
    QCOMPARE(after.value(QStringLiteral("ideas")), before.value(QStringLiteral("ideas")));
    if (path.contains(QStringLiteral("formula")))
        checkFormulasNeutralised(firstNewPost);
}

void TestHostileInput::runPreviewImport(const QString &path, const QString &importer,
                                        const QString &outcome, const QStringList &expect, int rows)
{
    const Counts before = counts(*m_db);
    const qint64 firstNewPost = nextPostId();
    QElapsedTimer timer;
    timer.start();
    Result<ImportPreview> preview = Error::make(ErrorKind::Internal, QString());
    if (importer == u"ics") {
        IcsImportOptions options;
        options.defaultNetworks = {QStringLiteral("instagram")};
        options.timeZone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
        preview = IcsImporter(*m_db).parseFile(path, options);
    } else {
        BulkImportOptions options;
        options.layout = *bulkLayoutFromString(importer.section(u':', 1));
        options.timeZone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
        if (options.layout != BulkLayout::Metricool)
            options.networks = {QStringLiteral("mastodon")};
        if (options.layout == BulkLayout::Generic) {
            options.networks.clear();
            options.mapping.dateTime = QStringLiteral("when");
            options.mapping.text = QStringLiteral("what");
            options.mapping.networks = QStringLiteral("where");
        }
        preview = BulkPostParser(*m_db).parseFile(path, options);
    }
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
    auto committed = PostImportWriter(*m_db).commit(*preview);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < timeLimitMs, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    const Counts after = counts(*m_db);
    const QString issues = preview->describeIssues().join(u'\n');
    const QString name = QFileInfo(path).fileName();

    if (outcome == u"error") {
        QVERIFY2(preview->hasErrors(), qPrintable(issues));
        qInfo("refused: %s", qPrintable(preview->describeIssues().value(0)));
        QVERIFY2(!committed, "a preview with errors must not be committed");
        QVERIFY2(committed.error().message.contains(name), qPrintable(committed.error().message));
        for (const QString &part : expect)
            QVERIFY2(issues.contains(part),
                     qPrintable(part + QStringLiteral(" not in: ") + issues));
        QCOMPARE(after, before);
        return;
    }
    QCOMPARE(outcome, QStringLiteral("clean"));
    QVERIFY2(!preview->hasErrors(), qPrintable(issues));
    QVERIFY2(committed, qPrintable(committed ? QString() : committed.error().message));
    for (const QString &part : expect)
        QVERIFY2(issues.contains(part), qPrintable(part + QStringLiteral(" not in: ") + issues));
    QCOMPARE(committed->created, rows);
    QCOMPARE(after.value(QStringLiteral("posts")), before.value(QStringLiteral("posts")) + rows);
    QCOMPARE(after.value(QStringLiteral("metric_snapshots")),
             before.value(QStringLiteral("metric_snapshots")));
    QCOMPARE(after.value(QStringLiteral("ideas")), before.value(QStringLiteral("ideas")));
    if (path.contains(QStringLiteral("formula")))
        checkFormulasNeutralised(firstNewPost);
}

void TestHostileInput::runDatabase(const QString &source, const QString &outcome,
                                   const QStringList &expect)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.sqlite"));
    qint64 seededPosts = -1;
    if (source == u"gen:wal_garbage.sqlite") {
        {
            auto db = Database::open(path, {}, m_clock);
            QVERIFY(db);
            Post post;
            post.body = QStringLiteral("Kept");
            QVERIFY(PostRepository(**db).create(post));
            seededPosts = 1;
        }
        QFile wal(path + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly));
        QByteArray junk;
        for (int i = 0; i < 70000; ++i)
            junk += char((i * 7919 + 13) % 251);
        wal.write(junk);
    } else {
        QVERIFY(QFile::copy(source, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    const QByteArray before = fileHash(path);
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path, {}, m_clock);
    QVERIFY2(timer.elapsed() < timeLimitMs, "opening took too long");
    if (outcome == u"error") {
        QVERIFY2(!db, "the file was expected to be refused");
        const QString message = db.error().message;
        qInfo("refused: %s", qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message));
        for (const QString &part : expect)
            QVERIFY2(message.contains(part),
                     qPrintable(part + QStringLiteral(" not in: ") + message));
        QCOMPARE(fileHash(path), before);
        return;
    }
    QCOMPARE(outcome, QStringLiteral("clean"));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    QCOMPARE((*db)->schemaVersion(), schema::currentVersion());
    auto problems = (*db)->integrityProblems();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    if (seededPosts >= 0)
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM posts"))->toLongLong(),
                 seededPosts);
}

void TestHostileInput::runCsvReader(const QString &path, const QString &outcome,
                                    const QStringList &expect, int rows)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    CsvRecord record;
    QList<CsvRecord> records;
    while (reader.readNext(record))
        records << record;
    if (outcome == u"error") {
        QVERIFY(reader.hasError());
        QVERIFY(reader.errorLine() > 0);
        QVERIFY2(reader.errorString().contains(QStringLiteral("line %1").arg(reader.errorLine())),
                 qPrintable(reader.errorString()));
        for (const QString &part : expect)
            QVERIFY2(reader.errorString().contains(part), qPrintable(reader.errorString()));
        return;
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(records.size(), qsizetype(rows));
    // Every expected text is one whole field of some record (quotes undone exactly).
    for (const QString &part : expect) {
        bool found = false;
        for (const CsvRecord &each : std::as_const(records))
            found = found || each.fields.contains(part);
        QVERIFY2(found, qPrintable(part.left(80)));
    }
}

void TestHostileInput::corpusIsComplete()
{
    // Every committed file has a row in the table below and a line in the manifest.
    QFile readme(corpus(QStringLiteral("README.md")));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString manifest = QString::fromUtf8(readme.readAll());
    QSet<QString> tested;
    for (const Case &entry : cases())
        tested.insert(entry.file);
    const QDir dir(corpus(QString()));
    int files = 0;
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files)) {
        if (info.suffix() == u"md" || info.suffix() == u"py")
            continue;
        ++files;
        QVERIFY2(manifest.contains(QStringLiteral("`%1`").arg(info.fileName())),
                 qPrintable(info.fileName()));
        QVERIFY2(tested.contains(info.fileName()), qPrintable(info.fileName()));
    }
    for (const QString &name : std::as_const(tested))
        QVERIFY2(manifest.contains(QStringLiteral("`%1`").arg(name)), qPrintable(name));
    QVERIFY2(files >= 50, qPrintable(QString::number(files)));
}

namespace {

QList<Case> cases()
{
    QList<Case> list;
    auto row = [&list](const char *file, const char *importer, const char *outcome,
                       QStringList expect = {}, int rows = 0) {
        list << Case{QString::fromUtf8(file), QString::fromUtf8(importer),
                     QString::fromUtf8(outcome), std::move(expect), rows};
    };
    using L = QStringList;
    auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };

    // Metric imports, CSV.
    row("m_empty.csv", "metrics", "error", L{s("empty")});
    row("m_only_bom.csv", "metrics", "error", L{s("no header row")});
    row("m_png_renamed.csv", "metrics", "error", L{s("line 3"), s("binary")});
    row("m_binary_junk.csv", "metrics", "error", L{s("line 1"), s("not UTF-8")});
    row("m_utf16le_bom.csv", "metrics", "error", L{s("UTF-16"), s("CSV UTF-8")});
    row("m_utf16be_bom.csv", "metrics", "error", L{s("UTF-16"), s("CSV UTF-8")});
    row("m_utf16le_nobom.csv", "metrics", "error", L{s("UTF-16"), s("CSV UTF-8")});
    row("m_latin1.csv", "metrics", "error", L{s("line 3"), s("Windows-1252")});
    list << Case{s("m_latin1.csv"), s("metrics:windows-1252"), s("clean"),
                 L{s("read as Windows-1252")}, 2};
    row("m_utf8_surrogates.csv", "metrics", "error", L{s("line 3"), s("not UTF-8")});
    row("m_overlong_utf8.csv", "metrics", "error", L{s("line 3"), s("not UTF-8")});
    row("m_truncated_in_quote.csv", "metrics", "error", L{s("line 3"), s("never ends")});
    row("m_truncated_mid_row.csv", "metrics", "error", L{s("line 4"), s("never ends")});
    row("m_unterminated_header_quote.csv", "metrics", "error", L{s("line 1"), s("never ends")});
    row("m_deep_quotes.csv", "metrics", "clean", {}, 2);
    row("m_stray_quotes.csv", "metrics", "clean", {}, 1);
    row("m_mismatched_columns.csv", "metrics", "clean", L{s("Line 4: the row has more cells")}, 3);
    row("m_header_only.csv", "metrics", "clean", L{s("Line 1 is the header"), s("no posts")}, 0);
    row("m_dates_out_of_range.csv", "metrics", "clean",
        L{s("line 3: the publish time \"02/30/2025 10:00\""), s("line 4: the publish time"),
          s("line 5: the publish time"), s("line 6: the publish time"),
          s("line 8: the publish time"), s("line 9: the publish time")},
        2);
    row("m_counts_overflow.csv", "metrics", "clean",
        L{s("line 2: the column \"Reach\""), s("line 3: the column \"Reach\""),
          s("line 4: the column \"Reach\""), s("line 5: the column \"Reach\"")},
        1);
    row("m_nan_inf.csv", "metrics", "clean",
        L{s("line 2: the column \"Reach\" holds \"NaN\""), s("line 3: the column \"Views\""),
          s("line 4: the column \"Reactions\""), s("line 5: the column \"Comments\""),
          s("line 6: the column \"Shares\"")},
        1);
    row("m_youtube_nan_watch.csv", "metrics", "clean",
        L{s("line 3: the column \"Watch time (hours)\" holds \"NaN\""), s("line 4: the column"),
          s("line 5: the column"), s("line 2: the Total row")},
        1);
    row("m_negative_counts.csv", "metrics", "clean",
        L{s("line 2: the column \"Reach\""), s("line 3: the column \"Views\""),
          s("line 4: the column \"Reactions\"")},
        1);
    row("m_formula_cells.csv", "metrics", "clean", {}, 5);
    row("m_nul_early.csv", "metrics", "error", L{s("line 3"), s("NUL")});
    row("m_nul_late.csv", "metrics", "error", L{s("line 41"), s("NUL")});
    row("m_crlf.csv", "metrics", "clean", {}, 2);
    row("m_cr_only.csv", "metrics", "clean", {}, 2);
    row("m_mixed_eol.csv", "metrics", "clean", {}, 3);
    row("m_xlsx_renamed.csv", "metrics", "error", L{s(".xlsx"), s("CSV")});
    row("m_html_page.csv", "metrics", "mapping");
    row("m_bom_twice.csv", "metrics", "clean", {}, 1);
    row("m_control_chars.csv", "metrics", "clean", {}, 2);
    row("m_scientific_ids.csv", "metrics", "clean", L{s("scientific notation")}, 1);
    row("m_same_post_twice.csv", "metrics", "clean", L{s("line 3: the same post as line 2")}, 1);
    row("m_generic_bad_network.csv", "metrics:generic", "clean",
        L{s("line 3: the network \"myspace\""), s("line 4: no network")}, 1);
    row("m_semicolon_formula_bomb.csv", "metrics", "mapping");

    // Metric imports, .xlsx and .zip (libzip and QXmlStreamReader in Hearth's process).
    row("z_zip_bomb.xlsx", "metrics", "error", L{s("zip bomb")});
    row("z_size_lies.zip", "metrics", "error", L{s("more than the 10 bytes")});
    row("z_doctype_entities.xlsx", "metrics", "error", L{s("DOCTYPE")});
    row("z_truncated.xlsx", "metrics", "error", L{s("damaged"), s(".xlsx or CSV")});
    row("z_xlsx_renamed.csv", "metrics", "clean", L{s("\"Metrics\" holds totals")}, 3);
    row("z_encrypted.xlsx", "metrics", "error", L{s("encrypted")});
    row("z_no_table_data.zip", "metrics", "error", L{s("'Table data.csv'"), s("YouTube Studio")});

    // The CSV reader on its own: exact fields, exact lines.
    row("m_deep_quotes.csv", "csv", "clean",
        L{QString(2001, u'"') + s("quoted") + QString(2001, u'"'), QString(4, u'"')}, 3);
    row("m_cr_only.csv", "csv", "clean", L{s("two\rlines")}, 3);
    row("m_crlf.csv", "csv", "clean", L{s("two\r\nlines")}, 3);
    row("m_nul_late.csv", "csv", "error", L{s("line 41"), s("NUL")});
    row("m_utf16le_nobom.csv", "csv", "error", L{s("line 1"), s("UTF-16")});

    // LinkedIn .xls through hearth-xls-reader.
    row("x_truncated.xls", "metrics", "error", L{s("the Excel file is damaged")});
    row("x_ole_header_only.xls", "metrics", "error", L{s("the Excel file is damaged")});
    row("x_csv_renamed.xls", "metrics", "clean", {}, 2);
    row("x_png_renamed.xls", "metrics", "error", L{s("binary")});
    row("x_garbled_records.xls", "metrics", "error", L{s("cannot be read")});
    row("x_bogus_sheet.xls", "metrics", "mapping", L{s("\"Metrics\"")});
    row("x_no_sheets.xls", "metrics", "error", L{s("sheet")});
    row("x_bad_values.xls", "metrics", "clean",
        L{s("line 3: the publish time"), s("line 4: the column \"Impressions\""),
          s("line 5: the column \"Impressions\""), s("line 6: the column \"Impressions\""),
          s("line 7: the column \"Impressions\"")},
        1);
    row("x_huge_dimensions.xls", "metrics", "error", L{s("rows")});
    row("x_sheet_offset_out_of_range.xls", "metrics", "error", L{s("cannot be read")});
    row("x_password.xls", "metrics", "error", L{s("password")});
    // A record running past the workbook stream: refused as damaged (FreeXL once copied it past its
    // buffer).
    row("x_record_length_lies.xls", "metrics", "error", L{s("damaged"), s("save it again")});

    // Bulk post import, every layout.
    row("b_hootsuite_png.csv", "bulk:hootsuite", "error", L{s("line 3"), s("binary")});
    row("b_hootsuite_bad_dates.csv", "bulk:hootsuite", "error",
        L{s("line 1, field \"date (column 1)\""), s("line 2, field"), s("line 3, field"),
          s("line 4, field"), s("line 5, field"), s("line 6, field"), s("line 7, field"),
          s("line 8, field"), s("the clocks skip it")});
    row("b_hootsuite_far_future.csv", "bulk:hootsuite", "clean", {}, 2);
    row("b_buffer_missing_columns.csv", "bulk:buffer", "error", L{s("line 1"), s("Posting Time")});
    row("b_buffer_formulas.csv", "bulk:buffer", "clean", {}, 5);
    row("b_buffer_latin1.csv", "bulk:buffer", "error", L{s("line 2"), s("not UTF-8")});
    row("b_buffer_utf16.csv", "bulk:buffer", "error", L{s("UTF-16")});
    row("b_buffer_unterminated.csv", "bulk:buffer", "error", L{s("line 2"), s("never ends")});
    row("b_publer_short_rows.csv", "bulk:publer", "error", L{s("line 3, field \"Text\"")});
    row("b_publer_separator_soup.csv", "bulk:publer", "clean", {}, 1);
    row("b_metricool_bad_bools.csv", "bulk:metricool", "error",
        L{s("line 2, field \"Draft\""), s("line 2, field \"Twitter/X\""),
          s("line 3, field \"Time\"")});
    row("b_sprout_recased.csv", "bulk:sprout", "error", L{s("line 1"), s("case-sensitive")});
    row("b_generic_mismatched.csv", "bulk:generic", "error", L{s("line 3, field \"what\"")});
    row("b_generic_bad_networks.csv", "bulk:generic", "error", L{s("line 2"), s("myspace")});
    row("b_hootsuite_blank_bomb.csv", "bulk:hootsuite", "clean", {}, 1);

    // iCalendar.
    row("i_empty.ics", "ics", "error", L{s("not an iCalendar file")});
    row("i_png_renamed.ics", "ics", "error", L{s("not an iCalendar file")});
    row("i_vcard.ics", "ics", "error", L{s("not an iCalendar file")});
    row("i_truncated.ics", "ics", "error",
        L{s("line 12"), s("BEGIN:VEVENT of line 10"), s("cut off")});
    row("i_garbage_components.ics", "ics", "clean", L{s("libical")}, 1);
    row("i_mismatched_end.ics", "ics", "clean", {}, 1);
    row("i_rrule_nonsense.ics", "ics", "clean", L{s("RRULE")}, 3);
    row("i_unknown_tzid.ics", "ics", "clean", L{s("Mars/Olympus_Mons")}, 2);
    row("i_dates_out_of_range.ics", "ics", "error",
        L{s("line 10, field \"DTSTART\": error: The event feb30"),
          s("line 16, field \"DTSTART\": error: The event hour25"), s("line 22, field"),
          s("line 28, field"), s("line 34, field"), s("line 40, field")});
    row("i_latin1.ics", "ics", "error", L{s("line 5"), s("UTF-8")});
    row("i_utf16.ics", "ics", "error", L{s("UTF-16")});
    row("i_nul.ics", "ics", "error", L{s("line 11"), s("NUL")});
    row("i_no_events.ics", "ics", "clean", L{s("no events")}, 0);
    row("i_formula_summary.ics", "ics", "clean", {}, 2);
    row("i_many_calendars.ics", "ics", "clean", {}, 5);
    row("i_broken_folding.ics", "ics", "clean", {}, 1);

    // The database open path.
    row("d_negative_version.sqlite", "database", "error", L{s("not a Hearth database")});
    row("d_header_only.sqlite", "database", "error", L{s("damaged")});
    row("d_magic_then_junk.sqlite", "database", "error", L{s("untouched")});
    row("d_bad_page_size.sqlite", "database", "error", L{s("untouched")});
    row("d_png.sqlite", "database", "error", L{s("not an SQLite file")});
    row("d_zero_bytes.sqlite", "database", "clean");

    // Large inputs, generated at test time.
    row("gen:huge_field.csv", "metrics", "error", L{s("line 2"), s("longer than")});
    row("gen:million_columns.csv", "metrics", "error", L{s("line 1"), s("columns")});
    row("gen:wide_header.csv", "metrics", "clean", {}, 1);
    row("gen:blank_bomb.csv", "metrics", "clean", {}, 1);
    row("gen:separator_bomb.csv", "bulk:buffer", "error", L{s("line 2"), s("columns")});
    row("gen:many_rows.csv", "bulk:buffer", "error", L{s("line 10002"), s("10000")});
    row("gen:huge_field.ics", "ics", "error", L{s("MB")});
    row("gen:many_events.ics", "ics", "error", L{s("10000")});
    row("gen:deep_nesting.ics", "ics", "error", L{s("nested")});
    row("gen:wal_garbage.sqlite", "database", "clean");
    return list;
}

} // namespace

void TestHostileInput::hostileFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("importer");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QStringList>("expect");
    QTest::addColumn<int>("rows");
    for (const Case &entry : cases()) {
        const QString tag = entry.file + u' ' + entry.importer;
        QTest::newRow(qPrintable(tag))
            << entry.file << entry.importer << entry.outcome << entry.expect << entry.rows;
    }
}

void TestHostileInput::hostileFile()
{
    QFETCH(QString, file);
    QFETCH(QString, importer);
    QFETCH(QString, outcome);
    QFETCH(QStringList, expect);
    QFETCH(int, rows);

    QString path;
    if (importer == u"database") {
        path = file.startsWith(u"gen:") ? file : corpus(file);
    } else if (file.startsWith(u"gen:")) {
        path = generate(file, m_generated);
        QVERIFY2(!path.isEmpty(), "could not write the generated input");
    } else {
        path = corpus(file);
    }
    if (!file.startsWith(u"gen:"))
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));

    QElapsedTimer timer;
    timer.start();
    if (importer.startsWith(u"metrics"))
        runMetrics(path, importer, outcome, expect, rows);
    else if (importer.startsWith(u"bulk:") || importer == u"ics")
        runPreviewImport(path, importer, outcome, expect, rows);
    else if (importer == u"database")
        runDatabase(path, outcome, expect);
    else if (importer == u"csv")
        runCsvReader(path, outcome, expect, rows);
    else
        QFAIL("unknown importer");
    if (file.startsWith(u"gen:"))
        QFile::remove(path);
    qInfo("%s: %lld ms", qPrintable(file), timer.elapsed());
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
