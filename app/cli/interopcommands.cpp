// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli export, import posts|ics, backup and restore: the plan in and out of other tools.
#include "commands.h"
#include "common/clock.h"
#include "interop/bulkpostparser.h"
#include "interop/csvexporter.h"
#include "interop/feedwriter.h"
#include "interop/icsexporter.h"
#include "interop/icsimporter.h"
#include "interop/postimport.h"
#include "storage/backupservice.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace hearth::cli {

namespace {

// A date (the whole day, local time) or an ISO date-time; `endOfDay` moves a date to its end.
std::optional<QDateTime> parseBound(const QString &text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0)).toUTC();
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid())
        return time.toUTC();
    return std::nullopt;
}

QJsonObject previewJson(const core::ImportPreview &preview)
{
    QJsonArray problems;
    for (const core::ImportIssue &issue : preview.issues) {
        QJsonObject entry{{QStringLiteral("severity"), issue.severity == core::IssueSeverity::Error
                                                           ? QStringLiteral("error")
                                                           : QStringLiteral("warning")},
                          {QStringLiteral("message"), issue.message}};
        if (issue.line > 0)
            entry.insert(QStringLiteral("line"), issue.line);
        if (!issue.field.isEmpty())
            entry.insert(QStringLiteral("field"), issue.field);
        problems.append(entry);
    }
    QJsonArray duplicates;
    for (const core::ImportRow &row : preview.rows) {
        if (!row.isDuplicate())
            continue;
        QJsonObject entry{{QStringLiteral("line"), row.line}};
        if (row.duplicateOfPost)
            entry.insert(QStringLiteral("duplicate_of_post"), *row.duplicateOfPost);
        if (row.duplicateOfLine)
            entry.insert(QStringLiteral("duplicate_of_line"), *row.duplicateOfLine);
        duplicates.append(entry);
    }
    return QJsonObject{{QStringLiteral("file"), preview.source},
                       {QStringLiteral("format"), preview.format},
                       {QStringLiteral("rows"), preview.rows.size()},
                       {QStringLiteral("new"), preview.newCount()},
                       {QStringLiteral("duplicates"), preview.duplicateCount()},
                       {QStringLiteral("errors"), preview.errorCount()},
                       {QStringLiteral("warnings"), preview.warningCount()},
                       {QStringLiteral("problems"), problems},
                       {QStringLiteral("skipped_rows"), duplicates}};
}

// Shows the preview, then (unless a dry run) imports it after a backup; exit 1 on any error.
int finishImport(CliContext &context, core::Database &db, const core::ImportPreview &preview,
                 bool dryRun)
{
    QJsonObject json = previewJson(preview);
    json.insert(QStringLiteral("dry_run"), dryRun);
    const QStringList problems = preview.describeIssues();
    int exitCode = preview.hasErrors() ? ExitFailure : ExitOk;
    if (!preview.hasErrors() && !dryRun) {
        // A team plan has no backup folder; its import is one transaction on the server.
        core::BackupService backups(db);
        auto summary =
            core::PostImportWriter(db).commit(preview, db.isServer() ? nullptr : &backups);
        if (!summary) {
            json.insert(QStringLiteral("error"), summary.error().message);
            exitCode = ExitFailure;
        } else {
            json.insert(QStringLiteral("created"), summary->created);
            json.insert(QStringLiteral("skipped"), summary->skipped);
            json.insert(QStringLiteral("backup"), QDir::toNativeSeparators(summary->backupPath));
            if (auto feed = core::FeedWriter(db).refresh(); !feed)
                context.note(tr("The calendar feed was not updated: %1").arg(feed.error().message));
        }
    } else {
        json.insert(QStringLiteral("created"), 0);
        json.insert(QStringLiteral("skipped"), preview.hasErrors()
                                                   ? static_cast<int>(preview.rows.size())
                                                   : preview.duplicateCount());
    }
    if (context.format() == OutputFormat::Json) {
        context.printJson(json);
    } else {
        QList<QStringList> rows;
        for (const core::ImportIssue &issue : preview.issues)
            rows << QStringList{
                issue.line > 0 ? QString::number(issue.line) : QString(), issue.field,
                issue.severity == core::IssueSeverity::Error ? tr("error") : tr("warning"),
                issue.message};
        for (const core::ImportRow &row : preview.rows) {
            if (row.isDuplicate())
                rows << QStringList{
                    QString::number(row.line), QString(), tr("skipped"),
                    row.duplicateOfPost
                        ? tr("already planned as post %1").arg(*row.duplicateOfPost)
                        : tr("repeats line %1").arg(row.duplicateOfLine.value_or(0))};
        }
        if (!rows.isEmpty())
            context.printRows({tr("line"), tr("field"), tr("kind"), tr("message")}, rows, json);
        context.note(
            tr("%1: %2 row(s), %3 new, %4 duplicate(s), %5 error(s), %6 warning(s); %7 created.")
                .arg(preview.source)
                .arg(preview.rows.size())
                .arg(preview.newCount())
                .arg(preview.duplicateCount())
                .arg(preview.errorCount())
                .arg(preview.warningCount())
                .arg(json.value(QStringLiteral("created")).toInt()));
    }
    if (preview.hasErrors())
        return context.fail(tr("nothing was imported; %1").arg(problems.value(0)));
    if (exitCode != ExitOk)
        return context.fail(json.value(QStringLiteral("error")).toString());
    return exitCode;
}

