// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// startup_bench: process start to a rendered week (`hearth --screenshot`), the plan file against
// a team plan with the same posts on the PostgreSQL server libpq's environment names (PGHOST,
// PGUSER, PGPASSWORD, PGDATABASE; a loopback server for a fair figure), side by side.
//   startup_bench [--posts N] [--runs N] [--hearth PATH] [--from FILE] [--keep]
// --from copies an existing plan file (e.g. listen_demo_db's) instead of generating posts;
// --keep leaves the server's copy in place and prints its address, for screenshots.
// Target: the team plan's median at most twice the plan file's.
#include "common/clock.h"
#include "plan/catalog.h"
#include "plan/postrepository.h"
#include "storage/database.h"
#include "storage/plancopy.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace hearth::core;

namespace {

const QDate shownWeek(2026, 6, 10);

// `count` posts over the two years around the shown week, a few networks each.
Result<void> fillPlan(Database &database, int count)
{
    auto pillars = CatalogRepository(database).pillars();
    if (!pillars)
        return pillars.error();
    const QStringList networkIds{QStringLiteral("x"), QStringLiteral("mastodon"),
                                 QStringLiteral("bluesky"), QStringLiteral("instagram")};
    QRandomGenerator random(7);
    const QDateTime first(shownWeek.addYears(-1), QTime(6, 0), Qt::UTC);
    PostRepository posts(database);
    return database.write([&]() -> Result<void> {
        for (int i = 0; i < count; ++i) {
            Post post;
            post.title = post.link = post.firstComment = post.notes = QStringLiteral("");
            post.body = QStringLiteral("Post %1: fresh bread, the team and a weekend offer").arg(i);
            post.scheduledAt = first.addSecs(qint64(random.bounded(730)) * 86400 +
                                             qint64(random.bounded(14 * 60)) * 60);
            post.status = PostStatus::Scheduled;
            post.pillarId = pillars->at(random.bounded(int(pillars->size()))).id;
            for (int n = random.bounded(2); n < 3; ++n)
                post.networks << PostNetwork{
                    networkIds.at((i + n) % networkIds.size()), {}, {}, {}, {}};
            if (auto created = posts.create(post); !created)
                return created.error();
        }
        return success();
    });
}

// One `hearth --screenshot` of the week: wall time from spawn to exit, in ms; < 0 on failure.
double timeOneStart(const QString &hearth, const QStringList &planArguments, const QString &png)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(hearth, planArguments +
                              QStringList{QStringLiteral("--screenshot"), png,
                                          QStringLiteral("--date"), shownWeek.toString(Qt::ISODate),
                                          QStringLiteral("--size"), QStringLiteral("1024x640")});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

// A schema of its own on the server for the copy, so nothing else there is touched.
Result<QString> createSchema(const QString &schema)
{
    QSqlDatabase admin =
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("startup-bench-admin"));
    if (!admin.open())
        return Error::make(ErrorKind::ConnectionFailed, admin.lastError().text());
    QSqlQuery query(admin);
    for (const QString &statement :
         {QStringLiteral("CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public"),
          QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public"),
          QStringLiteral("CREATE SCHEMA %1").arg(schema)}) {
        if (!query.exec(statement))
            return Error::make(ErrorKind::Internal, query.lastError().text());
    }
    return QStringLiteral("options='-c search_path=%1,public'").arg(schema);
}

void dropSchema(const QString &schema)
{
    QSqlQuery(QSqlDatabase::database(QStringLiteral("startup-bench-admin")))
        .exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
}

double percentile(std::vector<double> samples, double share)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(std::min(samples.size() - 1, size_t(double(samples.size()) * share)));
}

