// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/listenmodels.h"

#include <QLocale>
#include <QSet>

namespace hearth::ui {

namespace {

QVariant optional(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QString basisName(core::RateBasis basis)
{
    switch (basis) {
    case core::RateBasis::Reach:
        return PostMetricsModel::tr("reach");
    case core::RateBasis::Impressions:
        return PostMetricsModel::tr("impressions");
    case core::RateBasis::Views:
        return PostMetricsModel::tr("views");
    case core::RateBasis::None:
        break;
    }
    return QStringLiteral("–");
}

} // namespace

QString formatCount(const std::optional<qint64> &count)
{
    return count ? QLocale().toString(*count) : QStringLiteral("–");
}

QString metricTitle(core::CountMetric metric)
{
    switch (metric) {
    case core::CountMetric::Reach:
        return PostMetricsModel::tr("Reach");
    case core::CountMetric::Impressions:
        return PostMetricsModel::tr("Impressions");
    case core::CountMetric::Views:
        return PostMetricsModel::tr("Views");
    case core::CountMetric::Reactions:
        return PostMetricsModel::tr("Reactions");
    case core::CountMetric::Comments:
        return PostMetricsModel::tr("Comments");
    case core::CountMetric::Shares:
        return PostMetricsModel::tr("Shares");
    case core::CountMetric::Saves:
        return PostMetricsModel::tr("Saves");
    case core::CountMetric::Clicks:
        return PostMetricsModel::tr("Clicks");
    case core::CountMetric::Follows:
        return PostMetricsModel::tr("Follows");
    case core::CountMetric::ProfileVisits:
        return PostMetricsModel::tr("Profile visits");
    }
    return {};
}

QString postToolTip(const core::PostMetrics &post, const QString &action)
{
    QStringList lines;
    // A tweet's worth of text is enough to recognise a post.
    constexpr int textChars = 200;
    QString text = post.title;
    if (text.size() > textChars)
        text = text.left(textChars).trimmed() + QChar(0x2026);
    lines << text;
    const QString when = post.postedAt.isValid()
                             ? QLocale().toString(post.postedAt.toLocalTime(),
                                                  QStringLiteral("ddd d MMM yyyy HH:mm"))
                             : PostMetricsModel::tr("not scheduled");
    lines << when + QStringLiteral(" · ") + post.networkName;
    lines << PostMetricsModel::tr("Reactions %1 · comments %2 · shares %3 · saves %4 · follows %5")
                 .arg(formatCount(post.reactions), formatCount(post.comments),
                      formatCount(post.shares), formatCount(post.saves), formatCount(post.follows));
    if (post.communityRate)
        lines << PostMetricsModel::tr("Community rate %1 (%2 community actions ÷ %3 %4)")
                     .arg(formatRate(post.communityRate),
                          QLocale().toString(post.community.value_or(0)),
                          QLocale().toString(post.audience.value_or(0)), basisName(post.rateBasis));
    else
        lines << PostMetricsModel::tr("Community rate: – (no reach, impressions or views)");
    if (!post.pillarName.isEmpty())
        lines << PostMetricsModel::tr("Pillar: %1").arg(post.pillarName);
    if (!action.isEmpty())
        lines << action;
    return lines.join(u'\n');
}

core::MetricSpan previewSpan(const core::MetricImportPreview &preview)
{
    core::MetricSpan span;
    QSet<QString> posts;
    for (const core::ImportRowPreview &row : preview.items) {
        if (row.action == core::ImportAction::Skip || !row.publishedAt.isValid())
            continue;
        posts.insert(row.networkId + u'/' + QString::number(row.line));
        span.first = span.first.isValid() ? qMin(span.first, row.publishedAt) : row.publishedAt;
        span.last = span.last.isValid() ? qMax(span.last, row.publishedAt) : row.publishedAt;
    }
    span.posts = posts.size();
    return span;
}

QString importSummary(const core::MetricSpan &span)
{
    if (span.posts == 0 || !span.first.isValid() || !span.last.isValid())
        return PostMetricsModel::tr("Nothing was imported that has a date to show.");
    const QLocale locale;
    const QString posts = span.posts == 1
                              ? PostMetricsModel::tr("1 post")
                              : PostMetricsModel::tr("%1 posts").arg(locale.toString(span.posts));
    const QDate first = span.first.toLocalTime().date();
    const QDate last = span.last.toLocalTime().date();
    const QString lastText = locale.toString(last, QStringLiteral("d MMM yyyy"));
    if (first == last)
        return PostMetricsModel::tr("%1 from %2 imported").arg(posts, lastText);
    // The year once when both ends share it.
    const QString firstText =
        locale.toString(first, first.year() == last.year() ? QStringLiteral("d MMM")
                                                           : QStringLiteral("d MMM yyyy"));
    return PostMetricsModel::tr("%1 from %2 to %3 imported").arg(posts, firstText, lastText);
}

QString groupToolTip(const core::RateGroup &group)
{
    QStringList lines;
    lines << group.label;
    lines << RateGroupModel::tr("Mean community rate %1").arg(formatRate(group.meanRate));
    lines << RateGroupModel::tr("Posts %1, with a rate %2")
                 .arg(QLocale().toString(group.posts), QLocale().toString(group.ratedPosts));
    lines << RateGroupModel::tr("Community actions %1 · audience %2")
                 .arg(QLocale().toString(group.community), QLocale().toString(group.audience));
    return lines.join(u'\n');
}

QString formatRate(const std::optional<double> &rate)
{
    if (!rate)
        return QStringLiteral("–");
    const double percent = *rate * 100.0;
    return QLocale().toString(percent, 'f', qAbs(percent) < 10 ? 2 : 1) + u'%';
}

PostMetricsModel::PostMetricsModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{}

QVariant PostMetricsModel::data(const QModelIndex &index, int role) const
{
    const core::PostMetrics *row = rowAt(index);
    if (!row)
        return {};
    const core::PostMetrics &post = *row;
    switch (role) {
    case PostIdRole:
        return post.postId;
    case NetworkIdRole:
        return post.networkId;
    case RateRole:
        return post.communityRate ? QVariant(*post.communityRate) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() >= AudienceColumn && index.column() <= RateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == RateColumn && post.communityRate)
            return tr("%1 community actions ÷ %2 %3")
                .arg(QLocale().toString(post.community.value_or(0)),
                     QLocale().toString(post.audience.value_or(0)), basisName(post.rateBasis));
        return postToolTip(post, tr("Double-click to open the post."));
    case ValueRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case PostedColumn:
        if (display)
            return post.postedAt.isValid() ? QLocale().toString(post.postedAt.toLocalTime(),
                                                                QStringLiteral("d MMM yyyy HH:mm"))
                                           : tr("not scheduled");
        return post.postedAt;
    case NetworkColumn:
        return display ? post.networkName : post.networkId;
    case TitleColumn:
        return post.title;
    case PillarColumn:
        return post.pillarName;
    case AudienceColumn:
        return display ? formatCount(post.audience) : optional(post.audience);
    case CommentsColumn:
        return display ? formatCount(post.comments) : optional(post.comments);
    case SharesColumn:
        return display ? formatCount(post.shares) : optional(post.shares);
    case SavesColumn:
        return display ? formatCount(post.saves) : optional(post.saves);
    case FollowsColumn:
        return display ? formatCount(post.follows) : optional(post.follows);
    case RateColumn:
        if (display)
            return formatRate(post.communityRate);
        return post.communityRate ? QVariant(*post.communityRate) : QVariant();
    case BasisColumn:
        return display ? basisName(post.rateBasis) : QVariant(core::toString(post.rateBasis));
    default:
        return {};
    }
}

QString PostMetricsModel::columnTitle(int column) const
{
    switch (column) {
    case PostedColumn:
        return tr("Posted");
    case NetworkColumn:
        return tr("Network");
    case TitleColumn:
        return tr("Post");
    case PillarColumn:
        return tr("Pillar");
    case AudienceColumn:
        return tr("Audience");
    case CommentsColumn:
        return metricTitle(core::CountMetric::Comments);
    case SharesColumn:
        return metricTitle(core::CountMetric::Shares);
    case SavesColumn:
        return metricTitle(core::CountMetric::Saves);
    case FollowsColumn:
        return metricTitle(core::CountMetric::Follows);
    case RateColumn:
        return tr("Community rate");
    case BasisColumn:
        return tr("Divided by");
    default:
        return {};
    }
}

RateGroupModel::RateGroupModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{}

QVariant RateGroupModel::data(const QModelIndex &index, int role) const
{
    const core::RateGroup *row = rowAt(index);
    if (!row)
        return {};
    const core::RateGroup &group = *row;
    switch (role) {
    case KeyRole:
        return group.key;
    case RateRole:
        return group.meanRate ? QVariant(*group.meanRate) : QVariant();
    case WeekRole:
        return group.weekStart;
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return group.label;
        case PostsColumn:
            return group.posts;
        case RatedColumn:
            return group.ratedPosts;
        case RateColumn:
            return formatRate(group.meanRate);
        case CommunityColumn:
            return group.community;
        case AudienceColumn:
            return group.audience;
        default:
            return {};
        }
    default:
        return {};
    }
}