int runExport(CliContext &context)
{
    const QStringList positional = context.positionalArguments();
    if (positional.size() != 2 ||
        (positional.at(0) != QLatin1String("ics") && positional.at(0) != QLatin1String("csv")))
        return context.fail(
            tr("give the kind (ics or csv) and the file, e.g. \"hearth-cli export ics plan.ics\"."),
            ExitUsage);
    core::ExportFilter filter;
    if (context.isSet("from")) {
        const auto bound = parseBound(context.value("from"), false);
        if (!bound)
            return context.fail(
                tr("--from \"%1\" is not a date (YYYY-MM-DD).").arg(context.value("from")),
                ExitUsage);
        filter.from = *bound;
    }
    if (context.isSet("to")) {
        const auto bound = parseBound(context.value("to"), true);
        if (!bound)
            return context.fail(
                tr("--to \"%1\" is not a date (YYYY-MM-DD).").arg(context.value("to")), ExitUsage);
        filter.to = *bound;
    }
    filter.networks = context.values("network");
    auto database = context.openDatabase(core::CreateMode::MustExist);
    if (!database)
        return context.fail(database.error());
    const QString path = positional.at(1);
    const bool ics = positional.at(0) == QLatin1String("ics");
    auto written =
        ics ? core::IcsExporter(**database).exportToFile(path, filter)
            : core::CsvExporter(**database)
                  .exportToFile(path, filter, core::CsvExportOptions{context.isSet("bom")});
    if (!written)
        return context.fail(written.error());
    const QJsonObject json{
        {QStringLiteral("file"), QDir::toNativeSeparators(path)},
        {QStringLiteral("format"), positional.at(0)},
        {QStringLiteral("posts"), written->posts},
        {ics ? QStringLiteral("events") : QStringLiteral("rows"), written->entries}};
    context.printRows({tr("file"), tr("posts"), ics ? tr("events") : tr("rows")},
                      {{QDir::toNativeSeparators(path), QString::number(written->posts),
                        QString::number(written->entries)}},
                      json);
    return ExitOk;
}

// --map FIELD=Column entries into the generic layout's mapping; false on an unknown field.
bool applyColumnMap(const QStringList &entries, core::BulkImportOptions &options, QString &bad)
{
    for (const QString &entry : entries) {
        const QString field = entry.section(u'=', 0, 0).trimmed().toLower();
        const QString column = entry.section(u'=', 1).trimmed();
        QString *target = field == QLatin1String("datetime")   ? &options.mapping.dateTime
                          : field == QLatin1String("date")     ? &options.mapping.date
                          : field == QLatin1String("time")     ? &options.mapping.time
                          : field == QLatin1String("text")     ? &options.mapping.text
                          : field == QLatin1String("title")    ? &options.mapping.title
                          : field == QLatin1String("link")     ? &options.mapping.link
                          : field == QLatin1String("networks") ? &options.mapping.networks
                          : field == QLatin1String("tags")     ? &options.mapping.tags
                          : field == QLatin1String("pillar")   ? &options.mapping.pillar
                          : field == QLatin1String("status")   ? &options.mapping.status
                                                               : nullptr;
        if (!target || column.isEmpty()) {
            bad = entry;
            return false;
        }
        *target = column;
    }
    return true;
}

int runImportPosts(CliContext &context)
{
    if (context.positionalArguments().size() != 1)
        return context.fail(tr("give one CSV file."), ExitUsage);
    core::BulkImportOptions options;
    const auto chosenLayout = core::bulkLayoutFromString(context.value("layout"));
    if (!chosenLayout)
        return context.fail(
            tr("--layout must be hootsuite, buffer, publer, metricool, sprout or generic."),
            ExitUsage);
    options.layout = *chosenLayout;
    const auto chosenOrder = core::dateOrderFromString(context.value("date-order"));
    if (!chosenOrder)
        return context.fail(tr("--date-order must be mdy, dmy or ymd."), ExitUsage);
    options.dateOrder = *chosenOrder;
    if (context.isSet("time-zone")) {
        options.timeZone = QTimeZone(context.value("time-zone").toUtf8());
        if (!options.timeZone.isValid())
            return context.fail(
                tr("--time-zone \"%1\" is unknown; use an id such as Europe/Berlin.")
                    .arg(context.value("time-zone")),
                ExitUsage);
    }
    options.networks = context.values("network");
    options.mapping.dateFormat = context.value("date-format");
    if (QString bad; !applyColumnMap(context.values("map"), options, bad))
        return context.fail(tr("--map \"%1\" is not FIELD=Column with a known field.").arg(bad),
                            ExitUsage);
    auto database = context.openDatabase(core::CreateMode::MustExist);
    if (!database)
        return context.fail(database.error());
    auto preview =
        core::BulkPostParser(**database).parseFile(context.positionalArguments().first(), options);
    if (!preview)
        return context.fail(preview.error());
    return finishImport(context, **database, *preview, context.isSet("dry-run"));
}

