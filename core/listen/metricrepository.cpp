// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/metricrepository.h"

#include "common/clock.h"
#include "interop/importmappings.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::MetricRepository", text);
}

const QString snapshotColumns = QStringLiteral(
    "id, post_id, network_id, captured_at, import_id, source_line, reach, impressions, views, "
    "reactions, comments, shares, saves, clicks, follows, profile_visits, watch_time_seconds");

QVariant fromOptional(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant fromOptional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

MetricSnapshot snapshotFromRow(const QSqlQuery &row)
{
    MetricSnapshot snapshot;
    snapshot.id = row.value(0).toLongLong();
    snapshot.postId = row.value(1).toLongLong();
    snapshot.networkId = row.value(2).toString();
    snapshot.capturedAt = sql::toTime(row.value(3));
    snapshot.importId = sql::toOptionalId(row.value(4));
    snapshot.sourceLine = sql::toOptionalId(row.value(5));
    int column = 6;
    for (CountMetric metric : allCountMetrics)
        snapshot.setValue(metric, sql::toOptionalId(row.value(column++)));
    const QVariant watch = row.value(column);
    if (!watch.isNull())
        snapshot.watchTimeSeconds = watch.toDouble();
    return snapshot;
}

// A post's time on a network, as the charts and their filters use it.
const QString postedAt = QStringLiteral("coalesce(pn.published_at, p.scheduled_at)");

Result<MetricSpan> spanOf(const Database &database, const QString &sql, const Bindings &bindings)
{
    auto row = database.exec(sql, bindings);
    if (!row)
        return row.error();
    MetricSpan span;
    if (row->next()) {
        span.posts = row->value(0).toLongLong();
        span.first = sql::toTime(row->value(1));
        span.last = sql::toTime(row->value(2));
    }
    return span;
}

MetricImportRecord importFromRow(const QSqlQuery &row)
{
    MetricImportRecord record;
    record.id = row.value(0).toLongLong();
    record.sourceFormat = row.value(1).toString();
    record.fileName = row.value(2).toString();
    record.fileSha256 = row.value(3).toString();
    record.importedAt = sql::toTime(row.value(4));
    record.rowCount = row.value(5).toLongLong();
    return record;
}

} // namespace

MetricRepository::MetricRepository(Database &database)
    : m_database(database)
{}

Result<MetricSnapshot> MetricRepository::record(const MetricSnapshot &snapshot)
{
    if (snapshot.networkId.isEmpty() || snapshot.postId <= 0)
        return Error::make(ErrorKind::InvalidInput,
                           tr("A metric snapshot needs a post and a network."));
    if (!snapshot.capturedAt.isValid())
        return Error::make(ErrorKind::InvalidInput,
                           tr("A metric snapshot needs the time it was taken."));
    return m_database.write([&]() -> Result<MetricSnapshot> {
        auto target = m_database.scalar(QStringLiteral("SELECT count(*) FROM post_networks WHERE "
                                                       "post_id = :post AND network_id = :network"),
                                        {{QStringLiteral(":post"), snapshot.postId},
                                         {QStringLiteral(":network"), snapshot.networkId}});
        if (!target)
            return target.error();
        if (target->toLongLong() == 0)
            return Error::make(ErrorKind::NotFound,
                               tr("Post %1 is not planned for the network \"%2\"; add "
                                  "the network to the post first.")
                                   .arg(snapshot.postId)
                                   .arg(snapshot.networkId));
        // The raw cells go in one JSON array; their column names once per layout.
        QVariant layout(QMetaType::fromType<qint64>());
        QVariant rawCells(QMetaType::fromType<QString>());
        if (!snapshot.rawValues.isEmpty()) {
            QStringList columnNames;
            QStringList cells;
            for (const RawValue &raw : snapshot.rawValues) {
                columnNames << raw.name;
                cells << raw.value;
            }
            auto layoutId = rawLayoutId(columnNames);
            if (!layoutId)
                return layoutId.error();
            layout = *layoutId;
            rawCells = QString::fromUtf8(encodeJsonTexts(cells));
        }
        Bindings bindings{
            {QStringLiteral(":post"), snapshot.postId},
            {QStringLiteral(":network"), snapshot.networkId},
            {QStringLiteral(":captured"), sql::fromTime(snapshot.capturedAt)},
            {QStringLiteral(":import"), sql::fromOptionalId(snapshot.importId)},
            {QStringLiteral(":line"), sql::fromOptionalId(snapshot.sourceLine)},
            {QStringLiteral(":watch"), fromOptional(snapshot.watchTimeSeconds)},
            {QStringLiteral(":layout"), layout},
            {QStringLiteral(":raw"), rawCells},
        };
        QStringList names;
        QStringList placeholders;
        for (CountMetric metric : allCountMetrics) {
            const QString key = metricKey(metric);
            names << key;
            placeholders << u':' + key;
            bindings.emplace_back(u':' + key, fromOptional(snapshot.value(metric)));
        }
        auto inserted = m_database.exec(
            QStringLiteral(
                "INSERT INTO metric_snapshots (post_id, network_id, captured_at, import_id, "
                "source_line, %1, watch_time_seconds, raw_layout_id, raw_values) VALUES (:post, "
                ":network, :captured, :import, :line, %2, :watch, :layout, :raw)")
                .arg(names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))),
            bindings);
        if (!inserted)
            return inserted.error();
        MetricSnapshot stored = snapshot;
        stored.id = inserted->lastInsertId().toLongLong();
        return stored;
    });
}

