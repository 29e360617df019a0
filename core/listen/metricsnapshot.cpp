// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/metricsnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>

#include <algorithm>

namespace hearth::core {

QString metricKey(CountMetric metric)
{
    switch (metric) {
    case CountMetric::Reach:
        return QStringLiteral("reach");
    case CountMetric::Impressions:
        return QStringLiteral("impressions");
    case CountMetric::Views:
        return QStringLiteral("views");
    case CountMetric::Reactions:
        return QStringLiteral("reactions");
    case CountMetric::Comments:
        return QStringLiteral("comments");
    case CountMetric::Shares:
        return QStringLiteral("shares");
    case CountMetric::Saves:
        return QStringLiteral("saves");
    case CountMetric::Clicks:
        return QStringLiteral("clicks");
    case CountMetric::Follows:
        return QStringLiteral("follows");
    case CountMetric::ProfileVisits:
        return QStringLiteral("profile_visits");
    }
    return {};
}

std::optional<CountMetric> countMetricFromKey(const QString &key)
{
    for (CountMetric metric : allCountMetrics) {
        if (metricKey(metric) == key)
            return metric;
    }
    return std::nullopt;
}

std::optional<qint64> MetricSnapshot::value(CountMetric metric) const
{
    switch (metric) {
    case CountMetric::Reach:
        return reach;
    case CountMetric::Impressions:
        return impressions;
    case CountMetric::Views:
        return views;
    case CountMetric::Reactions:
        return reactions;
    case CountMetric::Comments:
        return comments;
    case CountMetric::Shares:
        return shares;
    case CountMetric::Saves:
        return saves;
    case CountMetric::Clicks:
        return clicks;
    case CountMetric::Follows:
        return follows;
    case CountMetric::ProfileVisits:
        return profileVisits;
    }
    return std::nullopt;
}

void MetricSnapshot::setValue(CountMetric metric, std::optional<qint64> newValue)
{
    switch (metric) {
    case CountMetric::Reach:
        reach = newValue;
        break;
    case CountMetric::Impressions:
        impressions = newValue;
        break;
    case CountMetric::Views:
        views = newValue;
        break;
    case CountMetric::Reactions:
        reactions = newValue;
        break;
    case CountMetric::Comments:
        comments = newValue;
        break;
    case CountMetric::Shares:
        shares = newValue;
        break;
    case CountMetric::Saves:
        saves = newValue;
        break;
    case CountMetric::Clicks:
        clicks = newValue;
        break;
    case CountMetric::Follows:
        follows = newValue;
        break;
    case CountMetric::ProfileVisits:
        profileVisits = newValue;
        break;
    }
}

bool MetricSnapshot::isEmpty() const
{
    for (CountMetric metric : allCountMetrics) {
        if (value(metric))
            return false;
    }
    return !watchTimeSeconds;
}

bool MetricSnapshot::sameFiguresAs(const MetricSnapshot &other) const
{
    for (CountMetric metric : allCountMetrics) {
        if (value(metric) != other.value(metric))
            return false;
    }
    if (watchTimeSeconds.has_value() != other.watchTimeSeconds.has_value())
        return false;
    // Watch time comes from hours with decimals; a millisecond apart is the same figure.
    return !watchTimeSeconds || qAbs(*watchTimeSeconds - *other.watchTimeSeconds) < 0.001;
}

namespace {

// The JSON array of `count` texts, `textAt(i)` each (a null QString is null), as UTF-8 written
// straight into one buffer sized for the worst case: it runs once per imported row, and going
// through a UTF-16 copy or QJsonArray cost more than storing the row.
template<typename TextAt>
QByteArray encodeJsonArray(qsizetype count, TextAt textAt)
{
    // Worst cases per UTF-16 unit: six bytes for an escaped control character, three in UTF-8.
    qsizetype capacity = 2 + count;
    for (qsizetype i = 0; i < count; ++i)
        capacity += 6 + 6 * textAt(i).size();
    QByteArray json(capacity, Qt::Uninitialized);
    char *out = json.data();
    QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    *out++ = '[';
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            *out++ = ',';
        const QString &text = textAt(i);
        if (text.isNull()) {
            out = std::copy_n("null", 4, out);
            continue;
        }
        *out++ = '"';
        const auto *from = reinterpret_cast<const char16_t *>(text.constData());
        const char16_t *const end = from + text.size();
        while (from < end) {
            const char16_t ch = *from;
            if (ch >= 0x80) {
                // A run beyond ASCII goes through Qt's UTF-8 encoder (surrogate pairs are
                // never split: both halves are beyond ASCII).
                const char16_t *run = from;
                while (run < end && *run >= 0x80)
                    ++run;
                out = utf8.appendToBuffer(out, QStringView(from, run));
                from = run;
                continue;
            }
            ++from;
            if (ch >= 0x20 && ch != u'"' && ch != u'\\') {
                *out++ = char(ch);
                continue;
            }
            *out++ = '\\';
            switch (ch) {
            case u'"':
            case u'\\':
                *out++ = char(ch);
                break;
            case u'\n':
                *out++ = 'n';
                break;
            case u'\r':
                *out++ = 'r';
                break;
            case u'\t':
                *out++ = 't';
                break;
            default: {
                static const char hex[] = "0123456789abcdef";
                out = std::copy_n("u00", 3, out);
                *out++ = hex[ch >> 4];
                *out++ = hex[ch & 0xf];
            }
            }
        }
        *out++ = '"';
    }
    *out++ = ']';
    Q_ASSERT(out <= json.data() + capacity);
    json.truncate(out - json.data());
    return json;
}

} // namespace

QByteArray encodeJsonTexts(const QStringList &texts)
{
    return encodeJsonArray(texts.size(),
                           [&texts](qsizetype i) -> const QString & { return texts.at(i); });
}

QByteArray encodeJsonCells(const QStringList &fields, qsizetype columns)
{
    static const QString emptyCell;
    return encodeJsonArray(columns, [&fields](qsizetype i) -> const QString & {
        return i < fields.size() && !fields.at(i).isEmpty() ? fields.at(i) : emptyCell;
    });
}

std::optional<QStringList> decodeJsonTexts(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QStringList texts;
    const QJsonArray array = document.array();
    texts.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (value.isNull())
            texts << QString();
        else if (value.isString())
            // A non-null empty text: "" must not come back as an empty cell.
            texts << (value.toString().isEmpty() ? QStringLiteral("") : value.toString());
        else
            return std::nullopt;
    }
    return texts;
}

QList<RawValue> zipRawValues(const QStringList &names, const QStringList &cells)
{
    QList<RawValue> values;
    const qsizetype count = std::max(names.size(), cells.size());
    values.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        values << RawValue{names.value(i), cells.value(i)};
    return values;
}

} // namespace hearth::core
