// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// plan_bench: how fast the Plan workspace loads on a large plan.
// Generates (once, then reuses) a database of 100k posts over 10 years (1M with --million),
// times the week and month range queries and model builds, then times `hearth --screenshot`
// of the week view against a minimal Qt program, side by side, with the children's peak memory.
//   plan_bench [--million] [--posts N] [--db FILE] [--runs N] [--hearth PATH] [--minimal PATH]
//              [--mmap-mb N] [--server URI | --no-server] [--server-schema NAME]
// --mmap-mb asks SQLite to memory-map the file for the range loads: a what-if for the
// connection settings in Database, to see how much of a load is page copying.
// --server times the same loads on a PostgreSQL copy of the plan beside SQLite's; without it,
// libpq's environment (PGHOST, PGSERVICE or PGDATABASE set) names the server. The copy lives in
// its own schema (hearth_plan_bench_N unless --server-schema), made once and then reused.
#include "common/clock.h"
#include "plan/catalog.h"
#include "plan/monthmodel.h"
#include "plan/postrepository.h"
#include "plan/weekmodel.h"
#include "storage/database.h"
#include "storage/plancopy.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

using namespace hearth::core;

namespace {

struct Figures
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Figures figuresOf(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    Figures figures;
    if (samples.empty())
        return figures;
    figures.median = samples[samples.size() / 2];
    figures.p95 = samples[std::min(samples.size() - 1, size_t(double(samples.size()) * 0.95))];
    figures.max = samples.back();
    return figures;
}

void print(const char *what, const Figures &figures, double target = 0)
{
    std::printf("  %-34s median %8.2f ms   p95 %8.2f ms   max %8.2f ms", what, figures.median,
                figures.p95, figures.max);
    if (target > 0)
        std::printf("   (target p95 <= %.0f ms: %s)", target,
                    figures.p95 <= target ? "met" : "MISSED");
    std::printf("\n");
}

bool generate(const QString &path, qint64 count, const QDate &firstDay)
{
    QFile::remove(path);
    auto database = Database::open(path, OpenOptions{}, SystemClock::instance());
    if (!database) {
        std::fprintf(stderr, "plan_bench: %s\n", qPrintable(database.error().message));
        return false;
    }
    Database &db = **database;
    auto pillars = CatalogRepository(db).pillars();
    if (!pillars)
        return false;
    const QStringList networks{QStringLiteral("x"),         QStringLiteral("mastodon"),
                               QStringLiteral("bluesky"),   QStringLiteral("linkedin"),
                               QStringLiteral("instagram"), QStringLiteral("facebook")};
    const QStringList tags{QStringLiteral("bread"), QStringLiteral("team"), QStringLiteral("offer"),
                           QStringLiteral("recipe"), QStringLiteral("event")};
    const QStringList words =
        QStringLiteral(
            "sourdough rye spelt crust crumb morning oven bakers flour water salt patience "
            "weekend special winter menu open evening recipe starter team delivery")
            .split(u' ');
    QRandomGenerator random(42);
    const qint64 spanSeconds = qint64(firstDay.daysTo(firstDay.addYears(10))) * 86400;
    const QDateTime start = QDateTime(firstDay, QTime(0, 0), Qt::UTC);
    const QDateTime now = SystemClock::instance().now();
    PostRepository posts(db);
    QElapsedTimer timer;
    timer.start();
    const qint64 batch = 20000;
    for (qint64 done = 0; done < count;) {
        auto written = db.write([&]() -> Result<void> {
            for (qint64 i = 0; i < batch && done < count; ++i, ++done) {
                Post post;
                post.title = post.link = post.firstComment = post.notes = QStringLiteral("");
                QStringList text;
                const int length = 8 + random.bounded(30);
                for (int w = 0; w < length; ++w)
                    text << words.at(random.bounded(int(words.size())));
                post.body = text.join(u' ');
                // Daytime posts only, minute precision.
                const qint64 day = random.bounded(spanSeconds / 86400);
                post.scheduledAt = start.addSecs(day * 86400 + (7 + random.bounded(14)) * 3600 +
                                                 random.bounded(60) * 60);
                post.status =
                    post.scheduledAt < now ? PostStatus::Published : PostStatus::Scheduled;
                post.pillarId = pillars->at(random.bounded(int(pillars->size()))).id;
                const int networkCount = 1 + random.bounded(3);
                const int first = random.bounded(int(networks.size()));
                for (int n = 0; n < networkCount; ++n)
                    post.networks << PostNetwork{networks.at((first + n) % networks.size()),
                                                 QString(), QString(), QString(), QDateTime()};
                if (random.bounded(2) == 0)
                    post.tags << tags.at(random.bounded(int(tags.size())));
                if (auto created = posts.create(post); !created)
                    return created.error();
            }
            return success();
        });
        if (!written) {
            std::fprintf(stderr, "plan_bench: %s\n", qPrintable(written.error().message));
            return false;
        }
        std::fprintf(stderr, "\r  generated %lld / %lld posts (%.0f s)",
                     static_cast<long long>(done), static_cast<long long>(count),
                     double(timer.elapsed()) / 1000.0);
    }
    std::fprintf(stderr, "\n");
    return true;
}

// Bulk test data only: repeats the first `base` posts (with networks and tags) `copies` more
// times, each copy moved ten years later, so a 1M-post plan takes seconds, not an hour of
// single inserts. A week then holds as many posts as at 100k: only the table grows, which is
// what "the same at 1M posts" measures. The product never writes posts this way.
bool replicate(const QString &path, qint64 base, int copies)
{
    auto database = Database::open(path, OpenOptions{}, SystemClock::instance());
    if (!database)
        return false;
    Database &db = **database;
    auto done = db.write([&]() -> Result<void> {
        for (int copy = 1; copy <= copies; ++copy) {
            const Bindings bindings{{QStringLiteral(":offset"), base * copy},
                                    {QStringLiteral(":shift"), qint64(copy) * 3652 * 86400},
                                    {QStringLiteral(":base"), base}};
            const QString statements[] = {
                QStringLiteral(
                    "INSERT INTO posts (id, title, body, scheduled_at, status, pillar_id, link, "
                    "first_comment, notes, origin, created_at, updated_at) SELECT id + :offset, "
                    "title, "
                    "body, scheduled_at + :shift, status, pillar_id, link, first_comment, notes, "
                    "origin, "
                    "created_at, updated_at FROM posts WHERE id <= :base"),
                QStringLiteral(
                    "INSERT INTO post_networks (post_id, network_id) SELECT post_id + :offset, "
                    "network_id FROM post_networks WHERE post_id <= :base"),
                QStringLiteral(
                    "INSERT INTO post_tags (post_id, tag_id) SELECT post_id + :offset, tag_id FROM "
                    "post_tags WHERE post_id <= :base"),
            };
            for (const QString &statement : statements) {
                if (auto ran = db.exec(statement, bindings); !ran)
                    return ran.error();
            }
            std::fprintf(stderr, "\r  replicated %d / %d copies", copy, copies);
        }
        return success();
    });
    std::fprintf(stderr, "\n");
    if (!done)
        std::fprintf(stderr, "plan_bench: %s\n", qPrintable(done.error().message));
    return done.ok();
}

struct ChildRun
{
    bool ok = false;
    double milliseconds = 0;
    long maxRssKb = 0;
};

ChildRun runChild(const QStringList &arguments)
{
    std::vector<QByteArray> storage;
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    ChildRun run;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0)
        return run;
    int status = 0;
    struct rusage usage
    {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    run.maxRssKb = usage.ru_maxrss;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return run;
}

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

// The server named by --server, or by libpq's environment when that names one.
std::optional<QString> serverText(const QStringList &args)
{
    if (args.contains(QStringLiteral("--no-server")))
        return std::nullopt;
    if (args.contains(QStringLiteral("--server")))
        return option(args, QStringLiteral("--server"));
    for (const char *variable : {"PGHOST", "PGSERVICE", "PGDATABASE"}) {
        if (qEnvironmentVariableIsSet(variable))
            return QString();
    }
    return std::nullopt;
}

// The bench's own schema on the server, so it never touches a plan someone uses there.
Result<ServerAddress> benchSchemaAddress(const QString &text, const QString &schema)
{
    auto address = ServerAddress::parse(text);
    if (!address)
        return address.error();
    const QString connectionName = QStringLiteral("plan-bench-admin");
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        admin.setHostName(address->host());
        if (!address->port().isEmpty())
            admin.setPort(address->port().toInt());
        admin.setDatabaseName(address->databaseName());
        admin.setUserName(address->user());
        admin.setPassword(address->password());
        admin.setConnectOptions(address->driverOptions());
        if (!admin.open())
            return Error::make(ErrorKind::ConnectionFailed, admin.lastError().text());
        QSqlQuery query(admin);
        if (!query.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(schema)))
            return Error::make(ErrorKind::PermissionDenied, query.lastError().text());
    }
    QSqlDatabase::removeDatabase(connectionName);
    address->setValue(QStringLiteral("options"),
                      QStringLiteral("-c search_path=%1,public").arg(schema));
    return address;
}

