// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// spark_bench: search latency of the idea bank over 100k generated ideas, on a SQLite file and on
// a PostgreSQL server side by side. Prints median and p95 per query kind; the targets are p95 <=
// 5 ms on SQLite and <= 10 ms on loopback PostgreSQL. Then the time of "Surprise me", "Fill my
// week" (with and without Listen's figures) and "More like this" on both.
//
// spark_bench [IDEAS [KEPT.sqlite]] [--server URI | --no-server]: without --server the server is
// the one libpq's environment names (PGHOST, PGDATABASE, ...), when it names one; the plan goes
// into a schema of its own, dropped at the end.
#include "common/clock.h"
#include "listen/listenadvisor.h"
#include "spark/idea.h"
#include "spark/idearepository.h"
#include "spark/ideasearch.h"
#include "spark/ideasuggester.h"
#include "storage/database.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>
#include <time.h>
#include <unistd.h>

using namespace hearth::core;

namespace {

// Pronounceable made-up words, so term frequencies look like text rather than noise.
QStringList makeVocabulary(std::mt19937 &generator, int size)
{
    static const char *const onsets[] = {"b",  "c",  "d",  "f",  "g",  "h",  "k", "l",
                                         "m",  "n",  "p",  "r",  "s",  "t",  "v", "w",
                                         "br", "cr", "st", "tr", "sh", "ch", "pl"};
    static const char *const vowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "é", "ö"};
    QStringList words;
    QSet<QString> seen;
    while (words.size() < size) {
        QString word;
        const int syllables = 2 + int(generator() % 3);
        for (int s = 0; s < syllables; ++s) {
            word += QString::fromUtf8(onsets[generator() % std::size(onsets)]);
            word += QString::fromUtf8(vowels[generator() % std::size(vowels)]);
        }
        if (!seen.contains(word)) {
            seen.insert(word);
            words << word;
        }
    }
    return words;
}

// Zipf-like pick: a few words are common, most are rare.
const QString &pickWord(const QStringList &words, std::mt19937 &generator)
{
    const double u = double(generator()) / 4294967296.0;
    const auto index = qsizetype(std::pow(u, 2.5) * double(words.size()));
    return words.at(std::min(index, words.size() - 1));
}

QString sentence(const QStringList &words, std::mt19937 &generator, int count)
{
    QStringList parts;
    for (int i = 0; i < count; ++i)
        parts << pickWord(words, generator);
    return parts.join(u' ');
}

struct Figures
{
    double median = 0;
    double p95 = 0;
    double max = 0;
    double meanHits = 0;
    // Processor time of this thread per query: on a machine shared with other work the wall
    // clock also counts the time the query waited for a core.
    double cpuMedian = 0;
    double cpuP95 = 0;
    // On a server on this machine: its process's processor time per query, on average (the
    // kernel counts it in 10 ms ticks, too coarse for single queries). Negative elsewhere.
    double serverCpuMean = -1;
};

// The processor time the server process behind `db`'s connection has used, when the server runs
// on this machine; negative otherwise.
double serverCpuMs(const Database &db)
{
    if (!db.isServer())
        return -1;
    auto pid = db.scalar(QStringLiteral("SELECT pg_backend_pid()"));
    if (!pid)
        return -1;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid->toLongLong()));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // utime and stime are fields 14 and 15; the command name before them ends with ')'.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

Figures measure(Database &db, const QStringList &queries, const IdeaFilter &filter)
{
    IdeaSearch search(db);
    QList<double> times;
    QList<double> cpu;
    qint64 hits = 0;
    const double serverStart = serverCpuMs(db);
    for (const QString &query : queries) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        auto found = search.search(query, filter);
        times << double(timer.nsecsElapsed()) / 1e6;
        cpu << threadCpuMs() - cpuStart;
        if (!found)
            qFatal("search failed: %s", qPrintable(found.error().message));
        hits += found->size();
    }
    const double serverEnd = serverCpuMs(db);
    std::sort(times.begin(), times.end());
    Figures figures;
    if (serverStart >= 0 && serverEnd >= 0)
        figures.serverCpuMean = (serverEnd - serverStart) / double(queries.size());
    figures.median = times.at(times.size() / 2);
    figures.p95 = times.at(qsizetype(double(times.size()) * 0.95));
    figures.max = times.last();
    figures.meanHits = double(hits) / double(queries.size());
    std::sort(cpu.begin(), cpu.end());
    figures.cpuMedian = cpu.at(cpu.size() / 2);
    figures.cpuP95 = cpu.at(qsizetype(double(cpu.size()) * 0.95));
    return figures;
}

