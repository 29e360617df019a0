// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// import_bench: imports a generated 100k-row Meta Instagram export into a SQLite plan and, in
// the same run, into a team plan on the PostgreSQL server libpq's environment names (PGHOST,
// PGUSER, …; loopback). Yardsticks: `sqlite3 .import` and `psql -c "\copy"` of the same file
// into a plain table. Prints the times, the ratios (targets: within 2x of sqlite3, within 2.5x
// of \copy), the extra peak memory of the SQLite import (under 50 MB), where its CPU time goes
// (hashing, reading/parsing/matching, writing), and how the ways of writing many rows to the
// server compare (COPY, array INSERT, multi-row INSERT), which is why the import uses COPY.
#include "common/clock.h"
#include "listen/metricimporter.h"
#include "storage/database.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <libpq-fe.h>
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

// The benchmark's schemas on the PostgreSQL server, each plan or table in one of its own;
// dropped at the end.
class ServerScratch final
{
public:
    ~ServerScratch()
    {
        {
            QSqlDatabase admin = QSqlDatabase::database(connectionName(), false);
            for (const QString &schema : std::as_const(m_schemas))
                QSqlQuery(admin).exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema));
            admin.close();
        }
        QSqlDatabase::removeDatabase(connectionName());
    }

    // False (and why on `out`) when no server answers.
    bool open(QTextStream &out)
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName());
        if (!admin.open()) {
            out << "no PostgreSQL server (" << admin.lastError().text().simplified()
                << "): its figures are left out" << Qt::endl;
            return false;
        }
        return run(QStringLiteral("CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public")) &&
               run(QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public"));
    }

    QString newSchema()
    {
        const QString schema = QStringLiteral("hearth_bench_%1_%2")
                                   .arg(QCoreApplication::applicationPid())
                                   .arg(m_schemas.size() + 1);
        if (!run(QStringLiteral("CREATE SCHEMA %1").arg(schema)))
            return {};
        m_schemas << schema;
        return schema;
    }

    bool run(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(connectionName(), false));
        if (query.exec(sql))
            return true;
        QTextStream(stderr) << sql << ": " << query.lastError().text() << Qt::endl;
        return false;
    }

private:
    static QString connectionName() { return QStringLiteral("import-bench-admin"); }
    QStringList m_schemas;
};

// `psql -c "\copy"` of the CSV file into a plain table of 18 text columns; the wall time in ms,
// or a negative number when it failed.
double timePsqlCopy(ServerScratch &server, const QString &csv, QTextStream &out)
{
    const QString schema = server.newSchema();
    QStringList columns;
    for (int column = 1; column <= 18; ++column)
        columns << QStringLiteral("c%1 text").arg(column);
    if (schema.isEmpty() || !server.run(QStringLiteral("CREATE TABLE %1.plain (%2)")
                                            .arg(schema, columns.join(QStringLiteral(", ")))))
        return -1;
    QProcess psql;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGCLIENTENCODING"), QStringLiteral("UTF8"));
    psql.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                QStringLiteral("\\copy %1.plain FROM '%2' WITH (FORMAT csv, HEADER true)")
                    .arg(schema, csv)});
    if (!psql.waitForFinished(600000) || psql.exitCode() != 0) {
        out << "psql \\copy failed: " << psql.readAllStandardError() << Qt::endl;
        return -1;
    }
    return timer.nsecsElapsed() / 1e6;
}