// The plan copied to the server once; later runs reuse a copy of the same size.
Result<std::unique_ptr<Database>> openServerCopy(const ServerAddress &address,
                                                 const Database &source, qint64 count)
{
    auto server = Database::openServer(address, OpenOptions{}, SystemClock::instance());
    if (!server)
        return server.error();
    auto held = PostRepository(**server).count();
    if (!held)
        return held.error();
    if (*held == count)
        return server;
    if (*held != 0)
        return Error::make(ErrorKind::Conflict,
                           QStringLiteral("the server's bench schema holds %1 posts, not %2; drop "
                                          "it or give --server-schema")
                               .arg(*held)
                               .arg(count));
    QElapsedTimer timer;
    timer.start();
    std::fprintf(stderr, "  copying the plan to the server...\n");
    if (auto copied = copyPlan(source, **server); !copied)
        return copied.error();
    // Fresh statistics, as autovacuum would gather them soon after a real import.
    if (auto analysed = (*server)->exec(QStringLiteral("ANALYZE")); !analysed)
        return analysed.error();
    std::fprintf(stderr, "  copied in %.0f s\n", double(timer.elapsed()) / 1000.0);
    return server;
}

struct RangeLoads
{
    QString engine;
    Figures boundSelect, weekQuery, weekModel, monthQuery, monthModel;
    double weekPosts = 0;
    double monthPosts = 0;
};

