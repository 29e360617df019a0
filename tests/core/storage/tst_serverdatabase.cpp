// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "storage/database.h"
#include "storage/plancopy.h"
#include "storage/schema.h"
#include "storage/serveraddress.h"
#include "support/testdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <latch>
#include <thread>

using namespace hearth::core;

namespace {

const QDateTime start(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

// The plan's tables in reference order, with the columns that order their rows.
const QList<QPair<QString, QString>> planTables{
    {QStringLiteral("networks"), QStringLiteral("id")},
    {QStringLiteral("pillars"), QStringLiteral("id")},
    {QStringLiteral("tags"), QStringLiteral("id")},
    {QStringLiteral("posts"), QStringLiteral("id")},
    {QStringLiteral("ideas"), QStringLiteral("id")},
    {QStringLiteral("idea_tags"), QStringLiteral("idea_id, tag_id")},
    {QStringLiteral("library_dismissed"), QStringLiteral("library_key")},
    {QStringLiteral("post_networks"), QStringLiteral("post_id, network_id")},
    {QStringLiteral("post_tags"), QStringLiteral("post_id, tag_id")},
    {QStringLiteral("post_media"), QStringLiteral("post_id, position")},
    {QStringLiteral("posting_slots"), QStringLiteral("id")},
    {QStringLiteral("metric_imports"), QStringLiteral("id")},
    {QStringLiteral("metric_raw_layouts"), QStringLiteral("id")},
    {QStringLiteral("metric_snapshots"), QStringLiteral("id")},
    {QStringLiteral("import_mappings"), QStringLiteral("header_signature")},
    {QStringLiteral("settings"), QStringLiteral("key")},
};

// Every row of a table as text, column by column in name order, so engines compare alike.
QStringList rowsOf(const Database &db, const QString &table, const QString &order)
{
    auto rows = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order));
    if (!rows)
        return {QStringLiteral("error: ") + rows.error().message};
    QStringList lines;
    while (rows->next()) {
        const QSqlRecord record = rows->record();
        QStringList cells;
        for (int c = 0; c < record.count(); ++c) {
            const QVariant value = rows->value(c);
            cells << record.fieldName(c) + QLatin1Char('=') +
                         (value.isNull() ? QStringLiteral("NULL") : value.toString());
        }
        cells.sort();
        lines << cells.join(QLatin1Char('|'));
    }
    return lines;
}

