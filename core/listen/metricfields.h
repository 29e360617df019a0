// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/zoneoffsetcache.h"
#include "interop/bulkpostparser.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

// Reading the cells of analytics exports: counts, decimals, post ids and publish times.
namespace hearth::core {

// A count as written in exports: "12", "29.0", "-3", "1,234"; empty, "-" and "N/A" are "not
// available" (true with `out` empty). Returns false for text that is not a whole number.
bool parseCount(const QString &cell, std::optional<qint64> &out);
// A decimal ("1.5", "2e3"); empty, "-" and "N/A" are "not available". False for other text.
bool parseDecimal(const QString &cell, std::optional<double> &out);
// A post id a spreadsheet rounded into scientific notation ("6.49E+17"): the real id is gone.
bool isMangledId(const QString &id);

struct ParsedTime
{
    // Invalid for an empty cell.
    QDateTime utc;
    // Written without a time of day.
    bool dateOnly = false;
};

// A publish time as exports write it: with an offset or "Z", numeric layouts ("03/14/2025
// 09:30", "2025-03-02 10:00:00", "01/19/2017 09:03:47 AM", "08-05-2020"), a few named-month
// dates, or `customFormat` (a Qt format) when given. Numeric dates with the year last are read
// in `order` (none with YearMonthDay). Times without an offset are in `zone`, whose `offsets`
// answer most wall-clock times. Empty when the text is not a time.
std::optional<ParsedTime> parseTime(const QString &cell, const QTimeZone &zone,
                                    ZoneOffsetCache &offsets, const QString &customFormat,
                                    DateOrder order = DateOrder::MonthDayYear);

// A numeric date with the year last ("08-05-2020 10:00"): the two numbers before the year, of
// which the date order says which is the day.
struct YearLastDate
{
    int first = 0;
    int second = 0;
    int year = 0;

    // The date in `order`; invalid when it is none (or for YearMonthDay).
    QDate in(DateOrder order) const;
    // The order that makes it a date when only one does (a number above 12 is no month).
    std::optional<DateOrder> onlyOrder() const;
};
// Empty for any other text.
std::optional<YearLastDate> yearLastDate(const QString &cell);

// The first line of `text`, trimmed, cut to `maxChars` with an ellipsis.
QString firstLine(const QString &text, int maxChars);
// Text as compared when matching by time and text: simplified and case-folded.
QString matchKey(const QString &text);

} // namespace hearth::core