QString argument(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

// Fills (unless `count` is 0) the plan file, copies it into `schema` and times the starts.
int measure(const QString &hearth, const QString &file, const QString &schema, int count, int runs,
            bool keep)
{
    QElapsedTimer setup;
    setup.start();
    auto addressText = createSchema(schema);
    if (!addressText) {
        std::fprintf(stderr, "startup_bench: %s\n", qPrintable(addressText.error().message));
        return 1;
    }
    auto address = ServerAddress::parse(*addressText);
    auto local = Database::open(file, OpenOptions{}, SystemClock::instance());
    if (!local || !address) {
        std::fprintf(stderr, "startup_bench: %s\n",
                     qPrintable(!local ? local.error().message : address.error().message));
        return 1;
    }
    auto server = Database::openServer(*address, OpenOptions{}, SystemClock::instance());
    if (!server) {
        std::fprintf(stderr, "startup_bench: %s\n", qPrintable(server.error().message));
        return 1;
    }
    if (auto filled = count > 0 ? fillPlan(**local, count) : success(); !filled) {
        std::fprintf(stderr, "startup_bench: %s\n", qPrintable(filled.error().message));
        return 1;
    }
    if (auto copied = copyPlan(**local, **server); !copied) {
        std::fprintf(stderr, "startup_bench: %s\n", qPrintable(copied.error().message));
        return 1;
    }
    const QString serverName = (*server)->serverName();
    local->reset();
    server->reset();
    std::printf("startup_bench: the plan in a file and on %s (set up in %.1f s)\n",
                qPrintable(serverName), double(setup.elapsed()) / 1000.0);
    if (keep)
        std::printf("  kept on the server: --server \"%s\"\n", qPrintable(address->text()));
    const QStringList fileArguments{QStringLiteral("--db"), file};
    const QStringList serverArguments{QStringLiteral("--server"), address->text()};
    const QString png = QFileInfo(file).dir().filePath(QStringLiteral("week.png"));
    // One start each first: the starter library and the server's caches are then in place.
    std::vector<double> fileTimes;
    std::vector<double> serverTimes;
    for (int run = -1; run < runs; ++run) {
        // Alternating, so both see the same machine load.
        const double onFile = timeOneStart(hearth, fileArguments, png);
        const double onServer = timeOneStart(hearth, serverArguments, png);
        if (onFile < 0 || onServer < 0) {
            std::fprintf(stderr, "startup_bench: a start failed (file %.0f, server %.0f)\n", onFile,
                         onServer);
            return 1;
        }
        if (run >= 0) {
            fileTimes.push_back(onFile);
            serverTimes.push_back(onServer);
        }
    }
    const double fileMedian = percentile(fileTimes, 0.5);
    const double serverMedian = percentile(serverTimes, 0.5);
    std::printf("\nStart-up to a rendered week (1024x640), %d runs each, alternating:\n", runs);
    std::printf("  %-28s median %8.1f ms   p95 %8.1f ms\n", "SQLite plan file", fileMedian,
                percentile(fileTimes, 0.95));
    std::printf("  %-28s median %8.1f ms   p95 %8.1f ms\n", "PostgreSQL team plan", serverMedian,
                percentile(serverTimes, 0.95));
    std::printf("  ratio of medians %.2f (target <= 2.0: %s)\n", serverMedian / fileMedian,
                serverMedian / fileMedian <= 2.0 ? "met" : "MISSED");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = argument(args, QStringLiteral("--posts"), QStringLiteral("10000")).toInt();
    const int runs = argument(args, QStringLiteral("--runs"), QStringLiteral("15")).toInt();
    const QString hearth =
        argument(args, QStringLiteral("--hearth"),
                 QCoreApplication::applicationDirPath() + QStringLiteral("/../app/hearth/hearth"));
    if (!QFileInfo(hearth).isExecutable()) {
        std::fprintf(stderr, "startup_bench: no hearth at %s (use --hearth)\n", qPrintable(hearth));
        return 1;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plan.sqlite"));
    const QString from = argument(args, QStringLiteral("--from"), QString());
    if (!from.isEmpty() && !QFile::copy(from, file)) {
        std::fprintf(stderr, "startup_bench: cannot copy %s\n", qPrintable(from));
        return 1;
    }
    const QString schema =
        QStringLiteral("hearth_startup_bench_%1").arg(QCoreApplication::applicationPid());
    const bool keep = args.contains(QStringLiteral("--keep"));
    const int status = measure(hearth, file, schema, from.isEmpty() ? count : 0, runs, keep);
    if (!keep)
        dropSchema(schema);
    return status;
}
