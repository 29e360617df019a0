// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listen/metricimporter.h"
#include "listen/metricsanalysis.h"
#include "widgets/appservices.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <functional>

class QBarCategoryAxis;
class QChartView;
class QComboBox;
class QDateEdit;
class QDateTimeAxis;
class QHorizontalBarSeries;
class QLabel;
class QLineSeries;
class QStackedBarSeries;
class QTabWidget;
class QTableView;
class QTimer;
class QValueAxis;

namespace hearth::ui {

class HeatmapModel;
class HeatmapWidget;
class ListenPostsPage;
class PostMetricsModel;
class RateGroupModel;

// The Listen workspace: which posts build community. Filters by period and network,
// charts per post, week, pillar, network and time slot, lists the top posts, and opens the
// analytics import and manual metric entry.
class ListenWorkspace final : public QWidget
{
    Q_OBJECT

public:
    // The most bars the per-post chart draws, and the most points of the weekly trend;
    // beyond that the trend merges neighbouring weeks, so 10k posts draw as fast as 100.
    static constexpr int maxPostBars = 24;
    static constexpr int maxTrendPoints = 104;
    // Posts a weekday × hour slot needs before its mean counts.
    static constexpr int minimumSlotPosts = 3;
    // The most rows the Posts page lists, newest first.
    static constexpr int maxListedPosts = 5000;

    ListenWorkspace(AppServices &services, QWidget *parent = nullptr);
    ~ListenWorkspace() override;

    // Shows the period that ends on `date`, keeping the chosen length.
    void showDate(const QDate &date);
    // Re-reads the current figures and redraws every chart and list now.
    void refresh();
    core::MetricsFilter filter() const;
    // After an import: shows the period from the first to the last imported post and says
    // in one line what came in.
    void showImported(const core::MetricImportPreview &result);

    // Asks where to save a chart; replaced in tests. Returns an empty path when cancelled.
    using SavePathProvider = std::function<QString(QWidget *parent, const QString &suggestedName)>;
    void setSavePathProvider(SavePathProvider provider);
    // Saves `chart` (a chart view or the heatmap) to `path` (.png or .svg); the reason on failure.
    QString saveChart(QWidget *chart, const QString &path);

    // Widgets a test or the main window may want to reach.
    QChartView *postsChartView() const { return m_postsView; }
    QChartView *trendChartView() const { return m_trendView; }
    QChartView *pillarChartView() const { return m_pillarView; }
    QChartView *networkChartView() const { return m_networkView; }
    HeatmapWidget *heatmapWidget() const { return m_heatmapView; }
    PostMetricsModel *postsModel() const { return m_postsModel; }
    PostMetricsModel *topPostsModel() const { return m_topModel; }
    // Every post with figures in the period (the Posts page, where pillars are set in bulk).
    PostMetricsModel *listedPostsModel() const { return m_listedModel; }
    ListenPostsPage *postsPage() const { return m_postsPage; }
    RateGroupModel *weeklyModel() const { return m_weeklyModel; }
    RateGroupModel *pillarModel() const { return m_pillarModel; }
    RateGroupModel *networkModel() const { return m_networkModel; }
    HeatmapModel *heatmapModel() const { return m_heatmapModel; }

public slots:
    // Opens the import wizard, on `path` when given (a file dropped on the window).
    void openImportWizard(const QString &path = {});
    void openMetricEntry();

signals:
    // The user asked to open a post (clicked its bar, double-clicked it in a list).
    void postActivated(qint64 postId);
    // The user chose an idea to see (a top post's "More like this"): Spark shows it.
    void ideaActivated(qint64 ideaId);
    // The figures changed (an import or a manual entry), so other workspaces may refresh.
    void metricsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createFilterBar();
    QWidget *chartPanel(QWidget *view, const QString &name);
    void createCharts();
    void applyPeriod(int index);
    void scheduleRefresh();
    void updatePostsChart();
    void updateTrendChart();
    void updateGroupChart(QHorizontalBarSeries *series, QBarCategoryAxis *categories,
                          QValueAxis *values, const RateGroupModel *model);
    void updateBestTimes(const QList<core::BestTime> &times);
    void askAndSave(QWidget *chart, const QString &suggestedName);
    // "All time" shows the first and last day that have figures in the date fields.
    void showAllTimeDates();
    void setPeriodDates(const QDate &from, const QDate &to);
    void reloadNetworks();

    AppServices &m_services;
    QDate m_date;
    SavePathProvider m_savePathProvider;
    QTimer *m_refreshTimer;
    bool m_updatingFilters = false;
    // A refresh was asked for while hidden; run it when the workspace is shown.
    bool m_refreshWhenShown = false;
    // The Posts page's list was not read for the current filters (it was not shown).
    bool m_listedStale = true;

    QComboBox *m_periodCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QComboBox *m_networkCombo = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_importLabel = nullptr;
    QLabel *m_formulaLabel = nullptr;
    QLabel *m_bestTimesLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_topView = nullptr;

    PostMetricsModel *m_postsModel;
    PostMetricsModel *m_topModel;
    PostMetricsModel *m_listedModel;
    ListenPostsPage *m_postsPage = nullptr;
    RateGroupModel *m_weeklyModel;
    RateGroupModel *m_pillarModel;
    RateGroupModel *m_networkModel;
    HeatmapModel *m_heatmapModel;

    QChartView *m_postsView = nullptr;
    QStackedBarSeries *m_postsSeries = nullptr;
    QLineSeries *m_audienceSeries = nullptr;
    QBarCategoryAxis *m_postsAxis = nullptr;
    QValueAxis *m_communityAxis = nullptr;
    QValueAxis *m_audienceAxis = nullptr;
    QList<qint64> m_barPostIds;

    QChartView *m_trendView = nullptr;
    QLineSeries *m_trendSeries = nullptr;
    QLineSeries *m_trendAverageSeries = nullptr;
    QDateTimeAxis *m_trendTimeAxis = nullptr;
    QValueAxis *m_trendRateAxis = nullptr;

    QChartView *m_pillarView = nullptr;
    QHorizontalBarSeries *m_pillarSeries = nullptr;
    QBarCategoryAxis *m_pillarAxis = nullptr;
    QValueAxis *m_pillarRateAxis = nullptr;

    QChartView *m_networkView = nullptr;
    QHorizontalBarSeries *m_networkSeries = nullptr;
    QBarCategoryAxis *m_networkAxis = nullptr;
    QValueAxis *m_networkRateAxis = nullptr;

    HeatmapWidget *m_heatmapView = nullptr;
};

} // namespace hearth::ui