// How long the server takes for `rows` metric-like rows written each way, in one transaction
// through libpq: COPY … FROM STDIN, INSERT … SELECT FROM unnest() of arrays (4096 rows per
// statement) and a prepared 64-row multi-row INSERT (what the SQLite path does).
void compareServerWrites(ServerScratch &server, int rows, QTextStream &out)
{
    const QString schema = server.newSchema();
    if (schema.isEmpty())
        return;
    const QString columns = QStringLiteral(
        "network_id text, post_id bigint, captured_at bigint, source_line bigint, reach bigint, "
        "comments bigint, shares bigint, watch_time_seconds double precision, raw_values text");
    PGconn *connection = PQconnectdb("");
    if (PQstatus(connection) != CONNECTION_OK) {
        PQfinish(connection);
        return;
    }
    auto exec = [&](const QByteArray &sql) {
        PGresult *result = PQexec(connection, sql.constData());
        const ExecStatusType status = PQresultStatus(result);
        const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        if (!ok)
            QTextStream(stderr) << PQresultErrorMessage(result);
        PQclear(result);
        return ok;
    };
    // One row's values as text: the same for every way.
    auto cell = [](int row, int column) -> QByteArray {
        switch (column) {
        case 0:
            return QByteArrayLiteral("instagram");
        case 7:
            return QByteArray::number(row * 0.25, 'g', 17);
        case 8:
            return "[\"Post number " + QByteArray::number(row) + ": fresh bread\", \"" +
                   QByteArray::number(row % 977) + "\"]";
        default:
            return QByteArray::number(qint64(row) * (column + 1));
        }
    };
    constexpr int columnCount = 9;
    const QList<QByteArray> ways{"COPY", "array INSERT", "multi-row INSERT"};
    for (int way = 0; way < ways.size(); ++way) {
        const QByteArray table = QStringLiteral("%1.bulk%2").arg(schema).arg(way).toUtf8();
        if (!exec("CREATE TABLE " + table + " (" + columns.toUtf8() + ")"))
            break;
        QElapsedTimer timer;
        timer.start();
        exec("BEGIN");
        bool ok = true;
        if (way == 0) {
            QByteArray data;
            for (int row = 0; row < rows; ++row) {
                for (int column = 0; column < columnCount; ++column)
                    data += cell(row, column) + (column + 1 < columnCount ? '\t' : '\n');
            }
            const QByteArray copy = "COPY " + table + " FROM STDIN";
            PGresult *started = PQexec(connection, copy.constData());
            ok = PQresultStatus(started) == PGRES_COPY_IN;
            PQclear(started);
            ok = ok && PQputCopyData(connection, data.constData(), int(data.size())) == 1 &&
                 PQputCopyEnd(connection, nullptr) == 1;
            while (PGresult *result = PQgetResult(connection)) {
                ok = ok && PQresultStatus(result) == PGRES_COMMAND_OK;
                PQclear(result);
            }
        } else if (way == 1) {
            const QByteArray types[columnCount] = {"text",   "bigint", "bigint", "bigint", "bigint",
                                                   "bigint", "bigint", "float8", "text"};
            QByteArray unnest = "INSERT INTO " + table + " SELECT * FROM unnest(";
            for (int column = 0; column < columnCount; ++column)
                unnest += (column ? ", $" : "$") + QByteArray::number(column + 1) +
                          "::" + types[column] + "[]";
            unnest += ')';
            PQclear(PQprepare(connection, "bench_unnest", unnest.constData(), 0, nullptr));
            for (int first = 0; ok && first < rows; first += 4096) {
                QByteArray arrays[columnCount];
                for (int row = first; row < std::min(rows, first + 4096); ++row) {
                    for (int column = 0; column < columnCount; ++column) {
                        QByteArray value = cell(row, column);
                        // Array elements are quoted: backslash and double quote escaped.
                        value.replace('\\', "\\\\").replace('"', "\\\"");
                        arrays[column] += (row == first ? "{\"" : ",\"") + value + '"';
                    }
                }
                const char *values[columnCount];
                for (int column = 0; column < columnCount; ++column) {
                    arrays[column] += '}';
                    values[column] = arrays[column].constData();
                }
                PGresult *result = PQexecPrepared(connection, "bench_unnest", columnCount, values,
                                                  nullptr, nullptr, 0);
                ok = PQresultStatus(result) == PGRES_COMMAND_OK;
                PQclear(result);
            }
        } else {
            QByteArray insert = "INSERT INTO " + table + " VALUES ";
            for (int row = 0; row < 64; ++row) {
                insert += row ? ", (" : "(";
                for (int column = 0; column < columnCount; ++column)
                    insert +=
                        (column ? ", $" : "$") + QByteArray::number(row * columnCount + column + 1);
                insert += ')';
            }
            PQclear(PQprepare(connection, "bench_values", insert.constData(), 0, nullptr));
            for (int first = 0; ok && first + 64 <= rows; first += 64) {
                QList<QByteArray> texts;
                std::vector<const char *> values;
                for (int row = first; row < first + 64; ++row) {
                    for (int column = 0; column < columnCount; ++column)
                        texts << cell(row, column);
                }
                for (const QByteArray &text : std::as_const(texts))
                    values.push_back(text.constData());
                PGresult *result = PQexecPrepared(connection, "bench_values", int(values.size()),
                                                  values.data(), nullptr, nullptr, 0);
                ok = PQresultStatus(result) == PGRES_COMMAND_OK;
                PQclear(result);
            }
        }
        ok = exec("COMMIT") && ok;
        out << QStringLiteral("server bulk write, %1 rows by %2: %3 ms%4")
                   .arg(way == 2 ? rows / 64 * 64 : rows)
                   .arg(QString::fromLatin1(ways.at(way)))
                   .arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1)
                   .arg(ok ? QString() : QStringLiteral(" (failed)"))
            << Qt::endl;
    }
    PQfinish(connection);
}