Result<MetricSnapshot> MetricRepository::recordManual(qint64 postId, const QString &networkId,
                                                      const MetricSnapshot &figures)
{
    MetricSnapshot snapshot = figures;
    snapshot.id = 0;
    snapshot.postId = postId;
    snapshot.networkId = networkId;
    // Whole seconds, as stored, so the returned value equals what a later read gives.
    snapshot.capturedAt =
        QDateTime::fromSecsSinceEpoch(m_database.clock().now().toSecsSinceEpoch(), Qt::UTC);
    snapshot.importId.reset();
    snapshot.sourceLine.reset();
    snapshot.rawValues.clear();
    if (snapshot.isEmpty())
        return Error::make(ErrorKind::InvalidInput, tr("Enter at least one figure."));
    return record(snapshot);
}

Result<std::optional<MetricSnapshot>>
MetricRepository::current(qint64 postId, const QString &networkId, RawValueLoading raw) const
{
    auto rows = m_database.exec(
        QStringLiteral("SELECT %1 FROM metric_snapshots WHERE post_id = :post AND "
                       "network_id = :network ORDER BY captured_at DESC, id DESC LIMIT 1")
            .arg(snapshotColumns),
        {{QStringLiteral(":post"), postId}, {QStringLiteral(":network"), networkId}});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<MetricSnapshot>();
    MetricSnapshot snapshot = snapshotFromRow(*rows);
    rows->finish();
    if (raw == RawValueLoading::Include) {
        auto values = rawValues(snapshot.id);
        if (!values)
            return values.error();
        snapshot.rawValues = *values;
    }
    return std::optional<MetricSnapshot>(snapshot);
}

Result<QList<MetricSnapshot>> MetricRepository::history(qint64 postId, const QString &networkId,
                                                        RawValueLoading raw) const
{
    auto rows = m_database.exec(
        QStringLiteral("SELECT %1 FROM metric_snapshots WHERE post_id = :post AND "
                       "network_id = :network ORDER BY captured_at, id")
            .arg(snapshotColumns),
        {{QStringLiteral(":post"), postId}, {QStringLiteral(":network"), networkId}});
    if (!rows)
        return rows.error();
    QList<MetricSnapshot> list;
    while (rows->next())
        list.append(snapshotFromRow(*rows));
    if (raw == RawValueLoading::Include) {
        if (auto loaded = loadRawValues(list); !loaded)
            return loaded.error();
    }
    return list;
}

Result<QList<MetricSnapshot>> MetricRepository::currentSnapshots(const SnapshotFilter &filter) const
{
    // The newest snapshot per post and network: the first row of each group in index order.
    QString sqlText = QStringLiteral(
        "SELECT s.id, s.post_id, s.network_id, s.captured_at, s.import_id, s.source_line, s.reach, "
        "s.impressions, s.views, s.reactions, s.comments, s.shares, s.saves, s.clicks, s.follows, "
        "s.profile_visits, s.watch_time_seconds FROM metric_snapshots s "
        "JOIN post_networks pn ON pn.post_id = s.post_id AND pn.network_id = s.network_id "
        "JOIN posts p ON p.id = s.post_id "
        "WHERE s.id = (SELECT s2.id FROM metric_snapshots s2 WHERE s2.post_id = s.post_id AND "
        "s2.network_id = s.network_id ORDER BY s2.captured_at DESC, s2.id DESC LIMIT 1)");
    Bindings bindings;
    if (!filter.networkId.isEmpty()) {
        sqlText += QStringLiteral(" AND s.network_id = :network");
        bindings.emplace_back(QStringLiteral(":network"), filter.networkId);
    }
    if (filter.publishedFrom.isValid()) {
        sqlText += QStringLiteral(" AND coalesce(pn.published_at, p.scheduled_at) >= :from");
        bindings.emplace_back(QStringLiteral(":from"), sql::fromTime(filter.publishedFrom));
    }
    if (filter.publishedTo.isValid()) {
        sqlText += QStringLiteral(" AND coalesce(pn.published_at, p.scheduled_at) < :to");
        bindings.emplace_back(QStringLiteral(":to"), sql::fromTime(filter.publishedTo));
    }
    sqlText += QStringLiteral(
        " ORDER BY coalesce(pn.published_at, p.scheduled_at), s.post_id, s.network_id");
    auto rows = m_database.exec(sqlText, bindings);
    if (!rows)
        return rows.error();
    QList<MetricSnapshot> list;
    while (rows->next())
        list.append(snapshotFromRow(*rows));
    if (filter.raw == RawValueLoading::Include) {
        if (auto loaded = loadRawValues(list); !loaded)
            return loaded.error();
    }
    return list;
}

