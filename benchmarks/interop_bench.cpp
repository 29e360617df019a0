// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// interop_bench: exports 100k posts to .ics and CSV and backs up the 100k-post database.
// Prints median and p95 of several runs per task; the target for each is under 2 s.
// Then a bulk post import (a 2,000-row Buffer CSV, parsed and committed) into an empty plan and
// into the 100k-post plan, side by side; the target is at most 1.5x the empty-plan time.
#include "common/clock.h"
#include "interop/bulkpostparser.h"
#include "interop/csvexporter.h"
#include "interop/icsexporter.h"
#include "storage/backupservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

using namespace hearth::core;

namespace {

struct Figures
{
    double median = 0;
    double p95 = 0;
    // Processor time of the median run; the machine may be busy with other work.
    double cpuMedian = 0;
};

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

Figures measure(int runs, const std::function<bool()> &task)
{
    QList<double> seconds;
    QList<double> cpu;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        const double cpuStart = cpuSeconds();
        timer.start();
        if (!task()) {
            std::fprintf(stderr, "task failed\n");
            std::exit(1);
        }
        seconds << timer.nsecsElapsed() / 1e9;
        cpu << cpuSeconds() - cpuStart;
    }
    std::sort(seconds.begin(), seconds.end());
    std::sort(cpu.begin(), cpu.end());
    const auto at = [&](double quantile) {
        return seconds.at(std::min<qsizetype>(seconds.size() - 1,
                                              static_cast<qsizetype>(quantile * seconds.size())));
    };
    return Figures{at(0.5), at(0.95), cpu.at(cpu.size() / 2)};
}

// Rows go in with plain statements: PostRepository::create re-reads every post it writes,
// which would make setting up 100k posts take minutes without telling anything about exports.
Result<void> fillPlan(Database &db, int postCount)
{
    return db.write([&]() -> Result<void> {
        const QDateTime first(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < postCount; ++i) {
            auto post = db.exec(
                QStringLiteral(
                    "INSERT INTO posts (id, body, scheduled_at, status, pillar_id, link, "
                    "created_at, "
                    "updated_at) VALUES (:id, :body, :at, 'scheduled', :pillar, :link, :at, :at)"),
                {{QStringLiteral(":id"), i + 1},
                 {QStringLiteral(":body"),
                  QStringLiteral(
                      "Post %1: fresh bread, rye; spelt \\ oats 🥖 and a longer sentence so the "
                      "description folds over more than one line of the calendar file.")
                      .arg(i)},
                 {QStringLiteral(":at"), first.toSecsSinceEpoch() + qint64(i) * 3600},
                 {QStringLiteral(":pillar"), 1 + i % 6},
                 {QStringLiteral(":link"), QStringLiteral("https://bakery.example/p/%1").arg(i)}});
            if (!post)
                return post.error();
            auto instagram = db.exec(
                QStringLiteral("INSERT INTO post_networks (post_id, network_id) VALUES (:id, "
                               "'instagram')"),
                {{QStringLiteral(":id"), i + 1}});
            if (!instagram)
                return instagram.error();
            auto x =
                db.exec(QStringLiteral(
                            "INSERT INTO post_networks (post_id, network_id, variant_text) VALUES "
                            "(:id, 'x', :text)"),
                        {{QStringLiteral(":id"), i + 1},
                         {QStringLiteral(":text"), QStringLiteral("Short for X %1").arg(i)}});
            if (!x)
                return x.error();
            auto snapshot = db.exec(
                QStringLiteral(
                    "INSERT INTO metric_snapshots (post_id, network_id, captured_at, "
                    "reach, comments, shares) VALUES (:id, 'instagram', :at, :reach, 3, 1)"),
                {{QStringLiteral(":id"), i + 1},
                 {QStringLiteral(":at"), first.toSecsSinceEpoch() + qint64(i) * 3600 + 86400},
                 {QStringLiteral(":reach"), 100 + i % 900}});
            if (!snapshot)
                return snapshot.error();
        }
        return success();
    });
}

// A Buffer bulk-upload file of `rows` posts, its times starting `firstDay` days into 2027.
bool writeBufferFile(const QString &path, int rows, int firstDay)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "Text,Image URL,Tags,Posting Time\n";
    const QDateTime start(QDate(2027, 1, 1).addDays(firstDay), QTime(7, 0), Qt::UTC);
    for (int i = 0; i < rows; ++i)
        text += "\"Bulk post " + QByteArray::number(firstDay) + "/" + QByteArray::number(i) +
                ": rye, spelt and oats\",,bread," +
                start.addSecs(qint64(i) * 5400)
                    .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                    .toLatin1() +
                "\n";
    return file.write(text) == text.size();
}