// The same random weeks and months (one seed) on every engine.
Result<RangeLoads> timeRangeLoads(Database &db, const QString &engine, int runs,
                                  const QDate &firstDay, int spanDays)
{
    PostRepository posts(db);
    WeekModel week(db, SystemClock::instance());
    MonthModel month(db, SystemClock::instance());
    QRandomGenerator random(7);
    std::vector<double> boundSelect, weekQuery, weekModel, monthQuery, monthModel;
    qint64 weekPosts = 0;
    qint64 monthPosts = 0;
    for (int run = 0; run < runs; ++run) {
        const QDate day = firstDay.addDays(random.bounded(spanDays));
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        QElapsedTimer timer;
        // The least a statement with a value costs: on a server, its round trips.
        timer.start();
        if (auto one = db.scalar(QStringLiteral("SELECT CAST(:run AS bigint)"),
                                 {{QStringLiteral(":run"), run}});
            !one)
            return one.error();
        boundSelect.push_back(double(timer.nsecsElapsed()) / 1e6);
        // The range alone, then the model that loads it and builds its rows.
        auto timeRange = [&](const QDate &from, int days, std::vector<double> &queryTimes,
                             qint64 &loadedPosts) -> Result<void> {
            timer.restart();
            auto loaded = posts.scheduledBetween(
                QDateTime(from, QTime(0, 0), Qt::LocalTime).toUTC(),
                QDateTime(from.addDays(days), QTime(0, 0), Qt::LocalTime).toUTC());
            if (!loaded)
                return loaded.error();
            queryTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
            loadedPosts += loaded->size();
            timer.restart();
            return success();
        };
        if (auto timed = timeRange(monday, 7, weekQuery, weekPosts); !timed)
            return timed.error();
        if (auto set = week.setWeek(day); !set)
            return set.error();
        weekModel.push_back(double(timer.nsecsElapsed()) / 1e6);

        const QDate first(day.year(), day.month(), 1);
        if (auto timed =
                timeRange(first.addDays(1 - first.dayOfWeek()), 42, monthQuery, monthPosts);
            !timed)
            return timed.error();
        if (auto set = month.setMonth(day); !set)
            return set.error();
        monthModel.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return RangeLoads{engine,
                      figuresOf(boundSelect),
                      figuresOf(weekQuery),
                      figuresOf(weekModel),
                      figuresOf(monthQuery),
                      figuresOf(monthModel),
                      double(weekPosts) / runs,
                      double(monthPosts) / runs};
}

// One row per measure, one column group per engine, so the engines read side by side.
void printSideBySide(const std::vector<RangeLoads> &engines, int runs, bool million)
{
    std::printf("\nRange loads over %d random weeks and months (%.0f posts per week, %.0f per "
                "month grid), milliseconds:\n%-34s",
                runs, engines.front().weekPosts, engines.front().monthPosts, "");
    for (const RangeLoads &loads : engines)
        std::printf("  %-28s", qPrintable(loads.engine.left(28)));
    std::printf("\n%-34s", "");
    for (size_t i = 0; i < engines.size(); ++i)
        std::printf("  %8s %8s %9s ", "median", "p95", "max");
    std::printf("\n");
    const struct
    {
        const char *what;
        Figures RangeLoads::*figures;
        double target;
    } rows[] = {
        {"one bound SELECT (per statement)", &RangeLoads::boundSelect, 0},
        {"week: query only", &RangeLoads::weekQuery, 0},
        {"week: query + WeekModel build", &RangeLoads::weekModel, million ? 32.0 : 16.0},
        {"month: query only", &RangeLoads::monthQuery, 0},
        {"month: query + MonthModel build", &RangeLoads::monthModel, million ? 66.0 : 33.0},
    };
    for (const auto &row : rows) {
        std::printf("  %-32s", row.what);
        for (const RangeLoads &loads : engines) {
            const Figures &figures = loads.*row.figures;
            std::printf("  %8.2f %8.2f %9.2f ", figures.median, figures.p95, figures.max);
        }
        if (row.target > 0) {
            std::printf("  target p95 <= %.0f:", row.target);
            for (const RangeLoads &loads : engines)
                std::printf(" %s", (loads.*row.figures).p95 <= row.target ? "met" : "MISSED");
        }
        std::printf("\n");
    }
}

} // namespace