// The generated bank and the queries typed into it, the same on every engine.
struct Bank
{
    QList<Idea> ideas;
    QStringList tags;
    QStringList single;
    QStringList twoWords;
    QStringList uniformWords;
    // Every prefix of a word as it is typed, one letter at a time: "b", "br", "bre", ...
    QStringList typed;
};

Bank generate(int ideaCount)
{
    std::mt19937 generator(20261125);
    const QStringList vocabulary = makeVocabulary(generator, 6000);
    Bank bank;
    for (int i = 0; i < 150; ++i)
        bank.tags << vocabulary.at(i * 37 % vocabulary.size());
    bank.ideas.reserve(ideaCount);
    for (int i = 0; i < ideaCount; ++i) {
        Idea idea;
        idea.title = sentence(vocabulary, generator, 3 + int(generator() % 5));
        idea.notes = sentence(vocabulary, generator, 10 + int(generator() % 40));
        idea.pillarId = 1 + qint64(generator() % 6);
        idea.favourite = generator() % 20 == 0;
        for (int t = int(generator() % 3); t > 0; --t)
            idea.tags << bank.tags.at(generator() % bank.tags.size());
        // The generated tags are lower case already: duplicates are exact ones.
        idea.tags.removeDuplicates();
        bank.ideas << idea;
    }
    // Queries as a user types them: prefixes of 3 to 8 characters of real words, some with
    // two words, some with accents dropped, some in capitals.
    for (int i = 0; i < 400; ++i) {
        const QString word = pickWord(vocabulary, generator);
        const int length = std::min<int>(int(word.size()), 3 + int(generator() % 6));
        QString term = word.left(length);
        if (i % 5 == 0)
            term = term.normalized(QString::NormalizationForm_D)
                       .remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
        if (i % 7 == 0)
            term = term.toUpper();
        bank.single << term;
        bank.twoWords << term + u' ' + pickWord(vocabulary, generator).left(4);
        // Any word of the vocabulary, as likely as any other: rarer, content-like words.
        const QString any = vocabulary.at(qsizetype(generator() % quint32(vocabulary.size())));
        bank.uniformWords << any.left(std::min<int>(int(any.size()), 3 + int(generator() % 6)));
    }
    while (bank.typed.size() < 400) {
        const QString word = pickWord(vocabulary, generator);
        for (qsizetype length = 1; length <= std::min<qsizetype>(word.size(), 8); ++length)
            bank.typed << word.left(length);
    }
    bank.typed.resize(400);
    return bank;
}

