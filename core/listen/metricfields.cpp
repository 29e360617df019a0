// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/metricfields.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace hearth::core {

bool parseCount(const QString &cell, std::optional<qint64> &out)
{
    out.reset();
    // Most cells are plain digits: read them without trimming and converting the text.
    if (const qsizetype size = cell.size(); size > 0 && size <= 18) {
        const QChar *chars = cell.constData();
        const bool negative = chars[0] == u'-';
        qsizetype at = negative ? 1 : 0;
        qint64 value = 0;
        for (; at < size && chars[at] >= u'0' && chars[at] <= u'9'; ++at)
            value = value * 10 + (chars[at].unicode() - u'0');
        if (at == size && size > (negative ? 1 : 0)) {
            out = negative ? -value : value;
            return true;
        }
    }
    const QString text = cell.trimmed();
    if (text.isEmpty() || text == u"-" || text == u"\u2013" || text == u"\u2014" ||
        text.compare(u"n/a", Qt::CaseInsensitive) == 0)
        return true;
    bool ok = false;
    const qint64 plain = text.toLongLong(&ok);
    if (ok) {
        out = plain;
        return true;
    }
    // Counts written as floats ("29.0"): accept only whole numbers.
    static const QRegularExpression floatCount(QStringLiteral("^[-+]?[0-9]+\\.0+$"));
    if (floatCount.match(text).hasMatch()) {
        out = text.left(text.indexOf(u'.')).toLongLong(&ok);
        return ok;
    }
    // Thousands grouped with commas, spaces or no-break spaces.
    static const QRegularExpression grouped(
        QStringLiteral("^[-+]?[0-9]{1,3}([,\u00a0\u202f ][0-9]{3})+$"));
    if (grouped.match(text).hasMatch()) {
        QString digits = text;
        digits.remove(QRegularExpression(QStringLiteral("[,\u00a0\u202f ]")));
        out = digits.toLongLong(&ok);
        return ok;
    }
    return false;
}

bool parseDecimal(const QString &cell, std::optional<double> &out)
{
    out.reset();
    const QString text = cell.trimmed();
    if (text.isEmpty() || text == u"-" || text.compare(u"n/a", Qt::CaseInsensitive) == 0)
        return true;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return false;
    out = value;
    return true;
}

bool isMangledId(const QString &id)
{
    // Most ids have no exponent at all; the expression ran for every row of an import.
    if (!id.contains(u'e', Qt::CaseInsensitive))
        return false;
    static const QRegularExpression scientific(
        QStringLiteral("^[-+]?[0-9]+([.,][0-9]+)?[eE][-+]?[0-9]+$"));
    return scientific.match(id).hasMatch();
}

