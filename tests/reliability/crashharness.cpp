// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Crash harness: runs Hearth's own write paths in a child process, kills it with SIGKILL at
// random moments, then reopens the database and checks PRAGMA integrity_check and
// foreign_key_check, that nothing the child reported as committed was lost and that no
// transaction was half applied.
//
//   crashharness [--kills N] [--seed S] [--scenario edit|migrate|import|bulk|all] [--control]
//
// Scenarios (each kill is one round; "all" rotates edit, import, migrate, bulk):
//   edit     PostRepository create/update/remove of posts with networks and tags.
//   import   MetricImporter commits of generated X analytics CSVs, one transaction per file;
//            per import all snapshots (and raw values and created posts) or none.
//   migrate  A schema upgrade with a heavy last step, from a copy of a seeded plan.
//   bulk     BulkPostParser + PostImportWriter on generated Buffer CSVs; per batch all
//            posts or none.
//
// CI runs 200 kills (ctest -R crash_harness). For thousands locally:
//   crashharness --kills 5000 --seed 42             # all scenarios, about 1250 each
//   crashharness --kills 2000 --scenario import --seed 7
// Put TMPDIR on a tmpfs (e.g. TMPDIR=/dev/shm) to make rounds faster: SIGKILL does not lose the
// page cache, so a RAM disk tests the same thing. The same --seed repeats the same kill times.
//
// --control turns SQLite's journal off in the child: the harness must then report damage,
// which proves it can see it. Exit code 0 = every check passed (or, with --control, damage found).
#include "common/clock.h"
#include "interop/bulkpostparser.h"
#include "interop/postimport.h"
#include "listen/metricimporter.h"
#include "listen/metricrepository.h"
#include "plan/postrepository.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>
#include <random>

using namespace hearth::core;

namespace {

constexpr int tagsPerPost = 40;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Reports one line to the parent; flushed so a kill right after loses nothing said.
void report(const QString &line)
{
    out() << line << Qt::endl;
}

OpenOptions childOptions()
{
    OpenOptions options;
    options.busyTimeout = std::chrono::milliseconds(2000);
    return options;
}

void weakenForControl(Database &database)
{
    // No journal and a tiny page cache: a kill mid-transaction leaves half-written pages behind.
    (void)database.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
    (void)database.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    (void)database.exec(QStringLiteral("PRAGMA cache_size = 2"));
}

// The child's plan, weakened for the negative control; null (said on stderr) when it won't open.
std::unique_ptr<Database> openChildDatabase(const QString &path, bool control)
{
    auto opened = Database::open(path, childOptions(), SystemClock::instance());
    if (!opened) {
        std::fprintf(stderr, "child: %s\n", qPrintable(opened.error().message));
        return nullptr;
    }
    std::unique_ptr<Database> database = std::move(*opened);
    if (control)
        weakenForControl(*database);
    return database;
}

Post makePost(int serial, std::mt19937 &random)
{
    Post post;
    const int networks = 1 + int(random() % 4);
    const QStringList ids{QStringLiteral("x"), QStringLiteral("mastodon"),
                          QStringLiteral("bluesky"), QStringLiteral("linkedin")};
    for (int i = 0; i < networks; ++i)
        post.networks.append(PostNetwork{
            ids.at(i),
            QStringLiteral("variant %1 for %2 ").arg(serial).arg(ids.at(i)).repeated(20),
            {},
            {},
            {}});
    // The body says what a whole post looks like, so the parent can spot a half-written one.
    post.body = QStringLiteral("serial=%1 networks=%2 tags=%3 ")
                    .arg(serial)
                    .arg(networks)
                    .arg(tagsPerPost) +
                QString(400, u'x');
    for (int i = 0; i < tagsPerPost; ++i)
        post.tags << QStringLiteral("tag-%1-%2").arg(serial).arg(i);
    post.scheduledAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC).addSecs(serial * 3600LL);
    post.status = PostStatus::Scheduled;
    return post;
}

