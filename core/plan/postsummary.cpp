// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/postsummary.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace hearth::core {

PillarDirectory::PillarDirectory(const QList<Pillar> &pillars)
    : m_pillars(pillars)
{
    for (qsizetype i = 0; i < m_pillars.size(); ++i)
        m_indexById.insert(m_pillars.at(i).id, i);
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
    summary.firstWords = firstWords(post.title.isEmpty() ? post.body : post.title);
    summary.networks.reserve(post.networks.size());
    for (const PostNetwork &network : post.networks)
        summary.networks << network.networkId;
    summary.pillarId = post.pillarId;
    if (const Pillar *pillar = pillars.find(post.pillarId)) {
        summary.pillarName = pillar->name;
        summary.pillarColor = pillar->color;
    }
    summary.status = post.status;
    summary.evergreen = post.recurrence.isActive() || post.repeatOf.has_value();
    return summary;
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
        return summary.title.isEmpty() ? summary.firstWords : summary.title;
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
    };
}

QDateTime localDayStartUtc(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC();
}

} // namespace hearth::core