// Writes the rows IdeaRepository::create() would write (same columns, the index kept by the
// schema's triggers), through statements prepared once: going through the repository, which
// re-prepares and re-reads every idea, took about a minute on SQLite.
Result<void> fill(Database &db, const Bank &bank)
{
    QSqlQuery insertIdea(db.connection());
    QSqlQuery insertTag(db.connection());
    QSqlQuery linkTag(db.connection());
    const bool prepared =
        insertIdea.prepare(QStringLiteral(
            "INSERT INTO ideas (title, notes, pillar_id, favourite, archived, source, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, 0, 'user', ?, ?)")) &&
        insertTag.prepare(
            QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING")) &&
        linkTag.prepare(QStringLiteral("INSERT INTO idea_tags (idea_id, tag_id) SELECT "
                                       "CAST(? AS bigint), id FROM tags WHERE name = ? "
                                       "ON CONFLICT DO NOTHING"));
    if (!prepared)
        return Error::make(ErrorKind::Internal, QStringLiteral("cannot prepare the generator's "
                                                               "statements"));
    const qint64 now = db.clock().now().toSecsSinceEpoch();
    return db.write([&]() -> Result<void> {
        for (const QString &tag : bank.tags) {
            insertTag.bindValue(0, tag);
            if (!insertTag.exec())
                return db.errorFrom(insertTag.lastError(), QStringLiteral("insert tag"));
        }
        for (const Idea &idea : bank.ideas) {
            insertIdea.bindValue(0, idea.title);
            insertIdea.bindValue(1, idea.notes);
            insertIdea.bindValue(2, *idea.pillarId);
            insertIdea.bindValue(3, idea.favourite ? 1 : 0);
            insertIdea.bindValue(4, now);
            insertIdea.bindValue(5, now);
            if (!insertIdea.exec())
                return db.errorFrom(insertIdea.lastError(), QStringLiteral("insert idea"));
            const qint64 id = insertIdea.lastInsertId().toLongLong();
            for (const QString &tag : std::as_const(idea.tags)) {
                linkTag.bindValue(0, id);
                linkTag.bindValue(1, tag);
                if (!linkTag.exec())
                    return db.errorFrom(linkTag.lastError(), QStringLiteral("tag idea"));
            }
        }
        return success();
    });
}

// The rows fill() writes, on a server in a few statements: a row at a time every statement is a
// round trip, and 100k ideas took many minutes. The search rows are written once at the end by
// the schema's own trigger (an update that changes nothing), not again for every tag.
Result<void> fillServer(Database &db, const Bank &bank)
{
    constexpr qsizetype chunk = 5000;
    const qint64 now = db.clock().now().toSecsSinceEpoch();
    auto run = [&](const QString &sql, const Bindings &bindings = {}) -> Result<void> {
        auto done = db.exec(sql, bindings);
        if (!done)
            return done.error();
        return success();
    };
    return db.write([&]() -> Result<void> {
        if (auto tags = run(QStringLiteral("INSERT INTO tags (name) SELECT value FROM "
                                           "json_array_elements_text(CAST(:names AS json))"),
                            {{QStringLiteral(":names"),
                              QString::fromUtf8(
                                  QJsonDocument(QJsonArray::fromStringList(bank.tags)).toJson())}});
            !tags)
            return tags;
        for (const char *statement :
             {"ALTER TABLE ideas DISABLE TRIGGER ideas_search_insert",
              "ALTER TABLE idea_tags DISABLE TRIGGER idea_tags_search_insert"}) {
            if (auto disabled = run(QString::fromLatin1(statement)); !disabled)
                return disabled;
        }
        for (qsizetype from = 0; from < bank.ideas.size(); from += chunk) {
            QJsonArray ideas;
            QJsonArray links;
            for (qsizetype i = from; i < std::min(from + chunk, bank.ideas.size()); ++i) {
                const Idea &idea = bank.ideas.at(i);
                // The ids SQLite gives the same ideas, so both banks answer alike.
                ideas.append(QJsonObject{{QStringLiteral("id"), i + 1},
                                         {QStringLiteral("title"), idea.title},
                                         {QStringLiteral("notes"), idea.notes},
                                         {QStringLiteral("pillar"), *idea.pillarId},
                                         {QStringLiteral("favourite"), idea.favourite ? 1 : 0}});
                for (const QString &tag : idea.tags)
                    links.append(
                        QJsonObject{{QStringLiteral("idea"), i + 1}, {QStringLiteral("tag"), tag}});
            }
            if (auto inserted = run(
                    QStringLiteral(
                        "INSERT INTO ideas (id, title, notes, pillar_id, favourite, archived, "
                        "source, created_at, updated_at) SELECT id, title, notes, pillar, "
                        "favourite, 0, 'user', CAST(:now AS bigint), CAST(:now AS bigint) FROM "
                        "json_to_recordset(CAST(:rows AS json)) AS r(id bigint, title text, "
                        "notes text, pillar bigint, favourite integer)"),
                    {{QStringLiteral(":now"), now},
                     {QStringLiteral(":rows"), QString::fromUtf8(QJsonDocument(ideas).toJson())}});
                !inserted)
                return inserted;
            if (auto linked = run(
                    QStringLiteral("INSERT INTO idea_tags (idea_id, tag_id) SELECT r.idea, t.id "
                                   "FROM json_to_recordset(CAST(:rows AS json)) AS r(idea bigint, "
                                   "tag text) JOIN tags t ON t.name = r.tag"),
                    {{QStringLiteral(":rows"), QString::fromUtf8(QJsonDocument(links).toJson())}});
                !linked)
                return linked;
        }
        for (const char *statement :
             {"ALTER TABLE ideas ENABLE TRIGGER ideas_search_insert",
              "ALTER TABLE idea_tags ENABLE TRIGGER idea_tags_search_insert",
              "UPDATE ideas SET title = title",
              "SELECT setval(pg_get_serial_sequence('ideas', 'id'), max(id)) FROM ideas"}) {
            if (auto done = run(QString::fromLatin1(statement)); !done)
                return done;
        }
        return success();
    });
}

// A team plan for the benchmark in a new schema `schema` on the server `address` names, or with
// `reuse` the plan an earlier run kept there.
Result<std::unique_ptr<Database>>
openServerPlan(const ServerAddress &address, const QString &schema, bool reuse, const Clock &clock)
{
    {
        QSqlDatabase admin =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("spark-bench"));
        admin.setHostName(address.host());
        if (!address.port().isEmpty())
            admin.setPort(address.port().toInt());
        admin.setDatabaseName(address.databaseName());
        admin.setUserName(address.user());
        admin.setPassword(address.password());
        admin.setConnectOptions(address.driverOptions());
        if (!admin.open())
            return Error::make(ErrorKind::ConnectionFailed, admin.lastError().text());
        QSqlQuery query(admin);
        const bool made =
            reuse ? query.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(schema))
                  : query.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema)) &&
                        query.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema));
        if (!made)
            return Error::make(ErrorKind::Internal, query.lastError().text());
    }
    ServerAddress plan = address;
    plan.setValue(QStringLiteral("options"),
                  QStringLiteral("-c search_path=%1,public").arg(schema));
    return Database::openServer(plan, OpenOptions{}, clock);
}