namespace {

// The groups of the numeric layouts: first/second/third are the date numbers as written.
struct NumericTime
{
    int first = 0;
    bool yearFirst = false;
    int second = 0;
    int third = 0;
    bool hasTime = false;
    int hour = 0;
    int minute = 0;
    int seconds = 0;
    QChar half; // 'a' or 'p' for a 12-hour clock
};

// Reads "03/14/2025 09:30", "2025-03-02 10:00:00", "01/19/2017 09:03:47 AM" or "03/01/2025"
// written in ASCII without a regular expression (a tenth of a large import went to matching
// one). It accepts only what the expression in parseTime() accepts, with the same groups;
// anything else it leaves to that expression.
bool scanNumericTime(QStringView text, NumericTime &parts)
{
    qsizetype at = 0;
    auto number = [&](int maxDigits, int &value) -> int {
        int digits = 0;
        value = 0;
        while (at < text.size() && digits < maxDigits && text[at] >= u'0' && text[at] <= u'9') {
            value = value * 10 + (text[at].unicode() - u'0');
            ++at;
            ++digits;
        }
        return digits;
    };
    auto next = [&]() {
        return at < text.size() ? text[at].unicode() : char16_t(0);
    };
    const int firstDigits = number(4, parts.first);
    if (firstDigits == 0)
        return false;
    parts.yearFirst = firstDigits == 4;
    const char16_t separator = next();
    if (separator != u'/' && separator != u'-')
        return false;
    ++at;
    if (number(2, parts.second) == 0 || next() != separator)
        return false;
    ++at;
    if (number(4, parts.third) == 0)
        return false;
    if (at == text.size())
        return true;
    if (next() != u' ' && next() != u'T')
        return false;
    ++at;
    parts.hasTime = true;
    if (number(2, parts.hour) == 0 || next() != u':')
        return false;
    ++at;
    if (number(2, parts.minute) != 2)
        return false;
    if (next() == u':') {
        ++at;
        if (number(2, parts.seconds) != 2)
            return false;
    }
    while (next() == u' ' || next() == u'\t')
        ++at;
    const char16_t half = next();
    if (half == u'A' || half == u'a' || half == u'P' || half == u'p') {
        ++at;
        if (next() != u'M' && next() != u'm')
            return false;
        ++at;
        parts.half = QChar(half).toLower();
    }
    return at == text.size();
}

// scanNumericTime(), or the expression for what it leaves to it.
bool readNumericTime(const QString &text, NumericTime &parts)
{
    if (scanNumericTime(text, parts))
        return true;
    static const QRegularExpression numeric(
        QStringLiteral("^(\\d{1,4})([/-])(\\d{1,2})\\2(\\d{1,4})(?:[ "
                       "T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?$"));
    const auto match = numeric.match(text);
    if (!match.hasMatch())
        return false;
    parts.first = match.capturedView(1).toInt();
    parts.yearFirst = match.capturedLength(1) == 4;
    parts.second = match.capturedView(3).toInt();
    parts.third = match.capturedView(4).toInt();
    parts.hasTime = match.capturedLength(5) > 0;
    parts.hour = match.capturedView(5).toInt();
    parts.minute = match.capturedView(6).toInt();
    parts.seconds = match.capturedView(7).toInt();
    parts.half = match.capturedLength(8) > 0 ? match.capturedView(8).front().toLower() : QChar();
    return true;
}

} // namespace

std::optional<YearLastDate> yearLastDate(const QString &cell)
{
    NumericTime parts;
    if (!readNumericTime(cell.trimmed(), parts) || parts.yearFirst)
        return std::nullopt;
    return YearLastDate{parts.first, parts.second, parts.third};
}

QDate YearLastDate::in(DateOrder order) const
{
    switch (order) {
    case DateOrder::MonthDayYear:
        return QDate(year, first, second);
    case DateOrder::DayMonthYear:
        return QDate(year, second, first);
    case DateOrder::YearMonthDay:
        break;
    }
    return {};
}

std::optional<DateOrder> YearLastDate::onlyOrder() const
{
    const bool monthFirst = in(DateOrder::MonthDayYear).isValid();
    const bool dayFirst = in(DateOrder::DayMonthYear).isValid();
    if (monthFirst == dayFirst)
        return std::nullopt;
    return monthFirst ? DateOrder::MonthDayYear : DateOrder::DayMonthYear;
}

