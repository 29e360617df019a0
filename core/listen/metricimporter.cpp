// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/metricimporter.h"

#include "common/clock.h"
#include "common/logging.h"
#include "common/zoneoffsetcache.h"
#include "interop/csv.h"
#include "interop/xlsworkbook.h"
#include "listen/metricrepository.h"
#include "storage/sqlitehandle.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringEncoder>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <future>
#include <limits>
#include <memory>
#include <sqlite3.h>
#include <vector>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::MetricImporter", text);
}

// ---------------------------------------------------------------------------------------------
// Formats: which columns mean what, found by (localised) header names.

enum class Field
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
    Field field;
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
};

QString normalisedHeader(const QString &text)
{
    QString result = text;
    result.remove(QChar(0xFEFF));
    return result.simplified().toCaseFolded();
}

QStringList names(std::initializer_list<const char16_t *> list)
{
    QStringList result;
    for (const char16_t *name : list)
        result << QString::fromUtf16(name);
    return result;
}

FieldSpec count(CountMetric metric, QStringList aliases, QStringList descriptionWords = {})
{
    return FieldSpec{Field::Count, metric, std::move(aliases), std::move(descriptionWords)};
}

FieldSpec field(Field kind, QStringList aliases, QStringList descriptionWords = {})
{
    return FieldSpec{kind, CountMetric::Reach, std::move(aliases), std::move(descriptionWords)};
}

// Header names seen in Meta Business Suite exports, with German and Swedish translations.
const QStringList metaPostId = names({u"post id", u"beitrags-id", u"inläggs-id"});
const QStringList metaPublished =
    names({u"publish time", u"veröffentlichungszeitpunkt", u"publiceringstid"});
const QStringList metaPermalink = names({u"permalink", u"permanenter link", u"permalänk"});
const QStringList metaDescription = names({u"description", u"beschreibung", u"beskrivning"});

const QList<FormatSpec> &formatSpecs()
{
    static const QList<FormatSpec> specs{
        // Checked before Meta Facebook: it also has "Post ID", but "Posted" and lifetime columns.
        FormatSpec{
            MetricFormat::FacebookLegacy,
            QStringLiteral("facebook"),
            {names({u"post id"}), names({u"posted"}), names({u"lifetime post total reach"})},
            {
                field(Field::PostId, names({u"post id"})),
                field(Field::Permalink, names({u"permalink"})),
                field(Field::Text, names({u"post message"})),
                field(Field::Published, names({u"posted"})),
                count(CountMetric::Reach, names({u"lifetime post total reach"})),
                count(CountMetric::Impressions, names({u"lifetime post total impressions"})),
                count(CountMetric::Views, names({u"lifetime post total video views"})),
                // Duplicate names, told apart only by the description row under the header.
                count(CountMetric::Reactions, names({u"lifetime post stories by action type"}),
                      names({u"total count", u"like"})),
                count(CountMetric::Comments, names({u"lifetime post stories by action type"}),
                      names({u"total count", u"comment"})),
                count(CountMetric::Shares, names({u"lifetime post stories by action type"}),
                      names({u"total count", u"share"})),
                count(CountMetric::Clicks, names({u"lifetime post consumptions by type"}),
                      names({u"total count", u"link clicks"})),
            },
        },
        FormatSpec{
            MetricFormat::MetaFacebook,
            QStringLiteral("facebook"),
            {metaPostId, names({u"page id", u"seiten-id", u"sid-id"}), metaPublished},
            {
                field(Field::PostId, metaPostId),
                field(Field::Permalink, metaPermalink),
                field(Field::Text, metaDescription),
                field(Field::Title, names({u"title", u"titel"})),
                field(Field::Published, metaPublished),
                field(Field::Account, names({u"page name", u"seitenname", u"sidnamn"})),
                count(CountMetric::Reach, names({u"reach", u"reichweite", u"räckvidd"})),
                count(CountMetric::Impressions, names({u"impressions", u"impressionen"})),
                count(CountMetric::Views, names({u"views", u"aufrufe", u"visningar"})),
                count(CountMetric::Reactions, names({u"reactions", u"reaktionen", u"reaktioner"})),
                count(CountMetric::Comments, names({u"comments", u"kommentare", u"kommentarer"})),
                count(CountMetric::Shares, names({u"shares", u"geteilte inhalte", u"delningar"})),
                count(CountMetric::Saves, names({u"saves", u"gespeicherte inhalte", u"sparade"})),
                count(CountMetric::Clicks,
                      names({u"total clicks", u"klicks insgesamt", u"totalt antal klick"})),
                count(CountMetric::Clicks, names({u"link clicks", u"link-klicks", u"länkklick"})),
                count(CountMetric::Follows, names({u"follows", u"neue follower", u"följare"})),
            },
        },
        FormatSpec{
            MetricFormat::MetaInstagram,
            QStringLiteral("instagram"),
            {metaPostId,
             names({u"account id", u"account username", u"konto-id", u"kontots användarnamn"}),
             metaPublished},
            {
                field(Field::PostId, metaPostId),
                field(Field::Permalink, metaPermalink),
                field(Field::Text, metaDescription),
                field(Field::Published, metaPublished),
                field(Field::Account,
                      names({u"account username", u"kontobenutzername", u"kontots användarnamn"})),
                count(CountMetric::Reach, names({u"reach", u"reichweite", u"räckvidd"})),
                count(CountMetric::Impressions, names({u"impressions", u"impressionen"})),
                count(CountMetric::Views, names({u"views", u"aufrufe", u"visningar"})),
                count(CountMetric::Reactions, names({u"likes", u"„gefällt mir“-angaben",
                                                     u"gefällt mir", u"gilla-markeringar"})),
                count(CountMetric::Comments, names({u"comments", u"kommentare", u"kommentarer"})),
                count(CountMetric::Shares, names({u"shares", u"geteilte inhalte", u"delningar"})),
                count(CountMetric::Saves, names({u"saves", u"gespeicherte inhalte", u"sparade"})),
                count(CountMetric::Follows, names({u"follows", u"neue follower", u"följare"})),
                count(CountMetric::ProfileVisits,
                      names({u"profile visits", u"profilaufrufe", u"profilbesök"})),
            },
        },
        FormatSpec{
            MetricFormat::XLegacy,
            QStringLiteral("x"),
            {names({u"tweet id"}), names({u"tweet permalink"}), names({u"time"})},
            {
                field(Field::PostId, names({u"tweet id"})),
                field(Field::Permalink, names({u"tweet permalink"})),
                field(Field::Text, names({u"tweet text"})),
                field(Field::Published, names({u"time"})),
                count(CountMetric::Impressions, names({u"impressions"})),
                count(CountMetric::Shares, names({u"retweets"})),
                count(CountMetric::Comments, names({u"replies"})),
                // 2015 files say "favorites".
                count(CountMetric::Reactions, names({u"likes", u"favorites"})),
                count(CountMetric::ProfileVisits, names({u"user profile clicks"})),
                count(CountMetric::Clicks, names({u"url clicks"})),
                count(CountMetric::Follows, names({u"follows"})),
                count(CountMetric::Views, names({u"media views"})),
            },
        },
        FormatSpec{
            MetricFormat::X,
            QStringLiteral("x"),
            {names({u"post id"}), names({u"post link"}), names({u"date"}), names({u"impressions"})},
            {
                field(Field::PostId, names({u"post id"})),
                field(Field::Permalink, names({u"post link"})),
                field(Field::Text, names({u"post text"})),
                field(Field::Published, names({u"date"})),
                count(CountMetric::Impressions, names({u"impressions"})),
                count(CountMetric::Reactions, names({u"likes"})),
                count(CountMetric::Saves, names({u"bookmarks"})),
                count(CountMetric::Shares, names({u"reposts"})),
                count(CountMetric::Follows, names({u"new follows"})),
                count(CountMetric::Comments, names({u"replies"})),
                count(CountMetric::ProfileVisits, names({u"profile visits"})),
                count(CountMetric::Clicks, names({u"url clicks"})),
            },
        },
        FormatSpec{
            MetricFormat::LinkedIn,
            QStringLiteral("linkedin"),
            {names({u"post title"}), names({u"post link"}), names({u"created date"})},
            {
                field(Field::Permalink, names({u"post link"})),
                field(Field::Text, names({u"post title"})),
                field(Field::Published, names({u"created date"})),
                count(CountMetric::Impressions, names({u"impressions"})),
                count(CountMetric::Views,
                      names({u"views (excluding offsite video views)", u"views"})),
                count(CountMetric::Clicks, names({u"clicks"})),
                count(CountMetric::Reactions, names({u"likes", u"reactions"})),
                count(CountMetric::Comments, names({u"comments"})),
                count(CountMetric::Shares, names({u"reposts", u"shares"})),
                count(CountMetric::Follows, names({u"follows"})),
            },
            ZoneRule::Utc,
        },
        FormatSpec{
            MetricFormat::YouTube,
            QStringLiteral("youtube"),
            {names({u"content"}), names({u"video title"})},
            {
                field(Field::Content, names({u"content"})),
                field(Field::Text, names({u"video title"})),
                field(Field::Title, names({u"video title"})),
                field(Field::Published, names({u"video publish time"})),
                count(CountMetric::Views, names({u"views"})),
                field(Field::WatchHours, names({u"watch time (hours)"})),
                count(CountMetric::Follows, names({u"subscribers"})),
                count(CountMetric::Impressions, names({u"impressions"})),
                count(CountMetric::Reactions, names({u"likes"})),
                count(CountMetric::Comments, names({u"comments added", u"comments"})),
                count(CountMetric::Shares, names({u"shares"})),
            },
        },
    };
    return specs;
}

