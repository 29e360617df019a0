// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// import_bench: imports a generated 100k-row Meta Instagram export and, in the same run, times
// `sqlite3 .import` of the same file into a plain table. Prints both, the ratio and the extra
// peak memory of the import (target: within 2x of sqlite3, under 50 MB extra), and where the
// import's CPU time goes: hashing the file, reading/parsing/matching (a preview) and writing.
#include "common/clock.h"
#include "listen/metricimporter.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace hearth::core;

namespace {

// Resident set figures from /proc/self/status, in kB.
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets the peak (VmHWM) to the current RSS, so the next peak belongs to what runs next.
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

bool generate(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // Streamed line by line: the generator must not inflate the memory figures.
    file.write(
        "\xEF\xBB\xBF\"Post ID\",\"Account ID\",\"Account username\",\"Account name\",Description,"
        "\"Duration (sec)\",\"Publish time\",Permalink,\"Post type\",\"Data "
        "comment\",Date,Views,Likes,"
        "Shares,Comments,Saves,Reach,Follows\n");
    const QDateTime start(QDate(2015, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < rows; ++i) {
        const QDateTime at = start.addSecs(qint64(i) * 47 * 60);
        const qint64 id = 17841400000000000LL + i * 7919LL;
        const QByteArray line =
            QByteArray::number(id) +
            ",17841400000000001,hearth.bakery,\"Hearth Bakery\",\"Post number " +
            QByteArray::number(i) +
            ": fresh bread, \"\"good\"\" coffee\nand a second line 🍞\",0,\"" +
            at.toString(QStringLiteral("MM/dd/yyyy HH:mm")).toLatin1() +
            "\",https://www.instagram.com/p/C" + QByteArray::number(id, 36) +
            "/,\"IG image\",,Lifetime," + QByteArray::number(1000 + i % 977) + "," +
            QByteArray::number(50 + i % 131) + "," + QByteArray::number(i % 17) + "," +
            QByteArray::number(i % 23) + "," + QByteArray::number(i % 29) + "," +
            (i % 10 == 0 ? QByteArray() : QByteArray::number(800 + i % 500)) + "," +
            QByteArray::number(i % 7 - 2) + "\n";
        if (file.write(line) != line.size())
            return false;
    }
    return true;
}

// CPU seconds (user + system) used so far by this process or by its finished children; the
// machine may be busy, and CPU time shows the work itself.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// User and system CPU seconds of this process so far.
std::pair<double, double> cpuSplit()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return {double(usage.ru_utime.tv_sec) + double(usage.ru_utime.tv_usec) / 1e6,
            double(usage.ru_stime.tv_sec) + double(usage.ru_stime.tv_usec) / 1e6};
}

struct Figures
{
    double median = 0;
    double worst = 0;
};

Figures summarise(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return {values.at(values.size() / 2), values.last()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 3;

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("export.csv"));
    if (!generate(csv, rows)) {
        out << "cannot write " << csv << Qt::endl;
        return 1;
    }
    out << "rows: " << rows << ", file: " << QFile(csv).size() / 1024 << " KiB, runs: " << runs
        << Qt::endl;

    QList<double> ours;
    QList<double> theirs;
    QList<double> oursCpu;
    QList<double> theirsCpu;
    QList<double> oursUser;
    QList<double> oursSystem;
    QList<double> hashCpu;
    QList<double> previewCpu;
    qint64 worstExtraKb = 0;
    for (int run = 0; run < runs; ++run) {
        const QString dbPath = dir.filePath(QStringLiteral("hearth%1.db").arg(run));
        {
            OpenOptions options;
            options.backup = MigrationBackup::Skip;
            auto database = Database::open(dbPath, options, SystemClock::instance());
            if (!database) {
                out << database.error().message << Qt::endl;
                return 1;
            }
            MetricImportOptions importOptions;
            importOptions.timeZone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
            importOptions.maxPreviewItems = 0;
            // Where the time goes: hashing the file alone, then a preview (hash, parse, match,
            // no writes) on the empty database, then the import itself.
            {
                const double hashBefore = cpuSeconds(RUSAGE_SELF);
                QFile file(csv);
                QCryptographicHash hash(QCryptographicHash::Sha256);
                if (file.open(QIODevice::ReadOnly))
                    hash.addData(&file);
                hashCpu << (cpuSeconds(RUSAGE_SELF) - hashBefore) * 1000;
                const double previewBefore = cpuSeconds(RUSAGE_SELF);
                auto previewed = MetricImporter(**database).preview(csv, importOptions);
                previewCpu << (cpuSeconds(RUSAGE_SELF) - previewBefore) * 1000;
                if (!previewed || previewed->created != rows) {
                    out << "preview failed" << Qt::endl;
                    return 1;
                }
            }
            resetPeak();
            const qint64 before = statusKb("VmRSS:");
            QElapsedTimer timer;
            const double cpuBefore = cpuSeconds(RUSAGE_SELF);
            const auto [userBefore, systemBefore] = cpuSplit();
            timer.start();
            auto done = MetricImporter(**database).run(csv, importOptions, ImportMode::Commit);
            const double ms = timer.nsecsElapsed() / 1e6;
            oursCpu << (cpuSeconds(RUSAGE_SELF) - cpuBefore) * 1000;
            const auto [userAfter, systemAfter] = cpuSplit();
            oursUser << (userAfter - userBefore) * 1000;
            oursSystem << (systemAfter - systemBefore) * 1000;
            const qint64 extra = statusKb("VmHWM:") - before;
            if (!done || done->created != rows) {
                out << "import failed: "
                    << (done ? QStringLiteral("created %1").arg(done->created)
                             : done.error().message)
                    << Qt::endl;
                return 1;
            }
            ours << ms;
            worstExtraKb = std::max(worstExtraKb, extra);
        }

        const QString plainPath = dir.filePath(QStringLiteral("plain%1.db").arg(run));
        QElapsedTimer timer;
        const double childCpuBefore = cpuSeconds(RUSAGE_CHILDREN);
        timer.start();
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     {plainPath, QStringLiteral(".import --csv %1 metrics").arg(csv)});
        if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0) {
            out << "sqlite3 .import failed: " << sqlite.readAllStandardError() << Qt::endl;
            return 1;
        }
        theirs << timer.nsecsElapsed() / 1e6;
        theirsCpu << (cpuSeconds(RUSAGE_CHILDREN) - childCpuBefore) * 1000;
    }

    const Figures hearth = summarise(ours);
    const Figures sqlite = summarise(theirs);
    out << QStringLiteral("hearth import:  median %1 ms, worst %2 ms")
               .arg(hearth.median, 0, 'f', 1)
               .arg(hearth.worst, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("sqlite3 .import: median %1 ms, worst %2 ms")
               .arg(sqlite.median, 0, 'f', 1)
               .arg(sqlite.worst, 0, 'f', 1)
        << Qt::endl;
    const Figures hearthCpu = summarise(oursCpu);
    const Figures sqliteCpu = summarise(theirsCpu);
    out << QStringLiteral("cpu time: hearth median %1 ms, sqlite3 median %2 ms")
               .arg(hearthCpu.median, 0, 'f', 1)
               .arg(sqliteCpu.median, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("ratio (median wall): %1x, (median cpu): %2x (target <= 2x)")
               .arg(hearth.median / sqlite.median, 0, 'f', 2)
               .arg(hearthCpu.median / sqliteCpu.median, 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("hearth cpu split: user %1 ms, system %2 ms (medians)")
               .arg(summarise(oursUser).median, 0, 'f', 1)
               .arg(summarise(oursSystem).median, 0, 'f', 1)
        << Qt::endl;
    const double hashMs = summarise(hashCpu).median;
    const double previewMs = summarise(previewCpu).median;
    out << QStringLiteral("breakdown (median cpu): sha256 of the file %1 ms; reading, parsing "
                          "and matching %2 ms (a preview, %3 ms with the hash); writing %4 ms "
                          "(the import less the preview)")
               .arg(hashMs, 0, 'f', 1)
               .arg(previewMs - hashMs, 0, 'f', 1)
               .arg(previewMs, 0, 'f', 1)
               .arg(hearthCpu.median - previewMs, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("extra peak memory of the import: %1 MB (target < 50 MB)")
               .arg(worstExtraKb / 1024.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}