// A plan with rows in every table, references between them, a repeat pointing at a later post
// and an import whose raw cells hold empty and missing values.
const QStringList fullPlan{
    QStringLiteral("INSERT INTO networks (id, name, char_limit, counting_rule, builtin, enabled, "
                   "settings, sort_order) VALUES ('bakeryblog', 'Bakery blog', 9000, "
                   "'characters', 0, 1, '{\"title_limit\":80}', 11)"),
    QStringLiteral("UPDATE networks SET enabled = 0 WHERE id = 'tiktok'"),
    QStringLiteral("INSERT INTO pillars (id, name, color, target_share, sort_order) VALUES (40, "
                   "'Behind the counter', '#123456', 0.125, 9)"),
    QStringLiteral("INSERT INTO tags (id, name) VALUES (7, 'Rye'), (9, 'sourdough')"),
    QStringLiteral("INSERT INTO posts (id, title, body, scheduled_at, status, pillar_id, link, "
                   "first_comment, notes, origin, repeat_every_weeks, repeat_until, "
                   "repeat_count, created_at, updated_at) VALUES "
                   "(3, 'Rye', 'Fresh rye today ''quoted'' \\\\ back', 1795000000, 'scheduled', "
                   "40, 'https://example.org/rye', 'First!', 'n', 'planned', 2, 1800000000, "
                   "NULL, 1790000000, 1790000100), "
                   "(5, '', 'Imported history', 1700000000, 'published', NULL, '', '', '', "
                   "'imported', NULL, NULL, NULL, 1790000000, 1790000000), "
                   "(8, '', 'Repeat of rye', 1796209600, 'scheduled', 40, '', '', '', 'planned', "
                   "NULL, NULL, NULL, 1790000000, 1790000000)"),
    QStringLiteral("INSERT INTO ideas (id, title, notes, pillar_id, favourite, archived, source, "
                   "library_key, library_edited, feedback_post_id, feedback_text, created_at, "
                   "updated_at) VALUES "
                   "(11, 'Café crawl', 'Visit every café', 40, 1, 0, 'user', NULL, 0, NULL, '', "
                   "1790000000, 1790000001), "
                   "(12, 'Flour facts', '', NULL, 0, 1, 'library', 'flour-facts', 1, 5, "
                   "'Did well', 1790000000, 1790000002)"),
    QStringLiteral("UPDATE posts SET idea_id = 11 WHERE id = 3"),
    QStringLiteral("UPDATE posts SET repeat_of = 3 WHERE id = 8"),
    QStringLiteral("UPDATE posts SET repeat_of = 8 WHERE id = 5"),
    QStringLiteral("INSERT INTO idea_tags (idea_id, tag_id) VALUES (11, 7), (11, 9), (12, 9)"),
    QStringLiteral("INSERT INTO library_dismissed (library_key) VALUES ('oven-tour')"),
    QStringLiteral("INSERT INTO post_networks (post_id, network_id, variant_text, external_id, "
                   "permalink, published_at) VALUES "
                   "(3, 'x', 'Short rye', NULL, NULL, NULL), (3, 'bakeryblog', NULL, NULL, "
                   "NULL, NULL), (5, 'linkedin', NULL, 'urn:li:1', "
                   "'https://linkedin.example/1', 1700000100), (8, 'mastodon', '', NULL, NULL, "
                   "NULL)"),
    QStringLiteral("INSERT INTO post_tags (post_id, tag_id) VALUES (3, 7), (3, 9), (8, 9)"),
    QStringLiteral("INSERT INTO post_media (post_id, position, path, alt_text) VALUES "
                   "(3, 0, '/pics/rye.jpg', 'A loaf'), (3, 1, '/pics/crumb.jpg', '')"),
    QStringLiteral("INSERT INTO posting_slots (id, weekday, minute_of_day, network_id) VALUES "
                   "(4, 1, 510, NULL), (6, 5, 1020, 'x')"),
    QStringLiteral("INSERT INTO metric_imports (id, source_format, file_name, file_sha256, "
                   "imported_at, row_count) VALUES (2, 'linkedin', 'li.xlsx', 'abc123', "
                   "1790000500, 2)"),
    QStringLiteral("INSERT INTO metric_raw_layouts (id, columns) VALUES "
                   "(1, '[\"Date\",\"Impressions\",\"Clicks\",\"Notiz\"]')"),
    QStringLiteral("INSERT INTO metric_snapshots (id, post_id, network_id, captured_at, "
                   "import_id, source_line, reach, impressions, views, reactions, comments, "
                   "shares, saves, clicks, follows, profile_visits, watch_time_seconds, "
                   "raw_layout_id, raw_values) VALUES "
                   "(20, 5, 'linkedin', 1700086400, 2, 2, NULL, 1234, NULL, 5, 0, NULL, NULL, "
                   "17, NULL, NULL, 12.5, 1, '[\"2023-11-15\",\"1,234\",null,\"\"]'), "
                   "(21, 5, 'linkedin', 1700172800, 2, 3, 900, 1500, NULL, 6, 1, 2, 3, 18, 0, "
                   "4, NULL, 1, '[\"2023-11-16\",\"1.500\",\"18\",\"Grüße \\\"x\\\"\"]')"),
    QStringLiteral("INSERT INTO import_mappings (header_signature, kind, mapping, updated_at) "
                   "VALUES ('date|text', 'bulk', '{\"text\":\"Text\"}', 1790000000)"),
    QStringLiteral("INSERT INTO settings (key, value) VALUES ('feed/path', '/tmp/feed.ics'), "
                   "('week/start', '1')"),
};

} // namespace

// A plan on a real PostgreSQL server: creating and refusing schemas, connection failures with
// one-line messages of the right kind, hostile texts, and copying plans between engines. Runs
// only with HEARTH_TEST_ENGINE=postgresql (label "postgresql").
class TestServerDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!testing::testsOnPostgreSql())
            QSKIP("needs a PostgreSQL server (HEARTH_TEST_ENGINE=postgresql)");
    }

    void createsTheSchemaThenOpensIt();
    void refusesANewerSchemaLikeSqlite();
    void refusesADatabaseOfAnotherApplication();
    void mustExistNamesTheInitCommand();
    void twoHearthsCreateTheSchemaAtOnce();
    void connectionFailuresSayWhatHappened_data();
    void connectionFailuresSayWhatHappened();
    void aRoleWithoutPrivilegesIsDenied();
    void hostileTextsRoundTrip_data();
    void hostileTextsRoundTrip();
    void copyPlanThereAndBackGivesTheSamePlan();
    void copyPlanRefusesAPlanInUse();