// Drops `schema` (none when empty) and closes the connection that made it.
void dropServerPlan(const QString &schema)
{
    {
        QSqlDatabase admin = QSqlDatabase::database(QStringLiteral("spark-bench"));
        if (!schema.isEmpty())
            QSqlQuery(admin).exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("spark-bench"));
}

template<typename T>
Result<void> succeeded(const Result<T> &result)
{
    if (!result)
        return result.error();
    return success();
}

// One engine's plan under test, with Listen's advice read from it.
struct EnginePlan
{
    QString name;
    std::unique_ptr<Database> db;
    std::unique_ptr<ListenAdvisor> advisor;

    SuggestionAdvice advice() const
    {
        return {advisor.get(), advisor.get(), {QStringLiteral("facebook")}, QTime(9, 30)};
    }
};

// The command line: see the comment at the top.
struct Options
{
    int ideaCount = 100000;
    QString keptPath;
    bool useServer = false;
    QString serverText;
    QString keptSchema;
};

Options parseOptions(QStringList arguments)
{
    Options options;
    options.useServer = qEnvironmentVariableIsSet("PGHOST") ||
                        qEnvironmentVariableIsSet("PGSERVICE") ||
                        qEnvironmentVariableIsSet("PGDATABASE");
    // The value after `name`, taken out of the arguments; empty without one.
    auto take = [&](const QString &name) {
        const qsizetype at = arguments.indexOf(name);
        if (at < 0 || at + 1 >= arguments.size())
            return QString();
        const QString value = arguments.at(at + 1);
        arguments.remove(at, 2);
        return value;
    };
    options.serverText = take(QStringLiteral("--server"));
    options.useServer = options.useServer || !options.serverText.isEmpty();
    if (arguments.removeAll(QStringLiteral("--no-server")) > 0)
        options.useServer = false;
    // Keeps the server's plan in this schema and reuses it on the next run, as KEPT.sqlite does.
    options.keptSchema = take(QStringLiteral("--server-schema"));
    if (!arguments.isEmpty())
        options.ideaCount = arguments.at(0).toInt();
    // An optional second argument keeps the generated SQLite bank in that file and reuses it on
    // the next run (the same ideas and queries; only the inserts are skipped), for profiling.
    if (arguments.size() > 1)
        options.keptPath = arguments.at(1);
    return options;
}