int childEdit(const QString &path, quint32 seed, bool control)
{
    const std::unique_ptr<Database> opened = openChildDatabase(path, control);
    if (!opened)
        return 3;
    Database &database = *opened;
    PostRepository posts(database);
    std::mt19937 random(seed);
    QList<qint64> mine;
    for (int serial = int(seed % 100000) * 1000;; ++serial) {
        const int action = int(random() % 10);
        if (action < 6 || mine.isEmpty()) {
            auto created = posts.create(makePost(serial, random));
            if (!created) {
                std::fprintf(stderr, "child: %s\n", qPrintable(created.error().message));
                return 4;
            }
            mine << created->id;
            report(QStringLiteral("created %1").arg(created->id));
        } else if (action < 8) {
            const qint64 id = mine.at(qsizetype(random() % quint32(mine.size())));
            Post changed = makePost(serial, random);
            changed.id = id;
            report(QStringLiteral("updating %1").arg(id));
            if (!posts.update(changed))
                return 5;
            report(QStringLiteral("updated %1").arg(id));
        } else {
            const qsizetype index = qsizetype(random() % quint32(mine.size()));
            const qint64 id = mine.takeAt(index);
            report(QStringLiteral("deleting %1").arg(id));
            if (!posts.remove(id))
                return 6;
            report(QStringLiteral("deleted %1").arg(id));
        }
    }
}

const std::vector<schema::Migration> &migrateSteps()
{
    // A heavy final step, so kills land inside it.
    static const std::vector<schema::Migration> steps = [] {
        std::vector<schema::Migration> list(schema::migrations().begin(),
                                            schema::migrations().end());
        const int next = list.back().version + 1;
        list.push_back(
            {next,
             {QStringLiteral(
                  "CREATE TABLE harness_copy (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"),
              QStringLiteral("INSERT INTO harness_copy (id, body) SELECT id, body FROM posts"),
              QStringLiteral("UPDATE posts SET notes = 'migrated'")}});
        return list;
    }();
    return steps;
}

int childMigrate(const QString &path, bool control)
{
    OpenOptions options = childOptions();
    options.migrations = migrateSteps();
    options.backup = control ? MigrationBackup::Skip : MigrationBackup::Write;
    if (control) {
        // Open at the current schema first so the journal can be switched off before migrating.
        auto plain = Database::open(path, childOptions(), SystemClock::instance());
        if (!plain)
            return 3;
        weakenForControl(**plain);
        plain = Error::make(ErrorKind::Internal, QString());
    }
    report(QStringLiteral("migrating"));
    auto opened = Database::open(path, options, SystemClock::instance());
    if (!opened)
        return 4;
    report(QStringLiteral("migrated"));
    return 0;
}

// Writes one X "account analytics content" export with `rows` posts never seen before.
// Post ids are unique per round and file, so every row creates a post and a snapshot.
bool writeMetricsCsv(const QString &file, int round, int index, int rows)
{
    QFile csv(file);
    if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray text = "Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,"
                      "Shares,New follows,Replies,Reposts,Profile visits,Detail Expands,URL "
                      "Clicks,Hashtag Clicks,Permalink Clicks\n";
    const QLocale c = QLocale::c();
    for (int row = 0; row < rows; ++row) {
        const qint64 id = 1000000000000000000LL + qint64(round) * 1000000 + index * 1000 + row;
        const QDate day = QDate(2025, 1, 1).addDays((index * 7 + row) % 300);
        text += QByteArray::number(id) + ",\"" +
                c.toString(day, QStringLiteral("ddd, MMM dd, yyyy")).toUtf8() + "\",Harness post " +
                QByteArray::number(id) + ",https://x.com/hearth/status/" + QByteArray::number(id);
        for (int figure = 0; figure < 13; ++figure)
            text += ',' + QByteArray::number((row * 31 + figure * 7 + index) % 5000);
        text += '\n';
    }
    return csv.write(text) == text.size() && csv.flush();
}

int childImport(const QString &path, int round, quint32 seed, bool control)
{
    const std::unique_ptr<Database> opened = openChildDatabase(path, control);
    if (!opened)
        return 3;
    Database &database = *opened;
    MetricImporter importer(database);
    MetricImportOptions options;
    options.source = MetricSource::X;
    options.timeZone = QTimeZone::utc();
    options.capturedAt = QDateTime(QDate(2025, 12, 1), QTime(8, 0), Qt::UTC);
    std::mt19937 random(seed);
    const QDir folder = QFileInfo(path).absoluteDir();
    for (int index = 0; index < 1000; ++index) {
        const int rows = 20 + int(random() % 230);
        // The name carries the row count, so the parent knows what a whole import holds.
        const QString name =
            QStringLiteral("metrics-r%1-i%2-rows%3.csv").arg(round).arg(index).arg(rows);
        const QString file = folder.filePath(name);
        if (!writeMetricsCsv(file, round, index, rows))
            return 4;
        report(QStringLiteral("importing %1").arg(name));
        auto imported = importer.run(file, options, ImportMode::Commit);
        if (!imported) {
            std::fprintf(stderr, "child: %s\n", qPrintable(imported.error().message));
            return 5;
        }
        report(QStringLiteral("imported %1 %2").arg(name).arg(imported->importId));
        QFile::remove(file);
    }
    return 0;
}