const FormatSpec *specFor(MetricFormat format)
{
    for (const FormatSpec &spec : formatSpecs()) {
        if (spec.format == format)
            return &spec;
    }
    return nullptr;
}

QList<MetricFormat> formatsFor(MetricSource source)
{
    switch (source) {
    case MetricSource::Auto:
        return {MetricFormat::FacebookLegacy,
                MetricFormat::MetaFacebook,
                MetricFormat::MetaInstagram,
                MetricFormat::XLegacy,
                MetricFormat::X,
                MetricFormat::LinkedIn,
                MetricFormat::YouTube};
    case MetricSource::MetaFacebook:
        return {MetricFormat::MetaFacebook};
    case MetricSource::MetaInstagram:
        return {MetricFormat::MetaInstagram};
    case MetricSource::FacebookLegacy:
        return {MetricFormat::FacebookLegacy};
    case MetricSource::X:
        return {MetricFormat::XLegacy, MetricFormat::X};
    case MetricSource::LinkedIn:
        return {MetricFormat::LinkedIn};
    case MetricSource::YouTube:
        return {MetricFormat::YouTube};
    case MetricSource::Generic:
        return {};
    }
    return {};
}

bool fits(const FormatSpec &spec, const QSet<QString> &header)
{
    for (const QStringList &group : spec.required) {
        bool found = false;
        for (const QString &name : group)
            found = found || header.contains(name);
        if (!found)
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Values.

// A count as written in exports: "12", "29.0", "-3", "1,234"; empty, "-" and "N/A" are "not
// available". Returns false for text that is not a whole number.
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

// A post id a spreadsheet rounded into scientific notation ("6.49E+17"): the real id is gone.
bool isMangledId(const QString &id)
{
    // Most ids have no exponent at all; the expression ran for every row of an import.
    if (!id.contains(u'e', Qt::CaseInsensitive))
        return false;
    static const QRegularExpression scientific(
        QStringLiteral("^[-+]?[0-9]+([.,][0-9]+)?[eE][-+]?[0-9]+$"));
    return scientific.match(id).hasMatch();
}

struct ParsedTime
{
    QDateTime utc;
    bool dateOnly = false;
};

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

// `offsets` (of `zone`) answers most wall-clock times without QDateTime's zone conversion,
// which was a sixth of a large import's reading.
std::optional<ParsedTime> parseTime(const QString &cell, const QTimeZone &zone,
                                    ZoneOffsetCache &offsets, const QString &customFormat)
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
    static const QRegularExpression numeric(
        QStringLiteral("^(\\d{1,4})([/-])(\\d{1,2})\\2(\\d{1,4})(?:[ "
                       "T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?$"));
    NumericTime parts;
    bool isNumeric = scanNumericTime(text, parts);
    if (!isNumeric) {
        if (const auto match = numeric.match(text); match.hasMatch()) {
            isNumeric = true;
            parts.first = match.capturedView(1).toInt();
            parts.yearFirst = match.capturedLength(1) == 4;
            parts.second = match.capturedView(3).toInt();
            parts.third = match.capturedView(4).toInt();
            parts.hasTime = match.capturedLength(5) > 0;
            parts.hour = match.capturedView(5).toInt();
            parts.minute = match.capturedView(6).toInt();
            parts.seconds = match.capturedView(7).toInt();
            parts.half =
                match.capturedLength(8) > 0 ? match.capturedView(8).front().toLower() : QChar();
        }
    }
    if (isNumeric) {
        // Slashes with the year last are month/day/year, as every US-made export writes them.
        const QDate date = parts.yearFirst ? QDate(parts.first, parts.second, parts.third)
                                           : QDate(parts.third, parts.first, parts.second);
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

// Windows-1252 differs from Latin-1 only in 0x80–0x9F.
QString decodeWindows1252(const QByteArray &bytes)
{
    static const char16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    };
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        text += (code >= 0x80 && code < 0xA0) ? QChar(high[code - 0x80]) : QChar(char16_t(code));
    }
    return text;
}

// Text that fails as UTF-8 but uses no byte Windows-1252 leaves undefined is very likely
// Windows-1252 or Latin-1.
bool looksLikeWindows1252(const QByteArray &bytes)
{
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        if (code == 0x81 || code == 0x8D || code == 0x8F || code == 0x90 || code == 0x9D ||
            code == 0)
            return false;
    }
    return true;
}

