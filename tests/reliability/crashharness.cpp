// Crash harness: runs Hearth's own write paths in a child process, kills it with SIGKILL at
// random moments, then reopens the database and checks that nothing committed was lost and
// nothing was half applied.
//
//   crashharness [--kills N] [--seed S] [--scenario edit|migrate|all] [--control]
//
// --control turns SQLite's journal off in the child: the harness must then report damage,
// which proves it can see it. Exit code 0 = every check passed (or, with --control, damage found).
#include "clock.h"
#include "database.h"
#include "postrepository.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <csignal>
#include <cstdio>
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

OpenOptions childOptions(bool control)
{
    OpenOptions options;
    options.busyTimeout = std::chrono::milliseconds(2000);
    Q_UNUSED(control);
    return options;
}

void weakenForControl(Database &database)
{
    // No journal and a tiny page cache: a kill mid-transaction leaves half-written pages behind.
    (void)database.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
    (void)database.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    (void)database.exec(QStringLiteral("PRAGMA cache_size = 2"));
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
    auto opened = Database::open(path, childOptions(control), SystemClock::instance());
    if (!opened) {
        std::fprintf(stderr, "child: %s\n", qPrintable(opened.error().message));
        return 3;
    }
    Database &database = **opened;
    if (control)
        weakenForControl(database);
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
    OpenOptions options = childOptions(control);
    options.migrations = migrateSteps();
    options.backup = control ? MigrationBackup::Skip : MigrationBackup::Write;
    if (control) {
        // Open at the current schema first so the journal can be switched off before migrating.
        auto plain = Database::open(path, childOptions(control), SystemClock::instance());
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
        if (scenario == QLatin1String("edit"))
            return childEdit(path, value(QStringLiteral("--seed"), QStringLiteral("1")).toUInt(),
                             control);
        if (scenario == QLatin1String("migrate"))
            return childMigrate(path, control);
        return 2;
    }

    const int kills = value(QStringLiteral("--kills"), QStringLiteral("200")).toInt();
    const quint32 seed = value(QStringLiteral("--seed"), QStringLiteral("20261125")).toUInt();
    const QString scenario = value(QStringLiteral("--scenario"), QStringLiteral("all"));
    std::mt19937 random(seed);
    QTemporaryDir dir;
    const QString editPath = dir.filePath(QStringLiteral("edit.sqlite"));
    const QString migratePath = dir.filePath(QStringLiteral("migrate.sqlite"));

    int survived = 0;
    int damaged = 0;
    QString firstDamage;
    for (int round = 0; round < kills; ++round) {
        const bool migrate = scenario == QLatin1String("migrate") ||
                             (scenario == QLatin1String("all") && round % 4 == 3);
        Verdict verdict;
        if (migrate) {
            const qint64 before = seedMigrationDatabase(migratePath, 150);
            if (before < 0) {
                std::fprintf(stderr, "could not prepare the migration database\n");
                return 2;
            }
            QStringList childArguments{QStringLiteral("--child"), QStringLiteral("migrate"),
                                       QStringLiteral("--db"), migratePath};
            if (control)
                childArguments << QStringLiteral("--control");
            runAndKill(childArguments, 5 + int(random() % 60));
            verdict = verifyMigrate(migratePath, before);
        } else {
            QStringList childArguments{QStringLiteral("--child"), QStringLiteral("edit"),
                                       QStringLiteral("--db"),    editPath,
                                       QStringLiteral("--seed"),  QString::number(random())};
            if (control)
                childArguments << QStringLiteral("--control");
            const QStringList said = runAndKill(childArguments, 20 + int(random() % 120));
            verdict = verifyEdit(editPath, said);
            if (!verdict.ok) {
                // Start the next round from a clean file so one damage is counted once.
                QFile::remove(editPath);
                QFile::remove(editPath + QStringLiteral("-wal"));
                QFile::remove(editPath + QStringLiteral("-shm"));
            }
        }
        if (verdict.ok) {
            ++survived;
        } else {
            ++damaged;
            if (firstDamage.isEmpty())
                firstDamage = verdict.reason;
        }
    }
    std::printf("crash harness: %d kills, %d survived intact, %d damaged%s\n", kills, survived,
                damaged, control ? " (negative control: journal off)" : "");
    if (!firstDamage.isEmpty())
        std::printf("first damage: %s\n", qPrintable(firstDamage));
    if (control)
        return damaged > 0 ? 0 : 1;
    return damaged == 0 ? 0 : 1;
}
