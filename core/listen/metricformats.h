// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listen/metricimporter.h"
#include "listen/metricsnapshot.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// The export formats of formats.md section 2: which columns mean what, found by (localised)
// header names, and which format a header row fits.
namespace hearth::core {

enum class MetricField
{
    PostId,
    Permalink,
    Published,
    Text,
    Title,
    Account,
    Content,
    Count,
    WatchHours,
    WatchSeconds
};

// One way of finding a field: any of `aliases` (normalised header text), and, for files with a
// description row, every word of `descriptionWords` in that column's description.
struct FieldSpec
{
    MetricField field;
    CountMetric metric = CountMetric::Reach;
    QStringList aliases;
    QStringList descriptionWords = {};
};

enum class ZoneRule
{
    Caller,
    Utc
};

struct FormatSpec
{
    MetricFormat format;
    QString network;
    // Every group must have one of its names in the header row for the format to fit.
    QList<QStringList> required;
    QList<FieldSpec> fields;
    ZoneRule zone = ZoneRule::Caller;
    // The order of numeric dates with the year last, where the network documents it; else
    // the file or the user decides.
    std::optional<DateOrder> dateOrder = std::nullopt;
};

// Header text as compared: no byte order mark, simplified, case-folded.
QString normalisedHeader(const QString &text);
// Every known format, in the order they are tried.
const QList<FormatSpec> &formatSpecs();
const FormatSpec *specFor(MetricFormat format);
// The formats a source may be, in the order they are tried (none for Generic).
QList<MetricFormat> formatsFor(MetricSource source);
// Whether a header row (normalised names) has every column the format requires.
bool fits(const FormatSpec &spec, const QSet<QString> &header);

} // namespace hearth::core
