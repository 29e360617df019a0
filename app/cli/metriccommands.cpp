// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli import metrics and metrics set/show: analytics exports and hand-typed figures.
#include "commands.h"
#include "listen/metricimporter.h"
#include "listen/metricrepository.h"
#include "plan/postrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace hearth::cli {

namespace {

QString metricsUsage()
{
    return tr("Usage: hearth-cli metrics set|show POST_ID --network NETWORK [--reach N …]");
}

QString optionalText(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

// The import summary with its keys in the documented order (QJsonObject would sort them).
QString importJson(const core::MetricImportPreview &preview)
{
    const QJsonObject json = preview.toJson();
    QStringList members;
    for (const char *key : {"format", "rows", "matched", "created", "updated", "unchanged",
                            "skipped", "warnings", "date_order"}) {
        const QJsonValue value = json.value(QLatin1String(key));
        // date_order only for files with numeric dates.
        if (value.isUndefined())
            continue;
        QString encoded;
        if (value.isArray())
            encoded =
                QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else
            // Encode a scalar through a one-element array so strings get JSON escaping.
            encoded =
                QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                    .mid(1)
                    .chopped(1);
        members << QStringLiteral("    \"%1\": %2").arg(QLatin1String(key), encoded);
    }
    return QStringLiteral("{\n") + members.join(QStringLiteral(",\n")) + QStringLiteral("\n}\n");
}

int runImportMetrics(CliContext &context)
{
    const QStringList files = context.positionalArguments();
    if (files.size() != 1)
        return context.fail(
            tr("import metrics takes exactly one FILE; run \"hearth-cli import --help\"."),
            ExitUsage);

    core::MetricImportOptions options;
    const QString sourceText =
        context.value("source").isEmpty() ? QStringLiteral("auto") : context.value("source");
    const auto source = core::metricSourceFromString(sourceText.toLower());
    if (!source)
        return context.fail(
            tr("--source must be one of auto, meta-facebook, meta-instagram, facebook-legacy, x, "
               "linkedin, youtube, generic (not \"%1\").")
                .arg(sourceText),
            ExitUsage);
    options.source = *source;
    const QString encoding = context.value("encoding").toLower();
    if (encoding == QLatin1String("windows-1252") || encoding == QLatin1String("latin-1") ||
        encoding == QLatin1String("latin1") || encoding == QLatin1String("cp1252"))
        options.encoding = core::TextEncoding::Windows1252;
    else if (!encoding.isEmpty() && encoding != QLatin1String("utf-8") &&
             encoding != QLatin1String("utf8"))
        return context.fail(
            tr("--encoding must be utf-8 or windows-1252 (not \"%1\").").arg(encoding), ExitUsage);
    if (context.isSet("time-zone")) {
        const QTimeZone zone(context.value("time-zone").toUtf8());
        if (!zone.isValid())
            return context.fail(
                tr("--time-zone \"%1\" is not a known time zone (try e.g. Europe/Berlin).")
                    .arg(context.value("time-zone")),
                ExitUsage);
        options.timeZone = zone;
    }
    if (context.isSet("date-order")) {
        const auto order = core::dateOrderFromString(context.value("date-order"));
        if (!order)
            return context.fail(tr("--date-order must be mdy, dmy or ymd."), ExitUsage);
        options.dateOrder = *order;
    }
    if (context.isSet("mapping")) {
        QFile mappingFile(context.value("mapping"));
        if (!mappingFile.open(QIODevice::ReadOnly))
            return context.fail(tr("%1: cannot be read: %2")
                                    .arg(mappingFile.fileName(), mappingFile.errorString()));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(mappingFile.readAll(), &error);
        if (!document.isObject())
            return context.fail(
                tr("%1: not a JSON object (%2).").arg(mappingFile.fileName(), error.errorString()));
        auto mapping = core::MetricColumnMapping::fromJson(document.object());
        if (!mapping)
            return context.fail(mappingFile.fileName() + QStringLiteral(": ") +
                                mapping.error().message);
        options.mapping = *mapping;
        if (options.source == core::MetricSource::Auto)
            options.source = core::MetricSource::Generic;
    }

    const bool dryRun = context.isSet("dry-run");
    auto database = context.openDatabase(dryRun ? core::CreateMode::MustExist
                                                : core::CreateMode::CreateIfMissing);
    if (!database)
        return context.fail(database.error());
    core::MetricImporter importer(**database);
    auto result = importer.run(files.first(), options,
                               dryRun ? core::ImportMode::DryRun : core::ImportMode::Commit);
    if (!result)
        return context.fail(result.error());
    if (result->needsMapping)
        return context.fail(
            tr("%1: the columns match no known export (Meta, X, LinkedIn, YouTube) and no mapping "
               "is "
               "remembered for them; pass --mapping FILE (a JSON object naming the columns).")
                .arg(files.first()));

    if (context.format() == OutputFormat::Json) {
        context.out() << importJson(*result);
        context.out().flush();
        return ExitOk;
    }
    QList<QStringList> rows{
        {tr("format"), core::toString(result->format)},
        {tr("rows"), QString::number(result->rows)},
        {tr("matched"), QString::number(result->matched)},
        {tr("created"), QString::number(result->created)},
        {tr("updated"), QString::number(result->updated)},
        {tr("unchanged"), QString::number(result->unchanged)},
        {tr("skipped"), QString::number(result->skipped.size())},
    };
    context.printRows({tr("what"), tr("count")}, rows, result->toJson());
    for (const core::ImportSkip &skip : result->skipped)
        context.note(tr("line %1 skipped: %2").arg(skip.line).arg(skip.reason));
    if (const QString note = result->dateOrderNote(); !note.isEmpty())
        context.note(note + u' ' + tr("(--date-order mdy, dmy or ymd changes it.)"));
    for (const QString &warning : result->warnings)
        context.note(tr("warning: %1").arg(warning));
    if (dryRun)
        context.note(tr("Dry run: nothing was written."));
    return ExitOk;
}

// The figure options of "metrics set": one per count metric, and the watch time. An option's
// name is its metric key with dashes.
QList<Option> figureOptions()
{
    QList<Option> list;
    for (core::CountMetric metric : core::allCountMetrics) {
        const QString key = core::metricKey(metric);
        QString name = key;
        name.replace(u'_', u'-');
        list << Option(name, tr("The %1 figure (a whole number, may be negative).").arg(key),
                       QStringLiteral("N"));
    }
    list << valued("watch-time-seconds", "SECONDS", tr("Watch time in seconds."));
    return list;
}

QJsonObject snapshotJson(const core::MetricSnapshot &snapshot)
{
    QJsonObject json{{QStringLiteral("id"), snapshot.id},
                     {QStringLiteral("post_id"), snapshot.postId},
                     {QStringLiteral("network"), snapshot.networkId},
                     {QStringLiteral("captured_at"), snapshot.capturedAt.toString(Qt::ISODate)},
                     {QStringLiteral("source_line"), jsonOrNull(snapshot.sourceLine)}};
    for (core::CountMetric metric : core::allCountMetrics)
        json.insert(core::metricKey(metric), jsonOrNull(snapshot.value(metric)));
    json.insert(QLatin1String(core::watchTimeKey), jsonOrNull(snapshot.watchTimeSeconds));
    return json;
}

// What "metrics set|show POST_ID --network NETWORK" works on: the post, the network and the
// open plan (created if `create` says so). ExitOk, or the exit code after saying why not.
struct Target final
{
    qint64 postId = 0;
    QString network;
    std::unique_ptr<core::Database> database;
};

int openTarget(CliContext &context, core::CreateMode create, Target &target)
{
    const QStringList arguments = context.arguments();
    bool idOk = false;
    target.postId = arguments.value(0).toLongLong(&idOk);
    if (!idOk || arguments.size() != 1)
        return context.fail(metricsUsage(), ExitUsage);
    target.network = context.value("network");
    if (target.network.isEmpty())
        return context.fail(tr("--network is required (e.g. --network instagram)."), ExitUsage);
    auto database = context.openDatabase(create);
    if (!database)
        return context.fail(database.error());
    target.database = std::move(*database);
    return ExitOk;
}

int runMetricsShow(CliContext &context)
{
    Target target;
    if (const int exitCode = openTarget(context, core::CreateMode::MustExist, target))
        return exitCode;
    auto history = core::MetricRepository(*target.database).history(target.postId, target.network);
    if (!history)
        return context.fail(history.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const core::MetricSnapshot &snapshot : *history) {
        json.append(snapshotJson(snapshot));
        QStringList row{localText(snapshot.capturedAt)};
        for (core::CountMetric metric : core::allCountMetrics)
            row << optionalText(snapshot.value(metric));
        rows << row;
    }
    QStringList headers{tr("captured")};
    for (core::CountMetric metric : core::allCountMetrics)
        headers << core::metricKey(metric);
    context.printRows(headers, rows, json);
    return ExitOk;
}

// The figures given as options; false (after saying why) when one is not a number.
bool readFigures(CliContext &context, core::MetricSnapshot &snapshot)
{
    for (const Option &figure : figureOptions()) {
        if (!context.isSet(figure.longName()))
            continue;
        const QString text = context.value(figure.longName()).trimmed();
        const QString key = figure.longName().replace(u'-', u'_');
        bool ok = false;
        if (key == QLatin1String(core::watchTimeKey)) {
            const double seconds = text.toDouble(&ok);
            if (!ok || seconds < 0) {
                context.fail(
                    tr("--watch-time-seconds needs a number of seconds, not \"%1\".").arg(text),
                    ExitUsage);
                return false;
            }
            snapshot.watchTimeSeconds = seconds;
            continue;
        }
        const qint64 value = text.toLongLong(&ok);
        if (!ok) {
            context.fail(tr("--%1 needs a whole number, not \"%2\".").arg(figure.longName(), text),
                         ExitUsage);
            return false;
        }
        snapshot.setValue(*core::countMetricFromKey(key), value);
    }
    return true;
}

int runMetricsSet(CliContext &context)
{
    Target target;
    if (const int exitCode = openTarget(context, core::CreateMode::CreateIfMissing, target))
        return exitCode;
    core::MetricSnapshot snapshot;
    if (!readFigures(context, snapshot))
        return ExitUsage;
    auto stored = core::MetricRepository(*target.database)
                      .recordManual(target.postId, target.network, snapshot);
    if (!stored)
        return context.fail(stored.error());
    QList<QStringList> rows;
    for (core::CountMetric metric : core::allCountMetrics)
        rows << QStringList{core::metricKey(metric), optionalText(stored->value(metric))};
    context.printRows({tr("figure"), tr("value")}, rows, snapshotJson(*stored));
    return ExitOk;
}

} // namespace

Command importMetricsCommand()
{
    return Command{
        .name = QStringLiteral("metrics"),
        .summary = tr("an analytics export (.csv, .xls, .xlsx or .zip), matched to your posts"),
        .description =
            tr("Import an analytics export: figures per post, matched to the planned posts."),
        .options =
            {valued("source", "SOURCE",
                    tr("The export's layout: auto (default), meta-facebook, meta-instagram, "
                       "facebook-legacy, x, linkedin, youtube or generic.")),
             valued("mapping", "FILE",
                    tr("JSON column mapping for a generic CSV; remembered for its header.")),
             flag("dry-run", tr("Show what would happen; write nothing.")),
             valued("encoding", "ENCODING",
                    tr("utf-8 (default) or windows-1252 to convert a Latin-1 file you checked.")),
             valued("time-zone", "ZONE",
                    tr("Time zone of times written without one (default: this computer's).")),
             valued("date-order", "ORDER",
                    tr("How to read 08-05-2020: mdy, dmy or ymd (default: as the format documents "
                       "it, else as the file shows, else this computer's order)."))},
        .arguments = {{QStringLiteral("FILE"),
                       tr("The analytics export (.csv, .xls, .xlsx or YouTube Studio's .zip).")}},
        .run = &runImportMetrics};
}

Command metricsCommand()
{
    return Command{.name = QStringLiteral("metrics"),
                   .summary = tr("set or show a post's figures on one network"),
                   .description = tr("Record or show a post's figures on one network."),
                   .options = QList<Option>{valued("network", "NETWORK",
                                                   tr("The network the figures belong to."))} +
                              figureOptions(),
                   .arguments = {{QStringLiteral("action"),
                                  tr("set (record figures typed by hand) or show (history).")},
                                 {QStringLiteral("POST_ID"), tr("The post.")}},
                   .subcommands = {action("set", &runMetricsSet), action("show", &runMetricsShow)},
                   .missing = metricsUsage(),
                   .unknown = metricsUsage()};
}

} // namespace hearth::cli