QString RateGroupModel::columnTitle(int column) const
{
    switch (column) {
    case LabelColumn:
        return tr("Group");
    case PostsColumn:
        return tr("Posts");
    case RatedColumn:
        return tr("With a rate");
    case RateColumn:
        return tr("Mean community rate");
    case CommunityColumn:
        return tr("Community actions");
    case AudienceColumn:
        return tr("Audience");
    default:
        return {};
    }
}

HeatmapModel::HeatmapModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    core::Heatmap empty;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        for (int hour = 0; hour < 24; ++hour)
            empty.cells << core::HeatmapCell{weekday, hour, 0, std::nullopt, false};
    }
    m_heatmap = std::move(empty);
}

void HeatmapModel::setHeatmap(core::Heatmap heatmap)
{
    if (heatmap.cells.size() != 7 * 24)
        return;
    beginResetModel();
    m_heatmap = std::move(heatmap);
    m_maximum = 0;
    for (const core::HeatmapCell &cell : std::as_const(m_heatmap.cells)) {
        if (cell.enoughPosts && cell.meanRate)
            m_maximum = qMax(m_maximum, *cell.meanRate);
    }
    endResetModel();
}

QColor HeatmapModel::colorFor(double rate) const
{
    // From a pale warm sand to the deep ember of Hearth's highlight.
    const double t = m_maximum > 0 ? qBound(0.0, rate / m_maximum, 1.0) : 0.0;
    const QColor low(0xfb, 0xf1, 0xdf);
    const QColor high(0xb2, 0x3a, 0x14);
    return QColor::fromRgbF(float(low.redF() + (high.redF() - low.redF()) * t),
                            float(low.greenF() + (high.greenF() - low.greenF()) * t),
                            float(low.blueF() + (high.blueF() - low.blueF()) * t));
}

int HeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 7;
}

int HeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 24;
}

QVariant HeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::HeatmapCell &cell = m_heatmap.cell(index.row() + 1, index.column());
    switch (role) {
    case RateRole:
        return cell.meanRate ? QVariant(*cell.meanRate) : QVariant();
    case PostsRole:
        return cell.posts;
    case EnoughPostsRole:
        return cell.enoughPosts;
    case Qt::DisplayRole:
        return cell.enoughPosts ? formatRate(cell.meanRate) : QString();
    case Qt::BackgroundRole:
        if (cell.enoughPosts && cell.meanRate)
            return colorFor(*cell.meanRate);
        return {};
    case Qt::ToolTipRole: {
        const QString slot = QStringLiteral("%1 %2:00–%3:00")
                                 .arg(QLocale().dayName(cell.weekday, QLocale::LongFormat))
                                 .arg(cell.hour, 2, 10, QLatin1Char('0'))
                                 .arg((cell.hour + 1) % 24, 2, 10, QLatin1Char('0'));
        if (cell.posts == 0)
            return tr("%1: no posts with a community rate").arg(slot);
        if (!cell.enoughPosts)
            return tr("%1: too few posts to judge (%2)").arg(slot).arg(cell.posts);
        return tr("%1: mean community rate %2 (posts: %3)")
            .arg(slot, formatRate(cell.meanRate))
            .arg(cell.posts);
    }
    default:
        return {};
    }
}

QVariant HeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section >= 0 && section < 7 ? QLocale().dayName(section + 1, QLocale::ShortFormat)
                                           : QVariant();
    return section >= 0 && section < 24 ? QStringLiteral("%1").arg(section, 2, 10, QLatin1Char('0'))
                                        : QVariant();
}

} // namespace hearth::ui
