// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "listen/metricsnapshot.h"
#include "storage/batchedinsert.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hearth::core {

// One row of metric_imports: a file that was imported.
struct MetricImportRecord
{
    qint64 id = 0;
    QString sourceFormat;
    QString fileName;
    QString fileSha256;
    QDateTime importedAt;
    qint64 rowCount = 0;
};

// How many posts have figures and when the first and last of them went out.
struct MetricSpan
{
    qint64 posts = 0;
    // UTC; invalid when there are no posts.
    QDateTime first;
    QDateTime last;
};

enum class RawValueLoading
{
    Skip,
    Include
};

// Which current snapshots to load; empty fields do not filter.
struct SnapshotFilter
{
    QString networkId;
    // Publish time of the post on that network (or its scheduled time), from <= t < to, UTC.
    QDateTime publishedFrom;
    QDateTime publishedTo;
    RawValueLoading raw = RawValueLoading::Skip;
};

// Stores metric snapshots with their raw columns, the imports they came from and the
// user's generic column mappings. The current figures of a post on a network are those of
// its newest snapshot (largest captured_at, then largest id); older ones are its history.
class MetricRepository final
{
public:
    explicit MetricRepository(Database &database);

    // Inserts `snapshot` with its raw values (id ignored) and returns it as stored. The post
    // must go to that network (a post_networks row), else NotFound.
    Result<MetricSnapshot> record(const MetricSnapshot &snapshot);
    // Manual entry: records `figures` for the post and network captured now (clock time),
    // without raw values or import.
    Result<MetricSnapshot> recordManual(qint64 postId, const QString &networkId,
                                        const MetricSnapshot &figures);

    // The newest snapshot of the post on the network, or empty when it has none.
    Result<std::optional<MetricSnapshot>>
    current(qint64 postId, const QString &networkId,
            RawValueLoading raw = RawValueLoading::Include) const;
    // Every snapshot of the post on the network, oldest first.
    Result<QList<MetricSnapshot>> history(qint64 postId, const QString &networkId,
                                          RawValueLoading raw = RawValueLoading::Skip) const;
    // The current snapshot of every post and network that has one, filtered.
    Result<QList<MetricSnapshot>> currentSnapshots(const SnapshotFilter &filter = {}) const;
    Result<QList<RawValue>> rawValues(qint64 snapshotId) const;
    // The posts with figures on `networkId` (every network when empty): how many, and the first
    // and last time one went out (published_at on that network, else its scheduled time).
    Result<MetricSpan> figuresSpan(const QString &networkId = {}) const;
    // The same over the posts that import `importId` wrote figures for.
    Result<MetricSpan> importSpan(qint64 importId) const;
    // The id of the stored layout with these raw column names (in order), added if new.
    Result<qint64> rawLayoutId(const QStringList &names);
    Result<void> removeSnapshot(qint64 snapshotId);

    // Imports.
    Result<MetricImportRecord> recordImport(const MetricImportRecord &import);
    Result<std::optional<MetricImportRecord>> importWithSha256(const QString &sha256) const;
    Result<QList<MetricImportRecord>> imports() const;

    // Generic column mappings, keyed by a signature of the header layout.
    Result<std::optional<QJsonObject>> importMapping(const QString &headerSignature) const;
    Result<void> saveImportMapping(const QString &headerSignature, const QString &kind,
                                   const QJsonObject &mapping);

private:
    // Loads the raw values of every snapshot of `list`.
    Result<void> loadRawValues(QList<MetricSnapshot> &list) const;

    Database &m_database;
};

// Writes the snapshots of a bulk import inside the caller's write transaction, batched (see
// BatchedInsert). The caller checked every post and network they refer to.
class MetricSnapshotBulkWriter final
{
public:
    explicit MetricSnapshotBulkWriter(Database &database);

    Result<void> prepare();
    // Every snapshot written from now on came from this import, with raw cells in this layout.
    void setImportId(qint64 importId) { m_importId = importId; }
    void setRawLayoutId(qint64 layoutId) { m_rawLayoutId = layoutId; }
    // `rawCells`: a JSON array of the row's cells (UTF-8), or null for none.
    void add(const MetricSnapshot &figures, QByteArray rawCells);
    qsizetype pending() const { return m_rows.size(); }
    Result<void> flush();

private:
    struct Row
    {
        MetricSnapshot figures;
        QByteArray rawCells;
    };
    Database &m_database;
    BatchedInsert m_insert;
    QList<Row> m_rows;
    qint64 m_importId = 0;
    qint64 m_rawLayoutId = 0;
};

} // namespace hearth::core
