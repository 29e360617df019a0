// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli import metrics and metrics set/show: analytics exports and hand-typed figures.
#include "commands.h"
#include "listen/metricimporter.h"
#include "listen/metricrepository.h"
#include "plan/postrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace hearth::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth_cli", text);
}

QJsonValue optionalJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
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
    for (const char *key :
         {"format", "rows", "matched", "created", "updated", "unchanged", "skipped", "warnings"}) {
        const QJsonValue value = json.value(QLatin1String(key));
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

int importMetrics(CliContext &context, QCommandLineParser &parser, const QStringList &files)
{
    const QCommandLineOption sourceOption(QStringLiteral("source"), QString(),
                                          QStringLiteral("SOURCE"));
    const QCommandLineOption mappingOption(QStringLiteral("mapping"), QString(),
                                           QStringLiteral("FILE"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), QString());
    const QCommandLineOption encodingOption(QStringLiteral("encoding"), QString(),
                                            QStringLiteral("ENCODING"));
    const QCommandLineOption zoneOption(QStringLiteral("time-zone"), QString(),
                                        QStringLiteral("ZONE"));
    if (files.size() != 1)
        return context.fail(
            tr("import metrics takes exactly one FILE; run \"hearth-cli import --help\"."),
            ExitUsage);

    core::MetricImportOptions options;
    const QString sourceText =
        parser.value(sourceOption).isEmpty() ? QStringLiteral("auto") : parser.value(sourceOption);
    const auto source = core::metricSourceFromString(sourceText.toLower());
    if (!source)
        return context.fail(
            tr("--source must be one of auto, meta-facebook, meta-instagram, facebook-legacy, x, "
               "linkedin, youtube, generic (not \"%1\").")
                .arg(sourceText),
            ExitUsage);
    options.source = *source;
    const QString encoding = parser.value(encodingOption).toLower();
    if (encoding == QLatin1String("windows-1252") || encoding == QLatin1String("latin-1") ||
        encoding == QLatin1String("latin1") || encoding == QLatin1String("cp1252"))
        options.encoding = core::TextEncoding::Windows1252;
    else if (!encoding.isEmpty() && encoding != QLatin1String("utf-8") &&
             encoding != QLatin1String("utf8"))
        return context.fail(
            tr("--encoding must be utf-8 or windows-1252 (not \"%1\").").arg(encoding), ExitUsage);
    if (parser.isSet(zoneOption)) {
        const QTimeZone zone(parser.value(zoneOption).toUtf8());
        if (!zone.isValid())
            return context.fail(
                tr("--time-zone \"%1\" is not a known time zone (try e.g. Europe/Berlin).")
                    .arg(parser.value(zoneOption)),
                ExitUsage);
        options.timeZone = zone;
    }
    if (parser.isSet(mappingOption)) {
        QFile mappingFile(parser.value(mappingOption));
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

    const bool dryRun = parser.isSet(dryRunOption);
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
    for (const QString &warning : result->warnings)
        context.note(tr("warning: %1").arg(warning));
    if (dryRun)
        context.note(tr("Dry run: nothing was written."));
    return ExitOk;
}

// The figure options shared by "metrics set".
struct FigureOption
{
    QString key;
    QCommandLineOption option;
};

QList<FigureOption> figureOptions()
{
    QList<FigureOption> list;
    for (core::CountMetric metric : core::allCountMetrics) {
        const QString key = core::metricKey(metric);
        QString name = key;
        name.replace(u'_', u'-');
        list << FigureOption{
            key, QCommandLineOption(name,
                                    tr("The %1 figure (a whole number, may be negative).").arg(key),
                                    QStringLiteral("N"))};
    }
    list << FigureOption{QString::fromLatin1(core::watchTimeKey),
                         QCommandLineOption(QStringLiteral("watch-time-seconds"),
                                            tr("Watch time in seconds."),
                                            QStringLiteral("SECONDS"))};
    return list;
}

QJsonObject snapshotJson(const core::MetricSnapshot &snapshot)
{
    QJsonObject json{{QStringLiteral("id"), snapshot.id},
                     {QStringLiteral("post_id"), snapshot.postId},
                     {QStringLiteral("network"), snapshot.networkId},
                     {QStringLiteral("captured_at"), snapshot.capturedAt.toString(Qt::ISODate)},
                     {QStringLiteral("source_line"), optionalJson(snapshot.sourceLine)}};
    for (core::CountMetric metric : core::allCountMetrics)
        json.insert(core::metricKey(metric), optionalJson(snapshot.value(metric)));
    json.insert(QLatin1String(core::watchTimeKey), snapshot.watchTimeSeconds
                                                       ? QJsonValue(*snapshot.watchTimeSeconds)
                                                       : QJsonValue(QJsonValue::Null));
    return json;
}

} // namespace

int runImportMetrics(CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The analytics export (.csv or LinkedIn .xls)."));
    parser.addOption(QCommandLineOption(QStringLiteral("source"),
                                        tr("The export's layout: auto (default), meta-facebook, "
                                           "meta-instagram, facebook-legacy, x, linkedin, "
                                           "youtube or generic."),
                                        QStringLiteral("SOURCE")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("mapping"),
                           tr("JSON column mapping for a generic CSV; remembered for its header."),
                           QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                        tr("Show what would happen; write nothing.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("encoding"),
        tr("utf-8 (default) or windows-1252 to convert a Latin-1 file you checked."),
        QStringLiteral("ENCODING")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("time-zone"),
                           tr("Time zone of times written without one (default: this computer's)."),
                           QStringLiteral("ZONE")));
    int exitCode = ExitOk;
    if (!context.parse(
            parser,
            tr("Import an analytics export: figures per post, matched to the planned posts."),
            exitCode))
        return exitCode;
    return importMetrics(context, parser, parser.positionalArguments());
}

int runMetrics(CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("set (record figures typed by hand) or show (history)."));
    parser.addPositionalArgument(QStringLiteral("POST_ID"), tr("The post."));
    const QCommandLineOption networkOption(QStringLiteral("network"),
                                           tr("The network the figures belong to."),
                                           QStringLiteral("NETWORK"));
    parser.addOption(networkOption);
    const QList<FigureOption> figures = figureOptions();
    for (const FigureOption &figure : figures)
        parser.addOption(figure.option);
    int exitCode = ExitOk;
    if (!context.parse(parser, tr("Record or show a post's figures on one network."), exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    bool idOk = false;
    const qint64 postId = positional.value(1).toLongLong(&idOk);
    if ((action != QLatin1String("set") && action != QLatin1String("show")) || !idOk ||
        positional.size() != 2)
        return context.fail(
            tr("Usage: hearth-cli metrics set|show POST_ID --network NETWORK [--reach N …]"),
            ExitUsage);
    const QString network = parser.value(networkOption);
    if (network.isEmpty())
        return context.fail(tr("--network is required (e.g. --network instagram)."), ExitUsage);

    auto database =
        context.openDatabase(action == QLatin1String("set") ? core::CreateMode::CreateIfMissing
                                                            : core::CreateMode::MustExist);
    if (!database)
        return context.fail(database.error());
    core::MetricRepository repository(**database);

    if (action == QLatin1String("show")) {
        auto history = repository.history(postId, network);
        if (!history)
            return context.fail(history.error());
        QJsonArray json;
        QList<QStringList> rows;
        for (const core::MetricSnapshot &snapshot : *history) {
            json.append(snapshotJson(snapshot));
            QStringList row{
                snapshot.capturedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
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

    core::MetricSnapshot snapshot;
    for (const FigureOption &figure : figures) {
        if (!parser.isSet(figure.option))
            continue;
        const QString text = parser.value(figure.option).trimmed();
        bool ok = false;
        if (figure.key == QLatin1String(core::watchTimeKey)) {
            const double seconds = text.toDouble(&ok);
            if (!ok || seconds < 0)
                return context.fail(
                    tr("--watch-time-seconds needs a number of seconds, not \"%1\".").arg(text),
                    ExitUsage);
            snapshot.watchTimeSeconds = seconds;
            continue;
        }
        const qint64 value = text.toLongLong(&ok);
        if (!ok)
            return context.fail(tr("--%1 needs a whole number, not \"%2\".")
                                    .arg(figure.option.names().first(), text),
                                ExitUsage);
        snapshot.setValue(*core::countMetricFromKey(figure.key), value);
    }
    auto stored = repository.recordManual(postId, network, snapshot);
    if (!stored)
        return context.fail(stored.error());
    QList<QStringList> rows;
    for (core::CountMetric metric : core::allCountMetrics)
        rows << QStringList{core::metricKey(metric), optionalText(stored->value(metric))};
    context.printRows({tr("figure"), tr("value")}, rows, snapshotJson(*stored));
    return ExitOk;
}

} // namespace hearth::cli