int runImportIcs(CliContext &context)
{
    if (context.positionalArguments().size() != 1)
        return context.fail(tr("give one .ics file."), ExitUsage);
    core::IcsImportOptions options;
    const QString choice = context.value("status");
    if (choice == QLatin1String("file"))
        options.status = core::IcsStatusChoice::FromFile;
    else if (choice == QLatin1String("draft"))
        options.status = core::IcsStatusChoice::AllDrafts;
    else if (choice == QLatin1String("scheduled"))
        options.status = core::IcsStatusChoice::AllScheduled;
    else
        return context.fail(tr("--status must be file, draft or scheduled."), ExitUsage);
    options.defaultNetworks = context.values("network");
    if (context.isSet("time-zone")) {
        options.timeZone = QTimeZone(context.value("time-zone").toUtf8());
        if (!options.timeZone.isValid())
            return context.fail(
                tr("--time-zone \"%1\" is unknown.").arg(context.value("time-zone")), ExitUsage);
    }
    auto database = context.openDatabase(core::CreateMode::MustExist);
    if (!database)
        return context.fail(database.error());
    auto preview =
        core::IcsImporter(**database).parseFile(context.positionalArguments().first(), options);
    if (!preview)
        return context.fail(preview.error());
    return finishImport(context, **database, *preview, context.isSet("dry-run"));
}

int runBackup(CliContext &context)
{
    if (context.onServer())
        return runTeamBackup(context);
    if (context.positionalArguments().size() > 1)
        return context.fail(tr("give at most one file."), ExitUsage);
    auto database = context.openDatabase(core::CreateMode::MustExist);
    if (!database)
        return context.fail(database.error());
    core::BackupService backups(**database);
    if (context.isSet("keep")) {
        bool ok = false;
        const int count = context.value("keep").toInt(&ok);
        if (!ok)
            return context.fail(tr("--keep needs a number."), ExitUsage);
        if (auto stored = backups.setKeepCount(count); !stored)
            return context.fail(stored.error());
    }
    QString path;
    if (context.positionalArguments().isEmpty()) {
        auto written = backups.backupNow(core::BackupReason::Manual);
        if (!written)
            return context.fail(written.error());
        path = written->path;
    } else {
        path = context.positionalArguments().first();
        if (auto written = backups.exportWholePlan(path); !written)
            return context.fail(written.error());
    }
    const qint64 size = QFileInfo(path).size();
    context.printRows({tr("backup"), tr("bytes"), tr("kept")},
                      {{QDir::toNativeSeparators(path), QString::number(size),
                        QString::number(backups.keepCount())}},
                      QJsonObject{{QStringLiteral("path"), QDir::toNativeSeparators(path)},
                                  {QStringLiteral("bytes"), size},
                                  {QStringLiteral("keep"), backups.keepCount()}});
    return ExitOk;
}

int runRestore(CliContext &context)
{
    if (context.positionalArguments().size() != 1)
        return context.fail(tr("give the backup file to restore."), ExitUsage);
    const QString backup = context.positionalArguments().first();
    if (context.readOnlyRequested())
        return context.fail(tr("restore replaces the plan; it cannot run with --read-only."),
                            ExitUsage);
    if (context.onServer())
        return context.fail(tr("restore replaces a plan file. A team plan is restored by its "
                               "server's administrator (pg_restore), or copy the backup into "
                               "an empty database with \"hearth-cli team push --db FILE "
                               "--server URI\"."),
                            ExitUsage);
    core::Result<core::RestoreResult> restored =
        core::Error::make(core::ErrorKind::Internal, QString());
    auto database = context.openDatabase(core::CreateMode::MustExist);
    if (database) {
        core::BackupService backups(**database);
        restored = backups.restore(backup);
        if (restored)
            (void)core::FeedWriter(**database).refresh();
    } else if (database.error().kind == core::ErrorKind::Corrupt ||
               database.error().kind == core::ErrorKind::NotADatabase ||
               database.error().kind == core::ErrorKind::NotFound) {
        // A plan too damaged to open (or gone) is replaced file by file.
        restored = core::BackupService::restoreFile(backup, context.databasePath(),
                                                    core::SystemClock::instance());
    } else {
        return context.fail(database.error());
    }
    if (!restored)
        return context.fail(restored.error());
    context.printRows(
        {tr("restored from"), tr("previous plan kept at")},
        {{QDir::toNativeSeparators(restored->restoredFrom),
          QDir::toNativeSeparators(restored->keptAside)}},
        QJsonObject{
            {QStringLiteral("restored_from"), QDir::toNativeSeparators(restored->restoredFrom)},
            {QStringLiteral("kept_aside"), QDir::toNativeSeparators(restored->keptAside)}});
    return ExitOk;
}