int childBulk(const QString &path, int round, quint32 seed, bool control)
{
    const std::unique_ptr<Database> opened = openChildDatabase(path, control);
    if (!opened)
        return 3;
    Database &database = *opened;
    BulkPostParser parser(database);
    PostImportWriter writer(database);
    BulkImportOptions options;
    options.layout = BulkLayout::Buffer;
    options.timeZone = QTimeZone::utc();
    options.networks = {QStringLiteral("mastodon"), QStringLiteral("bluesky")};
    std::mt19937 random(seed);
    const QDir folder = QFileInfo(path).absoluteDir();
    for (int index = 0; index < 1000; ++index) {
        const int batch = round * 1000 + index;
        const int rows = 10 + int(random() % 140);
        const QString file = folder.filePath(QStringLiteral("bulk-%1.csv").arg(batch));
        {
            QFile csv(file);
            if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return 4;
            QByteArray text = "Text,Image URL,Tags,Posting Time\n";
            const QDateTime first(QDate(2030, 1, 1), QTime(8, 0), Qt::UTC);
            for (int row = 0; row < rows; ++row)
                text += "\"batch=" + QByteArray::number(batch) +
                        " rows=" + QByteArray::number(rows) + " row=" + QByteArray::number(row) +
                        " " + QByteArray(200, 'y') + "\",,\"bulk,b" + QByteArray::number(batch) +
                        ",r" + QByteArray::number(row) + "\"," +
                        first.addSecs(qint64(batch % 5000) * 86400 + row * 900)
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                            .toUtf8() +
                        '\n';
            if (csv.write(text) != text.size() || !csv.flush())
                return 4;
        }
        auto preview = parser.parseFile(file, options);
        if (!preview || preview->hasErrors()) {
            std::fprintf(stderr, "child: %s\n",
                         qPrintable(preview ? preview->describeIssues().join(u'\n')
                                            : preview.error().message));
            return 5;
        }
        report(QStringLiteral("importing %1 %2").arg(batch).arg(rows));
        auto committed = writer.commit(*preview);
        if (!committed) {
            std::fprintf(stderr, "child: %s\n", qPrintable(committed.error().message));
            return 6;
        }
        report(QStringLiteral("imported %1 %2").arg(batch).arg(committed->created));
        QFile::remove(file);
    }
    return 0;
}

struct Verdict
{
    bool ok = true;
    QString reason;
};

Verdict verifyEdit(const QString &path, const QStringList &said)
{
    OpenOptions options;
    options.backup = MigrationBackup::Skip;
    auto opened = Database::open(path, options, SystemClock::instance());
    if (!opened)
        return {false, QStringLiteral("reopen failed: ") + opened.error().message};
    Database &database = **opened;
    auto problems = database.integrityProblems();
    if (!problems || !problems->isEmpty())
        return {false, QStringLiteral("integrity: ") +
                           (problems ? problems->join(u';') : problems.error().message)};

    QSet<qint64> created;
    QSet<qint64> deleting;
    for (const QString &line : said) {
        const QStringList parts = line.split(u' ');
        if (parts.size() != 2)
            continue;
        const qint64 id = parts.at(1).toLongLong();
        if (parts.at(0) == QLatin1String("created"))
            created.insert(id);
        else if (parts.at(0) == QLatin1String("deleting"))
            deleting.insert(id);
    }
    PostRepository posts(database);
    for (qint64 id : std::as_const(created)) {
        auto post = posts.find(id);
        if (!post && !deleting.contains(id))
            return {false, QStringLiteral("post %1 was reported committed but is gone").arg(id)};
    }
    // Every stored post is whole: its networks and tags match what its body promises.
    auto rows = database.exec(QStringLiteral(
        "SELECT p.id, p.body, (SELECT count(*) FROM post_networks n WHERE n.post_id = p.id), "
        "(SELECT count(*) FROM post_tags t WHERE t.post_id = p.id) FROM posts p"));
    if (!rows)
        return {false, rows.error().message};
    while (rows->next()) {
        const QString body = rows->value(1).toString();
        const QString expectNetworks = body.section(u' ', 1, 1).section(u'=', 1);
        const QString expectTags = body.section(u' ', 2, 2).section(u'=', 1);
        if (expectNetworks != rows->value(2).toString() || expectTags != rows->value(3).toString())
            return {false,
                    QStringLiteral("post %1 is half written: %2 networks, %3 tags, body says %4/%5")
                        .arg(rows->value(0).toString(), rows->value(2).toString(),
                             rows->value(3).toString(), expectNetworks, expectTags)};
    }
    return {};
}