// `offsets` (of `zone`) answers most wall-clock times without QDateTime's zone conversion,
// which was a sixth of a large import's reading.
std::optional<ParsedTime> parseTime(const QString &cell, const QTimeZone &zone,
                                    ZoneOffsetCache &offsets, const QString &customFormat,
                                    DateOrder order)
{
    const QString text = cell.trimmed();
    if (text.isEmpty())
        return ParsedTime{};
    const QLocale c = QLocale::c();
    auto inZone = [&](const QDate &date, const QTime &time,
                      bool dateOnly) -> std::optional<ParsedTime> {
        if (!date.isValid() || !time.isValid())
            return std::nullopt;
        constexpr qint64 unixEpochJulianDay = 2440588;
        const qint64 localSeconds =
            (date.toJulianDay() - unixEpochJulianDay) * 86400 + time.msecsSinceStartOfDay() / 1000;
        if (time.msec() == 0) {
            if (const auto utc = offsets.utcForLocal(localSeconds))
                return ParsedTime{QDateTime::fromSecsSinceEpoch(*utc, Qt::UTC), dateOnly};
        }
        return ParsedTime{QDateTime(date, time, zone).toUTC(), dateOnly};
    };
    if (!customFormat.isEmpty()) {
        const QDateTime parsed = c.toDateTime(text, customFormat);
        if (parsed.isValid())
            return inZone(parsed.date(), parsed.time(),
                          !customFormat.contains(u'h') && !customFormat.contains(u'H'));
        return std::nullopt;
    }
    // "2017-04-04 00:00 +0000" (X legacy) and other explicit offsets.
    static const QRegularExpression withOffset(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2})?) ?([+-])(\\d{2}):?(\\d{2})$"));
    // Only a text with a year first can match: "03/14/2025 09:30" skips the expression.
    const bool yearFirst = text.size() > 4 && text.at(4) == u'-';
    if (const auto match = yearFirst ? withOffset.match(text) : QRegularExpressionMatch();
        match.hasMatch()) {
        const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
        QTime time = QTime::fromString(match.captured(2), QStringLiteral("HH:mm:ss"));
        if (!time.isValid())
            time = QTime::fromString(match.captured(2), QStringLiteral("HH:mm"));
        int offset = match.captured(4).toInt() * 3600 + match.captured(5).toInt() * 60;
        if (match.captured(3) == u"-")
            offset = -offset;
        if (!date.isValid() || !time.isValid())
            return std::nullopt;
        return ParsedTime{QDateTime(date, time, QTimeZone(offset)).toUTC(), false};
    }
    if (text.endsWith(u'Z')) {
        const QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (iso.isValid())
            return ParsedTime{iso.toUTC(), false};
    }
    // Fast path for the numeric layouts exports use ("03/14/2025 09:30", "01/19/2017 09:03:47 AM",
    // "2025-03-02 10:00:00", "03/01/2025"). QLocale's parser goes through local time and the C
    // library (a stat of /etc/localtime per call), which dominated large imports.
    NumericTime parts;
    if (readNumericTime(text, parts)) {
        // The year last: the numbers before it are month and day in the order asked for.
        const QDate date = parts.yearFirst
                               ? QDate(parts.first, parts.second, parts.third)
                               : YearLastDate{parts.first, parts.second, parts.third}.in(order);
        if (!parts.hasTime)
            return inZone(date, QTime(0, 0), true);
        int hour = parts.hour;
        if (!parts.half.isNull()) {
            if (hour < 1 || hour > 12)
                return std::nullopt;
            hour = hour % 12 + (parts.half == u'p' ? 12 : 0);
        }
        return inZone(date, QTime(hour, parts.minute, parts.seconds), false);
    }
    static const QStringList dateTimeFormats{
        QStringLiteral("MM/dd/yyyy HH:mm"),      QStringLiteral("MM/dd/yyyy hh:mm:ss AP"),
        QStringLiteral("MM/dd/yyyy h:mm:ss AP"), QStringLiteral("M/d/yyyy h:mm:ss AP"),
        QStringLiteral("MM/dd/yyyy HH:mm:ss"),   QStringLiteral("M/d/yyyy H:mm"),
        QStringLiteral("yyyy-MM-dd HH:mm:ss"),   QStringLiteral("yyyy-MM-dd HH:mm"),
        QStringLiteral("yyyy-MM-ddTHH:mm:ss"),   QStringLiteral("yyyy-MM-ddTHH:mm"),
    };
    for (const QString &format : dateTimeFormats) {
        const QDateTime parsed = c.toDateTime(text, format);
        if (parsed.isValid())
            return inZone(parsed.date(), parsed.time(), false);
    }
    static const QStringList dateFormats{
        QStringLiteral("yyyy-MM-dd"),         QStringLiteral("MM/dd/yyyy"),
        QStringLiteral("M/d/yyyy"),           QStringLiteral("MMM d, yyyy"),
        QStringLiteral("MMMM d, yyyy"),       QStringLiteral("ddd, MMM d, yyyy"),
        QStringLiteral("dddd, MMMM d, yyyy"), QStringLiteral("d MMM yyyy"),
    };
    for (const QString &format : dateFormats) {
        const QDate parsed = c.toDate(text, format);
        if (parsed.isValid())
            return inZone(parsed, QTime(0, 0), true);
    }
    return std::nullopt;
}

QString firstLine(const QString &text, int maxChars)
{
    QString line = QStringView(text).left(text.indexOf(u'\n')).trimmed().toString();
    if (line.size() > maxChars)
        line = line.left(maxChars - 1) + u'\u2026';
    return line;
}

QString matchKey(const QString &text)
{
    return text.simplified().toCaseFolded();
}

} // namespace hearth::core