Result<void> MetricRepository::loadRawValues(QList<MetricSnapshot> &list) const
{
    for (MetricSnapshot &snapshot : list) {
        auto values = rawValues(snapshot.id);
        if (!values)
            return values.error();
        snapshot.rawValues = *values;
    }
    return success();
}

Result<QList<RawValue>> MetricRepository::rawValues(qint64 snapshotId) const
{
    auto rows = m_database.exec(
        QStringLiteral("SELECT l.columns, s.raw_values FROM metric_snapshots s JOIN "
                       "metric_raw_layouts l ON l.id = s.raw_layout_id WHERE s.id = :snapshot"),
        {{QStringLiteral(":snapshot"), snapshotId}});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return QList<RawValue>();
    const auto names = decodeJsonTexts(rows->value(0).toString().toUtf8());
    const auto cells = decodeJsonTexts(rows->value(1).toString().toUtf8());
    if (!names || !cells)
        return Error::make(
            ErrorKind::Corrupt,
            tr("The raw columns of metric snapshot %1 are damaged.").arg(snapshotId));
    return zipRawValues(*names, *cells);
}

Result<qint64> MetricRepository::rawLayoutId(const QStringList &names)
{
    const QString columns = QString::fromUtf8(encodeJsonTexts(names));
    return m_database.write([&]() -> Result<qint64> {
        auto inserted = m_database.exec(
            // No conflict target: PostgreSQL's unique index is on the columns' digest.
            QStringLiteral("INSERT INTO metric_raw_layouts (columns) VALUES (:columns) "
                           "ON CONFLICT DO NOTHING"),
            {{QStringLiteral(":columns"), columns}});
        if (!inserted)
            return inserted.error();
        auto id = m_database.scalar(
            QStringLiteral("SELECT id FROM metric_raw_layouts WHERE columns = :columns"),
            {{QStringLiteral(":columns"), columns}});
        if (!id)
            return id.error();
        return id->toLongLong();
    });
}

Result<void> MetricRepository::removeSnapshot(qint64 snapshotId)
{
    return m_database.write([&]() -> Result<void> {
        auto removed =
            m_database.exec(QStringLiteral("DELETE FROM metric_snapshots WHERE id = :id"),
                            {{QStringLiteral(":id"), snapshotId}});
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() == 0)
            return Error::make(ErrorKind::NotFound,
                               tr("There is no metric snapshot %1.").arg(snapshotId));
        return success();
    });
}

Result<MetricImportRecord> MetricRepository::recordImport(const MetricImportRecord &import)
{
    return m_database.write([&]() -> Result<MetricImportRecord> {
        MetricImportRecord stored = import;
        if (!stored.importedAt.isValid())
            stored.importedAt =
                QDateTime::fromSecsSinceEpoch(m_database.clock().now().toSecsSinceEpoch(), Qt::UTC);
        auto inserted = m_database.exec(
            QStringLiteral(
                "INSERT INTO metric_imports (source_format, file_name, file_sha256, imported_at, "
                "row_count) VALUES (:format, :name, :sha, :at, :rows)"),
            {{QStringLiteral(":format"), stored.sourceFormat},
             {QStringLiteral(":name"), stored.fileName},
             {QStringLiteral(":sha"), stored.fileSha256},
             {QStringLiteral(":at"), sql::fromTime(stored.importedAt)},
             {QStringLiteral(":rows"), stored.rowCount}});
        if (!inserted)
            return inserted.error();
        stored.id = inserted->lastInsertId().toLongLong();
        return stored;
    });
}

Result<std::optional<MetricImportRecord>>
MetricRepository::importWithSha256(const QString &sha256) const
{
    auto rows = m_database.exec(
        QStringLiteral("SELECT id, source_format, file_name, file_sha256, imported_at, "
                       "row_count FROM metric_imports WHERE file_sha256 = :sha "
                       "ORDER BY id LIMIT 1"),
        {{QStringLiteral(":sha"), sha256}});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<MetricImportRecord>();
    return std::optional<MetricImportRecord>(importFromRow(*rows));
}