Option dryRunOption()
{
    return flag("dry-run", tr("Only check the file and show what would happen."));
}

Argument fileArgument(const QString &description, const QString &syntax = QString())
{
    return Argument{QStringLiteral("file"), description, syntax};
}

} // namespace

Command exportCommand()
{
    return Command{
        .name = QStringLiteral("export"),
        .summary = tr("export posts as ics (calendar) or csv (with metrics)"),
        .description = tr("Export the plan as an iCalendar file or as CSV with current metrics."),
        .options = {valued("from", "DATE", tr("First day (YYYY-MM-DD, local) or ISO date-time.")),
                    valued("to", "DATE", tr("Last day (inclusive) or ISO date-time (exclusive).")),
                    valued("network", "ID", tr("Only this network (repeat for several).")),
                    flag("bom", tr("CSV: start with a byte order mark for spreadsheets."))},
        .arguments = {{QStringLiteral("kind"), tr("ics or csv")},
                      fileArgument(tr("The file to write (replaced only when complete)."))},
        .run = &runExport};
}

Command importPostsCommand()
{
    return Command{
        .name = QStringLiteral("posts"),
        .summary = tr("planned posts from a scheduler's bulk CSV"),
        .description =
            tr("Import planned posts from another scheduler's bulk-upload CSV. All rows or "
               "none; rows already in the plan are skipped."),
        .options = {valued("layout", "NAME",
                           tr("hootsuite, buffer, publer, metricool, sprout or generic.")),
                    valued("date-order", "ORDER", tr("How to read 03/04/2031: mdy, dmy or ymd."),
                           "mdy"),
                    valued("network", "ID",
                           tr("Network for every post (repeat for several; Metricool rows name "
                              "their own).")),
                    valued("time-zone", "IANA-ID",
                           tr("Zone of the file's times (default: this computer's).")),
                    valued(
                        "map", "FIELD=COLUMN",
                        tr("generic: FIELD=Column, FIELD one of datetime, date, time, text, title, "
                           "link, networks, tags, pillar, status (repeat).")),
                    valued("date-format", "FORMAT",
                           tr("generic: a date format such as dd.MM.yyyy HH:mm.")),
                    dryRunOption()},
        .arguments = {fileArgument(tr("The CSV file."))},
        .run = &runImportPosts};
}

Command importIcsCommand()
{
    return Command{
        .name = QStringLiteral("ics"),
        .summary = tr("a calendar (.ics) made elsewhere, as drafts or scheduled posts"),
        .description =
            tr("Import a content calendar (.ics) as posts. All events or none; events already "
               "in the plan are skipped."),
        .options =
            {valued("status", "CHOICE", tr("file (from the events), draft or scheduled."), "file"),
             valued("network", "ID", tr("Network for events that name none (repeat for several).")),
             valued("time-zone", "IANA-ID", tr("Zone for floating times and all-day events.")),
             dryRunOption()},
        .arguments = {fileArgument(tr("The .ics file."))},
        .run = &runImportIcs};
}

Command backupCommand()
{
    return Command{
        .name = QStringLiteral("backup"),
        .summary = tr("back up the plan, or export it whole to FILE"),
        .description =
            tr("Back up the plan with SQLite's backup API, into the backups folder beside the "
               "database (or to FILE). With --server, writes the whole team plan to the SQLite "
               "FILE, which Hearth opens offline, and prints the rows per table."),
        .options = {valued("keep", "N", tr("Keep this many backups of each kind from now on."))},
        .arguments = {fileArgument(
            tr("Write the whole plan to FILE instead of the backups folder."),
            QStringLiteral("[FILE]"))},
        .run = &runBackup};
}

Command restoreCommand()
{
    return Command{
        .name = QStringLiteral("restore"),
        .summary = tr("replace the plan with a checked backup (undoable)"),
        .description =
            tr("Replace the plan with a backup after checking its integrity and schema. The "
               "current plan is kept aside; restore that file to undo."),
        .arguments = {fileArgument(tr("The backup (or whole-plan file) to restore."))},
        .run = &runRestore};
}

} // namespace hearth::cli