QChar sniffDelimiter(const QByteArray &head)
{
    // The first line (outside quotes) decides between comma, semicolon and tab.
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const char byte : head) {
        if (byte == '"')
            quoted = !quoted;
        else if (!quoted && (byte == '\n' || byte == '\r')) {
            if (commas + semicolons + tabs > 0)
                break;
        } else if (!quoted && byte == ',')
            ++commas;
        else if (!quoted && byte == ';')
            ++semicolons;
        else if (!quoted && byte == '\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

// Lists up to ten line numbers, "3, 7, 9 and 4 more".
QString lineList(const QList<qint64> &lines)
{
    QStringList shown;
    for (qsizetype i = 0; i < lines.size() && i < 10; ++i)
        shown << QString::number(lines.at(i));
    QString text = shown.join(QStringLiteral(", "));
    if (lines.size() > 10)
        text += tr(" and %1 more").arg(lines.size() - 10);
    return text;
}

// ---------------------------------------------------------------------------------------------
// Row sources: CSV streamed from the file, or one sheet of an .xls workbook.

class RowSource
{
public:
    virtual ~RowSource() = default;
    virtual bool next(QStringList &fields, qint64 &line) = 0;
    virtual QString errorString() const = 0;
};

class CsvSource final : public RowSource
{
public:
    CsvSource(std::unique_ptr<QIODevice> device, QChar delimiter)
        : m_device(std::move(device))
        , m_reader(m_device.get(), delimiter)
    {}
    bool next(QStringList &fields, qint64 &line) override
    {
        if (!m_reader.readNext(m_record))
            return false;
        // Swapped, not copied: the reader reuses the strings of the list it gets back.
        fields.swap(m_record.fields);
        line = m_record.line;
        return true;
    }
    QString errorString() const override
    {
        return m_reader.hasError() ? m_reader.errorString() : QString();
    }

private:
    std::unique_ptr<QIODevice> m_device;
    CsvReader m_reader;
    CsvRecord m_record;
};

class SheetSource final : public RowSource
{
public:
    explicit SheetSource(QList<QStringList> rows)
        : m_rows(std::move(rows))
    {}
    bool next(QStringList &fields, qint64 &line) override
    {
        if (m_index >= m_rows.size())
            return false;
        fields = m_rows.at(m_index);
        line = ++m_index;
        return true;
    }
    QString errorString() const override { return {}; }

private:
    QList<QStringList> m_rows;
    qsizetype m_index = 0;
};

// ---------------------------------------------------------------------------------------------
// The import itself: one pass over the rows, deciding and (in Commit mode) writing.

struct ResolvedField
{
    Field field;
    CountMetric metric;
    int column;
};

struct Candidate
{
    qint64 postId = 0;
    qint64 time = 0;
    QString text;
    QString title;
    QString externalId;
};

class ImportRun final
{
public:
    ImportRun(Database &database, const MetricImportOptions &options, ImportMode mode)
        : m_database(database)
        , m_options(options)
        , m_mode(mode)
    {}

    ~ImportRun() { m_stopHashing.store(true); }
    ImportRun(const ImportRun &) = delete;
    ImportRun &operator=(const ImportRun &) = delete;

    Result<MetricImportPreview> execute(const QString &filePath);
    // Stop once the header is understood (format detection reads no data rows).
    void setHeaderOnly() { m_headerOnly = true; }
    // The SHA-256 (hex) the file had when it was previewed: a commit of a file that changed
    // since is refused.
    void expectSha256(const QString &sha256) { m_expectedSha256 = sha256; }
    // The commit found, once the file's hash was known, that the file was imported before;
    // it wrote nothing. A dry run gives the preview of such a file.
    bool foundImportedBefore() const { return m_foundImportedBefore; }

private:
    void startHashing(const QString &filePath);
    Result<void> finishHashing(const QString &filePath);
    Result<void> openSource(const QString &filePath, const QByteArray &head);
    Result<void> findHeader();
    Result<void> resolveColumns(bool warn);
    bool nextRow(QStringList &fields, qint64 &line);
    void resolveGeneric();
    bool isDescriptionRow(const QStringList &fields) const;
    Result<void> processRow(const QStringList &fields, qint64 line);
    Result<void> prepareStatements();
    Result<void> loadKnownPosts();
    bool hasTimeCandidate(const QString &network, qint64 from, qint64 to) const;
    Result<void> exec(SqliteStatement &statement, const QString &context);
    // key: textKey of "network\x1fexternalId".
    Result<std::optional<qint64>> findByExternalId(const QString &network,
                                                   const QString &externalId, quint64 key);
    Result<std::optional<qint64>> findByPermalink(const QString &network, const QString &permalink);
    Result<std::optional<qint64>> findKnown(const QHash<quint64, qint64> &known, quint64 key,
                                            const QString &network, const QString &value,
                                            SqliteStatement &confirm, SqliteStatement &search,
                                            const QString &context);
    Result<std::optional<qint64>> findByTimeAndText(const QString &network, const ParsedTime &time,
                                                    const QString &text, const QString &externalId);
    Result<std::optional<MetricSnapshot>> currentFigures(qint64 postId, const QString &network);
    void createPost(qint64 postId, const QString &network, const QString &externalId,
                    const QString &permalink, const QDateTime &published, const QString &title,
                    const QString &text);
    Result<void> linkPost(qint64 postId, const QString &network, const QString &externalId,
                          const QString &permalink, const QDateTime &published);
    Result<void> writeSnapshot(const MetricSnapshot &snapshot, const QStringList &fields);
    Result<void> flushWrites();
    template<typename Row, typename Bind>
    Result<void> writeRows(QList<Row> &rows, SqliteStatement &batch, SqliteStatement &single,
                           int columns, Bind bind, const QString &context);
    void skip(qint64 line, const QString &reason, ImportRowPreview item);
    void addItem(ImportRowPreview item);
    void warnLine(const QString &kind, qint64 line);
    void finishWarnings();
    // Keeps the smallest post id per key: the first post holding an id or link is the match.
    static void rememberFirst(QHash<quint64, qint64> &known, quint64 key, qint64 postId)
    {
        const auto found = known.find(key);
        if (found == known.end())
            known.insert(key, postId);
        else if (postId < *found)
            *found = postId;
    }
    static quint64 textKey(const QString &text)
    {
        static_assert(sizeof(size_t) == 8, "64-bit hashes expected");
        return quint64(qHash(text, size_t(0x9e3779b97f4a7c15ULL)));
    }
    static quint64 claimKey(const QString &network, qint64 postId)
    {
        return textKey(network + u'\x1f' + QString::number(postId));
    }
    QString cell(const QStringList &fields, int column) const
    {
        return column >= 0 && column < fields.size() ? fields.at(column) : QString();
    }
    int columnOf(Field kind) const
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
    bool m_foundImportedBefore = false;
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
    QString m_networkColumnName;
    int m_networkColumn = -1;
    QString m_customTimeFormat;
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
    // Posts matched or created by this file → first line, so two rows never claim one post.
    QHash<quint64, qint64> m_claimed;
    // Posts created by this file have the ids from m_firstCreatedId on (see m_nextPostId).
    qint64 m_firstCreatedId = std::numeric_limits<qint64>::max();
    bool createdHere(qint64 postId) const { return postId >= m_firstCreatedId; }
    QHash<QString, QList<qint64>> m_warningLines;
    QStringList m_warningOrder;
    QSet<QString> m_accounts;
    QSet<QString> m_knownNetworks;
    SqliteStatement m_byExternal, m_byPermalink, m_confirmExternal, m_confirmPermalink,
        m_byPublished, m_byScheduled, m_current, m_link, m_publish;
    // New rows are written in batches of batchRows with one multi-row INSERT each: SQLite sets
    // up a statement (transaction check, cursors, constraint checks) once per batch instead of
    // once per row. The rest of a batch goes in one row at a time.
    static constexpr int batchRows = 64;
    struct NewPost
    {
        qint64 id = 0;
        QString network;
        QString externalId;
        QString permalink;
        std::optional<qint64> published;
        QString title;
        QString text;
    };
    struct NewSnapshot
    {
        MetricSnapshot figures;
        QByteArray rawCells;
    };
    QList<NewPost> m_newPosts;
    QList<NewSnapshot> m_newSnapshots;
    SqliteStatement m_insertPosts, m_insertPost, m_insertNetworks, m_insertNetwork,
        m_insertSnapshots, m_insertSnapshot;
    // Ids of new posts are given here, as SQLite would give them (the largest plus one); the
    // write transaction keeps every other writer out.
    qint64 m_nextPostId = 1;
    qint64 m_now = 0;
    // The stored layout of m_rawNames; added with the first snapshot written.
    qint64 m_rawLayoutId = 0;
    // The post (the first, by id) holding each id and link (textKey of "network\x1fid" and
    // "network\x1flink"), and the times of its posts per network, sorted: a row is matched
    // without searching SQLite, which keeps no index on ids and links. A match is confirmed by
    // primary key; only two texts sharing a key would make the importer search the table.
    QHash<quint64, qint64> m_knownIds;
    QHash<quint64, qint64> m_knownLinks;
    QHash<QString, std::vector<qint64>> m_knownTimes;
};

Result<void> ImportRun::exec(SqliteStatement &statement, const QString &context)
{
    const int rc = statement.step();
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const QSqlError error = statement.lastError(rc);
        statement.reset();
        return m_database.errorFrom(error, context);
    }
    statement.reset();
    return success();
}

Result<void> ImportRun::prepareStatements()
{
    sqlite3 *db = nativeSqliteHandle(m_database.connection());
    if (!db)
        return Error::make(ErrorKind::Internal, tr("The database connection is not SQLite."));
    auto make = [&](SqliteStatement &statement, const QString &sqlText) -> Result<void> {
        if (const int rc = statement.prepare(db, sqlText); rc != SQLITE_OK)
            return m_database.errorFrom(statement.lastError(rc), tr("preparing the metric import"));
        return success();
    };
    const QString candidateColumns =
        QStringLiteral("SELECT p.id, coalesce(pn.published_at, p.scheduled_at), "
                       "coalesce(pn.variant_text, p.body), p.title, "
                       "pn.external_id FROM posts p JOIN post_networks pn ON pn.post_id = p.id ");
    // Prepared once and reused for every row: preparing per row would dominate large imports.
    // Numbered parameters: ?1 network, then the values named in each statement.
    for (auto [statement, sqlText] : std::initializer_list<std::pair<SqliteStatement *, QString>>{
             {&m_byExternal,
              QStringLiteral("SELECT post_id FROM post_networks WHERE network_id = ?1 "
                             "AND external_id = ?2 ORDER BY post_id LIMIT 1")},
             {&m_byPermalink,
              QStringLiteral("SELECT post_id FROM post_networks WHERE permalink = ?2 "
                             "AND network_id = ?1 ORDER BY post_id LIMIT 1")},
             {&m_confirmExternal,
              QStringLiteral("SELECT 1 FROM post_networks WHERE post_id = ?3 AND network_id = ?1 "
                             "AND external_id = ?2")},
             {&m_confirmPermalink,
              QStringLiteral("SELECT 1 FROM post_networks WHERE post_id = ?3 AND network_id = ?1 "
                             "AND permalink = ?2")},
             {&m_byPublished,
              candidateColumns + QStringLiteral("WHERE pn.network_id = ?1 AND pn.published_at "
                                                "BETWEEN ?2 AND ?3")},
             {&m_byScheduled,
              // CROSS JOIN keeps posts outermost so the scheduled_at index bounds the search;
              // otherwise SQLite may scan every post of the network for each row.
              QStringLiteral(
                  "SELECT p.id, p.scheduled_at, coalesce(pn.variant_text, p.body), p.title, "
                  "pn.external_id FROM posts p CROSS JOIN post_networks pn ON pn.post_id = p.id "
                  "AND pn.network_id = ?1 WHERE p.scheduled_at BETWEEN ?2 AND ?3 AND "
                  "pn.published_at IS NULL")},
             {&m_current,
              QStringLiteral(
                  "SELECT reach, impressions, views, reactions, comments, shares, saves, "
                  "clicks, follows, profile_visits, watch_time_seconds, captured_at "
                  "FROM metric_snapshots WHERE network_id = ?1 AND post_id = ?2 "
                  "ORDER BY captured_at DESC, id DESC LIMIT 1")},
         }) {
        if (auto made = make(*statement, sqlText); !made)
            return made;
    }
    if (m_mode == ImportMode::DryRun)
        return success();
    auto rowsOf = [](const QString &row, int count) {
        QStringList rows;
        for (int i = 0; i < count; ++i)
            rows << row;
        return rows.join(QStringLiteral(", "));
    };
    QStringList metricNames;
    for (CountMetric metric : allCountMetrics)
        metricNames << metricKey(metric);
    const QString postRow = QStringLiteral("(?, ?, ?, ?, 'published', 'imported', ?, ?)");
    const QString networkRow = QStringLiteral("(?, ?, ?, ?, ?)");
    // network, post, captured, import, line, the counts, watch time, raw layout and cells.
    const QString snapshotRow = QStringLiteral("(?, ?, ?, ?, ?, ") +
                                rowsOf(QStringLiteral("?"), allCountMetrics.size()) +
                                QStringLiteral(", ?, ?, ?)");
    // OR FAIL: a failed row fails the whole import's transaction anyway, and with the default
    // ABORT SQLite keeps a statement journal of every page each multi-row INSERT touches (a tenth
    // of a large import).
    const QString insertPosts = QStringLiteral(
        "INSERT OR FAIL INTO posts (id, title, body, scheduled_at, status, origin, created_at, "
        "updated_at) VALUES ");
    const QString insertNetworks =
        QStringLiteral("INSERT OR FAIL INTO post_networks (post_id, network_id, external_id, "
                       "permalink, published_at) "
                       "VALUES ");
    const QString insertSnapshots =
        QStringLiteral("INSERT OR FAIL INTO metric_snapshots (network_id, post_id, captured_at, "
                       "import_id, source_line, %1, watch_time_seconds, raw_layout_id, "
                       "raw_values) VALUES ")
            .arg(metricNames.join(QStringLiteral(", ")));
    for (auto [statement, sqlText] : std::initializer_list<std::pair<SqliteStatement *, QString>>{
             {&m_insertPosts, insertPosts + rowsOf(postRow, batchRows)},
             {&m_insertPost, insertPosts + postRow},
             {&m_insertNetworks, insertNetworks + rowsOf(networkRow, batchRows)},
             {&m_insertNetwork, insertNetworks + networkRow},
             {&m_insertSnapshots, insertSnapshots + rowsOf(snapshotRow, batchRows)},
             {&m_insertSnapshot, insertSnapshots + snapshotRow},
             {&m_link,
              QStringLiteral("UPDATE post_networks SET external_id = coalesce(external_id, ?3), "
                             "permalink = coalesce(permalink, ?4), published_at = "
                             "coalesce(published_at, ?5) WHERE post_id = ?2 AND network_id = ?1")},
             {&m_publish,
              QStringLiteral("UPDATE posts SET status = 'published', updated_at = ?2 WHERE id = "
                             "?1 AND status IN ('draft', 'scheduled')")},
         }) {
        if (auto made = make(*statement, sqlText); !made)
            return made;
    }
    auto largest = m_database.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM posts"));
    if (!largest)
        return largest.error();
    m_nextPostId = largest->toLongLong() + 1;
    m_firstCreatedId = m_nextPostId;
    m_now = m_database.clock().now().toSecsSinceEpoch();
    return success();
}

Result<void> ImportRun::loadKnownPosts()
{
    SqliteStatement all;
    if (const int rc = all.prepare(nativeSqliteHandle(m_database.connection()),
                                   QStringLiteral("SELECT pn.network_id, pn.external_id, "
                                                  "pn.permalink, coalesce(pn.published_at, "
                                                  "p.scheduled_at), pn.post_id FROM post_networks "
                                                  "pn JOIN posts p ON p.id = pn.post_id"));
        rc != SQLITE_OK)
        return m_database.errorFrom(all.lastError(rc), tr("reading the posts to match"));
    int rc = SQLITE_ROW;
    while ((rc = all.step()) == SQLITE_ROW) {
        const QString network = all.text(0);
        const qint64 postId = all.int64(4);
        if (!all.isNull(1))
            rememberFirst(m_knownIds, textKey(network + u'\x1f' + all.text(1)), postId);
        if (!all.isNull(2))
            rememberFirst(m_knownLinks, textKey(network + u'\x1f' + all.text(2)), postId);
        if (!all.isNull(3))
            m_knownTimes[network].push_back(all.int64(3));
    }
    if (rc != SQLITE_DONE)
        return m_database.errorFrom(all.lastError(rc), tr("reading the posts to match"));
    for (std::vector<qint64> &times : m_knownTimes)
        std::sort(times.begin(), times.end());
    return success();
}

bool ImportRun::hasTimeCandidate(const QString &network, qint64 from, qint64 to) const
{
    const auto found = m_knownTimes.constFind(network);
    if (found == m_knownTimes.cend())
        return false;
    const auto first = std::lower_bound(found->begin(), found->end(), from);
    return first != found->end() && *first <= to;
}

Result<void> ImportRun::openSource(const QString &filePath, const QByteArray &head)
{
    if (XlsWorkbook::looksLikeXls(head)) {
        auto workbook = XlsWorkbook::open(filePath);
        if (!workbook)
            return workbook.error();
        // LinkedIn puts daily page totals on "Metrics" and one row per post on "All posts".
        int postsSheet = -1;
        const QStringList sheets = workbook->sheetNames();
        for (int i = 0; i < sheets.size(); ++i) {
            if (normalisedHeader(sheets.at(i)) == u"all posts")
                postsSheet = i;
        }
        if (postsSheet < 0 && sheets.size() > 1)
            postsSheet = 1;
        if (postsSheet < 0)
            postsSheet = 0;
        for (int i = 0; i < sheets.size(); ++i) {
            if (i != postsSheet)
                m_preview.warnings
                    << tr("The sheet \"%1\" holds totals per day, not per post; it was not "
                          "imported.")
                           .arg(sheets.at(i));
        }
        auto rows = workbook->rows(postsSheet);
        if (!rows)
            return rows.error();
        m_preview.sheetName = sheets.value(postsSheet);
        m_source = std::make_unique<SheetSource>(std::move(*rows));
        return success();
    }
    if (head.startsWith("PK\x03\x04"))
        return Error::make(
            ErrorKind::InvalidInput,
            tr("%1: this is an .xlsx workbook, which Hearth does not read. Save it as CSV (UTF-8) "
               "or as .xls and import that.")
                .arg(filePath));
    const QChar delimiter = sniffDelimiter(head);
    if (m_options.encoding == TextEncoding::Windows1252) {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(ErrorKind::Io,
                               tr("%1: cannot be read: %2").arg(filePath, file.errorString()));
        const QByteArray bytes = file.readAll();
        QByteArray utf8 = bytes;
        bool isUtf8 = true;
        {
            QStringDecoder decoder(QStringDecoder::Utf8);
            // decode() is lazy: the result must be turned into a string for errors to show.
            const QString decoded = decoder.decode(bytes);
            isUtf8 = !decoder.hasError() && !decoded.isNull();
        }
        // Valid UTF-8 stays as it is; only text that is not UTF-8 gets converted.
        if (!isUtf8) {
            utf8 = decodeWindows1252(bytes).toUtf8();
            m_preview.warnings << tr(
                "The file is not UTF-8; it was read as Windows-1252 (Latin-1), as you "
                "chose.");
        }
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(utf8);
        buffer->open(QIODevice::ReadOnly);
        m_source = std::make_unique<CsvSource>(std::move(buffer), delimiter);
        return success();
    }
    auto file = std::make_unique<QFile>(filePath);
    if (!file->open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::Io,
                           tr("%1: cannot be read: %2").arg(filePath, file->errorString()));
    m_source = std::make_unique<CsvSource>(std::move(file), delimiter);
    return success();
}

bool ImportRun::nextRow(QStringList &fields, qint64 &line)
{
    if (!m_pending.isEmpty()) {
        std::tie(fields, line) = m_pending.takeFirst();
        return true;
    }
    return m_source->next(fields, line);
}

Result<void> ImportRun::findHeader()
{
    QList<std::pair<QStringList, qint64>> scannedRows;
    qsizetype firstNonEmptyIndex = -1;
    auto acceptHeader = [&](qsizetype index) {
        m_header = scannedRows.at(index).first;
        m_headerLine = scannedRows.at(index).second;
        m_pending = scannedRows.mid(index + 1);
    };
    QList<MetricFormat> candidates = formatsFor(m_options.source);
    QStringList fields;
    qint64 line = 0;
    // Header rows are near the top; a description sentence or two may come first.
    for (int scanned = 0; scanned < 30 && m_source->next(fields, line); ++scanned) {
        scannedRows.append({fields, line});
        bool empty = true;
        for (const QString &value : fields)
            empty = empty && value.trimmed().isEmpty();
        if (empty)
            continue;
        QSet<QString> normalised;
        for (const QString &value : fields)
            normalised.insert(normalisedHeader(value));
        for (MetricFormat format : candidates) {
            const FormatSpec *spec = specFor(format);
            if (spec && fits(*spec, normalised)) {
                m_spec = spec;
                m_preview.format = format;
                acceptHeader(scannedRows.size() - 1);
                return success();
            }
        }
        if (m_options.source == MetricSource::Generic || m_options.source == MetricSource::Auto) {
            // Generic: the first row that holds every mapped column, else the first full row.
            if (m_options.mapping && !m_options.mapping->isEmpty()) {
                bool all = true;
                for (const QString &name :
                     {m_options.mapping->postIdColumn, m_options.mapping->permalinkColumn,
                      m_options.mapping->publishedColumn}) {
                    if (!name.isEmpty() && !normalised.contains(normalisedHeader(name)))
                        all = false;
                }
                for (const auto &[key, name] : m_options.mapping->metrics) {
                    if (!normalised.contains(normalisedHeader(name)))
                        all = false;
                }
                if (all) {
                    m_preview.format = MetricFormat::Generic;
                    acceptHeader(scannedRows.size() - 1);
                    return success();
                }
            }
            if (firstNonEmptyIndex < 0 && fields.size() > 1)
                firstNonEmptyIndex = scannedRows.size() - 1;
        }
    }
    if (const QString error = m_source->errorString(); !error.isEmpty())
        return Error::make(ErrorKind::InvalidInput, error);
    if (m_options.source != MetricSource::Generic && m_options.source != MetricSource::Auto)
        return Error::make(
            ErrorKind::InvalidInput,
            tr("The file is not a %1 export: the columns it needs (such as \"%2\") are not in "
               "the first rows. Choose another source, or \"generic\" with a column mapping.")
                .arg(toString(m_options.source),
                     specFor(candidates.value(0))
                         ? specFor(candidates.value(0))->required.value(0).value(0)
                         : QString()));
    if (firstNonEmptyIndex < 0)
        return Error::make(ErrorKind::InvalidInput,
                           tr("The file holds no header row; there is nothing to import."));
    m_preview.format = MetricFormat::Generic;
    acceptHeader(firstNonEmptyIndex);
    return success();
}

void ImportRun::resolveGeneric()
{
    m_preview.headerSignature = MetricImporter::headerSignature(m_header);
    std::optional<MetricColumnMapping> mapping = m_options.mapping;
    if (!mapping || mapping->isEmpty()) {
        MetricRepository repository(m_database);
        auto stored = repository.importMapping(m_preview.headerSignature);
        if (stored && *stored) {
            auto parsed = MetricColumnMapping::fromJson(**stored);
            if (parsed)
                mapping = *parsed;
        }
    }
    if (!mapping || mapping->isEmpty()) {
        m_preview.needsMapping = true;
        return;
    }
    m_preview.mapping = mapping;
    auto find = [&](const QString &name) -> int {
        if (name.isEmpty())
            return -1;
        const QString wanted = normalisedHeader(name);
        for (int i = 0; i < m_header.size(); ++i) {
            if (normalisedHeader(m_header.at(i)) == wanted)
                return i;
        }
        return -2;
    };
    QStringList missing;
    auto add = [&](Field kind, CountMetric metric, const QString &name) {
        const int column = find(name);
        if (column == -2)
            missing << name;
        else if (column >= 0)
            m_fields << ResolvedField{kind, metric, column};
    };
    add(Field::PostId, CountMetric::Reach, mapping->postIdColumn);
    add(Field::Permalink, CountMetric::Reach, mapping->permalinkColumn);
    add(Field::Published, CountMetric::Reach, mapping->publishedColumn);
    add(Field::Text, CountMetric::Reach, mapping->textColumn);
    for (const auto &[key, name] : mapping->metrics) {
        if (key == QLatin1String(watchTimeKey))
            add(Field::WatchSeconds, CountMetric::Reach, name);
        else if (const auto metric = countMetricFromKey(key))
            add(Field::Count, *metric, name);
    }
    m_networkColumn = find(mapping->networkColumn);
    if (m_networkColumn == -2)
        missing << mapping->networkColumn;
    m_customTimeFormat = mapping->publishedFormat;
    if (!missing.isEmpty()) {
        m_preview.needsMapping = true;
        m_preview.warnings
            << tr("The mapping names columns this file does not have: %1. Choose the columns "
                  "again.")
                   .arg(missing.join(QStringLiteral(", ")));
    }
}

Result<void> ImportRun::resolveColumns(bool warn)
{
    m_fields.clear();
    m_preview.headers = m_header;
    m_preview.headerSignature = MetricImporter::headerSignature(m_header);
    if (m_preview.format == MetricFormat::Generic) {
        resolveGeneric();
    } else {
        for (qsizetype s = 0; s < m_spec->fields.size(); ++s) {
            const FieldSpec &spec = m_spec->fields.at(s);
            // A field found through an earlier alias (e.g. "Total clicks") wins over later ones.
            bool already = false;
            for (const ResolvedField &resolved : m_fields)
                already =
                    already || (resolved.field == spec.field &&
                                (spec.field != Field::Count || resolved.metric == spec.metric));
            if (already)
                continue;
            QList<int> matches;
            for (int i = 0; i < m_header.size(); ++i) {
                if (!spec.aliases.contains(normalisedHeader(m_header.at(i))))
                    continue;
                if (!spec.descriptionWords.isEmpty()) {
                    const QString description = normalisedHeader(m_descriptions.value(i));
                    bool all = true;
                    for (const QString &word : spec.descriptionWords)
                        all = all && description.contains(word);
                    if (!all)
                        continue;
                }
                matches << i;
            }
            if (matches.isEmpty())
                continue;
            m_fields << ResolvedField{spec.field, spec.metric, matches.first()};
            if (warn && matches.size() > 1 && spec.descriptionWords.isEmpty()) {
                m_preview.warnings
                    << tr("The column \"%1\" appears %2 times (columns %3); Hearth used the first "
                          "one and kept every column in the raw values.")
                           .arg(m_header.at(matches.first()).trimmed())
                           .arg(matches.size())
                           .arg([&] {
                               QStringList numbers;
                               for (int column : matches)
                                   numbers << QString::number(column + 1);
                               return numbers.join(QStringLiteral(", "));
                           }());
            }
        }
        if (columnOf(Field::PostId) < 0 && columnOf(Field::Content) < 0 &&
            columnOf(Field::Permalink) < 0)
            return Error::make(
                ErrorKind::InvalidInput,
                tr("Line %1: the header has no post id or link column, so rows cannot be tied to "
                   "posts.")
                    .arg(m_headerLine));
    }
    // Raw column names; duplicates told apart by their description where the file has one.
    QHash<QString, int> occurrences;
    for (const QString &name : m_header)
        ++occurrences[name.trimmed()];
    m_rawNames.clear();
    for (int i = 0; i < m_header.size(); ++i) {
        QString name = m_header.at(i).trimmed();
        name.remove(QChar(0xFEFF));
        if (name.isEmpty())
            name = tr("column %1").arg(i + 1);
        if (occurrences.value(m_header.at(i).trimmed()) > 1 &&
            !m_descriptions.value(i).trimmed().isEmpty())
            name += QStringLiteral(" (%1)").arg(m_descriptions.at(i).trimmed());
        m_rawNames << name;
    }
    return success();
}

bool ImportRun::isDescriptionRow(const QStringList &fields) const
{
    // A row of explanations under the header: the figure columns hold words, not numbers.
    int words = 0;
    for (const ResolvedField &resolved : m_fields) {
        if (resolved.field != Field::Count)
            continue;
        const QString value = cell(fields, resolved.column).trimmed();
        if (value.isEmpty())
            continue;
        std::optional<qint64> number;
        if (parseCount(value, number))
            return false;
        if (!value.contains(u' '))
            return false;
        ++words;
    }
    return words > 0;
}

void ImportRun::warnLine(const QString &kind, qint64 line)
{
    if (!m_warningLines.contains(kind))
        m_warningOrder << kind;
    m_warningLines[kind] << line;
}

void ImportRun::finishWarnings()
{
    // Said out loud: a damaged file can lose its rows and still show a good header.
    if (m_preview.rows == 0)
        m_preview.warnings << tr("Line %1 is the header and no row under it holds data: the file "
                                 "has no posts to import.")
                                  .arg(m_headerLine);
    for (const QString &kind : std::as_const(m_warningOrder)) {
        const QList<qint64> &lines = m_warningLines.value(kind);
        m_preview.warnings << (lines.size() == 1 ? tr("Line %1: %2") : tr("Lines %1: %2"))
                                  .arg(lineList(lines), kind);
    }
    if (m_accounts.size() > 1) {
        QStringList accounts(m_accounts.begin(), m_accounts.end());
        accounts.sort();
        m_preview.warnings << tr("The file mixes %1 accounts (%2): collaboration posts of other "
                                 "accounts often have "
                                 "no reach or follows; those stay empty, not zero.")
                                  .arg(accounts.size())
                                  .arg(accounts.join(QStringLiteral(", ")));
    }
}

void ImportRun::addItem(ImportRowPreview item)
{
    if (m_preview.items.size() < m_options.maxPreviewItems)
        m_preview.items << std::move(item);
    else
        m_preview.itemsTruncated = true;
}

void ImportRun::skip(qint64 line, const QString &reason, ImportRowPreview item)
{
    m_preview.skipped << ImportSkip{line, reason};
    item.action = ImportAction::Skip;
    item.reason = reason;
    addItem(std::move(item));
}

Result<std::optional<qint64>> ImportRun::findByExternalId(const QString &network,
                                                          const QString &externalId, quint64 key)
{
    return findKnown(m_knownIds, key, network, externalId, m_confirmExternal, m_byExternal,
                     tr("finding a post by its id"));
}

Result<std::optional<qint64>> ImportRun::findByPermalink(const QString &network,
                                                         const QString &permalink)
{
    return findKnown(m_knownLinks, textKey(network + u'\x1f' + permalink), network, permalink,
                     m_confirmPermalink, m_byPermalink, tr("finding a post by its link"));
}

Result<std::optional<qint64>> ImportRun::findKnown(const QHash<quint64, qint64> &known, quint64 key,
                                                   const QString &network, const QString &value,
                                                   SqliteStatement &confirm,
                                                   SqliteStatement &search, const QString &context)
{
    const auto found = known.constFind(key);
    if (found == known.cend())
        return std::optional<qint64>();
    confirm.bind(1, network);
    confirm.bind(2, value);
    confirm.bind(3, *found);
    int rc = confirm.step();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return m_database.errorFrom(confirm.lastError(rc), context);
    confirm.reset();
    if (rc == SQLITE_ROW)
        return std::optional<qint64>(*found);
    // Another text with the same key: search the table itself.
    search.bind(1, network);
    search.bind(2, value);
    std::optional<qint64> id;
    if (rc = search.step(); rc == SQLITE_ROW)
        id = search.int64(0);
    else if (rc != SQLITE_DONE)
        return m_database.errorFrom(search.lastError(rc), context);
    search.reset();
    return id;
}

Result<std::optional<qint64>> ImportRun::findByTimeAndText(const QString &network,
                                                           const ParsedTime &time,
                                                           const QString &text,
                                                           const QString &externalId)
{
    if (!time.utc.isValid())
        return std::optional<qint64>();
    const qint64 at = time.utc.toSecsSinceEpoch();
    const qint64 tolerance = qint64(m_options.matchToleranceMinutes) * 60;
    // A date without a time matches anything on that day.
    const qint64 from = time.dateOnly ? at : at - tolerance;
    const qint64 to = time.dateOnly ? at + 24 * 3600 - 1 : at + tolerance;
    if (!hasTimeCandidate(network, from, to))
        return std::optional<qint64>();
    const QString wanted = matchKey(text);
    if (wanted.isEmpty())
        return std::optional<qint64>();
    std::optional<qint64> best;
    qint64 bestDistance = 0;
    for (SqliteStatement *query : {&m_byPublished, &m_byScheduled}) {
        query->bind(1, network);
        query->bind(2, from);
        query->bind(3, to);
        int rc = SQLITE_ROW;
        while ((rc = query->step()) == SQLITE_ROW) {
            const qint64 postId = query->int64(0);
            const QString storedExternal = query->text(4);
            // A post that is already tied to another network id is another post.
            if (!storedExternal.isEmpty() && !isMangledId(storedExternal) &&
                storedExternal != externalId)
                continue;
            if (createdHere(postId) || m_claimed.contains(claimKey(network, postId)))
                continue;
            bool textMatches = false;
            for (const QString &candidate : {query->text(2), query->text(3)}) {
                const QString key = matchKey(candidate);
                const qsizetype n = std::min<qsizetype>(
                    {qsizetype(m_options.matchTextChars), key.size(), wanted.size()});
                if (n > 0 && QStringView(key).left(n) == QStringView(wanted).left(n))
                    textMatches = true;
            }
            if (!textMatches)
                continue;
            const qint64 distance = std::abs(query->int64(1) - at);
            if (!best || distance < bestDistance || (distance == bestDistance && postId < *best)) {
                best = postId;
                bestDistance = distance;
            }
        }
        if (rc != SQLITE_DONE)
            return m_database.errorFrom(query->lastError(rc), tr("finding a post by time"));
        query->reset();
    }
    return best;
}

Result<std::optional<MetricSnapshot>> ImportRun::currentFigures(qint64 postId,
                                                                const QString &network)
{
    m_current.bind(1, network);
    m_current.bind(2, postId);
    std::optional<MetricSnapshot> snapshot;
    const int rc = m_current.step();
    if (rc == SQLITE_ROW) {
        MetricSnapshot figures;
        int column = 0;
        for (CountMetric metric : allCountMetrics) {
            if (!m_current.isNull(column))
                figures.setValue(metric, m_current.int64(column));
            ++column;
        }
        if (!m_current.isNull(column))
            figures.watchTimeSeconds = m_current.real(column);
        figures.capturedAt = QDateTime::fromSecsSinceEpoch(m_current.int64(column + 1), Qt::UTC);
        snapshot = figures;
    } else if (rc != SQLITE_DONE) {
        return m_database.errorFrom(m_current.lastError(rc), tr("reading the current figures"));
    }
    m_current.reset();
    return snapshot;
}

void ImportRun::createPost(qint64 postId, const QString &network, const QString &externalId,
                           const QString &permalink, const QDateTime &published,
                           const QString &title, const QString &text)
{
    NewPost post;
    post.id = postId;
    post.network = network;
    // The title and body columns want text, never NULL; the network's ids may be NULL.
    post.title = title.isNull() ? QStringLiteral("") : title;
    post.text = text.isNull() ? QStringLiteral("") : text;
    if (!externalId.isEmpty())
        post.externalId = externalId;
    if (!permalink.isEmpty())
        post.permalink = permalink;
    if (published.isValid())
        post.published = published.toSecsSinceEpoch();
    m_newPosts << std::move(post);
}

Result<void> ImportRun::linkPost(qint64 postId, const QString &network, const QString &externalId,
                                 const QString &permalink, const QDateTime &published)
{
    m_link.bind(1, network);
    m_link.bind(2, postId);
    m_link.bind(3, externalId.isEmpty() ? QString() : externalId);
    m_link.bind(4, permalink.isEmpty() ? QString() : permalink);
    if (published.isValid())
        m_link.bind(5, published.toSecsSinceEpoch());
    else
        m_link.bindNull(5);
    if (auto done = exec(m_link, tr("linking a post to its published copy")); !done)
        return done.error();
    // Later rows may now find the post by this id or link.
    if (!externalId.isEmpty())
        rememberFirst(m_knownIds, textKey(network + u'\x1f' + externalId), postId);
    if (!permalink.isEmpty())
        rememberFirst(m_knownLinks, textKey(network + u'\x1f' + permalink), postId);
    m_publish.bind(1, postId);
    m_publish.bind(2, m_database.clock().now().toSecsSinceEpoch());
    if (auto done = exec(m_publish, tr("marking a post as published")); !done)
        return done.error();
    return success();
}

Result<void> ImportRun::writeSnapshot(const MetricSnapshot &snapshot, const QStringList &fields)
{
    if (m_rawLayoutId == 0 && !m_rawNames.isEmpty()) {
        auto layout = MetricRepository(m_database).rawLayoutId(m_rawNames);
        if (!layout)
            return layout.error();
        m_rawLayoutId = *layout;
    }
    NewSnapshot row;
    row.figures = snapshot;
    // Every cell, one per header column; an empty cell as null.
    if (!m_rawNames.isEmpty())
        row.rawCells = encodeJsonCells(fields, m_rawNames.size());
    m_newSnapshots << std::move(row);
    // Every new post comes with a snapshot, so a full batch of snapshots is the moment to write.
    if (m_newSnapshots.size() >= batchRows)
        return flushWrites();
    return success();
}

template<typename Row, typename Bind>
Result<void> ImportRun::writeRows(QList<Row> &rows, SqliteStatement &batch, SqliteStatement &single,
                                  int columns, Bind bind, const QString &context)
{
    qsizetype next = 0;
    for (; next + batchRows <= rows.size(); next += batchRows) {
        for (int row = 0; row < batchRows; ++row)
            bind(batch, row * columns, rows.at(next + row));
        if (auto done = exec(batch, context); !done)
            return done;
    }
    for (; next < rows.size(); ++next) {
        bind(single, 0, rows.at(next));
        if (auto done = exec(single, context); !done)
            return done;
    }
    return success();
}

Result<void> ImportRun::flushWrites()
{
    // Posts before their networks before their snapshots: each refers to the one before.
    auto bindPost = [this](SqliteStatement &statement, int base, const NewPost &post) {
        statement.bind(base + 1, post.id);
        statement.bind(base + 2, post.title);
        statement.bind(base + 3, post.text);
        statement.bind(base + 4, post.published);
        statement.bind(base + 5, m_now);
        statement.bind(base + 6, m_now);
    };
    auto bindNetwork = [](SqliteStatement &statement, int base, const NewPost &post) {
        statement.bind(base + 1, post.id);
        statement.bind(base + 2, post.network);
        statement.bind(base + 3, post.externalId);
        statement.bind(base + 4, post.permalink);
        statement.bind(base + 5, post.published);
    };
    auto bindSnapshot = [this](SqliteStatement &statement, int base, const NewSnapshot &row) {
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
    if (auto done = writeRows(m_newPosts, m_insertPosts, m_insertPost, 6, bindPost,
                              tr("creating imported posts"));
        !done)
        return done;
    if (auto done = writeRows(m_newPosts, m_insertNetworks, m_insertNetwork, 5, bindNetwork,
                              tr("adding the networks of imported posts"));
        !done)
        return done;
    if (auto done = writeRows(m_newSnapshots, m_insertSnapshots, m_insertSnapshot,
                              8 + int(allCountMetrics.size()), bindSnapshot, tr("storing figures"));
        !done)
        return done;
    m_newPosts.clear();
    m_newSnapshots.clear();
    return success();
}

Result<void> ImportRun::processRow(const QStringList &fields, qint64 line)
{
    bool empty = true;
    for (const QString &value : fields)
        empty = empty && value.trimmed().isEmpty();
    if (empty)
        return success();
    ++m_preview.rows;

    ImportRowPreview item;
    item.line = line;

    // Every cell is kept with the snapshot (writeSnapshot); cells beyond the header are not.
    if (fields.size() > m_rawNames.size())
        warnLine(
            tr("the row has more cells than the header has columns; the extra cells were ignored."),
            line);

    QString network = m_spec ? m_spec->network : QString();
    if (m_preview.format == MetricFormat::Generic) {
        network = m_preview.mapping ? m_preview.mapping->networkId : QString();
        if (m_networkColumn >= 0)
            network = cell(fields, m_networkColumn).trimmed().toLower();
    }
    item.networkId = network;

    QString externalId = cell(fields, columnOf(Field::PostId)).trimmed();
    if (const int content = columnOf(Field::Content); content >= 0)
        externalId = cell(fields, content).trimmed();
    const QString permalink = cell(fields, columnOf(Field::Permalink)).trimmed();
    if (m_preview.format == MetricFormat::LinkedIn) {
        // The post id exists only inside the link: urn:li:activity:<id>.
        static const QRegularExpression urn(
            QStringLiteral("urn:li:(?:activity|share|ugcPost):([0-9]+)"));
        const auto match = urn.match(permalink);
        externalId = match.hasMatch() ? match.captured(1) : QString();
    }
    const QString text = cell(fields, columnOf(Field::Text));
    QString title = cell(fields, columnOf(Field::Title)).trimmed();
    if (const int account = columnOf(Field::Account);
        account >= 0 && !cell(fields, account).trimmed().isEmpty())
        m_accounts.insert(cell(fields, account).trimmed());
    item.externalId = externalId;
    item.permalink = permalink;
    // Only rows the preview keeps show their text (a large import keeps few).
    if (m_preview.items.size() < m_options.maxPreviewItems)
        item.text = firstLine(text.isEmpty() ? title : text, 80);

    // A word where the post id goes; ids are mostly digits, which cannot be one.
    if (const QString idWord = externalId.isEmpty() || externalId.front().isDigit()
                                   ? QString()
                                   : normalisedHeader(externalId);
        idWord == u"total" || idWord == u"gesamt" || idWord == u"totalt") {
        skip(line, tr("the Total row sums every post; it is not a post of its own."), item);
        return success();
    }
    if (network.isEmpty()) {
        skip(line, tr("no network: the mapping gives none and the row names none."), item);
        return success();
    }
    if (!m_knownNetworks.contains(network)) {
        skip(line,
             tr("the network \"%1\" is not one Hearth knows; add it first or fix the mapping.")
                 .arg(network),
             item);
        return success();
    }

    const auto published = parseTime(cell(fields, columnOf(Field::Published)), m_zone,
                                     *m_zoneOffsets, m_customTimeFormat);
    if (!published) {
        skip(line,
             tr("the publish time \"%1\" is not a date Hearth understands.")
                 .arg(cell(fields, columnOf(Field::Published)).trimmed()),
             item);
        return success();
    }
    item.publishedAt = published->utc;

    MetricSnapshot figures;
    figures.networkId = network;
    figures.capturedAt = m_capturedAt;
    figures.sourceLine = line;
    for (const ResolvedField &resolved : std::as_const(m_fields)) {
        if (resolved.field == Field::Count) {
            std::optional<qint64> value;
            if (!parseCount(cell(fields, resolved.column), value)) {
                skip(line,
                     tr("the column \"%1\" holds \"%2\", which is not a whole number.")
                         .arg(m_header.at(resolved.column).trimmed(),
                              cell(fields, resolved.column).trimmed()),
                     item);
                return success();
            }
            // Only follows can go down (net subscribers); no real count comes near 10^15, and
            // sums of figures near 2^63 would overflow in the charts.
            constexpr qint64 maxCount = 1'000'000'000'000'000;
            if (value && (*value > maxCount || *value < -maxCount ||
                          (*value < 0 && resolved.metric != CountMetric::Follows))) {
                skip(line,
                     (*value < 0 && *value >= -maxCount
                          ? tr("the column \"%1\" holds %2, but this figure cannot be negative.")
                          : tr("the column \"%1\" holds %2, more than any real count; the file "
                               "is probably damaged."))
                         .arg(m_header.at(resolved.column).trimmed())
                         .arg(*value),
                     item);
                return success();
            }
            if (!figures.value(resolved.metric))
                figures.setValue(resolved.metric, value);
        } else if (resolved.field == Field::WatchHours || resolved.field == Field::WatchSeconds) {
            std::optional<double> value;
            if (!parseDecimal(cell(fields, resolved.column), value)) {
                skip(line,
                     tr("the column \"%1\" holds \"%2\", which is not a number.")
                         .arg(m_header.at(resolved.column).trimmed(),
                              cell(fields, resolved.column).trimmed()),
                     item);
                return success();
            }
            if (value)
                figures.watchTimeSeconds =
                    resolved.field == Field::WatchHours ? *value * 3600.0 : *value;
        }
    }
    item.figures = figures;

    bool usableId = !externalId.isEmpty();
    if (usableId && isMangledId(externalId)) {
        usableId = false;
        warnLine(tr("the post id looks like \"%1\": a spreadsheet rounded it into scientific "
                    "notation and the "
                    "real id is lost, so these rows were not matched by id (only by link, or by "
                    "time and text). "
                    "Export the file again and import it without opening it in a spreadsheet.")
                     .arg(externalId),
                 line);
    }
    const QString idForStore = usableId ? externalId : QString();
    if (!usableId && permalink.isEmpty() && !published->utc.isValid()) {
        skip(line,
             tr("the row has no usable post id, no link and no publish time, so it cannot be tied "
                "to a "
                "post."),
             item);
        return success();
    }

    // Two rows of one file for the same post: the first one counts. The id's key is also the
    // key of m_knownIds, so it is worked out once.
    const quint64 idKey = usableId ? textKey(network + u'\x1f' + externalId) : 0;
    std::array<quint64, 2> keys{};
    qsizetype keyCount = 0;
    if (usableId)
        keys[keyCount++] = idKey;
    if (!permalink.isEmpty())
        keys[keyCount++] = textKey(QStringLiteral("link\x1f") + permalink);
    for (qsizetype i = 0; i < keyCount; ++i) {
        if (const auto first = m_seen.constFind(keys[i]); first != m_seen.cend()) {
            skip(line, tr("the same post as line %1; only the first row is used.").arg(*first),
                 item);
            return success();
        }
    }
    for (qsizetype i = 0; i < keyCount; ++i)
        m_seen.insert(keys[i], line);

    // Matching: network id, then link, then time and the start of the text.
    std::optional<qint64> postId;
    if (usableId) {
        auto found = findByExternalId(network, externalId, idKey);
        if (!found)
            return found.error();
        postId = *found;
        if (postId)
            item.matchedBy = tr("post id");
    }
    if (!postId && !permalink.isEmpty()) {
        auto found = findByPermalink(network, permalink);
        if (!found)
            return found.error();
        postId = *found;
        if (postId)
            item.matchedBy = tr("link");
    }
    if (!postId) {
        auto found =
            findByTimeAndText(network, *published, text.isEmpty() ? title : text, idForStore);
        if (!found)
            return found.error();
        postId = *found;
        if (postId)
            item.matchedBy = tr("time and text");
    }
    if (postId) {
        const quint64 claim = claimKey(network, *postId);
        if (const auto first = m_claimed.constFind(claim); first != m_claimed.cend()) {
            skip(line,
                 tr("matches the same post as line %1; only the first row is used.").arg(*first),
                 item);
            return success();
        }
        m_claimed.insert(claim, line);
    }

    if (!postId) {
        ++m_preview.created;
        item.action = ImportAction::Create;
        if (m_mode == ImportMode::Commit) {
            const qint64 created = m_nextPostId++;
            // A later row cannot reach the new post: one with its id or link is skipped above
            // (m_seen), and time matching passes over posts created here (createdHere()). So
            // the new post needs no entry in m_knownIds, m_knownLinks or m_claimed; at 100k new
            // rows those inserts were a tenth of the import.
            createPost(created, network, idForStore, permalink, published->utc, title, text);
            figures.postId = created;
            item.postId = created;
            if (auto written = writeSnapshot(figures, fields); !written)
                return written.error();
        }
        if (published->dateOnly)
            warnLine(tr("the file gives a date without a time of day; the new posts are placed at "
                        "the start of "
                        "that day."),
                     line);
        addItem(std::move(item));
        return success();
    }

    ++m_preview.matched;
    item.postId = *postId;
    figures.postId = *postId;
    auto current = currentFigures(*postId, network);
    if (!current)
        return current.error();
    if (*current && (*current)->sameFiguresAs(figures)) {
        ++m_preview.unchanged;
        item.action = ImportAction::Unchanged;
    } else {
        ++m_preview.updated;
        item.action = ImportAction::Update;
        if (*current && (*current)->capturedAt > m_capturedAt) {
            item.reason = tr("the stored figures are newer; these are kept as history");
            warnLine(tr("the stored figures are newer than this file; these rows were kept as "
                        "history and the "
                        "current figures did not change."),
                     line);
        }
    }
    if (m_mode == ImportMode::Commit) {
        if (auto linked = linkPost(*postId, network, idForStore, permalink, published->utc);
            !linked)
            return linked.error();
        if (item.action == ImportAction::Update) {
            if (auto written = writeSnapshot(figures, fields); !written)
                return written.error();
        }
    }
    addItem(std::move(item));
    return success();
}

void ImportRun::startHashing(const QString &filePath)
{
    m_hashing = std::async(std::launch::async, [this, filePath]() -> Result<QString> {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(ErrorKind::Io,
                               tr("%1: cannot be opened: %2").arg(filePath, file.errorString()));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray chunk;
        while (!file.atEnd()) {
            // Given up when the import ends early (its destructor waits for this thread).
            if (m_stopHashing.load(std::memory_order_relaxed))
                return Error::make(ErrorKind::Io, tr("%1: reading stopped.").arg(filePath));
            chunk = file.read(1 << 20);
            if (chunk.isEmpty() && !file.atEnd())
                return Error::make(ErrorKind::Io,
                                   tr("%1: cannot be read: %2").arg(filePath, file.errorString()));
            hash.addData(chunk);
        }
        return QString::fromLatin1(hash.result().toHex());
    });
}

Result<void> ImportRun::finishHashing(const QString &filePath)
{
    if (!m_hashing.valid())
        return success();
    auto hashed = m_hashing.get();
    if (!hashed)
        return hashed.error();
    m_preview.fileSha256 = *hashed;
    if (!m_expectedSha256.isEmpty() && m_expectedSha256 != m_preview.fileSha256)
        return Error::make(
            ErrorKind::Conflict,
            tr("%1 changed since the preview; preview it again before importing.").arg(filePath));
    auto previous = MetricRepository(m_database).importWithSha256(m_preview.fileSha256);
    if (!previous)
        return previous.error();
    if (*previous) {
        m_preview.alreadyImported = true;
        m_preview.warnings
            << tr("This file was imported before (%1); importing it again changes nothing.")
                   .arg((*previous)->importedAt.toString(Qt::ISODate));
    }
    return success();
}

Result<MetricImportPreview> ImportRun::execute(const QString &filePath)
{
    m_preview.filePath = filePath;
    m_zone = m_options.timeZone.isValid() ? m_options.timeZone : QTimeZone::systemTimeZone();

    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::Io,
                           tr("%1: cannot be opened: %2").arg(filePath, file.errorString()));
    const QByteArray head = file.read(64 * 1024);
    if (head.isEmpty())
        return Error::make(ErrorKind::InvalidInput, tr("%1: the file is empty.").arg(filePath));
    file.close();

    m_capturedAt = m_options.capturedAt;
    if (!m_capturedAt.isValid()) {
        // An export is a snapshot taken when it was saved; never later than now.
        m_capturedAt = QFileInfo(filePath).lastModified().toUTC();
        const QDateTime now = m_database.clock().now();
        if (!m_capturedAt.isValid() || m_capturedAt > now)
            m_capturedAt = now;
    }
    m_capturedAt = QDateTime::fromSecsSinceEpoch(m_capturedAt.toSecsSinceEpoch(), Qt::UTC);

    MetricRepository repository(m_database);
    if (!m_headerOnly)
        startHashing(filePath);

    if (auto opened = openSource(filePath, head); !opened)
        return opened.error();
    auto withFile = [&](const Error &error) {
        return Error::make(error.kind, error.message.startsWith(filePath)
                                           ? error.message
                                           : filePath + QStringLiteral(": ") + error.message);
    };
    // A UTF-8 error on text that reads as Windows-1252 gets the way to convert it added.
    auto explainEncoding = [&](Error error) {
        if (error.message.contains(QStringLiteral("UTF-8"))) {
            QFile raw(filePath);
            if (raw.open(QIODevice::ReadOnly) && looksLikeWindows1252(raw.read(1 << 20)))
                error.message +=
                    tr(" It looks like Windows-1252 (Latin-1) text; to convert it, confirm the "
                       "Windows-1252 encoding (hearth-cli: --encoding windows-1252).");
        }
        return withFile(error);
    };
    if (auto found = findHeader(); !found)
        return explainEncoding(found.error());

    // LinkedIn writes its dates in UTC whatever the user's zone.
    if (m_spec && m_spec->zone == ZoneRule::Utc)
        m_zone = QTimeZone::utc();
    // A description row may follow the header (older Facebook files name duplicates there).
    QStringList fields;
    qint64 line = 0;
    if (m_preview.format != MetricFormat::Generic && nextRow(fields, line)) {
        // Judge the row by the figure columns found without descriptions.
        if (auto probed = resolveColumns(false); !probed)
            return withFile(probed.error());
        if (isDescriptionRow(fields))
            m_descriptions = fields;
        else
            m_pending.prepend({fields, line});
    }
    if (auto resolved = resolveColumns(true); !resolved)
        return withFile(resolved.error());
    m_zoneOffsets.emplace(m_zone);
    if (m_headerOnly)
        return m_preview;
    if (m_preview.needsMapping) {
        if (auto hashed = finishHashing(filePath); !hashed)
            return hashed.error();
        return m_preview;
    }

    auto body = [&]() -> Result<void> {
        if (auto prepared = prepareStatements(); !prepared)
            return prepared;
        auto networks = m_database.exec(QStringLiteral("SELECT id FROM networks"));
        if (!networks)
            return networks.error();
        while (networks->next())
            m_knownNetworks.insert(networks->value(0).toString());
        if (auto loaded = loadKnownPosts(); !loaded)
            return loaded;
        if (m_mode == ImportMode::Commit) {
            MetricImportRecord record;
            record.sourceFormat = toString(m_preview.format);
            record.fileName = QFileInfo(filePath).fileName();
            // The file's hash is stored once it is known, at the end of the transaction.
            record.fileSha256 = QStringLiteral("");
            auto stored = repository.recordImport(record);
            if (!stored)
                return stored.error();
            m_importId = stored->id;
        }
        while (nextRow(fields, line)) {
            if (auto processed = processRow(fields, line); !processed)
                return processed;
        }
        if (const QString error = m_source->errorString(); !error.isEmpty())
            return withFile(Error::make(ErrorKind::InvalidInput, error));
        if (m_mode == ImportMode::Commit) {
            if (auto flushed = flushWrites(); !flushed)
                return flushed;
            // Before anything is committed: a file imported before changes nothing, so this
            // transaction is rolled back and the caller previews the file instead.
            if (auto hashed = finishHashing(filePath); !hashed)
                return hashed;
            if (m_preview.alreadyImported) {
                m_foundImportedBefore = true;
                return Error::make(ErrorKind::Conflict,
                                   tr("%1 was imported before.").arg(filePath));
            }
            auto counted =
                m_database.exec(QStringLiteral("UPDATE metric_imports SET row_count = :rows, "
                                               "file_sha256 = :sha WHERE id = :id"),
                                {{QStringLiteral(":rows"), m_preview.rows},
                                 {QStringLiteral(":sha"), m_preview.fileSha256},
                                 {QStringLiteral(":id"), m_importId}});
            if (!counted)
                return counted.error();
            if (m_preview.format == MetricFormat::Generic && m_preview.mapping &&
                m_options.rememberMapping) {
                if (auto saved = repository.saveImportMapping(m_preview.headerSignature,
                                                              QStringLiteral("metrics"),
                                                              m_preview.mapping->toJson());
                    !saved)
                    return saved;
            }
        }
        return success();
    };

    if (m_mode == ImportMode::Commit) {
        // Every reference an import writes is to a row it wrote or read itself in this
        // transaction: the network (read above), the import record, the raw layout, and the post
        // and network row of each snapshot.
        if (auto done = m_database.writeBulk(body); !done)
            return m_foundImportedBefore ? done.error() : explainEncoding(done.error());
        m_preview.importId = m_importId;
    } else {
        // A dry run: read everything, write nothing.
        if (auto done = body(); !done)
            return explainEncoding(done.error());
        if (auto hashed = finishHashing(filePath); !hashed)
            return hashed.error();
    }
    finishWarnings();
    qCInfo(lcImport) << "metrics" << toString(m_preview.format) << filePath << "rows"
                     << m_preview.rows << "created" << m_preview.created << "updated"
                     << m_preview.updated;
    return m_preview;
}

} // namespace