private:
    Result<std::unique_ptr<Database>> openAt(const ServerAddress &address,
                                             CreateMode create = CreateMode::CreateIfMissing)
    {
        OpenOptions options;
        options.create = create;
        return Database::openServer(address, options, m_clock);
    }
    // A plain connection to the test schema, as another program would make it.
    QSqlDatabase otherProgram(const ServerAddress &address)
    {
        const QString name = QStringLiteral("other-%1").arg(++m_connections);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setConnectOptions(address.driverOptions());
        db.open();
        return db;
    }
    ServerAddress newAddress()
    {
        auto address = testing::newTestServerAddress();
        if (!address)
            qFatal("%s", qPrintable(address.error().message));
        return *address;
    }

    ManualClock m_clock{start};
    int m_connections = 0;
};

void TestServerDatabase::createsTheSchemaThenOpensIt()
{
    const ServerAddress address = newAddress();
    {
        auto db = openAt(address);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
        QVERIFY((*db)->isServer());
        // The connection's own state, read through libpq's handle.
        QVERIFY(!(*db)->isConnectionLost());
        QCOMPARE((*db)->isEncrypted(),
                 (*db)
                     ->scalar(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = "
                                             "pg_backend_pid()"))
                     ->toBool());
        QCOMPARE((*db)->schemaVersion(), schema::currentVersion());
        QVERIFY((*db)
                    ->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', 'b')"))
                    .ok());
    }
    auto again = openAt(address, CreateMode::MustExist);
    QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().message));
    QCOMPARE((*again)->schemaVersion(), schema::currentVersion());
    QCOMPARE((*again)->scalar(QStringLiteral("SELECT count(*) FROM hearth_schema"))->toInt(), 1);
    QCOMPARE((*again)->scalar(QStringLiteral("SELECT value FROM settings"))->toString(),
             QStringLiteral("b"));
}

void TestServerDatabase::refusesANewerSchemaLikeSqlite()
{
    const int newer = schema::currentVersion() + 1;
    const ServerAddress address = newAddress();
    QString serverName;
    {
        auto db = openAt(address);
        QVERIFY(db.ok());
        serverName = (*db)->serverName();
        QVERIFY((*db)
                    ->exec(QStringLiteral("UPDATE hearth_schema SET version = :v"),
                           {{QStringLiteral(":v"), newer}})
                    .ok());
    }
    auto refused = openAt(address);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().kind), int(ErrorKind::NewerSchema));
    QSqlQuery left(otherProgram(address));
    QVERIFY(left.exec(QStringLiteral("SELECT version FROM hearth_schema")) && left.next());
    QCOMPARE(left.value(0).toInt(), newer);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.sqlite"));
    {
        auto file = Database::open(path, {}, m_clock);
        QVERIFY(file.ok());
        QVERIFY((*file)->exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)).ok());
    }
    auto refusedFile = Database::open(path, {}, m_clock);
    QVERIFY(!refusedFile.ok());
    QCOMPARE(int(refusedFile.error().kind), int(ErrorKind::NewerSchema));
    QString fileMessage = refusedFile.error().message;
    QString serverMessage = refused.error().message;
    QCOMPARE(serverMessage.replace(serverName, QStringLiteral("PLAN")),
             fileMessage.replace(QDir::toNativeSeparators(path), QStringLiteral("PLAN")));
}