Verdict verifyMigrate(const QString &path, qint64 postsBefore)
{
    OpenOptions options;
    options.backup = MigrationBackup::Skip;
    options.migrations = migrateSteps();
    options.mode = OpenMode::ReadOnly;
    auto opened = Database::open(path, options, SystemClock::instance());
    if (!opened) {
        // Still at the old version: open it as such.
        OpenOptions old;
        old.mode = OpenMode::ReadOnly;
        opened = Database::open(path, old, SystemClock::instance());
        if (!opened)
            return {false, QStringLiteral("reopen failed: ") + opened.error().message};
    }
    Database &database = **opened;
    auto problems = database.integrityProblems();
    if (!problems || !problems->isEmpty())
        return {false, QStringLiteral("integrity: ") +
                           (problems ? problems->join(u';') : problems.error().message)};
    const int version = database.scalar(QStringLiteral("PRAGMA user_version"))->toInt();
    const qint64 count =
        database.scalar(QStringLiteral("SELECT count(*) FROM posts"))->toLongLong();
    if (count != postsBefore)
        return {false, QStringLiteral("posts went from %1 to %2").arg(postsBefore).arg(count)};
    auto copy = database.scalar(QStringLiteral("SELECT count(*) FROM harness_copy"));
    const qint64 notes =
        database.scalar(QStringLiteral("SELECT count(*) FROM posts WHERE notes = 'migrated'"))
            ->toLongLong();
    if (version == schema::currentVersion()) {
        if (copy.ok() || notes != 0)
            return {false, QStringLiteral("old version but the migration is partly applied")};
    } else {
        if (!copy.ok() || copy->toLongLong() != postsBefore || notes != postsBefore)
            return {false, QStringLiteral("new version but the migration is incomplete")};
    }
    return {};
}

Result<std::unique_ptr<Database>> reopenChecked(const QString &path, Verdict &verdict)
{
    OpenOptions options;
    options.backup = MigrationBackup::Skip;
    auto opened = Database::open(path, options, SystemClock::instance());
    if (!opened) {
        verdict = {false, QStringLiteral("reopen failed: ") + opened.error().message};
        return opened;
    }
    auto problems = (*opened)->integrityProblems();
    if (!problems || !problems->isEmpty())
        verdict = {false, QStringLiteral("integrity: ") +
                              (problems ? problems->join(u';') : problems.error().message)};
    return opened;
}