void reportSearch(QTextStream &out, std::vector<EnginePlan> &engines, const Bank &bank)
{
    IdeaFilter shown;
    shown.limit = 200;
    IdeaFilter filtered = shown;
    filtered.pillarId = 3;
    filtered.unusedOnly = true;
    IdeaFilter unlimited;

    out << "Search latency over " << bank.ideas.size() << " ideas (" << bank.single.size()
        << " queries each; target p95 SQLite <= 5 ms, PostgreSQL <= 10 ms):\n";
    auto report = [&](const char *name, const QStringList &queries, const IdeaFilter &filter) {
        out << "  " << name << ":\n";
        for (EnginePlan &engine : engines) {
            measure(*engine.db, queries.mid(0, 20), filter); // warm the caches
            const Figures figures = measure(*engine.db, queries, filter);
            out << QStringLiteral("    %1 median %2 ms  p95 %3 ms  max %4 ms  mean hits %5  "
                                  "(cpu median %6 ms  p95 %7 ms)\n")
                       .arg(engine.name.leftJustified(11))
                       .arg(figures.median, 0, 'f', 2)
                       .arg(figures.p95, 0, 'f', 2)
                       .arg(figures.max, 0, 'f', 2)
                       .arg(figures.meanHits, 0, 'f', 1)
                       .arg(figures.cpuMedian, 0, 'f', 2)
                       .arg(figures.cpuP95, 0, 'f', 2);
            if (figures.serverCpuMean >= 0)
                out << QStringLiteral("               server process cpu mean %1 ms per query\n")
                           .arg(figures.serverCpuMean, 0, 'f', 2);
            out.flush();
        }
    };
    report("typed letter by letter, top 200", bank.typed, shown);
    report("one word, top 200 (as the UI)", bank.single, shown);
    report("any vocabulary word, top 200", bank.uniformWords, shown);
    report("two words, top 200", bank.twoWords, shown);
    report("one word + pillar + unused, top 200", bank.single, filtered);
    report("one word, every match (100 queries)", bank.single.mid(0, 100), unlimited);
}

