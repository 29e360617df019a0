// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/csvexporter.h"

#include "common/logging.h"
#include "common/zoneoffsetcache.h"
#include "interop/csv.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSaveFile>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::CsvExporter", text);
}

// The metric columns of metric_snapshots, in file order.
const QStringList metricColumns{
    QStringLiteral("reach"),
    QStringLiteral("impressions"),
    QStringLiteral("views"),
    QStringLiteral("reactions"),
    QStringLiteral("comments"),
    QStringLiteral("shares"),
    QStringLiteral("saves"),
    QStringLiteral("clicks"),
    QStringLiteral("follows"),
    QStringLiteral("profile_visits"),
    QStringLiteral("watch_time_seconds"),
};

constexpr qint64 secondsPerDay = 86400;
// QDate's Julian day of 1970-01-01.
constexpr qint64 epochJulianDay = 2440588;

void appendPadded(QString &text, int value, int width)
{
    const qsizetype start = text.size();
    text += QString::number(value);
    while (text.size() - start < width)
        text.insert(start, u'0');
}

// Wall-clock seconds since the epoch as "yyyy-MM-dd HH:mm", or ISO 8601 UTC
// ("yyyy-MM-ddTHH:mm:ssZ") with `iso`: the same text QDateTime::toString() gives, without a
// QDateTime per cell.
QString dateTimeText(qint64 seconds, bool iso)
{
    qint64 day = seconds / secondsPerDay;
    if (seconds % secondsPerDay < 0)
        --day;
    const auto secondOfDay = static_cast<int>(seconds - day * secondsPerDay);
    const QDate date = QDate::fromJulianDay(epochJulianDay + day);
    QString text;
    text.reserve(20);
    appendPadded(text, date.year(), 4);
    text += u'-';
    appendPadded(text, date.month(), 2);
    text += u'-';
    appendPadded(text, date.day(), 2);
    text += iso ? u'T' : u' ';
    appendPadded(text, secondOfDay / 3600, 2);
    text += u':';
    appendPadded(text, secondOfDay / 60 % 60, 2);
    if (iso) {
        text += u':';
        appendPadded(text, secondOfDay % 60, 2);
        text += u'Z';
    }
    return text;
}

QString isoUtc(const QVariant &seconds)
{
    return seconds.isNull() ? QString() : dateTimeText(seconds.toLongLong(), true);
}

} // namespace

CsvExporter::CsvExporter(Database &database)
    : m_database(database)
{}

QStringList CsvExporter::header()
{
    QStringList columns{QStringLiteral("post_id"),
                        QStringLiteral("network"),
                        QStringLiteral("scheduled_utc"),
                        QStringLiteral("scheduled_local"),
                        QStringLiteral("status"),
                        QStringLiteral("pillar"),
                        QStringLiteral("title"),
                        QStringLiteral("text"),
                        QStringLiteral("link"),
                        QStringLiteral("tags"),
                        QStringLiteral("permalink"),
                        QStringLiteral("published_utc"),
                        QStringLiteral("metrics_captured_utc")};
    return columns + metricColumns;
}

