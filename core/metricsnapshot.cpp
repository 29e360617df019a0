#include "metricsnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>

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

QByteArray encodeJsonTexts(const QStringList &texts)
{
    // Written by hand into one buffer sized first: QJsonArray would allocate a value per cell,
    // and this runs once per imported row. Most cells need no escape and are copied whole.
    auto escapedLength = [](char16_t ch) -> qsizetype {
        if (ch == u'"' || ch == u'\\' || ch == u'\n' || ch == u'\r' || ch == u'\t')
            return 2;
        return ch < 0x20 ? 6 : 1;
    };
    auto needsEscape = [](char16_t ch) {
        return ch < 0x20 || ch == u'"' || ch == u'\\';
    };
    qsizetype size = 2 + std::max<qsizetype>(0, texts.size() - 1);
    for (const QString &text : texts) {
        if (text.isNull()) {
            size += 4;
            continue;
        }
        size += 2 + text.size();
        for (const QChar ch : text) {
            if (needsEscape(ch.unicode()))
                size += escapedLength(ch.unicode()) - 1;
        }
    }
    QString json(size, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(json.data());
    auto put = [&out](const char *ascii) {
        while (*ascii)
            *out++ = char16_t(*ascii++);
    };
    *out++ = u'[';
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0)
            *out++ = u',';
        const QString &text = texts.at(i);
        if (text.isNull()) {
            put("null");
            continue;
        }
        *out++ = u'"';
        const char16_t *from = reinterpret_cast<const char16_t *>(text.constData());
        const char16_t *end = from + text.size();
        while (from < end) {
            const char16_t *plain = from;
            while (plain < end && !needsEscape(*plain))
                ++plain;
            std::copy(from, plain, out);
            out += plain - from;
            if (plain == end)
                break;
            const char16_t ch = *plain;
            from = plain + 1;
            if (escapedLength(ch) == 2) {
                *out++ = u'\\';
                *out++ = ch == u'\n' ? u'n' : ch == u'\r' ? u'r' : ch == u'\t' ? u't' : ch;
            } else {
                static const char hex[] = "0123456789abcdef";
                put("\\u00");
                *out++ = char16_t(hex[ch >> 4]);
                *out++ = char16_t(hex[ch & 0xf]);
            }
        }
        *out++ = u'"';
    }
    *out++ = u']';
    Q_ASSERT(out == reinterpret_cast<char16_t *>(json.data()) + size);
    return json.toUtf8();
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
