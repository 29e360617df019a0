// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/metricimporter.h"

#include "listen/metricfields.h"
#include "listen/metricformats.h"
#include "listen/metricimportrun.h"
#include "listen/metricimporttext.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLocale>

namespace hearth::core {

using importtext::tr;

Result<MetricColumnMapping> MetricColumnMapping::fromJson(const QJsonObject &json)
{
    MetricColumnMapping mapping;
    auto text = [&](const char *key) {
        return json.value(QLatin1String(key)).toString();
    };
    mapping.networkId = text("network");
    mapping.networkColumn = text("network_column");
    mapping.postIdColumn = text("post_id");
    mapping.permalinkColumn = text("permalink");
    mapping.publishedColumn = text("published");
    mapping.publishedFormat = text("published_format");
    mapping.textColumn = text("text");
    const QJsonObject metrics = json.value(QLatin1String("metrics")).toObject();
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        if (!countMetricFromKey(it.key()) && it.key() != QLatin1String(watchTimeKey))
            return Error::make(
                ErrorKind::InvalidInput,
                tr("The mapping names an unknown figure \"%1\"; use one of reach, impressions, "
                   "views, reactions, comments, shares, saves, clicks, follows, profile_visits, "
                   "watch_time_seconds.")
                    .arg(it.key()));
        if (!it.value().isString() || it.value().toString().isEmpty())
            return Error::make(ErrorKind::InvalidInput,
                               tr("The mapping for \"%1\" must be a column name.").arg(it.key()));
        mapping.metrics[it.key()] = it.value().toString();
    }
    if (mapping.networkId.isEmpty() && mapping.networkColumn.isEmpty())
        return Error::make(
            ErrorKind::InvalidInput,
            tr("The mapping needs a \"network\" (such as \"mastodon\") or a \"network_column\"."));
    if (mapping.postIdColumn.isEmpty() && mapping.permalinkColumn.isEmpty() &&
        mapping.publishedColumn.isEmpty())
        return Error::make(
            ErrorKind::InvalidInput,
            tr("The mapping needs at least one of \"post_id\", \"permalink\" or \"published\" to "
               "tie rows to posts."));
    return mapping;
}

QJsonObject MetricColumnMapping::toJson() const
{
    QJsonObject json;
    auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    };
    put("network", networkId);
    put("network_column", networkColumn);
    put("post_id", postIdColumn);
    put("permalink", permalinkColumn);
    put("published", publishedColumn);
    put("published_format", publishedFormat);
    put("text", textColumn);
    QJsonObject figures;
    for (const auto &[key, column] : metrics)
        figures.insert(key, column);
    json.insert(QLatin1String("metrics"), figures);
    return json;
}

bool MetricColumnMapping::isEmpty() const
{
    return postIdColumn.isEmpty() && permalinkColumn.isEmpty() && publishedColumn.isEmpty() &&
           metrics.empty();
}

QJsonObject MetricImportPreview::toJson() const
{
    QJsonArray skips;
    for (const ImportSkip &skip : skipped)
        skips.append(QJsonObject{{QStringLiteral("line"), skip.line},
                                 {QStringLiteral("reason"), skip.reason}});
    QJsonObject json{
        {QStringLiteral("format"), toString(format)},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("matched"), matched},
        {QStringLiteral("created"), created},
        {QStringLiteral("updated"), updated},
        {QStringLiteral("unchanged"), unchanged},
        {QStringLiteral("skipped"), skips},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
    if (dateOrderBasis != DateOrderBasis::NotNeeded)
        json.insert(QStringLiteral("date_order"), toString(dateOrder));
    return json;
}

QString MetricImportPreview::dateOrderNote() const
{
    if (dateOrderBasis == DateOrderBasis::NotNeeded || dateOrderBasis == DateOrderBasis::Format)
        return {};
    const QString order = dateOrder == DateOrder::DayMonthYear   ? tr("day-month-year")
                          : dateOrder == DateOrder::MonthDayYear ? tr("month-day-year")
                                                                 : tr("year-month-day");
    QString meaning;
    if (const auto written = yearLastDate(dateOrderExample)) {
        const QString shown = dateOrderExample.section(u' ', 0, 0);
        const QDate date = written->in(dateOrder);
        meaning = date.isValid()
                      ? QStringLiteral(" (%1 = %2)")
                            .arg(shown, QLocale().toString(date, QStringLiteral("d MMMM yyyy")))
                      : tr(" (%1 is no date in that order)").arg(shown);
    }
    switch (dateOrderBasis) {
    case DateOrderBasis::Chosen:
        return tr("Dates read as %1%2, as chosen.").arg(order, meaning);
    case DateOrderBasis::FromFile:
        return tr("Dates read as %1%2: the file's dates can be read no other way.")
            .arg(order, meaning);
    case DateOrderBasis::Assumed:
        return tr("Dates read as %1%2, the order of this computer's settings; every date of the "
                  "file fits either order.")
            .arg(order, meaning);
    case DateOrderBasis::NotNeeded:
    case DateOrderBasis::Format:
        break;
    }
    return {};
}

MetricImporter::MetricImporter(Database &database)
    : m_database(database)
{}

QString MetricImporter::headerSignature(const QStringList &headers)
{
    QStringList normalised;
    for (const QString &header : headers)
        normalised << normalisedHeader(header);
    return QString::fromLatin1(
        QCryptographicHash::hash(normalised.join(u'\x1f').toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

Result<MetricFormat> MetricImporter::detectFormat(const QString &filePath,
                                                  const MetricImportOptions &options) const
{
    ImportRun importRun(m_database, options, ImportMode::DryRun);
    importRun.setHeaderOnly();
    auto previewed = importRun.execute(filePath);
    if (!previewed)
        return previewed.error();
    return previewed->format;
}

Result<MetricImportPreview> MetricImporter::preview(const QString &filePath,
                                                    const MetricImportOptions &options) const
{
    ImportRun importRun(m_database, options, ImportMode::DryRun);
    return importRun.execute(filePath);
}

Result<MetricImportPreview> MetricImporter::commit(const MetricImportPreview &preview,
                                                   const MetricImportOptions &options)
{
    MetricImportOptions used = options;
    if (preview.mapping && !used.mapping)
        used.mapping = preview.mapping;
    // The file's hash is compared with the preview's before the import commits: a file that
    // changed since is refused and nothing is written.
    ImportRun importRun(m_database, used, ImportMode::Commit);
    importRun.expectSha256(preview.fileSha256);
    return importRun.execute(preview.filePath);
}

Result<MetricImportPreview> MetricImporter::run(const QString &filePath,
                                                const MetricImportOptions &options, ImportMode mode)
{
    ImportRun importRun(m_database, options, mode);
    return importRun.execute(filePath);
}

} // namespace hearth::core
