// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace hearth::core {

// The whole-number figures a snapshot can hold; watch time is separate because it is fractional.
enum class CountMetric
{
    Reach,
    Impressions,
    Views,
    Reactions,
    Comments,
    Shares,
    Saves,
    Clicks,
    Follows,
    ProfileVisits,
};

inline constexpr std::array<CountMetric, 10> allCountMetrics{
    CountMetric::Reach,    CountMetric::Impressions,   CountMetric::Views, CountMetric::Reactions,
    CountMetric::Comments, CountMetric::Shares,        CountMetric::Saves, CountMetric::Clicks,
    CountMetric::Follows,  CountMetric::ProfileVisits,
};

// Stable key of a metric, as used in SQL columns, JSON and mapping files ("profile_visits").
QString metricKey(CountMetric metric);
std::optional<CountMetric> countMetricFromKey(const QString &key);
// The key of the watch-time figure in JSON and mapping files.
inline constexpr char watchTimeKey[] = "watch_time_seconds";

// One cell of an imported row as it was in the file; a null value is an empty cell.
struct RawValue
{
    QString name;
    QString value;
    friend bool operator==(const RawValue &, const RawValue &) = default;
};

// Raw values are stored as JSON arrays: the column names once per header layout, the cells once
// per snapshot. A null QString (an empty cell) is JSON null; "" stays "".
QByteArray encodeJsonTexts(const QStringList &texts);
// The first `columns` cells of an imported row as encodeJsonTexts() writes them, an empty or
// missing cell as null.
QByteArray encodeJsonCells(const QStringList &fields, qsizetype columns);
// The texts of a JSON array written by encodeJsonTexts(); empty when `json` is not such an array.
std::optional<QStringList> decodeJsonTexts(const QByteArray &json);
// Pairs layout names with row cells (a shorter side is padded with nulls).
QList<RawValue> zipRawValues(const QStringList &names, const QStringList &cells);

// The counts every view of a post's figures has. Each may be missing ("not available"), which
// is not the same as zero.
struct PostCounts
{
    std::optional<qint64> reach;
    std::optional<qint64> impressions;
    std::optional<qint64> views;
    std::optional<qint64> reactions;
    std::optional<qint64> comments;
    std::optional<qint64> shares;
    std::optional<qint64> saves;
    std::optional<qint64> clicks;
    std::optional<qint64> follows;

    friend bool operator==(const PostCounts &, const PostCounts &) = default;
};

// Lifetime figures of one post on one network as seen at `capturedAt`.
// Every figure is optional: empty means "not available", never zero. Values may be negative.
struct MetricSnapshot : PostCounts
{
    qint64 id = 0;
    qint64 postId = 0;
    QString networkId;
    // UTC.
    QDateTime capturedAt;
    // The import that brought it; empty for manual entry.
    std::optional<qint64> importId;
    // 1-based line of the file the row started on; empty for manual entry.
    std::optional<qint64> sourceLine;

    std::optional<qint64> profileVisits;
    std::optional<double> watchTimeSeconds;

    // Every column of the imported row, in file order (names may repeat).
    QList<RawValue> rawValues;

    std::optional<qint64> value(CountMetric metric) const;
    void setValue(CountMetric metric, std::optional<qint64> value);
    // True when no figure at all is present.
    bool isEmpty() const;
    // Same figures (all metrics and watch time); ids, times and raw values are ignored.
    bool sameFiguresAs(const MetricSnapshot &other) const;

    friend bool operator==(const MetricSnapshot &, const MetricSnapshot &) = default;
};

} // namespace hearth::core
