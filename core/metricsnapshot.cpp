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
    // Written by hand: QJsonArray would allocate a value per cell, once per imported row.
    QString json;
    qsizetype size = 2;
    for (const QString &text : texts)
        size += text.size() + 4;
    json.reserve(size);
    json += u'[';
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0)
            json += u',';
        const QString &text = texts.at(i);
        if (text.isNull()) {
            json += QLatin1String("null");
            continue;
        }
        json += u'"';
        qsizetype plainFrom = 0;
        auto flush = [&](qsizetype to) {
            json += QStringView(text).mid(plainFrom, to - plainFrom);
        };
        for (qsizetype c = 0; c < text.size(); ++c) {
            const char16_t ch = text.at(c).unicode();
            if (ch >= 0x20 && ch != u'"' && ch != u'\\')
                continue;
            flush(c);
            plainFrom = c + 1;
            switch (ch) {
            case u'"':
                json += QLatin1String("\\\"");
                break;
            case u'\\':
                json += QLatin1String("\\\\");
                break;
            case u'\n':
                json += QLatin1String("\\n");
                break;
            case u'\r':
                json += QLatin1String("\\r");
                break;
            case u'\t':
                json += QLatin1String("\\t");
                break;
            default:
                json += QStringLiteral("\\u%1").arg(int(ch), 4, 16, QLatin1Char('0'));
            }
        }
        flush(text.size());
        json += u'"';
    }
    json += u']';
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
