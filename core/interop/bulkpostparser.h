// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "interop/postimport.h"

#include <QStringList>
#include <QTimeZone>

#include <optional>

class QIODevice;

namespace hearth::core {

class Database;

// The CSV layouts of other schedulers' bulk uploads (formats.md section 3), plus a mapping.
enum class BulkLayout
{
    Hootsuite,
    Buffer,
    Publer,
    Metricool,
    Sprout,
    Generic
};

QString toString(BulkLayout layout);
std::optional<BulkLayout> bulkLayoutFromString(const QString &text);

// How to read an ambiguous date such as 03/04/2026.
enum class DateOrder
{
    MonthDayYear,
    DayMonthYear,
    YearMonthDay
};

QString toString(DateOrder order);
std::optional<DateOrder> dateOrderFromString(const QString &text);

// Which header names hold which field, for files of no known layout. Names match ignoring case.
struct GenericMapping
{
    // Either one column with date and time, or one with the date and one with the time.
    QString dateTime;
    QString date;
    QString time;
    QString text;
    QString title;
    QString link;
    // Network names or ids separated by commas, semicolons or "||".
    QString networks;
    QString tags;
    QString pillar;
    QString status;
    // A QDateTime format such as "dd.MM.yyyy HH:mm"; empty = numeric dates in the chosen order.
    QString dateFormat;
};

// Everything the user chooses for a bulk import.
struct BulkImportOptions
{
    BulkLayout layout = BulkLayout::Generic;
    DateOrder dateOrder = DateOrder::MonthDayYear;
    // The files carry local times without a zone.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    // Networks for layouts that do not name them per row (all but Metricool and a mapped column).
    QStringList networks;
    GenericMapping mapping;
};

// Reads a bulk-upload CSV into an import preview: per-row errors naming line and field, past
// dates flagged (imported as drafts), and rows already in the plan marked as duplicates.
class BulkPostParser final
{
public:
    // Hootsuite's bulk composer takes at most this many rows.
    static constexpr int hootsuiteMaxRows = 350;
    // Limits that refuse a damaged file or a CSV bomb quickly, far above any real bulk upload:
    // at most this many rows (header not counted), columns per row, and bytes per file.
    static constexpr int maxRows = 10000;
    static constexpr int maxColumns = 256;
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;

    explicit BulkPostParser(Database &database);

    Result<ImportPreview> parse(QIODevice &device, const QString &sourceName,
                                const BulkImportOptions &options) const;
    Result<ImportPreview> parseFile(const QString &path, const BulkImportOptions &options) const;

    // A date and optional time in `order` (a four-digit first number is always year first);
    // an error message in `error` otherwise.
    static std::optional<QDateTime> parseDateTime(const QString &text, DateOrder order,
                                                  const QTimeZone &zone, QString &error);

private:
    Database &m_database;
};

} // namespace hearth::core