void TestServerDatabase::refusesADatabaseOfAnotherApplication()
{
    const ServerAddress address = newAddress();
    QSqlDatabase other = otherProgram(address);
    QVERIFY2(other.isOpen(), qPrintable(other.lastError().text()));
    QSqlQuery query(other);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE recipes (id integer, name text)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO recipes VALUES (1, 'Rye')")));

    auto refused = openAt(address);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().kind), int(ErrorKind::NotHearthDatabase));
    QVERIFY2(refused.error().message.contains(QLatin1String("untouched")),
             qPrintable(refused.error().message));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                      "current_schema()")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestServerDatabase::mustExistNamesTheInitCommand()
{
    const ServerAddress address = newAddress();
    auto refused = openAt(address, CreateMode::MustExist);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().kind), int(ErrorKind::NotFound));
    QVERIFY2(refused.error().message.contains(QLatin1String("hearth-cli --server URI init")),
             qPrintable(refused.error().message));
    QSqlQuery query(otherProgram(address));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                      "current_schema()")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestServerDatabase::twoHearthsCreateTheSchemaAtOnce()
{
    const ServerAddress address = newAddress();
    std::latch ready(2);
    QString outcomes[2];
    auto openOne = [&](int which) {
        ready.arrive_and_wait();
        auto db = Database::openServer(address, OpenOptions{}, m_clock);
        outcomes[which] =
            db ? QStringLiteral("schema %1").arg((*db)->schemaVersion()) : db.error().message;
    };
    std::thread first(openOne, 0);
    std::thread second(openOne, 1);
    first.join();
    second.join();
    const QString expected = QStringLiteral("schema %1").arg(schema::currentVersion());
    QCOMPARE(outcomes[0], expected);
    QCOMPARE(outcomes[1], expected);
    auto db = openAt(address, CreateMode::MustExist);
    QVERIFY(db.ok());
    QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM hearth_schema"))->toInt(), 1);
    QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM networks"))->toInt(), 10);
}

void TestServerDatabase::connectionFailuresSayWhatHappened_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mentions");

    const QString host = qEnvironmentVariable("PGHOST", QStringLiteral("localhost"));
    QTest::newRow("wrong password")
        << QStringLiteral("host=%1 password=certainly-wrong connect_timeout=5").arg(host)
        << int(ErrorKind::AuthenticationFailed) << QStringLiteral("password");
    QTest::newRow("unknown host") << QStringLiteral("host=nohost.invalid connect_timeout=5")
                                  << int(ErrorKind::ConnectionFailed)
                                  << QStringLiteral("nohost.invalid");
    QTest::newRow("refused port") << QStringLiteral("host=127.0.0.1 port=1 connect_timeout=5")
                                  << int(ErrorKind::ConnectionFailed) << QStringLiteral("refused");
    QTest::newRow("tls required")
        << QStringLiteral("host=%1 sslmode=require connect_timeout=5").arg(host)
        << int(ErrorKind::ConnectionFailed) << QStringLiteral("SSL");
}

void TestServerDatabase::connectionFailuresSayWhatHappened()
{
    QFETCH(QString, address);
    QFETCH(int, kind);
    QFETCH(QString, mentions);
    if (mentions == QLatin1String("SSL")) {
        QSqlQuery query(otherProgram(newAddress()));
        QVERIFY(query.exec(QStringLiteral("SHOW ssl")) && query.next());
        if (query.value(0).toString() == QLatin1String("on"))
            QSKIP("this server offers TLS");
    }
    auto parsed = ServerAddress::parse(address);
    QVERIFY(parsed.ok());
    auto db = openAt(*parsed);
    if (db && mentions == QLatin1String("password"))
        QSKIP("this server does not ask local logins for a password");
    QVERIFY(!db.ok());
    const QString message = db.error().message;
    QCOMPARE(int(db.error().kind), kind);
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY2(!message.contains(u'\n') && !message.contains(u'\t'), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("certainly-wrong")), qPrintable(message));
}

