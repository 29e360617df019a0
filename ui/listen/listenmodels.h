// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/rowtablemodel.h"
#include "listen/metricimporter.h"
#include "listen/metricrepository.h"
#include "listen/metricsanalysis.h"
#include "listen/metricsnapshot.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace hearth::ui {

// Rates are shown as percentages with a precision that suits small values.
QString formatRate(const std::optional<double> &rate);
// A count, or an en dash when it is not available: a zero would claim a count.
QString formatCount(const std::optional<qint64> &count);
// The column title of a figure, e.g. "Comments".
QString metricTitle(core::CountMetric metric);
// What a post's bar or row says on hover: its text, date and network, reactions, comments,
// shares and community rate, then `action` (e.g. "Click to open the post.") when not empty.
QString postToolTip(const core::PostMetrics &post, const QString &action = {});
// The posts a preview's rows would bring and their first and last date (a file imported before
// writes nothing, so its rows say where its posts are).
core::MetricSpan previewSpan(const core::MetricImportPreview &preview);
// One line on what an import brought: "59 posts from 26 May to 27 Jun 2024 imported".
QString importSummary(const core::MetricSpan &span);
// What a group's bar says on hover: posts, those with a rate, mean rate, the sums behind it.
QString groupToolTip(const core::RateGroup &group);

// Current figures per post × network (top posts list, per-post chart).
class PostMetricsModel final : public core::RowTableModel<core::PostMetrics>
{
    Q_OBJECT

public:
    enum Column
    {
        PostedColumn,
        NetworkColumn,
        TitleColumn,
        PillarColumn,
        AudienceColumn,
        CommentsColumn,
        SharesColumn,
        SavesColumn,
        FollowsColumn,
        RateColumn,
        BasisColumn,
        ColumnCount
    };
    enum Role
    {
        PostIdRole = Qt::UserRole + 1,
        NetworkIdRole,
        // The rate as a fraction (double), or an invalid QVariant when there is none.
        RateRole,
        // The figure of the column as a number, or invalid when not available.
        ValueRole,
    };

    explicit PostMetricsModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString columnTitle(int column) const override;
};

// Groups of an aggregation (weeks, pillars, networks) with their mean community rate.
class RateGroupModel final : public core::RowTableModel<core::RateGroup>
{
    Q_OBJECT

public:
    enum Column
    {
        LabelColumn,
        PostsColumn,
        RatedColumn,
        RateColumn,
        CommunityColumn,
        AudienceColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        // Mean rate as a fraction, or invalid when no post of the group has a rate.
        RateRole,
        // Week start (QDate) for weekly groups.
        WeekRole,
    };

    explicit RateGroupModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString columnTitle(int column) const override;
};

// The weekday × hour heatmap: 7 rows (Monday first) × 24 columns (local hours).
class HeatmapModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RateRole = Qt::UserRole + 1, // mean rate (double) or invalid
        PostsRole,                   // rated posts behind the mean
        EnoughPostsRole,             // bool: at least the threshold
    };

    explicit HeatmapModel(QObject *parent = nullptr);

    void setHeatmap(core::Heatmap heatmap);
    const core::Heatmap &heatmap() const { return m_heatmap; }
    // Highest mean among slots with enough posts (scales the colours); 0 when none.
    double maximumRate() const { return m_maximum; }
    // The colour of a rate on the scale 0 … maximumRate().
    QColor colorFor(double rate) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    core::Heatmap m_heatmap;
    double m_maximum = 0;
};

} // namespace hearth::ui