Verdict verifyImport(const QString &path, const QStringList &said)
{
    Verdict verdict;
    auto opened = reopenChecked(path, verdict);
    if (!verdict.ok)
        return verdict;
    Database &database = **opened;

    // Every stored import is whole: its row count, one snapshot per row, each with every raw
    // column, and each on a post of its own.
    QHash<QString, qint64> stored;
    auto imports = database.exec(QStringLiteral(
        "SELECT i.id, i.file_name, i.row_count, "
        "(SELECT count(*) FROM metric_snapshots s WHERE s.import_id = i.id), "
        "(SELECT coalesce(sum(json_array_length(s.raw_values)), 0) FROM metric_snapshots s "
        "WHERE s.import_id = i.id), "
        "(SELECT count(DISTINCT s.post_id) FROM metric_snapshots s WHERE s.import_id = i.id) "
        "FROM metric_imports i"));
    if (!imports)
        return {false, imports.error().message};
    qint64 snapshotsInImports = 0;
    // Raw values kept per row: every column of the file; the same for every import.
    qint64 rawPerRow = -1;
    while (imports->next()) {
        const QString name = imports->value(1).toString();
        const qint64 rows =
            name.section(QStringLiteral("-rows"), 1).section(u'.', 0, 0).toLongLong();
        const qint64 rowCount = imports->value(2).toLongLong();
        const qint64 snapshots = imports->value(3).toLongLong();
        const qint64 raw = imports->value(4).toLongLong();
        const qint64 posts = imports->value(5).toLongLong();
        if (rawPerRow < 0 && rows > 0)
            rawPerRow = raw / rows;
        if (rowCount != rows || snapshots != rows || posts != rows || raw != rows * rawPerRow ||
            rawPerRow < 1)
            return {false, QStringLiteral("import %1 is half applied: %2 rows in the file, row "
                                          "count %3, %4 snapshots, %5 posts, %6 raw values")
                               .arg(name)
                               .arg(rows)
                               .arg(rowCount)
                               .arg(snapshots)
                               .arg(posts)
                               .arg(raw)};
        stored.insert(name, imports->value(0).toLongLong());
        snapshotsInImports += snapshots;
    }
    // Nothing outside a stored import: no stray snapshot, post or raw value of a lost one.
    const qint64 snapshots =
        database.scalar(QStringLiteral("SELECT count(*) FROM metric_snapshots"))->toLongLong();
    const qint64 posts =
        database.scalar(QStringLiteral("SELECT count(*) FROM posts"))->toLongLong();
    const qint64 rawTotal =
        database
            .scalar(QStringLiteral(
                "SELECT coalesce(sum(json_array_length(raw_values)), 0) FROM metric_snapshots"))
            ->toLongLong();
    if (snapshots != snapshotsInImports || posts != snapshotsInImports ||
        rawTotal != snapshotsInImports * std::max<qint64>(rawPerRow, 0))
        return {false, QStringLiteral("rows of an unfinished import are left: %1 snapshots, %2 "
                                      "posts, %3 raw values, imports account for %4 snapshots")
                           .arg(snapshots)
                           .arg(posts)
                           .arg(rawTotal)
                           .arg(snapshotsInImports)};
    for (const QString &line : said) {
        const QStringList parts = line.split(u' ');
        if (parts.size() == 3 && parts.at(0) == QLatin1String("imported") &&
            stored.value(parts.at(1)) != parts.at(2).toLongLong())
            return {
                false,
                QStringLiteral("import %1 was reported committed but is gone").arg(parts.at(1))};
    }
    return {};
}

Verdict verifyBulk(const QString &path, const QStringList &said)
{
    Verdict verdict;
    auto opened = reopenChecked(path, verdict);
    if (!verdict.ok)
        return verdict;
    Database &database = **opened;

    // Per batch: how many rows its file had, and how many whole posts of it are stored.
    QMap<qint64, qint64> expected;
    QMap<qint64, qint64> found;
    auto rows = database.exec(QStringLiteral(
        "SELECT p.id, p.body, (SELECT count(*) FROM post_networks n WHERE n.post_id = p.id), "
        "(SELECT count(*) FROM post_tags t WHERE t.post_id = p.id) FROM posts p"));
    if (!rows)
        return {false, rows.error().message};
    while (rows->next()) {
        const QString body = rows->value(1).toString();
        const qint64 batch = body.section(u' ', 0, 0).section(u'=', 1).toLongLong();
        const qint64 count = body.section(u' ', 1, 1).section(u'=', 1).toLongLong();
        if (rows->value(2).toInt() != 2 || rows->value(3).toInt() != 3)
            return {false, QStringLiteral("post %1 of batch %2 is half written: %3 networks, %4 "
                                          "tags")
                               .arg(rows->value(0).toString())
                               .arg(batch)
                               .arg(rows->value(2).toInt())
                               .arg(rows->value(3).toInt())};
        expected[batch] = count;
        ++found[batch];
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (it.value() != expected.value(it.key()))
            return {false, QStringLiteral("batch %1 is half imported: %2 of %3 posts")
                               .arg(it.key())
                               .arg(it.value())
                               .arg(expected.value(it.key()))};
    }
    for (const QString &line : said) {
        const QStringList parts = line.split(u' ');
        if (parts.size() == 3 && parts.at(0) == QLatin1String("imported") &&
            found.value(parts.at(1).toLongLong()) != parts.at(2).toLongLong())
            return {false, QStringLiteral("batch %1 was reported committed but has %2 of %3 "
                                          "posts")
                               .arg(parts.at(1))
                               .arg(found.value(parts.at(1).toLongLong()))
                               .arg(parts.at(2))};
    }
    return {};
}

QStringList runAndKill(const QStringList &arguments, int killAfterMs)
{
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments(arguments);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start();
    child.waitForStarted();
    QThread::msleep(static_cast<unsigned long>(killAfterMs));
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    child.waitForFinished(10000);
    const QString said = QString::fromUtf8(child.readAllStandardOutput());
    return said.split(u'\n', Qt::SkipEmptyParts);
}