// Parses and commits a fresh `rows`-row Buffer file into `db` per run (each run's posts are new).
Figures measureBulkImport(Database &db, const QString &dir, int rows, int runs)
{
    int run = 0;
    return measure(runs, [&] {
        const QString path = dir + QStringLiteral("/bulk%1.csv").arg(run);
        if (!writeBufferFile(path, rows, 400 * run++))
            return false;
        BulkImportOptions options;
        options.layout = BulkLayout::Buffer;
        options.timeZone = QTimeZone::utc();
        options.networks = {QStringLiteral("instagram")};
        auto preview = BulkPostParser(db).parseFile(path, options);
        if (!preview || preview->hasErrors() || preview->newCount() != rows)
            return false;
        auto summary = PostImportWriter(db).commit(*preview);
        return summary && summary->created == rows;
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int postCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5;
    const int bulkRows = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 2000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    auto opened =
        Database::open(dir.filePath(QStringLiteral("bench.sqlite")), OpenOptions{}, clock);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database &db = **opened;

    QElapsedTimer setup;
    setup.start();
    auto filled = fillPlan(db, postCount);
    if (!filled) {
        std::fprintf(stderr, "%s\n", qPrintable(filled.error().message));
        return 1;
    }
    out << "setup: " << postCount << " posts with 2 networks each in " << setup.elapsed() / 1000.0
        << " s\n";

    const QString ics = dir.filePath(QStringLiteral("plan.ics"));
    const QString csv = dir.filePath(QStringLiteral("posts.csv"));
    const Figures icsFigures =
        measure(runs, [&] { return IcsExporter(db).exportToFile(ics, ExportFilter{}).ok(); });
    const Figures csvFigures = measure(runs, [&] {
        return CsvExporter(db).exportToFile(csv, ExportFilter{}, CsvExportOptions{}).ok();
    });
    BackupService backups(db);
    const Figures backupFigures =
        measure(runs, [&] { return backups.backupNow(BackupReason::Manual).ok(); });

    const auto report = [&](const char *task, const Figures &figures, qint64 bytes) {
        out << QStringLiteral("%1  median %2 s  p95 %3 s  cpu %6 s  (%4 MB)  %5\n")
                   .arg(QString::fromLatin1(task).leftJustified(22))
                   .arg(figures.median, 0, 'f', 3)
                   .arg(figures.p95, 0, 'f', 3)
                   .arg(bytes / 1e6, 0, 'f', 1)
                   .arg(figures.median < 2.0 ? QStringLiteral("under 2 s")
                                             : QStringLiteral("OVER 2 s"))
                   .arg(figures.cpuMedian, 0, 'f', 3);
    };
    out << "runs per task: " << runs << "\n";
    report("export .ics", icsFigures, QFileInfo(ics).size());
    report("export CSV", csvFigures, QFileInfo(csv).size());
    report("backup (SQLite API)", backupFigures, QFileInfo(backups.backups()->first().path).size());

    // The same bulk import into an empty plan and into the full one; last, so the exports
    // above saw exactly postCount posts.
    auto empty = Database::open(dir.filePath(QStringLiteral("empty.sqlite")), OpenOptions{}, clock);
    if (!empty) {
        std::fprintf(stderr, "%s\n", qPrintable(empty.error().message));
        return 1;
    }
    const int bulkRuns = std::min(runs, 3);
    const Figures intoEmpty = measureBulkImport(**empty, dir.path(), bulkRows, bulkRuns);
    const Figures intoFull = measureBulkImport(db, dir.path(), bulkRows, bulkRuns);
    out << QStringLiteral("bulk import of %1 rows (parse + commit), %2 runs:\n")
               .arg(bulkRows)
               .arg(bulkRuns);
    out << QStringLiteral("  into an empty plan     median %1 s  cpu %2 s\n")
               .arg(intoEmpty.median, 0, 'f', 3)
               .arg(intoEmpty.cpuMedian, 0, 'f', 3);
    out << QStringLiteral("  into %1 posts   median %2 s  cpu %3 s\n")
               .arg(postCount, 7)
               .arg(intoFull.median, 0, 'f', 3)
               .arg(intoFull.cpuMedian, 0, 'f', 3);
    const double ratio = intoFull.median / intoEmpty.median;
    out << QStringLiteral("  ratio %1x  %2\n")
               .arg(ratio, 0, 'f', 2)
               .arg(ratio <= 1.5 ? QStringLiteral("within 1.5x") : QStringLiteral("OVER 1.5x"));
    return 0;
}
