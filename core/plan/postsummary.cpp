// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/postsummary.h"

#include "plan/postwarnings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::PostSummary", text);
}

// A tool tip shows a tweet's worth of text, not a whole blog post.
constexpr int toolTipTextChars = 280;

} // namespace

PillarDirectory::PillarDirectory(const QList<Pillar> &pillars, const QList<Network> &networks)
    : m_pillars(pillars)
{
    for (qsizetype i = 0; i < m_pillars.size(); ++i)
        m_indexById.insert(m_pillars.at(i).id, i);
    for (const Network &network : networks)
        m_networkNames.insert(network.id, network.name);
}

Result<PillarDirectory> PillarDirectory::load(Database &database)
{
    const CatalogRepository catalog(database);
    auto pillars = catalog.pillars();
    if (!pillars)
        return pillars.error();
    auto networks = catalog.networks();
    if (!networks)
        return networks.error();
    return PillarDirectory(*pillars, *networks);
}

QString PillarDirectory::networkName(const QString &networkId) const
{
    return m_networkNames.value(networkId, networkId);
}

const Pillar *PillarDirectory::find(std::optional<qint64> id) const
{
    if (!id)
        return nullptr;
    const auto found = m_indexById.constFind(*id);
    return found == m_indexById.constEnd() ? nullptr : &m_pillars.at(*found);
}

PostSummary summarize(const Post &post, const PillarDirectory &pillars)
{
    PostSummary summary;
    summary.id = post.id;
    summary.scheduledAt = post.scheduledAt;
    if (post.scheduledAt.isValid())
        summary.localDateTime = post.scheduledAt.toLocalTime();
    summary.title = post.title;
    summary.text = post.body;
    summary.networks.reserve(post.networks.size());
    summary.networkNames.reserve(post.networks.size());
    for (const PostNetwork &network : post.networks) {
        summary.networks << network.networkId;
        summary.networkNames << pillars.networkName(network.networkId);
        if (summary.text.trimmed().isEmpty() && network.hasVariant())
            summary.text = network.variantText;
    }
    // The post's own words first: a title is often the idea it came from.
    const QString line = firstLine(summary.text);
    summary.firstWords = firstWords(line.isEmpty() ? post.title : line);
    summary.pillarId = post.pillarId;
    if (const Pillar *pillar = pillars.find(post.pillarId)) {
        summary.pillarName = pillar->name;
        summary.pillarColor = pillar->color;
    }
    summary.status = post.status;
    summary.evergreen = post.recurrence.isActive() || post.repeatOf.has_value();
    // Gone out already: a missing picture is no news then (as in planWarnings()).
    if (post.status != PostStatus::Published && post.status != PostStatus::Skipped) {
        for (const QString &networkId : networksMissingMedia(post))
            summary.warnings << missingMediaMessage(pillars.networkName(networkId));
    }
    return summary;
}

QString firstLine(const QString &text)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QString line = text.mid(start, end - start).simplified();
        if (!line.isEmpty())
            return line;
        start = end + 1;
    }
    return {};
}

QString summaryToolTip(const PostSummary &summary)
{
    QStringList lines;
    QString text = summary.text.trimmed();
    if (text.isEmpty())
        text = summary.title;
    if (text.size() > toolTipTextChars)
        text = text.left(toolTipTextChars).trimmed() + QChar(0x2026);
    if (!text.isEmpty())
        lines << text << QString();
    const QString when = summary.localDateTime.isValid()
                             ? tr("%1 at %2")
                                   .arg(QLocale().toString(summary.localDateTime.date(),
                                                           QStringLiteral("ddd d MMM yyyy")),
                                        shortTime(summary.localDateTime.time()))
                             : tr("No day yet");
    lines << when + QStringLiteral(" · ") + statusText(summary.status);
    lines << (summary.networkNames.isEmpty()
                  ? tr("No network yet")
                  : tr("Networks: %1").arg(summary.networkNames.join(QStringLiteral(", "))));
    lines << (summary.pillarName.isEmpty() ? tr("No pillar")
                                           : tr("Pillar: %1").arg(summary.pillarName));
    for (const QString &warning : summary.warnings)
        lines << QStringLiteral("\u26A0 ") + warning;
    return lines.join(u'\n');
}

QString firstWords(const QString &text, int maxChars)
{
    // Only the start matters; simplifying a long body in full would cost time per row.
    const QString simplified = text.left(maxChars * 2).simplified();
    if (simplified.size() <= maxChars)
        return simplified;
    qsizetype cut = simplified.lastIndexOf(u' ', maxChars);
    if (cut < maxChars / 2)
        cut = maxChars;
    return simplified.left(cut).trimmed() + QChar(0x2026);
}

QString statusText(PostStatus status)
{
    switch (status) {
    case PostStatus::Draft:
        return QCoreApplication::translate("hearth::core::PostStatus", "Draft");
    case PostStatus::Scheduled:
        return QCoreApplication::translate("hearth::core::PostStatus", "Scheduled");
    case PostStatus::Published:
        return QCoreApplication::translate("hearth::core::PostStatus", "Published");
    case PostStatus::Skipped:
        return QCoreApplication::translate("hearth::core::PostStatus", "Skipped");
    }
    return {};
}

QString shortTime(const QTime &time)
{
    // The locale's short format without seconds (some locales, like C, include them).
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return QLocale().toString(time, format);
}

QVariant summaryData(const PostSummary &summary, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case FirstWordsRole:
        return summary.firstWords;
    case Qt::ToolTipRole:
        return summaryToolTip(summary);
    case PostIdRole:
        return summary.id;
    case LocalDateTimeRole:
        return summary.localDateTime;
    case TimeTextRole:
        return summary.localDateTime.isValid() ? shortTime(summary.localDateTime.time())
                                               : QString();
    case NetworksRole:
        return summary.networks;
    case PillarIdRole:
        return summary.pillarId ? QVariant(*summary.pillarId) : QVariant();
    case PillarNameRole:
        return summary.pillarName;
    case PillarColorRole:
        return summary.pillarColor;
    case StatusRole:
        return static_cast<int>(summary.status);
    case StatusTextRole:
        return statusText(summary.status);
    case TitleRole:
        return summary.title;
    case DateRole:
        return summary.localDateTime.date();
    case EvergreenRole:
        return summary.evergreen;
    case WarningsRole:
        return summary.warnings;
    case NetworkNamesRole:
        return summary.networkNames;
    default:
        return {};
    }
}

QHash<int, QByteArray> summaryRoleNames()
{
    return {
        {Qt::DisplayRole, "display"},
        {PostIdRole, "postId"},
        {LocalDateTimeRole, "localDateTime"},
        {TimeTextRole, "timeText"},
        {NetworksRole, "networks"},
        {PillarIdRole, "pillarId"},
        {PillarNameRole, "pillarName"},
        {PillarColorRole, "pillarColor"},
        {StatusRole, "status"},
        {StatusTextRole, "statusText"},
        {FirstWordsRole, "firstWords"},
        {TitleRole, "title"},
        {DateRole, "date"},
        {EvergreenRole, "evergreen"},
        {WarningsRole, "warnings"},
        {NetworkNamesRole, "networkNames"},
    };
}

QDateTime localDayStartUtc(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC();
}

} // namespace hearth::core