void reportSuggestions(QTextStream &out, std::vector<EnginePlan> &engines, const Bank &bank)
{
    // Suggestions read every idea once; asking Listen for rates and best times must not make
    // them noticeably slower.
    const QDate week(2026, 3, 9);
    auto timeRuns = [&](const char *name,
                        const std::function<Result<void>(const EnginePlan &, quint32)> &run) {
        out << "  " << name << ":\n";
        for (EnginePlan &engine : engines) {
            QList<double> times;
            for (quint32 seed = 0; seed < 10; ++seed) {
                QElapsedTimer timer;
                timer.start();
                if (auto done = run(engine, seed); !done) {
                    out << "    " << engine.name.leftJustified(11)
                        << " failed: " << done.error().message << "\n";
                    break;
                }
                times << double(timer.nsecsElapsed()) / 1e6;
            }
            if (times.size() < 10)
                continue;
            std::sort(times.begin(), times.end());
            out << QStringLiteral("    %1 median %2 ms  max %3 ms\n")
                       .arg(engine.name.leftJustified(11))
                       .arg(times.at(times.size() / 2), 0, 'f', 1)
                       .arg(times.last(), 0, 'f', 1);
            out.flush();
        }
    };
    out << "Suggestions over " << bank.ideas.size() << " ideas (10 runs each):\n";
    timeRuns("surprise me, no figures asked", [&](const EnginePlan &plan, quint32 seed) {
        return succeeded(IdeaSuggester(*plan.db).surpriseMe(week, seed));
    });
    timeRuns("surprise me, with Listen's rates", [&](const EnginePlan &plan, quint32 seed) {
        return succeeded(IdeaSuggester(*plan.db, plan.advice()).surpriseMe(week, seed));
    });
    timeRuns("fill my week, no figures asked", [&](const EnginePlan &plan, quint32 seed) {
        return succeeded(IdeaSuggester(*plan.db).fillWeek(week, seed));
    });
    timeRuns("fill my week, with best times", [&](const EnginePlan &plan, quint32 seed) {
        return succeeded(IdeaSuggester(*plan.db, plan.advice()).fillWeek(week, seed));
    });
    timeRuns("more like this (pillar + 2 tags)", [&](const EnginePlan &plan, quint32 seed) {
        return succeeded(IdeaRepository(*plan.db).moreLikeThis(
            1 + seed % 6, {bank.tags.at(seed), bank.tags.at(seed + 1)}));
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const Options options = parseOptions(app.arguments().mid(1));
    const int ideaCount = options.ideaCount;
    const QString &keptPath = options.keptPath;
    const QString &keptSchema = options.keptSchema;
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const QString path = keptPath.isEmpty() ? dir.filePath(QStringLiteral("bench.db")) : keptPath;
    const bool reuse = !keptPath.isEmpty() && QFileInfo::exists(keptPath);
    const Bank bank = generate(ideaCount);

    std::vector<EnginePlan> engines;
    auto opened = Database::open(path, OpenOptions{}, clock);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    engines.push_back({QStringLiteral("SQLite"), std::move(*opened), {}});
    const QString schema =
        keptSchema.isEmpty()
            ? QStringLiteral("spark_bench_%1").arg(QCoreApplication::applicationPid())
            : keptSchema;
    bool reuseServer = false;
    if (options.useServer) {
        auto address = ServerAddress::parse(options.serverText);
        if (!address)
            qFatal("%s", qPrintable(address.error().message));
        auto server = openServerPlan(*address, schema, !keptSchema.isEmpty(), clock);
        if (!server)
            qFatal("%s", qPrintable(server.error().message));
        if (!keptSchema.isEmpty()) {
            const qint64 kept = (*server)
                                    ->scalar(QStringLiteral("SELECT count(*) FROM ideas"))
                                    .valueOr(0)
                                    .toLongLong();
            if (kept != 0 && kept != ideaCount)
                qFatal("schema %s holds another bank; drop it first", qPrintable(schema));
            reuseServer = kept == ideaCount;
        }
        engines.push_back({QStringLiteral("PostgreSQL"), std::move(*server), {}});
    } else {
        out << "PostgreSQL: left out (no --server and no PGHOST, PGSERVICE or PGDATABASE)\n";
    }
    for (EnginePlan &engine : engines) {
        if (engine.db->isServer() ? reuseServer : reuse)
            continue;
        QElapsedTimer fillTimer;
        fillTimer.start();
        if (auto filled =
                engine.db->isServer() ? fillServer(*engine.db, bank) : fill(*engine.db, bank);
            !filled)
            qFatal("%s", qPrintable(filled.error().message));
        // The statistics autovacuum gathers soon after a real bank's import.
        if (engine.db->isServer()) {
            for (const char *table : {"ideas", "ideas_search", "idea_tags", "tags", "posts"}) {
                if (auto analysed =
                        engine.db->exec(QStringLiteral("ANALYZE %1").arg(QLatin1String(table)));
                    !analysed)
                    qFatal("%s", qPrintable(analysed.error().message));
            }
        }
        out << engine.name << ": generated " << ideaCount << " ideas in "
            << fillTimer.elapsed() / 1000.0 << " s\n";
        out.flush();
    }

    for (EnginePlan &engine : engines)
        engine.advisor = std::make_unique<ListenAdvisor>(*engine.db);

    reportSearch(out, engines, bank);
    reportSuggestions(out, engines, bank);
    engines.clear();
    if (options.useServer)
        dropServerPlan(keptSchema.isEmpty() ? schema : QString());
    return 0;
}
