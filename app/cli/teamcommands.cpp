// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli team push and backup of a team plan: moving a whole plan between a file and a
// PostgreSQL server.
#include "commands.h"
#include "common/clock.h"
#include "storage/database.h"
#include "storage/plancopy.h"

#include <QDir>
#include <QJsonObject>

namespace hearth::cli {

namespace {

// What a copy wrote, one row per table.
int printCopied(CliContext &context, const QString &from, const core::Database &copy)
{
    auto counts = core::planRowCounts(copy);
    if (!counts)
        return context.fail(counts.error());
    QJsonObject tables;
    QList<QStringList> rows;
    for (const core::TableCount &count : std::as_const(*counts)) {
        tables.insert(count.table, count.rows);
        rows << QStringList{count.table, QString::number(count.rows)};
    }
    const QString to = QDir::toNativeSeparators(copy.path());
    context.printRows({tr("table"), tr("rows")}, rows,
                      QJsonObject{{QStringLiteral("from"), from},
                                  {QStringLiteral("to"), to},
                                  {QStringLiteral("tables"), tables}});
    if (context.format() == OutputFormat::Table)
        context.note(tr("Copied %1 to %2.").arg(from, to));
    return ExitOk;
}

int runPush(CliContext &context)
{
    if (!context.onServer())
        return context.fail(tr("team push needs the team plan to fill: --server URI."), ExitUsage);
    if (!context.positionalArguments().isEmpty())
        return context.fail(tr("team push takes no arguments; name the local plan with --db FILE."),
                            ExitUsage);
    if (context.readOnlyRequested())
        return context.fail(tr("team push writes the team plan; it cannot run with --read-only."),
                            ExitUsage);
    auto local = context.openFilePlan(core::CreateMode::MustExist, core::OpenMode::ReadWrite);
    if (!local)
        return context.fail(local.error());
    // An empty database gets its schema here, so "init" first is not needed.
    auto team =
        context.openServerPlan(core::CreateMode::CreateIfMissing, core::OpenMode::ReadWrite);
    if (!team)
        return context.fail(team.error());
    if (auto copied = core::copyPlan(**local, **team); !copied)
        return context.fail(copied.error());
    return printCopied(context, QDir::toNativeSeparators((*local)->path()), **team);
}

} // namespace

int runTeamBackup(CliContext &context)
{
    if (context.positionalArguments().size() != 1)
        return context.fail(tr("a team plan is backed up into a file you name: \"hearth-cli "
                               "--server URI backup plan.sqlite\". The server's own backups "
                               "(pg_dump) are its administrator's."),
                            ExitUsage);
    if (context.isSet("keep"))
        return context.fail(tr("--keep counts the backups kept beside a plan file; a team plan "
                               "has none."),
                            ExitUsage);
    auto team = context.openServerPlan(core::CreateMode::MustExist, core::OpenMode::ReadOnly);
    if (!team)
        return context.fail(team.error());
    const QString path = context.positionalArguments().constFirst();
    if (auto copied = core::copyPlanToFile(**team, path); !copied)
        return context.fail(copied.error());
    // Counted in the file itself, which also shows that it opens.
    core::OpenOptions options;
    options.create = core::CreateMode::MustExist;
    options.mode = core::OpenMode::ReadOnly;
    auto file = core::Database::open(path, options, core::SystemClock::instance());
    if (!file)
        return context.fail(file.error());
    return printCopied(context, (*team)->path(), **file);
}

Command teamCommand()
{
    Command push{.name = QStringLiteral("push"),
                 .summary = tr("copy the local plan into an empty team plan"),
                 .description = tr("Copy the whole local plan (--db FILE, or the default one) "
                                   "into the empty team plan named by --server URI, in one "
                                   "transaction, and print the rows copied per table. Creates "
                                   "the team plan's tables when the database has none."),
                 .run = &runPush};
    push.readsFileIntoServer = true;
    Command team{.name = QStringLiteral("team"),
                 .summary = tr("move a plan to a team's PostgreSQL server")};
    team.style = SubcommandStyle::Group;
    team.subcommands = {push};
    team.usage = tr("Usage: hearth-cli team push --server URI [--db FILE]\n\nCommands:\n");
    team.footer = tr("\nRun \"hearth-cli team COMMAND --help\" for its options.\n");
    team.unknown = tr("hearth-cli: team knows no command \"%1\".\n");
    team.nameWidth = 8;
    return team;
}

} // namespace hearth::cli