// Whether the import created every row; why not on `out` otherwise.
bool importedAll(const Result<MetricImportPreview> &done, int rows, const QString &what,
                 QTextStream &out)
{
    if (done && done->created == rows)
        return true;
    out << what << " failed: "
        << (done ? QStringLiteral("created %1").arg(done->created) : done.error().message)
        << Qt::endl;
    return false;
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
    ServerScratch server;
    const bool onServer = server.open(out);
    QList<double> serverOurs;
    QList<double> serverOursCpu;
    QList<double> serverCopy;
    QList<double> serverPreview;
    MetricImportOptions importOptions;
    importOptions.timeZone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    importOptions.maxPreviewItems = 0;
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
            if (!importedAll(done, rows, QStringLiteral("import"), out))
                return 1;
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

        if (!onServer)
            continue;
        // The same file into an empty team plan, each run in a schema of its own.
        auto address = ServerAddress::parse(
            QStringLiteral("options='-c search_path=%1,public'").arg(server.newSchema()));
        if (!address) {
            out << address.error().message << Qt::endl;
            return 1;
        }
        {
            auto database = Database::openServer(*address, OpenOptions{}, SystemClock::instance());
            if (!database) {
                out << database.error().message << Qt::endl;
                return 1;
            }
            QElapsedTimer serverTimer;
            // Reading, parsing and matching alone (no writes), as for SQLite above.
            serverTimer.start();
            if (!MetricImporter(**database).preview(csv, importOptions)) {
                out << "server preview failed" << Qt::endl;
                return 1;
            }
            serverPreview << serverTimer.nsecsElapsed() / 1e6;
            const double cpuBefore = cpuSeconds(RUSAGE_SELF);
            serverTimer.restart();
            auto done = MetricImporter(**database).run(csv, importOptions, ImportMode::Commit);
            serverOurs << serverTimer.nsecsElapsed() / 1e6;
            serverOursCpu << (cpuSeconds(RUSAGE_SELF) - cpuBefore) * 1000;
            if (!importedAll(done, rows, QStringLiteral("server import"), out))
                return 1;
        }
        const double copyMs = timePsqlCopy(server, csv, out);
        if (copyMs < 0)
            return 1;
        serverCopy << copyMs;
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
    if (!onServer)
        return 0;

    const Figures team = summarise(serverOurs);
    const Figures copy = summarise(serverCopy);
    out << QStringLiteral("postgresql import: median %1 ms, worst %2 ms (client cpu median %3 ms)")
               .arg(team.median, 0, 'f', 1)
               .arg(team.worst, 0, 'f', 1)
               .arg(summarise(serverOursCpu).median, 0, 'f', 1)
        << Qt::endl;
    const double serverPreviewMs = summarise(serverPreview).median;
    out << QStringLiteral("postgresql breakdown (median wall): reading, parsing and matching %1 ms "
                          "(a preview); writing %2 ms (the import less the preview)")
               .arg(serverPreviewMs, 0, 'f', 1)
               .arg(team.median - serverPreviewMs, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("psql \\copy:       median %1 ms, worst %2 ms")
               .arg(copy.median, 0, 'f', 1)
               .arg(copy.worst, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("ratio to \\copy (median wall): %1x (target <= 2.5x); postgresql import "
                          "/ sqlite import: %2x")
               .arg(team.median / copy.median, 0, 'f', 2)
               .arg(team.median / hearth.median, 0, 'f', 2)
        << Qt::endl;
    compareServerWrites(server, rows, out);
    return 0;
}