void TestServerDatabase::aRoleWithoutPrivilegesIsDenied()
{
    const ServerAddress address = newAddress();
    {
        auto db = openAt(address);
        QVERIFY(db.ok());
    }
    const QString role =
        QStringLiteral("hearth_norights_%1").arg(QCoreApplication::applicationPid());
    QSqlDatabase admin = otherProgram(address);
    QSqlQuery query(admin);
    QVERIFY2(query.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw'").arg(role)),
             qPrintable(query.lastError().text()));
    const QString schema =
        address.value(QStringLiteral("options")).section(u'=', 1).section(u',', 0, 0);
    auto cleanup = qScopeGuard([&] {
        QSqlQuery(admin).exec(
            QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(schema, role));
        QSqlQuery(admin).exec(QStringLiteral("REVOKE ALL ON SCHEMA %1 FROM %2").arg(schema, role));
        QSqlQuery(admin).exec(QStringLiteral("DROP ROLE %1").arg(role));
    });
    ServerAddress asRole = address;
    asRole.setValue(QStringLiteral("user"), role);
    asRole.setPassword(QStringLiteral("pw"));

    // No right to the plan's schema at all.
    auto denied = openAt(asRole);
    QVERIFY(!denied.ok());
    QCOMPARE(int(denied.error().kind), int(ErrorKind::PermissionDenied));
    QVERIFY2(denied.error().message.contains(schema), qPrintable(denied.error().message));
    QVERIFY(!denied.error().message.contains(u'\n'));

    // Reading allowed, writing not.
    QVERIFY(query.exec(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, role)));
    QVERIFY(query.exec(
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, role)));
    auto reader = openAt(asRole);
    QVERIFY2(reader.ok(), qPrintable(reader ? QString() : reader.error().message));
    auto written = (*reader)->write([&]() -> Result<void> {
        auto done =
            (*reader)->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, 'v')"),
                            {{QStringLiteral(":k"), QStringLiteral("k")}});
        return done ? success() : Result<void>(done.error());
    });
    QVERIFY(!written.ok());
    QCOMPARE(int(written.error().kind), int(ErrorKind::PermissionDenied));
    QVERIFY2(written.error().message.contains(QLatin1String("permission denied")),
             qPrintable(written.error().message));
    reader->reset();
}

void TestServerDatabase::hostileTextsRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored");

    int row = 0;
    const auto same = [&row](const QString &text) {
        QTest::addRow("text %d", ++row) << text << text;
    };
    same(QStringLiteral("'); DROP TABLE posts; --"));
    same(QStringLiteral("it's \"quoted\" and 'single'"));
    same(QStringLiteral("back\\slash \\\\ \\n \\x00 \\'"));
    same(QStringLiteral("$$ dollar $tag$ quoting $$"));
    same(QStringLiteral(":placeholder ? $1 %s %1"));
    same(QStringLiteral("E'\\047' U&'\\0041'"));
    same(QStringLiteral("Grüße 🍞 \u200b zero-width, RTL \u202e txet"));
    same(QStringLiteral("line\nbreak\r\nand\ttab"));
    QTest::newRow("nul inside") << QStringLiteral("before") + QChar(u'\0') + QStringLiteral("after")
                                << QStringLiteral("beforeafter");
    QTest::newRow("only nul") << QString(3, QChar(u'\0')) << QString();
}

void TestServerDatabase::hostileTextsRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);
    auto db = testing::openTestDatabase(m_clock);
    QVERIFY(db.ok());
    auto written = (*db)->write([&]() -> Result<void> {
        auto done = (*db)->exec(
            QStringLiteral("INSERT INTO posts (title, body, created_at, updated_at) VALUES "
                           "(:text, :text2, 0, 0)"),
            {{QStringLiteral(":text"), text}, {QStringLiteral(":text2"), text}});
        return done ? success() : Result<void>(done.error());
    });
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));
    auto rows = (*db)->exec(QStringLiteral("SELECT title, body FROM posts WHERE title = :text"),
                            {{QStringLiteral(":text"), text}});
    QVERIFY(rows.ok());
    QVERIFY(rows->next());
    QCOMPARE(rows->value(0).toString(), stored);
    QCOMPARE(rows->value(1).toString(), stored);
    QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM posts"))->toInt(), 1);
}