namespace {

// Times `hearth --screenshot` of the week view against minimal_chart, alternating, and reports
// the children's peak memory.
int compareScreenshots(const QString &path, const QString &hearth, const QString &minimal,
                       int screenshotRuns)
{
    if (!QFileInfo::exists(hearth) || !QFileInfo::exists(minimal)) {
        std::printf(
            "\nScreenshot comparison skipped: %s or %s not found (use --hearth/--minimal).\n",
            qPrintable(hearth), qPrintable(minimal));
        return 0;
    }
    const QString shots = QDir::temp().filePath(QStringLiteral("hearth-plan-bench-shot.png"));
    const QString date = QStringLiteral("2024-06-12");
    std::vector<double> hearthTimes, minimalTimes;
    long hearthRss = 0;
    long minimalRss = 0;
    for (int run = 0; run < screenshotRuns; ++run) {
        // Alternate the two so caches and CPU frequency treat them alike.
        const ChildRun h =
            runChild({hearth, QStringLiteral("--db"), path, QStringLiteral("--read-only"),
                      QStringLiteral("--screenshot"), shots, QStringLiteral("--date"), date,
                      QStringLiteral("--size"), QStringLiteral("1280x800")});
        const ChildRun m = runChild({minimal, path, shots});
        if (!h.ok || !m.ok) {
            std::fprintf(stderr, "plan_bench: a screenshot run failed (hearth %d, minimal %d)\n",
                         h.ok, m.ok);
            return 1;
        }
        hearthTimes.push_back(h.milliseconds);
        minimalTimes.push_back(m.milliseconds);
        hearthRss = std::max(hearthRss, h.maxRssKb);
        minimalRss = std::max(minimalRss, m.maxRssKb);
    }
    const Figures h = figuresOf(hearthTimes);
    const Figures m = figuresOf(minimalTimes);
    std::printf("\nStart-up to screenshot, %d runs each, alternating:\n", screenshotRuns);
    print("hearth --screenshot (week view)", h);
    print("minimal Qt + QSQLITE + QChartView", m);
    std::printf("  ratio of medians %.2f (target <= 1.5: %s)\n", h.median / m.median,
                h.median / m.median <= 1.5 ? "met" : "MISSED");
    std::printf("  peak memory: hearth %.1f MB, minimal %.1f MB (target hearth < 60 MB: %s)\n",
                hearthRss / 1024.0, minimalRss / 1024.0,
                hearthRss / 1024.0 < 60 ? "met" : "MISSED");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool million = args.contains(QStringLiteral("--million"));
    const qint64 count = option(args, QStringLiteral("--posts"),
                                million ? QStringLiteral("1000000") : QStringLiteral("100000"))
                             .toLongLong();
    const QString path =
        option(args, QStringLiteral("--db"),
               QDir::temp().filePath(QStringLiteral("hearth-plan-bench-%1.db").arg(count)));
    const int runs = option(args, QStringLiteral("--runs"), QStringLiteral("200")).toInt();
    const QString binDir = QCoreApplication::applicationDirPath();
    const QString hearth =
        option(args, QStringLiteral("--hearth"), binDir + QStringLiteral("/../app/hearth/hearth"));
    const QString minimal =
        option(args, QStringLiteral("--minimal"), binDir + QStringLiteral("/minimal_chart"));
    const QDate firstDay(2020, 1, 1);

    const int years = int(10 * std::max<qint64>(1, count / 100000));
    const int spanDays = years * 365 - 10;
    if (args.contains(QStringLiteral("--screenshots-only")))
        return compareScreenshots(
            path, hearth, minimal,
            option(args, QStringLiteral("--shots"), QStringLiteral("7")).toInt());
    std::printf("plan_bench: %lld posts over %d years in %s\n", static_cast<long long>(count),
                years, qPrintable(path));
    {
        auto existing = Database::open(path, OpenOptions{OpenMode::ReadOnly, CreateMode::MustExist},
                                       SystemClock::instance());
        const bool reuse = existing && PostRepository(**existing).count().valueOr(-1) == count;
        existing = Error{};
        if (!reuse) {
            // Beyond 100k posts the rest is bulk-copied from the first 100k.
            const qint64 base = std::min<qint64>(count, 100000);
            if (!generate(path, base, firstDay))
                return 1;
            if (count > base &&
                (count % base != 0 || !replicate(path, base, int(count / base) - 1)))
                return 1;
        }
    }

    auto opened = Database::open(path, OpenOptions{OpenMode::ReadOnly, CreateMode::MustExist},
                                 SystemClock::instance());
    if (!opened) {
        std::fprintf(stderr, "plan_bench: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database &db = **opened;
    if (const int mmapMb = option(args, QStringLiteral("--mmap-mb"), QStringLiteral("0")).toInt();
        mmapMb > 0) {
        if (auto set =
                db.exec(QStringLiteral("PRAGMA mmap_size = %1").arg(qint64(mmapMb) * 1024 * 1024));
            !set)
            return 1;
        std::printf("(what-if: PRAGMA mmap_size = %d MB)\n", mmapMb);
    }
    std::vector<RangeLoads> engines;
    auto onSqlite = timeRangeLoads(db, QStringLiteral("SQLite"), runs, firstDay, spanDays);
    if (!onSqlite) {
        std::fprintf(stderr, "plan_bench: %s\n", qPrintable(onSqlite.error().message));
        return 1;
    }
    engines.push_back(*onSqlite);
    if (const auto server = serverText(args)) {
        const QString schema = option(args, QStringLiteral("--server-schema"),
                                      QStringLiteral("hearth_plan_bench_%1").arg(count));
        auto address = benchSchemaAddress(*server, schema);
        auto serverDb = address ? openServerCopy(*address, db, count)
                                : Result<std::unique_ptr<Database>>(address.error());
        auto onServer =
            serverDb
                ? timeRangeLoads(**serverDb,
                                 QStringLiteral("PostgreSQL %1").arg((*serverDb)->serverName()),
                                 runs, firstDay, spanDays)
                : Result<RangeLoads>(serverDb.error());
        if (!onServer) {
            std::fprintf(stderr, "plan_bench: PostgreSQL: %s\n",
                         qPrintable(onServer.error().message));
            return 1;
        }
        engines.push_back(*onServer);
    }
    printSideBySide(engines, runs, million);

    // A fresh process runs the children: Linux hands a spawned child its spawner's peak memory,
    // and this process has just held a lot of posts.
    std::fflush(stdout);
    const ChildRun shots = runChild(
        {QCoreApplication::applicationFilePath(), QStringLiteral("--screenshots-only"),
         QStringLiteral("--db"), path, QStringLiteral("--posts"), QString::number(count),
         QStringLiteral("--hearth"), hearth, QStringLiteral("--minimal"), minimal,
         QStringLiteral("--shots"), option(args, QStringLiteral("--shots"), QStringLiteral("7"))});
    return shots.ok ? 0 : 1;
}
