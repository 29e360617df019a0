// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/catalog.h"
#include "plan/post.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearth::core {

// Roles shared by the Plan models, so one card painter can draw a row of any of them.
enum PlanRole : int
{
    PostIdRole = Qt::UserRole + 1,
    // Local QDateTime of a scheduled post (invalid for a draft).
    LocalDateTimeRole,
    // "09:30" in the user's locale, empty for a draft.
    TimeTextRole,
    // Network ids in the catalogue's order (QStringList).
    NetworksRole,
    PillarIdRole,
    PillarNameRole,
    // "#rrggbb", empty when the post has no pillar.
    PillarColorRole,
    // PostStatus as int.
    StatusRole,
    StatusTextRole,
    FirstWordsRole,
    TitleRole,
    // Day rows and month cells: the local date, whether it is today, how many posts it has.
    DateRole,
    IsTodayRole,
    PostCountRole,
    // Month cells: whether the day belongs to the month shown.
    InPeriodRole,
    // Month cells: the day's posts as QList<PostSummary>.
    SummariesRole,
    // Whether the post repeats (an evergreen series member).
    EvergreenRole,
};

// Pillar names and colours, looked up once per model load instead of once per row.
class PillarDirectory final
{
public:
    PillarDirectory() = default;
    explicit PillarDirectory(const QList<Pillar> &pillars);

    const Pillar *find(std::optional<qint64> id) const;
    const QList<Pillar> &pillars() const { return m_pillars; }

private:
    QList<Pillar> m_pillars;
    QHash<qint64, qsizetype> m_indexById;
};

// What a calendar card shows about a post; small and cheap to copy.
struct PostSummary
{
    qint64 id = 0;
    // UTC, invalid for an unscheduled draft.
    QDateTime scheduledAt;
    // Local time of scheduledAt, computed once.
    QDateTime localDateTime;
    QString title;
    QString firstWords;
    QStringList networks;
    std::optional<qint64> pillarId;
    QString pillarName;
    QString pillarColor;
    PostStatus status = PostStatus::Draft;
    bool evergreen = false;
};

PostSummary summarize(const Post &post, const PillarDirectory &pillars);

// The start of `text` with whitespace collapsed, cut at a word boundary near `maxChars`
// and ended with an ellipsis when something was cut.
QString firstWords(const QString &text, int maxChars = 90);

// The local-language word for a status ("Draft", "Scheduled", ...).
QString statusText(PostStatus status);

// "09:30" or "9:30 AM" as the user's locale writes times, never with seconds.
QString shortTime(const QTime &time);

// The shared role data of one post row; QVariant() for roles a summary does not answer.
QVariant summaryData(const PostSummary &summary, int role);
QHash<int, QByteArray> summaryRoleNames();

// UTC bounds of the local days first … last (last included), for range queries.
QDateTime localDayStartUtc(const QDate &day);

} // namespace hearth::core

Q_DECLARE_METATYPE(hearth::core::PostSummary)
