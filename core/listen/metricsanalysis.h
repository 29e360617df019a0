// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "listen/metricsnapshot.h"
#include "storage/database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hearth::core {

// What a community rate was divided by: reach, else impressions, else views.
enum class RateBasis
{
    None,
    Reach,
    Impressions,
    Views
};

// "reach", "impressions", "views"; a null string for None.
QString toString(RateBasis basis);

// Which posts an aggregation looks at. Invalid times leave that end open; an empty
// network id means every network. A post's time is when it went out on that network
// (published_at), else when it was scheduled.
struct MetricsFilter
{
    QDateTime from; // inclusive, UTC
    QDateTime to;   // exclusive, UTC
    QString networkId;
};

// The current figures (newest snapshot) of one post on one network, with its rate.
// Every figure may be missing (not available), which is not the same as zero.
struct PostMetrics : PostCounts
{
    qint64 postId = 0;
    QString networkId;
    QString networkName;
    QString title;
    QDateTime postedAt; // UTC; invalid when the post has no time
    std::optional<qint64> pillarId;
    QString pillarName;
    // Sum of the community signals present; missing when all four are missing.
    std::optional<qint64> community;
    // The figure the rate was divided by (reach, impressions or views).
    std::optional<qint64> audience;
    std::optional<double> communityRate;
    RateBasis rateBasis = RateBasis::None;
};

// One group of an aggregation (a week, a pillar, a network).
struct RateGroup
{
    QString key;        // week start (ISO date), pillar id, network id
    QString label;      // what a person reads
    QDate weekStart;    // valid for weekly groups only
    int posts = 0;      // post × network rows in the group
    int ratedPosts = 0; // of those, rows with a community rate
    // Mean of the rows' community rates; missing when no row has a rate.
    std::optional<double> meanRate;
    qint64 community = 0; // sum of community signals present
    qint64 audience = 0;  // sum of the rate bases
};

// One local weekday × hour slot of the heatmap.
struct HeatmapCell
{
    int weekday = 1; // ISO: 1 = Monday
    int hour = 0;    // local time
    int posts = 0;   // rows with a rate in this slot
    std::optional<double> meanRate;
    // False when fewer posts than the threshold stand behind the mean.
    bool enoughPosts = false;
};

// The week as 7 × 24 local slots, Monday 00:00 first, row by row.
struct Heatmap
{
    QList<HeatmapCell> cells;
    int minimumPosts = 0;

    const HeatmapCell &cell(int weekday, int hour) const
    {
        return cells.at((weekday - 1) * 24 + hour);
    }
};

// A local weekday and hour that worked well on a network.
struct BestTime
{
    QString networkId;
    QString networkName;
    int rank = 0;
    int weekday = 1;
    int hour = 0;
    double meanRate = 0;
    int posts = 0;
};

enum class PostOrder
{
    Newest,
    Oldest,
    HighestRate
};

// Every aggregation of one period at once (what the Listen workspace shows).
struct MetricsOverview
{
    QList<RateGroup> weekly;
    QList<RateGroup> pillars;
    QList<RateGroup> networks;
    Heatmap heatmap;
    QList<BestTime> bestTimes;
};

// Community response over the current metric snapshots: per post, by week, pillar,
// network and local time slot. Each aggregation is one pass of one SQL statement.
class MetricsAnalysis final
{
public:
    explicit MetricsAnalysis(const Database &database);

    // How the community rate is computed, as a sentence for the user.
    static QString formulaText();
    // The same formula in a short line, for chart subtitles.
    static QString formulaShort();

    // Current figures per post × network; limit < 0 means all.
    Result<QList<PostMetrics>> perPost(const MetricsFilter &filter,
                                       PostOrder order = PostOrder::Newest, int limit = -1) const;
    // The rows with the highest community rate (rows without a rate never count).
    Result<QList<PostMetrics>> topPosts(const MetricsFilter &filter, int limit) const;
    // Rows in range with current figures, and those of them with a rate.
    Result<QPair<int, int>> counts(const MetricsFilter &filter) const;

    // Local calendar weeks (Monday first), oldest first; weeks without posts are absent.
    Result<QList<RateGroup>> weekly(const MetricsFilter &filter) const;
    // Per pillar in the pillars' order; posts without a pillar form a last group.
    Result<QList<RateGroup>> byPillar(const MetricsFilter &filter) const;
    // Per network in the networks' order.
    Result<QList<RateGroup>> byNetwork(const MetricsFilter &filter) const;
    // Per idea the posts were made from (key: the idea id); posts without an idea are left out.
    Result<QList<RateGroup>> byIdea(const MetricsFilter &filter) const;

    // Mean community rate per local weekday × hour; slots with fewer than
    // `minimumPosts` rated rows are marked as not enough.
    Result<Heatmap> heatmap(const MetricsFilter &filter, int minimumPosts = 3) const;
    // Up to `perNetwork` best local slots per network, among slots with enough posts.
    Result<QList<BestTime>> bestTimes(const MetricsFilter &filter, int perNetwork = 3,
                                      int minimumPosts = 3) const;

    // Weekly, pillar, network, heatmap and best times in one statement: the current figures
    // are read and rated once, then each aggregation is one pass over them.
    Result<MetricsOverview> overview(const MetricsFilter &filter, int minimumPosts = 3,
                                     int perNetwork = 3) const;

private:
    enum Part
    {
        WeeklyPart = 1,
        PillarsPart = 2,
        NetworksPart = 4,
        HeatmapPart = 8,
        BestTimesPart = 16,
        AllParts = 31
    };
    Result<MetricsOverview> run(const MetricsFilter &filter, int parts, int minimumPosts,
                                int perNetwork) const;

    const Database &m_database;
};

} // namespace hearth::core
