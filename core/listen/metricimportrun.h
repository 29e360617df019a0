// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "common/zoneoffsetcache.h"
#include "listen/metricfields.h"
#include "listen/metricformats.h"
#include "listen/metricimporter.h"
#include "listen/metricmatcher.h"
#include "listen/metricrepository.h"
#include "listen/metricrowsource.h"
#include "plan/importedpostwriter.h"
#include "storage/database.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <future>
#include <memory>
#include <optional>

namespace hearth::core {

// One import of one file: one pass over the rows, deciding and (in Commit mode) writing.
class ImportRun final
{
public:
    ImportRun(Database &database, const MetricImportOptions &options, ImportMode mode);
    ~ImportRun() { m_stopHashing.store(true); }
    ImportRun(const ImportRun &) = delete;
    ImportRun &operator=(const ImportRun &) = delete;

    Result<MetricImportPreview> execute(const QString &filePath);
    // Stop once the header is understood (format detection reads no data rows).
    void setHeaderOnly() { m_headerOnly = true; }
    // The SHA-256 (hex) the file had when it was previewed: a commit of a file that changed
    // since is refused.
    void expectSha256(const QString &sha256) { m_expectedSha256 = sha256; }

private:
    struct ResolvedField
    {
        MetricField field;
        CountMetric metric;
        int column;
    };
    // What one data row says about its post.
    struct RowPost
    {
        QString network;
        QString externalId;
        QString permalink;
        QString text;
        QString title;
        ParsedTime published;
        MetricSnapshot figures;
        // The post id when it is usable (not rounded by a spreadsheet), else empty.
        QString idForStore;
        // PostMatcher::idKey of the usable id, else 0.
        quint64 idKey = 0;
    };

    // execute(), step by step.
    Result<QByteArray> readHead(const QString &filePath);
    void settleCapturedAt(const QString &filePath);
    Result<void> readHeader(const QString &filePath);
    Result<void> decideDateOrder(const QString &filePath);
    Result<void> importRows(const QString &filePath);
    Result<void> checkImportedBefore(const QString &filePath);
    Result<void> prepareWriters(const QString &filePath);
    Result<void> finishCommit(const QString &filePath);
    Error withFile(const QString &filePath, const Error &error) const;
    Error explainEncoding(const QString &filePath, Error error) const;

    void startHashing(const QString &filePath);
    Result<void> finishHashing(const QString &filePath);
    Result<void> findHeader();
    Result<void> refusePostList(const QStringList &fields) const;
    Result<void> resolveColumns(bool warn);
    void resolveGeneric();
    bool nextRow(QStringList &fields, qint64 &line);
    bool isDescriptionRow(const QStringList &fields) const;

    // processRow(), step by step; the bool ones are false when the row was skipped.
    Result<void> processRow(const QStringList &fields, qint64 line);
    bool readPost(const QStringList &fields, qint64 line, RowPost &row, ImportRowPreview &item);
    bool readFigures(const QStringList &fields, qint64 line, RowPost &row, ImportRowPreview &item);
    bool readCount(const QStringList &fields, qint64 line, const ResolvedField &resolved,
                   RowPost &row, ImportRowPreview &item);
    bool checkIdentity(qint64 line, RowPost &row, ImportRowPreview &item);
    Result<std::optional<qint64>> match(const RowPost &row, ImportRowPreview &item);
    Result<void> createPost(const QStringList &fields, qint64 line, RowPost &row,
                            ImportRowPreview item);
    Result<void> updatePost(const QStringList &fields, qint64 line, RowPost &row,
                            ImportRowPreview item, qint64 postId);
    Result<void> writeSnapshot(const MetricSnapshot &snapshot, const QStringList &fields);
    Result<void> flushWrites();

    void skip(qint64 line, const QString &reason, ImportRowPreview item);
    void addItem(ImportRowPreview item);
    void warnLine(const QString &kind, qint64 line);
    void finishWarnings();
    static QString cell(const QStringList &fields, int column)
    {
        return column >= 0 && column < fields.size() ? fields.at(column) : QString();
    }
    int columnOf(MetricField kind) const
    {
        for (const ResolvedField &resolved : m_fields) {
            if (resolved.field == kind)
                return resolved.column;
        }
        return -1;
    }

    Database &m_database;
    MetricImportOptions m_options;
    ImportMode m_mode;
    bool m_headerOnly = false;
    QString m_expectedSha256;
    // The file's SHA-256 is worked out on a second thread while this one reads the rows (it
    // was 0.18 s of a 100k-row import when done first); finishHashing() waits for it.
    std::atomic<bool> m_stopHashing{false};
    std::future<Result<QString>> m_hashing;
    MetricImportPreview m_preview;
    std::unique_ptr<RowSource> m_source;
    const FormatSpec *m_spec = nullptr;
    QStringList m_header;
    QStringList m_descriptions;
    QStringList m_rawNames;
    qint64 m_headerLine = 0;
    QList<ResolvedField> m_fields;
    int m_networkColumn = -1;
    QString m_customTimeFormat;
    DateOrder m_dateOrder = DateOrder::MonthDayYear;
    // The file's first bytes, to read its dates once more when their order must be found.
    QByteArray m_head;
    QTimeZone m_zone;
    // Offsets of m_zone, set once m_zone is final (after the header).
    std::optional<ZoneOffsetCache> m_zoneOffsets;
    QDateTime m_capturedAt;
    qint64 m_importId = 0;
    // Rows read while looking for the header, replayed before the rest of the file.
    QList<std::pair<QStringList, qint64>> m_pending;
    // Keys of posts seen in this file ("network\x1fid", "link\x1f…") → first line.
    // Keys are 64-bit hashes of "network/id" or "link" texts: storing the texts themselves cost
    // about 0.4 KB a row, which put a 100k-row import over its memory budget. A collision (odds
    // about 1 in 10^9 for 300k keys) would show as a wrong "same post as line N" skip.
    QHash<quint64, qint64> m_seen;
    QHash<QString, QList<qint64>> m_warningLines;
    QStringList m_warningOrder;
    QSet<QString> m_accounts;
    QSet<QString> m_knownNetworks;
    PostMatcher m_matcher;
    ImportedPostWriter m_posts;
    MetricSnapshotBulkWriter m_snapshots;
    // The stored layout of m_rawNames; added with the first snapshot written.
    qint64 m_rawLayoutId = 0;
};

} // namespace hearth::core
