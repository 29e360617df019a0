// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli init and check: create, inspect and verify a database file.
#include "commands.h"
#include "common/clock.h"
#include "storage/database.h"
#include "storage/planhealth.h"
#include "storage/planrecovery.h"
#include "storage/schema.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace hearth::cli {

namespace {

int runInit(CliContext &context)
{
    // A new team plan stays empty (no starter ideas yet), so "team push" may still fill it.
    const core::OpenMode mode =
        context.readOnlyRequested() ? core::OpenMode::ReadOnly : core::OpenMode::ReadWrite;
    auto database = context.onServer()
                        ? context.openServerPlan(core::CreateMode::CreateIfMissing, mode)
                        : context.openDatabase(core::CreateMode::CreateIfMissing);
    if (!database)
        return context.fail(database.error());
    const core::Database &db = **database;
    QJsonObject json{{QStringLiteral("path"), QDir::toNativeSeparators(db.path())},
                     {QStringLiteral("schema_version"), db.schemaVersion()}};
    if (!db.migrationBackupPath().isEmpty())
        json.insert(QStringLiteral("migration_backup"), db.migrationBackupPath());
    context.printRows({tr("path"), tr("schema")},
                      {{QDir::toNativeSeparators(db.path()), QString::number(db.schemaVersion())}},
                      json);
    return ExitOk;
}

// A plan that does not open: says why, and names the newest backup that would replace it.
int failToOpen(CliContext &context, const core::Error &error)
{
    QString message = error.message;
    std::optional<core::BackupInfo> backup;
    // A team plan's pages are the server's to check and repair.
    if (!context.onServer() && core::PlanRecovery::isDamage(error)) {
        backup = core::PlanRecovery::newestUsableBackup(context.databasePath(),
                                                        core::SystemClock::instance());
        message += u' ' + core::PlanRecovery::advice(context.databasePath(), backup);
    }
    if (context.format() == OutputFormat::Json) {
        const QString plan =
            context.onServer() ? context.server()->displayText() : context.databasePath();
        QJsonObject json{{QStringLiteral("path"), plan},
                         {QStringLiteral("healthy"), false},
                         {QStringLiteral("error"), core::toString(error.kind)},
                         {QStringLiteral("reason"), message}};
        if (backup)
            json.insert(QStringLiteral("newest_backup"), QDir::toNativeSeparators(backup->path));
        context.printJson(json);
    }
    return context.fail(message);
}

int runCheck(CliContext &context)
{
    // A check never creates or upgrades anything.
    auto database =
        context.onServer()
            ? context.openServerPlan(core::CreateMode::MustExist, core::OpenMode::ReadOnly)
            : context.openFilePlan(core::CreateMode::MustExist, core::OpenMode::ReadOnly);
    if (!database)
        return failToOpen(context, database.error());
    const core::Database &db = **database;
    auto health = core::PlanHealth::of(db);
    if (!health)
        return context.fail(health.error());

    QJsonObject counts;
    QList<QStringList> rows;
    for (const core::TableCount &count : std::as_const(health->counts)) {
        counts.insert(count.table, count.rows);
        rows << QStringList{count.table, QString::number(count.rows)};
    }
    const bool healthy = health->healthy();
    QJsonObject json{{QStringLiteral("path"), QDir::toNativeSeparators(db.path())},
                     {QStringLiteral("healthy"), healthy},
                     {QStringLiteral("schema_version"), health->schemaVersion},
                     {QStringLiteral("code_schema_version"), core::schema::currentVersion()},
                     {QStringLiteral("problems"), QJsonArray::fromStringList(health->problems)},
                     {QStringLiteral("counts"), counts}};
    rows.prepend({tr("schema version"), QString::number(health->schemaVersion)});
    rows.prepend({tr("path"), QDir::toNativeSeparators(db.path())});
    rows << QStringList{tr("integrity"),
                        healthy ? tr("ok") : health->problems.join(QStringLiteral("; "))};
    context.printRows({tr("item"), tr("value")}, rows, json);
    if (!healthy)
        return context.fail(tr("%1 has problems: %2").arg(db.path(), health->problems.first()));
    return ExitOk;
}

} // namespace

Command initCommand()
{
    return Command{.name = QStringLiteral("init"),
                   .summary = tr("create the database, or upgrade its schema"),
                   .description =
                       tr("Create the database (or upgrade it to this version's schema). With "
                          "--server, creates the plan's tables in an empty PostgreSQL "
                          "database you own."),
                   .run = &runInit};
}

Command checkCommand()
{
    return Command{.name = QStringLiteral("check"),
                   .summary = tr("verify integrity, schema version and counts"),
                   .description = tr("Check the database: integrity, schema version and counts. "
                                     "Exits 0 when healthy, 1 when not."),
                   .run = &runCheck};
}

} // namespace hearth::cli