Result<ExportSummary> CsvExporter::write(QIODevice &device, const ExportFilter &filter,
                                         const CsvExportOptions &options,
                                         const ExportProgress &progress) const
{
    QStringList where;
    Bindings bindings;
    appendExportConditions(filter, where, bindings);
    auto total = m_database.scalar(
        QStringLiteral(
            "SELECT count(*) FROM posts p LEFT JOIN post_networks pn ON pn.post_id = p.id %1")
            .arg(where.isEmpty() ? QString()
                                 : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
        bindings);
    if (!total)
        return total.error();

    QStringList metricSelect;
    for (const QString &column : metricColumns)
        metricSelect << QStringLiteral("s.") + column;
    // The newest snapshot per post and network comes through the metric_snapshots_current index.
    auto rows = m_database.exec(
        QStringLiteral(
            "SELECT p.id, pn.network_id, p.scheduled_at, p.status, pl.name, p.title, "
            "coalesce(pn.variant_text, p.body), p.link, "
            "NULL, "
            "pn.permalink, pn.published_at, s.captured_at, %1 "
            "FROM posts p LEFT JOIN post_networks pn ON pn.post_id = p.id "
            "LEFT JOIN networks n ON n.id = pn.network_id "
            "LEFT JOIN pillars pl ON pl.id = p.pillar_id "
            "LEFT JOIN metric_snapshots s ON s.id = (SELECT m.id FROM metric_snapshots m WHERE "
            "m.post_id = p.id "
            "AND m.network_id = pn.network_id ORDER BY m.captured_at DESC, m.id DESC LIMIT 1) "
            "%2 ORDER BY p.scheduled_at IS NULL, p.scheduled_at, p.id, n.sort_order, n.id")
            .arg(metricSelect.join(QStringLiteral(", ")),
                 where.isEmpty() ? QString()
                                 : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
        bindings);
    if (!rows)
        return rows.error();

    // Tags in one pass instead of a subquery per row; names sort ignoring case (NOCASE on
    // SQLite, citext on PostgreSQL).
    QHash<qint64, QString> tagsByPost;
    auto tags = m_database.exec(
        QStringLiteral("SELECT pt.post_id, t.name FROM post_tags pt JOIN tags t ON t.id = "
                       "pt.tag_id ORDER BY pt.post_id, t.name"));
    if (!tags)
        return tags.error();
    while (tags->next()) {
        QString &list = tagsByPost[tags->value(0).toLongLong()];
        if (!list.isEmpty())
            list += QStringLiteral(", ");
        list += tags->value(1).toString();
    }

    CsvWriter writer(&device);
    if (options.byteOrderMark)
        writer.writeBom();
    writer.writeRecord(header());
    ExportSummary summary;
    const qint64 count = total->toLongLong();
    constexpr int fixedColumns = 12;
    // Rows come in time order, so the local column asks the zone once per daylight-saving
    // stretch rather than once per row.
    ZoneOffsetCache offsets(options.timeZone);
    QStringList fields;
    fields.reserve(header().size());
    qint64 lastPost = -1;
    while (rows->next()) {
        const qint64 postId = rows->value(0).toLongLong();
        const QVariant scheduled = rows->value(2);
        fields.clear();
        fields << QString::number(postId) << rows->value(1).toString() << isoUtc(scheduled)
               << (scheduled.isNull() ? QString()
                                      : dateTimeText(scheduled.toLongLong() +
                                                         offsets.offsetAt(scheduled.toLongLong()),
                                                     false))
               << rows->value(3).toString() << rows->value(4).toString()
               << rows->value(5).toString() << rows->value(6).toString()
               << rows->value(7).toString() << tagsByPost.value(postId) << rows->value(9).toString()
               << isoUtc(rows->value(10)) << isoUtc(rows->value(11));
        for (int i = 0; i < metricColumns.size(); ++i) {
            const QVariant value = rows->value(fixedColumns + i);
            fields << (value.isNull() ? QString() : value.toString());
        }
        writer.writeRecord(fields);
        if (writer.hasError())
            return Error::make(ErrorKind::Io,
                               tr("Writing the CSV file failed: %1").arg(device.errorString()));
        // The rows of one post come one after the other.
        if (postId != lastPost) {
            lastPost = postId;
            ++summary.posts;
        }
        ++summary.entries;
        if (progress && (summary.entries % 512 == 0) && !progress(summary.entries, count))
            return Error::make(ErrorKind::Io, tr("The export was cancelled."));
    }
    if (progress && !progress(summary.entries, count))
        return Error::make(ErrorKind::Io, tr("The export was cancelled."));
    return summary;
}

Result<ExportSummary> CsvExporter::exportToFile(const QString &path, const ExportFilter &filter,
                                                const CsvExportOptions &options,
                                                const ExportProgress &progress) const
{
    auto written = writeExportFile(
        path, [&](QIODevice &device) { return write(device, filter, options, progress); });
    if (written)
        qCInfo(lcExport) << "CSV written" << path << written->entries << "rows";
    return written;
}

} // namespace hearth::core