// ---------------------------------------------------------------------------------------------

QString toString(MetricFormat format)
{
    switch (format) {
    case MetricFormat::Unknown:
        return QStringLiteral("unknown");
    case MetricFormat::MetaFacebook:
        return QStringLiteral("meta-facebook");
    case MetricFormat::MetaInstagram:
        return QStringLiteral("meta-instagram");
    case MetricFormat::FacebookLegacy:
        return QStringLiteral("facebook-legacy");
    case MetricFormat::XLegacy:
        return QStringLiteral("x-legacy");
    case MetricFormat::X:
        return QStringLiteral("x");
    case MetricFormat::LinkedIn:
        return QStringLiteral("linkedin");
    case MetricFormat::YouTube:
        return QStringLiteral("youtube");
    case MetricFormat::Generic:
        return QStringLiteral("generic");
    }
    return {};
}

std::optional<MetricFormat> metricFormatFromString(const QString &text)
{
    for (MetricFormat format :
         {MetricFormat::Unknown, MetricFormat::MetaFacebook, MetricFormat::MetaInstagram,
          MetricFormat::FacebookLegacy, MetricFormat::XLegacy, MetricFormat::X,
          MetricFormat::LinkedIn, MetricFormat::YouTube, MetricFormat::Generic}) {
        if (toString(format) == text)
            return format;
    }
    return std::nullopt;
}