void TestServerDatabase::copyPlanThereAndBackGivesTheSamePlan()
{
    auto source = Database::openInMemory(m_clock);
    QVERIFY(source.ok());
    for (const QString &statement : fullPlan) {
        auto done = (*source)->exec(statement);
        QVERIFY2(done.ok(), qPrintable(done ? statement : done.error().message));
    }
    auto server = testing::openTestDatabase(m_clock);
    QVERIFY(server.ok());
    auto there = copyPlan(**source, **server);
    QVERIFY2(there.ok(), qPrintable(there ? QString() : there.error().message));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("backup.sqlite"));
    {
        // An interrupted earlier copy left its log behind.
        QFile leftover(path + QStringLiteral(".part-wal"));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("not a log of this copy");
    }
    auto back = copyPlanToFile(**server, path);
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part-wal")));
    auto file = Database::open(path, {}, m_clock);
    QVERIFY2(file.ok(), qPrintable(file ? QString() : file.error().message));

    for (const auto &[table, order] : planTables) {
        const QStringList original = rowsOf(**source, table, order);
        QVERIFY2(!original.isEmpty(), qPrintable(table));
        QCOMPARE(rowsOf(**file, table, order), original);
        QCOMPARE(rowsOf(**server, table, order).size(), original.size());
    }
    // The raw cells arrive as they were, on the server too.
    QCOMPARE((*server)
                 ->scalar(QStringLiteral("SELECT raw_values FROM metric_snapshots WHERE id = 21"))
                 ->toString(),
             QStringLiteral("[\"2023-11-16\",\"1.500\",\"18\",\"Grüße \\\"x\\\"\"]"));
    QCOMPARE((*server)
                 ->scalar(QStringLiteral("SELECT watch_time_seconds FROM metric_snapshots "
                                         "WHERE id = 20"))
                 ->toDouble(),
             12.5);
    // The copied ideas are found by the server's search.
    QCOMPARE((*server)
                 ->scalar(QStringLiteral("SELECT count(*) FROM ideas_search WHERE document @@ "
                                         "to_tsquery('simple', 'sourdough')"))
                 ->toInt(),
             2);

    // New rows continue after the copied ids on the server.
    auto added = (*server)->write([&]() -> Result<void> {
        for (const char *statement :
             {"INSERT INTO posts (body, created_at, updated_at) VALUES ('new', 0, 0)",
              "INSERT INTO ideas (title, created_at, updated_at) VALUES ('new', 0, 0)",
              "INSERT INTO pillars (name, color) VALUES ('New', '#000000')",
              "INSERT INTO tags (name) VALUES ('new')",
              "INSERT INTO posting_slots (weekday, minute_of_day) VALUES (2, 600)",
              "INSERT INTO metric_imports (source_format, file_name, file_sha256, imported_at, "
              "row_count) VALUES ('x', 'x.csv', 'f', 0, 0)",
              "INSERT INTO metric_raw_layouts (columns) VALUES ('[]')",
              "INSERT INTO metric_snapshots (post_id, network_id, captured_at) VALUES (5, "
              "'linkedin', 1)"}) {
            if (auto done = (*server)->exec(QString::fromLatin1(statement)); !done)
                return done.error();
        }
        return success();
    });
    QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
    const QList<QPair<QString, qint64>> nextIds{{QStringLiteral("posts"), 9},
                                                {QStringLiteral("ideas"), 13},
                                                {QStringLiteral("pillars"), 41},
                                                {QStringLiteral("tags"), 10},
                                                {QStringLiteral("posting_slots"), 7},
                                                {QStringLiteral("metric_imports"), 3},
                                                {QStringLiteral("metric_raw_layouts"), 2},
                                                {QStringLiteral("metric_snapshots"), 22}};
    for (const auto &[table, id] : nextIds)
        QCOMPARE(
            (*server)->scalar(QStringLiteral("SELECT max(id) FROM %1").arg(table))->toLongLong(),
            id);
}

void TestServerDatabase::copyPlanRefusesAPlanInUse()
{
    auto source = Database::openInMemory(m_clock);
    QVERIFY(source.ok());
    for (const QString &statement : fullPlan)
        QVERIFY((*source)->exec(statement).ok());
    auto target = testing::openTestDatabase(m_clock);
    QVERIFY(target.ok());
    QVERIFY((*target)
                ->exec(QStringLiteral("INSERT INTO posts (body, created_at, updated_at) VALUES "
                                      "('Ours', 0, 0)"))
                .ok());
    auto itself = copyPlan(**target, **target);
    QVERIFY(!itself.ok());
    QCOMPARE(int(itself.error().kind), int(ErrorKind::InvalidInput));
    auto refused = copyPlan(**source, **target);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().kind), int(ErrorKind::Conflict));
    QVERIFY2(refused.error().message.contains(QLatin1String("posts")),
             qPrintable(refused.error().message));
    QCOMPARE((*target)->scalar(QStringLiteral("SELECT count(*) FROM posts"))->toInt(), 1);
    QCOMPARE((*target)->scalar(QStringLiteral("SELECT count(*) FROM networks"))->toInt(), 10);
}

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"