qint64 seedMigrationDatabase(const QString &path, int posts)
{
    QFile::remove(path);
    auto opened = Database::open(path, {}, SystemClock::instance());
    if (!opened)
        return -1;
    PostRepository repository(**opened);
    std::mt19937 random(7);
    auto filled = (*opened)->write([&]() -> Result<void> {
        for (int i = 0; i < posts; ++i) {
            if (auto created = repository.create(makePost(i, random)); !created)
                return created.error();
        }
        return success();
    });
    return filled ? posts : -1;
}

// Proves the verifiers see what they look for: a clean import passes, then one deleted row, a
// stray row and a lost commit must each be reported. Returns the number of checks that failed.
int selfTest()
{
    QTemporaryDir dir;
    int failures = 0;
    auto expect = [&](const QString &what, const Verdict &verdict, bool ok) {
        const bool right = verdict.ok == ok;
        failures += right ? 0 : 1;
        std::printf("%s %s%s%s\n", right ? "PASS" : "FAIL", qPrintable(what),
                    verdict.ok ? "" : ": ", qPrintable(verdict.reason));
    };
    auto tamper = [&](const QString &path, const QString &sql) {
        auto opened = Database::open(path, {}, SystemClock::instance());
        if (!opened || !(*opened)->exec(sql)) {
            ++failures;
            std::printf("FAIL could not run %s\n", qPrintable(sql));
        }
    };
    auto copyOf = [&](const QString &path, const QString &name) {
        const QString target = dir.filePath(name);
        QFile::copy(path, target);
        return target;
    };

    // Imports: one committed file of 30 rows.
    const QString imports = dir.filePath(QStringLiteral("imports.sqlite"));
    {
        auto opened = Database::open(imports, {}, SystemClock::instance());
        MetricImportOptions options;
        options.source = MetricSource::X;
        options.timeZone = QTimeZone::utc();
        const QString file = dir.filePath(QStringLiteral("metrics-r0-i0-rows30.csv"));
        if (!opened || !writeMetricsCsv(file, 0, 0, 30) ||
            !MetricImporter(**opened).run(file, options, ImportMode::Commit)) {
            std::printf("FAIL could not import the self-test file\n");
            return failures + 1;
        }
    }
    const QStringList said{QStringLiteral("imported metrics-r0-i0-rows30.csv 1")};
    expect(QStringLiteral("a whole import passes"), verifyImport(imports, said), true);
    expect(QStringLiteral("a lost import is seen"),
           verifyImport(imports, {QStringLiteral("imported metrics-r0-i1-rows20.csv 2")}), false);
    QString path = copyOf(imports, QStringLiteral("a.sqlite"));
    tamper(path, QStringLiteral("DELETE FROM metric_snapshots WHERE id = (SELECT max(id) FROM "
                                "metric_snapshots)"));
    expect(QStringLiteral("an import missing a snapshot is seen"), verifyImport(path, said), false);
    path = copyOf(imports, QStringLiteral("b.sqlite"));
    tamper(path, QStringLiteral("UPDATE metric_snapshots SET raw_values = json_remove(raw_values, "
                                "'$[0]') WHERE id = (SELECT min(id) FROM metric_snapshots)"));
    expect(QStringLiteral("an import missing a raw value is seen"), verifyImport(path, said),
           false);
    path = copyOf(imports, QStringLiteral("c.sqlite"));
    tamper(path, QStringLiteral("DELETE FROM metric_imports"));
    expect(QStringLiteral("snapshots and posts left by a lost import are seen"),
           verifyImport(path, {}), false);

    // Bulk: one committed batch.
    const QString bulk = dir.filePath(QStringLiteral("bulk.sqlite"));
    {
        auto opened = Database::open(bulk, {}, SystemClock::instance());
        if (!opened)
            return failures + 1;
        PostRepository posts(**opened);
        for (int row = 0; row < 5; ++row) {
            Post post;
            post.body = QStringLiteral("batch=7 rows=5 row=%1").arg(row);
            post.networks = {PostNetwork{QStringLiteral("mastodon"), {}, {}, {}, {}},
                             PostNetwork{QStringLiteral("bluesky"), {}, {}, {}, {}}};
            post.tags = {QStringLiteral("bulk"), QStringLiteral("b7"),
                         QStringLiteral("r%1").arg(row)};
            if (!posts.create(post))
                return failures + 1;
        }
    }
    const QStringList bulkSaid{QStringLiteral("imported 7 5")};
    expect(QStringLiteral("a whole batch passes"), verifyBulk(bulk, bulkSaid), true);
    expect(QStringLiteral("a lost batch is seen"),
           verifyBulk(bulk, {QStringLiteral("imported 8 3")}), false);
    path = copyOf(bulk, QStringLiteral("d.sqlite"));
    tamper(path, QStringLiteral("DELETE FROM posts WHERE id = 3"));
    expect(QStringLiteral("a batch missing a post is seen"), verifyBulk(path, {}), false);
    path = copyOf(bulk, QStringLiteral("e.sqlite"));
    tamper(path, QStringLiteral("DELETE FROM post_tags WHERE post_id = 2 AND tag_id = (SELECT "
                                "min(tag_id) FROM post_tags WHERE post_id = 2)"));
    expect(QStringLiteral("a post missing a tag is seen"), verifyBulk(path, {}), false);
    return failures;
}

