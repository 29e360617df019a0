// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli init and check: create, inspect and verify a database file.
#include "commands.h"
#include "common/clock.h"
#include "storage/database.h"
#include "storage/planrecovery.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace hearth::cli {

namespace {

// Gives the command's strings one translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hearth_cli)
};

} // namespace

int runInit(CliContext &context)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!context.parse(parser,
                       Text::tr("Create the database (or upgrade it to this version's schema)."),
                       exitCode))
        return exitCode;
    auto database = context.openDatabase(core::CreateMode::CreateIfMissing);
    if (!database)
        return context.fail(database.error());
    const core::Database &db = **database;
    QJsonObject json{{QStringLiteral("path"), QDir::toNativeSeparators(db.path())},
                     {QStringLiteral("schema_version"), db.schemaVersion()}};
    if (!db.migrationBackupPath().isEmpty())
        json.insert(QStringLiteral("migration_backup"), db.migrationBackupPath());
    context.printRows({Text::tr("path"), Text::tr("schema")},
                      {{QDir::toNativeSeparators(db.path()), QString::number(db.schemaVersion())}},
                      json);
    return ExitOk;
}

int runCheck(CliContext &context)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!context.parse(parser,
                       Text::tr("Check the database: integrity, schema version and counts. "
                                "Exits 0 when healthy, 1 when not."),
                       exitCode))
        return exitCode;
    // A check never creates or upgrades anything.
    core::OpenOptions options;
    options.create = core::CreateMode::MustExist;
    options.mode = core::OpenMode::ReadOnly;
    auto database =
        core::Database::open(context.databasePath(), options, core::SystemClock::instance());
    if (!database) {
        // A damaged plan: name the newest backup that would replace it, and how.
        QString message = database.error().message;
        std::optional<core::BackupInfo> backup;
        if (core::PlanRecovery::isDamage(database.error())) {
            backup = core::PlanRecovery::newestUsableBackup(context.databasePath(),
                                                            core::SystemClock::instance());
            message += u' ' + core::PlanRecovery::advice(context.databasePath(), backup);
        }
        if (context.format() == OutputFormat::Json) {
            QJsonObject json{{QStringLiteral("path"), context.databasePath()},
                             {QStringLiteral("healthy"), false},
                             {QStringLiteral("error"), core::toString(database.error().kind)},
                             {QStringLiteral("reason"), message}};
            if (backup)
                json.insert(QStringLiteral("newest_backup"),
                            QDir::toNativeSeparators(backup->path));
            context.printJson(json);
        }
        return context.fail(message);
    }
    const core::Database &db = **database;
    auto problems = db.integrityProblems();
    if (!problems)
        return context.fail(problems.error());

    QJsonObject counts;
    QList<QStringList> rows;
    for (const char *table :
         {"posts", "ideas", "networks", "pillars", "tags", "metric_snapshots", "posting_slots"}) {
        const QString name = QString::fromLatin1(table);
        auto count = db.scalar(QStringLiteral("SELECT count(*) FROM ") + name);
        if (!count)
            return context.fail(count.error());
        counts.insert(name, count->toLongLong());
        rows << QStringList{name, count->toString()};
    }
    const bool healthy = problems->isEmpty();
    QJsonObject json{{QStringLiteral("path"), QDir::toNativeSeparators(db.path())},
                     {QStringLiteral("healthy"), healthy},
                     {QStringLiteral("schema_version"), db.schemaVersion()},
                     {QStringLiteral("code_schema_version"), core::schema::currentVersion()},
                     {QStringLiteral("problems"), QJsonArray::fromStringList(*problems)},
                     {QStringLiteral("counts"), counts}};
    rows.prepend({Text::tr("schema version"), QString::number(db.schemaVersion())});
    rows.prepend({Text::tr("path"), QDir::toNativeSeparators(db.path())});
    rows << QStringList{Text::tr("integrity"),
                        healthy ? Text::tr("ok") : problems->join(QStringLiteral("; "))};
    context.printRows({Text::tr("item"), Text::tr("value")}, rows, json);
    if (!healthy)
        return context.fail(Text::tr("%1 has problems: %2").arg(db.path(), problems->first()));
    return ExitOk;
}

} // namespace hearth::cli