Result<MetricSpan> MetricRepository::figuresSpan(const QString &networkId) const
{
    Bindings bindings;
    QString network;
    if (!networkId.isEmpty()) {
        network = QStringLiteral(" AND pn.network_id = :network");
        bindings.emplace_back(QStringLiteral(":network"), networkId);
    }
    // Walks post_networks and probes the snapshots' (post, network) index once per row.
    return spanOf(m_database,
                  QStringLiteral("SELECT count(DISTINCT pn.post_id), min(%1), max(%1) FROM "
                                 "post_networks pn JOIN posts p ON p.id = pn.post_id WHERE EXISTS "
                                 "(SELECT 1 FROM metric_snapshots m WHERE m.post_id = pn.post_id "
                                 "AND m.network_id = pn.network_id)%2")
                      .arg(postedAt, network),
                  bindings);
}

Result<MetricSpan> MetricRepository::importSpan(qint64 importId) const
{
    // import_id has no index (see schema.cpp): one scan, once per import.
    return spanOf(m_database,
                  QStringLiteral("SELECT count(DISTINCT s.post_id), min(%1), max(%1) FROM "
                                 "metric_snapshots s JOIN post_networks pn ON pn.post_id = "
                                 "s.post_id AND pn.network_id = s.network_id JOIN posts p ON p.id "
                                 "= s.post_id WHERE s.import_id = :import")
                      .arg(postedAt),
                  {{QStringLiteral(":import"), importId}});
}

Result<QList<MetricImportRecord>> MetricRepository::imports() const
{
    auto rows = m_database.exec(
        QStringLiteral("SELECT id, source_format, file_name, file_sha256, imported_at, "
                       "row_count FROM metric_imports ORDER BY imported_at, id"));
    if (!rows)
        return rows.error();
    QList<MetricImportRecord> list;
    while (rows->next())
        list.append(importFromRow(*rows));
    return list;
}

Result<std::optional<QJsonObject>>
MetricRepository::importMapping(const QString &headerSignature) const
{
    auto value = m_database.scalar(
        QStringLiteral("SELECT mapping FROM import_mappings WHERE header_signature = :signature"),
        {{QStringLiteral(":signature"), headerSignature}});
    if (!value)
        return value.error();
    if (value->isNull())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(QJsonDocument::fromJson(value->toString().toUtf8()).object());
}

Result<void> MetricRepository::saveImportMapping(const QString &headerSignature,
                                                 const QString &kind, const QJsonObject &mapping)
{
    return hearth::core::saveImportMapping(m_database, headerSignature, kind, mapping);
}

MetricSnapshotBulkWriter::MetricSnapshotBulkWriter(Database &database)
    : m_database(database)
{}

Result<void> MetricSnapshotBulkWriter::prepare()
{
    // network, post, captured, import, line, the counts, watch time, raw layout and cells.
    QList<BulkColumn> columns{{QStringLiteral("network_id")},
                              {QStringLiteral("post_id")},
                              {QStringLiteral("captured_at")},
                              {QStringLiteral("import_id")},
                              {QStringLiteral("source_line")}};
    for (CountMetric metric : allCountMetrics)
        columns << BulkColumn{metricKey(metric)};
    columns << BulkColumn{QStringLiteral("watch_time_seconds")}
            << BulkColumn{QStringLiteral("raw_layout_id")}
            << BulkColumn{QStringLiteral("raw_values")};
    return m_insert.prepare(m_database, QStringLiteral("metric_snapshots"), columns,
                            tr("preparing the metric import"));
}

void MetricSnapshotBulkWriter::add(const MetricSnapshot &figures, QByteArray rawCells)
{
    m_rows << Row{figures, std::move(rawCells)};
}

Result<void> MetricSnapshotBulkWriter::flush()
{
    auto bind = [this](auto &statement, int base, const Row &row) {
        const MetricSnapshot &snapshot = row.figures;
        statement.bind(base + 1, snapshot.networkId);
        statement.bind(base + 2, snapshot.postId);
        statement.bind(base + 3, snapshot.capturedAt.toSecsSinceEpoch());
        statement.bind(base + 4, m_importId);
        statement.bind(base + 5, snapshot.sourceLine);
        int parameter = base + 6;
        for (CountMetric metric : allCountMetrics)
            statement.bind(parameter++, snapshot.value(metric));
        statement.bind(parameter++, snapshot.watchTimeSeconds);
        if (row.rawCells.isNull()) {
            statement.bindNull(parameter++);
            statement.bindNull(parameter);
        } else {
            statement.bind(parameter++, m_rawLayoutId);
            statement.bindUtf8(parameter, row.rawCells);
        }
    };
    if (auto done = m_insert.write(m_database, m_rows, bind, tr("storing figures")); !done)
        return done;
    m_rows.clear();
    return success();
}

} // namespace hearth::core