enum class Scenario
{
    Edit,
    Import,
    Migrate,
    Bulk
};

QString nameOf(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Edit:
        return QStringLiteral("edit");
    case Scenario::Import:
        return QStringLiteral("import");
    case Scenario::Migrate:
        return QStringLiteral("migrate");
    case Scenario::Bulk:
        return QStringLiteral("bulk");
    }
    return {};
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// Sorts a damage reason into what the harness saw, for the summary.
QString damageKind(const QString &reason)
{
    if (reason.startsWith(QLatin1String("reopen failed")))
        return QStringLiteral("unreadable");
    if (reason.startsWith(QLatin1String("integrity")))
        return QStringLiteral("integrity check");
    if (reason.contains(QLatin1String("reported committed")))
        return QStringLiteral("lost commit");
    if (reason.contains(QLatin1String("half")) || reason.contains(QLatin1String("partly")) ||
        reason.contains(QLatin1String("incomplete")) || reason.contains(QLatin1String("left")))
        return QStringLiteral("half applied");
    return QStringLiteral("other");
}

// Tallies of one scenario, for the summary line.
struct Tally
{
    int kills = 0;
    int damaged = 0;
    // Transactions the child reported as committed, and kills that fell inside one.
    int committed = 0;
    int killedInside = 0;
    // What the damage looked like: the reason's first words, counted.
    QMap<QString, int> kinds;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    auto value = [&](const QString &name, const QString &fallback) {
        const qsizetype index = arguments.indexOf(name);
        return index >= 0 && index + 1 < arguments.size() ? arguments.at(index + 1) : fallback;
    };
    const bool control = arguments.contains(QStringLiteral("--control"));

    if (arguments.contains(QStringLiteral("--child"))) {
        const QString scenario = value(QStringLiteral("--child"), QString());
        const QString path = value(QStringLiteral("--db"), QString());
        const quint32 seed = value(QStringLiteral("--seed"), QStringLiteral("1")).toUInt();
        const int round = value(QStringLiteral("--round"), QStringLiteral("0")).toInt();
        if (scenario == QLatin1String("edit"))
            return childEdit(path, seed, control);
        if (scenario == QLatin1String("migrate"))
            return childMigrate(path, control);
        if (scenario == QLatin1String("import"))
            return childImport(path, round, seed, control);
        if (scenario == QLatin1String("bulk"))
            return childBulk(path, round, seed, control);
        return 2;
    }

    if (arguments.contains(QStringLiteral("--self-test"))) {
        const int failures = selfTest();
        std::printf("crash harness self-test: %d failures\n", failures);
        return failures == 0 ? 0 : 1;
    }

    const int kills = value(QStringLiteral("--kills"), QStringLiteral("200")).toInt();
    const quint32 seed = value(QStringLiteral("--seed"), QStringLiteral("20261125")).toUInt();
    const QString scenarioName = value(QStringLiteral("--scenario"), QStringLiteral("all"));
    QList<Scenario> rotation;
    for (Scenario scenario :
         {Scenario::Edit, Scenario::Import, Scenario::Migrate, Scenario::Bulk}) {
        if (scenarioName == QLatin1String("all") || scenarioName == nameOf(scenario))
            rotation << scenario;
    }
    if (rotation.isEmpty() || kills < 1) {
        std::fprintf(stderr, "usage: crashharness [--kills N] [--seed S] "
                             "[--scenario edit|import|migrate|bulk|all] [--control]\n");
        return 2;
    }
    std::mt19937 random(seed);
    QTemporaryDir dir;
    const QString migrateTemplate = dir.filePath(QStringLiteral("migrate-template.sqlite"));
    QMap<Scenario, QString> paths;
    for (Scenario scenario : rotation) {
        // Each scenario keeps its own folder: imports write their CSV files beside the plan.
        QDir(dir.path()).mkpath(nameOf(scenario));
        paths.insert(scenario, dir.filePath(nameOf(scenario) + QStringLiteral("/plan.sqlite")));
    }
    qint64 migratePosts = -1;
    if (rotation.contains(Scenario::Migrate)) {
        // Seeded once; every migrate round starts from a fresh copy.
        migratePosts = seedMigrationDatabase(migrateTemplate, 150);
        if (migratePosts < 0) {
            std::fprintf(stderr, "could not prepare the migration database\n");
            return 2;
        }
    }