QString networkOf(MetricFormat format)
{
    const FormatSpec *spec = specFor(format);
    return spec ? spec->network : QString();
}

QString toString(MetricSource source)
{
    switch (source) {
    case MetricSource::Auto:
        return QStringLiteral("auto");
    case MetricSource::MetaFacebook:
        return QStringLiteral("meta-facebook");
    case MetricSource::MetaInstagram:
        return QStringLiteral("meta-instagram");
    case MetricSource::FacebookLegacy:
        return QStringLiteral("facebook-legacy");
    case MetricSource::X:
        return QStringLiteral("x");
    case MetricSource::LinkedIn:
        return QStringLiteral("linkedin");
    case MetricSource::YouTube:
        return QStringLiteral("youtube");
    case MetricSource::Generic:
        return QStringLiteral("generic");
    }
    return {};
}

std::optional<MetricSource> metricSourceFromString(const QString &text)
{
    for (MetricSource source :
         {MetricSource::Auto, MetricSource::MetaFacebook, MetricSource::MetaInstagram,
          MetricSource::FacebookLegacy, MetricSource::X, MetricSource::LinkedIn,
          MetricSource::YouTube, MetricSource::Generic}) {
        if (toString(source) == text)
            return source;
    }
    return std::nullopt;
}

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
    return QJsonObject{
        {QStringLiteral("format"), toString(format)},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("matched"), matched},
        {QStringLiteral("created"), created},
        {QStringLiteral("updated"), updated},
        {QStringLiteral("unchanged"), unchanged},
        {QStringLiteral("skipped"), skips},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
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
    return runChecked(preview.filePath, used, ImportMode::Commit, preview.fileSha256);
}

Result<MetricImportPreview> MetricImporter::run(const QString &filePath,
                                                const MetricImportOptions &options, ImportMode mode)
{
    return runChecked(filePath, options, mode, QString());
}

Result<MetricImportPreview> MetricImporter::runChecked(const QString &filePath,
                                                       const MetricImportOptions &options,
                                                       ImportMode mode,
                                                       const QString &expectedSha256)
{
    {
        ImportRun importRun(m_database, options, mode);
        importRun.expectSha256(expectedSha256);
        auto done = importRun.execute(filePath);
        if (done || !importRun.foundImportedBefore())
            return done;
    }
    // The file was imported before, which shows only once its hash is known: that import's
    // transaction was rolled back. Importing it again changes nothing; the preview says so.
    ImportRun dryRun(m_database, options, ImportMode::DryRun);
    dryRun.expectSha256(expectedSha256);
    return dryRun.execute(filePath);
}

} // namespace hearth::core
