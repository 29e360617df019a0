#include "metricsnapshot.h"

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

} // namespace hearth::core