    QElapsedTimer timer;
    timer.start();
    QMap<Scenario, Tally> tallies;
    int damaged = 0;
    QString firstDamage;
    for (int round = 0; round < kills; ++round) {
        const Scenario scenario = rotation.at(round % rotation.size());
        const QString path = paths.value(scenario);
        Tally &tally = tallies[scenario];
        ++tally.kills;
        QStringList childArguments{QStringLiteral("--child"), nameOf(scenario),
                                   QStringLiteral("--db"),    path,
                                   QStringLiteral("--seed"),  QString::number(random()),
                                   QStringLiteral("--round"), QString::number(round)};
        if (control)
            childArguments << QStringLiteral("--control");
        Verdict verdict;
        switch (scenario) {
        case Scenario::Migrate: {
            removeDatabase(path);
            if (!QFile::copy(migrateTemplate, path)) {
                std::fprintf(stderr, "could not copy the migration database\n");
                return 2;
            }
            const QStringList said = runAndKill(childArguments, 5 + int(random() % 250));
            tally.committed += int(said.contains(QStringLiteral("migrated")));
            tally.killedInside += int(said.contains(QStringLiteral("migrating")) &&
                                      !said.contains(QStringLiteral("migrated")));
            verdict = verifyMigrate(path, migratePosts);
            break;
        }
        case Scenario::Edit:
        case Scenario::Import:
        case Scenario::Bulk: {
            // Imports take longer per transaction than edits, so they get a longer window.
            const int window = scenario == Scenario::Edit ? 120 : 400;
            const QStringList said = runAndKill(childArguments, 20 + int(random() % window));
            int begun = 0;
            for (const QString &line : said) {
                if (line.startsWith(QLatin1String("created ")) ||
                    line.startsWith(QLatin1String("updated ")) ||
                    line.startsWith(QLatin1String("deleted ")) ||
                    line.startsWith(QLatin1String("imported ")))
                    ++tally.committed;
                if (line.startsWith(QLatin1String("updating ")) ||
                    line.startsWith(QLatin1String("deleting ")) ||
                    line.startsWith(QLatin1String("importing ")))
                    ++begun;
                else if (!line.startsWith(QLatin1String("created ")))
                    --begun;
            }
            tally.killedInside += int(begun > 0);
            verdict = scenario == Scenario::Edit     ? verifyEdit(path, said)
                      : scenario == Scenario::Import ? verifyImport(path, said)
                                                     : verifyBulk(path, said);
            break;
        }
        }
        if (!verdict.ok) {
            ++damaged;
            ++tally.damaged;
            ++tally.kinds[damageKind(verdict.reason)];
            if (firstDamage.isEmpty())
                firstDamage = nameOf(scenario) + QStringLiteral(": ") + verdict.reason;
            // Start the next round from a clean file so one damage is counted once.
            removeDatabase(path);
        }
    }
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        std::printf("  %-8s %5d kills, %5d damaged, %6d transactions reported committed, %5d "
                    "kills inside a transaction\n",
                    qPrintable(nameOf(it.key())), it->kills, it->damaged, it->committed,
                    it->killedInside);
        if (!it->kinds.isEmpty()) {
            QStringList kinds;
            for (auto kind = it->kinds.cbegin(); kind != it->kinds.cend(); ++kind)
                kinds << QStringLiteral("%1 %2").arg(kind.value()).arg(kind.key());
            std::printf("           damage seen: %s\n",
                        qPrintable(kinds.join(QStringLiteral(", "))));
        }
    }
    std::printf("crash harness: %d kills in %.1f s, %d survived intact, %d damaged%s\n", kills,
                double(timer.elapsed()) / 1000.0, kills - damaged, damaged,
                control ? " (negative control: journal off)" : "");
    if (!firstDamage.isEmpty())
        std::printf("first damage: %s\n", qPrintable(firstDamage));
    if (control)
        return damaged > 0 ? 0 : 1;
    return damaged == 0 ? 0 : 1;
}
