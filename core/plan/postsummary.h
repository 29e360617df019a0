// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/catalog.h"
#include "plan/post.h"
#include "storage/database.h"

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
    // Soft problems the post shows on its own, e.g. a missing picture (QStringList).
    WarningsRole,
    // The network names in the order of NetworksRole (QStringList).
    NetworkNamesRole,
};

// Pillar names and colours (and network names), looked up once per model load instead of
// once per row.
class PillarDirectory final
{
public:
    PillarDirectory() = default;
    explicit PillarDirectory(const QList<Pillar> &pillars, const QList<Network> &networks = {});
    // The plan's pillars and networks.
    static Result<PillarDirectory> load(Database &database);

    const Pillar *find(std::optional<qint64> id) const;
    const QList<Pillar> &pillars() const { return m_pillars; }
    // The network's name, or its id when the directory does not know it.
    QString networkName(const QString &networkId) const;

private:
    QList<Pillar> m_pillars;
    QHash<qint64, qsizetype> m_indexById;
    QHash<QString, QString> m_networkNames;
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
    // The post's own text (its body, else its first network variant); shared, not copied.
    QString text;
    // What a card shows: the first line of the text, or the title when there is no text.
    QString firstWords;
    QStringList networks;
    QStringList networkNames;
    // Soft problems of the post on its own (a network that needs a missing picture).
    QStringList warnings;
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

// The first line of `text` that has something on it, whitespace collapsed.
QString firstLine(const QString &text);

// The tool tip of a post: its text, networks, time, status, pillar and warnings.
QString summaryToolTip(const PostSummary &summary);

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
