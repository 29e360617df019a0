// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/listenworkspace.h"

#include "common/clock.h"
#include "listen/heatmapwidget.h"
#include "listen/listenchartstyle.h"
#include "listen/listenmodels.h"
#include "listen/listenpostspage.h"
#include "listen/metricentrydialog.h"
#include "listen/metricimportwizard.h"
#include "listen/toppostactions.h"
#include "plan/catalog.h"
#include "storage/database.h"
#include "widgets/chartexport.h"
#include "widgets/poststore.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace hearth::ui {

namespace {

// Period presets: length in days, or 0 for all time and -1 for a custom range.
struct Period
{
    const char *label;
    int days;
};
constexpr Period periods[] = {
    {QT_TRANSLATE_NOOP("hearth::ui::ListenWorkspace", "Last 4 weeks"), 28},
    {QT_TRANSLATE_NOOP("hearth::ui::ListenWorkspace", "Last 13 weeks"), 91},
    {QT_TRANSLATE_NOOP("hearth::ui::ListenWorkspace", "Last 26 weeks"), 182},
    {QT_TRANSLATE_NOOP("hearth::ui::ListenWorkspace", "Last 52 weeks"), 364},
    {QT_TRANSLATE_NOOP("hearth::ui::ListenWorkspace", "All time"), 0},
    {QT_TRANSLATE_NOOP("hearth::ui::ListenWorkspace", "Custom range"), -1},
};
constexpr int defaultPeriod = 2;
constexpr int allTimePeriod = 4;
constexpr int customPeriod = 5;

// Community signal colours, shared by the per-post bars and their legend.
const QColor commentsColor(0x2e, 0x9e, 0x6a);
const QColor sharesColor(0x2f, 0x7d, 0xd1);
const QColor savesColor(0x8a, 0x5c, 0xc7);
const QColor followsColor(0xe0, 0x89, 0x2b);
const QColor audienceColor(0x6b, 0x6b, 0x6b);
const QColor rateColor(0xc8, 0x5a, 0x2a);

} // namespace

ListenWorkspace::ListenWorkspace(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_refreshTimer(new QTimer(this))
    , m_postsModel(new PostMetricsModel(this))
    , m_topModel(new PostMetricsModel(this))
    , m_listedModel(new PostMetricsModel(this))
    , m_weeklyModel(new RateGroupModel(this))
    , m_pillarModel(new RateGroupModel(this))
    , m_networkModel(new RateGroupModel(this))
    , m_heatmapModel(new HeatmapModel(this))
{
    setObjectName(QStringLiteral("listenWorkspace"));
    m_postsModel->setObjectName(QStringLiteral("postsModel"));
    m_topModel->setObjectName(QStringLiteral("topPostsModel"));
    m_listedModel->setObjectName(QStringLiteral("listedPostsModel"));
    m_weeklyModel->setObjectName(QStringLiteral("weeklyModel"));
    m_pillarModel->setObjectName(QStringLiteral("pillarModel"));
    m_networkModel->setObjectName(QStringLiteral("networkModel"));
    m_heatmapModel->setObjectName(QStringLiteral("heatmapModel"));

    m_savePathProvider = [](QWidget *dialogParent, const QString &suggestedName) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        return QFileDialog::getSaveFileName(dialogParent, tr("Save chart"),
                                            folder + u'/' + suggestedName,
                                            tr("PNG image (*.png);;SVG drawing (*.svg)"));
    };

    // Filter changes arrive in bursts (a preset sets both dates); redraw once.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ListenWorkspace::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addWidget(createFilterBar());

    m_formulaLabel = new QLabel(core::MetricsAnalysis::formulaText(), this);
    m_formulaLabel->setObjectName(QStringLiteral("formulaLabel"));
    m_formulaLabel->setWordWrap(true);
    m_formulaLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = m_formulaLabel->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_formulaLabel->setPalette(muted);
    layout->addWidget(m_formulaLabel);

    // What the last import brought in; shown once an import landed.
    m_importLabel = new QLabel(this);
    m_importLabel->setObjectName(QStringLiteral("importSummaryLabel"));
    m_importLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont importFont = m_importLabel->font();
    importFont.setBold(true);
    m_importLabel->setFont(importFont);
    m_importLabel->hide();
    layout->addWidget(m_importLabel);

    createCharts();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("listenTabWidget"));
    m_tabs->setDocumentMode(true);

    auto *overview = new QWidget(m_tabs);
    overview->setObjectName(QStringLiteral("overviewPage"));
    auto *grid = new QGridLayout(overview);
    grid->setContentsMargins(0, 6, 0, 0);
    grid->setSpacing(8);
    grid->addWidget(chartPanel(m_postsView, QStringLiteral("community-per-post")), 0, 0);
    grid->addWidget(chartPanel(m_trendView, QStringLiteral("community-rate-by-week")), 0, 1);
    grid->addWidget(chartPanel(m_pillarView, QStringLiteral("community-rate-by-pillar")), 1, 0);
    grid->addWidget(chartPanel(m_networkView, QStringLiteral("community-rate-by-network")), 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    m_tabs->addTab(overview, tr("Overview"));

    auto *times = new QWidget(m_tabs);
    times->setObjectName(QStringLiteral("bestTimesPage"));
    auto *timesLayout = new QVBoxLayout(times);
    timesLayout->setContentsMargins(0, 6, 0, 0);
    m_heatmapView = new HeatmapWidget(m_heatmapModel, times);
    timesLayout->addWidget(chartPanel(m_heatmapView, QStringLiteral("community-rate-by-slot")), 1);
    m_bestTimesLabel = new QLabel(times);
    m_bestTimesLabel->setObjectName(QStringLiteral("bestTimesLabel"));
    m_bestTimesLabel->setWordWrap(true);
    m_bestTimesLabel->setTextFormat(Qt::RichText);
    timesLayout->addWidget(m_bestTimesLabel);
    m_tabs->addTab(times, tr("Best times"));

    m_topView = new QTableView(m_tabs);
    m_topView->setObjectName(QStringLiteral("topPostsTableView"));
    m_topView->setAccessibleName(tr("Posts with the highest community rate"));
    m_topView->setModel(m_topModel);
    m_topView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_topView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_topView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_topView->setAlternatingRowColors(true);
    m_topView->verticalHeader()->hide();
    m_topView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_topView->setWordWrap(false);
    // At most 50 rows, so sizing columns to their contents stays cheap.
    m_topView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_topView->horizontalHeader()->setSectionResizeMode(PostMetricsModel::TitleColumn,
                                                        QHeaderView::Stretch);
    m_topView->setToolTip(tr("Double-click a post to open it; right-click to plan it again, "
                             "turn it into an idea or find ideas like it."));
    connect(m_topView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit postActivated(index.data(PostMetricsModel::PostIdRole).toLongLong());
    });
    // Reuse what worked: plan a top post again, or keep it as an idea.
    auto *topActions = new TopPostActions(m_services, m_topView, this);
    connect(topActions, &TopPostActions::messageShown, m_topView,
            [this](const QString &message) { m_topView->setStatusTip(message); });
    connect(topActions, &TopPostActions::ideaRequested, this, &ListenWorkspace::ideaActivated);
    m_tabs->addTab(m_topView, tr("Top posts"));

    m_postsPage = new ListenPostsPage(m_services, m_listedModel, m_tabs);
    connect(m_postsPage, &ListenPostsPage::postActivated, this, &ListenWorkspace::postActivated);
    m_tabs->addTab(m_postsPage, tr("Posts"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_listedStale && m_tabs->currentWidget() == m_postsPage)
            scheduleRefresh();
    });
    // Pillars set in bulk (or any change to several posts) regroup the charts.
    connect(&m_services.posts, &PostStore::planChanged, this, &ListenWorkspace::scheduleRefresh);
    layout->addWidget(m_tabs, 1);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    // Wraps rather than widening the window past a small screen.
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);

    showDate(m_services.clock.now().toLocalTime().date());
}

ListenWorkspace::~ListenWorkspace() = default;

QWidget *ListenWorkspace::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *heading = new QLabel(tr("Listen"), bar);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    layout->addSpacing(16);

    m_periodCombo = new QComboBox(bar);
    m_periodCombo->setObjectName(QStringLiteral("periodComboBox"));
    m_periodCombo->setAccessibleName(tr("Period"));
    for (const Period &period : periods)
        m_periodCombo->addItem(tr(period.label), period.days);
    m_periodCombo->setCurrentIndex(defaultPeriod);
    // Long period and network names may be cut on a small screen rather than widen the window.
    m_periodCombo->setMinimumWidth(m_periodCombo->fontMetrics().averageCharWidth() * 12);
    layout->addWidget(m_periodCombo);

    m_fromEdit = new QDateEdit(bar);
    m_fromEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_fromEdit->setAccessibleName(tr("From"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_toEdit = new QDateEdit(bar);
    m_toEdit->setObjectName(QStringLiteral("toDateEdit"));
    m_toEdit->setAccessibleName(tr("To"));
    m_toEdit->setCalendarPopup(true);
    m_toEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    auto *fromLabel = new QLabel(tr("&From"), bar);
    fromLabel->setBuddy(m_fromEdit);
    auto *toLabel = new QLabel(tr("&to"), bar);
    toLabel->setBuddy(m_toEdit);
    layout->addWidget(fromLabel);
    layout->addWidget(m_fromEdit);
    layout->addWidget(toLabel);
    layout->addWidget(m_toEdit);

    m_networkCombo = new QComboBox(bar);
    m_networkCombo->setObjectName(QStringLiteral("networkComboBox"));
    m_networkCombo->setAccessibleName(tr("Network"));
    reloadNetworks();
    m_networkCombo->setMinimumWidth(m_networkCombo->fontMetrics().averageCharWidth() * 11);
    layout->addWidget(m_networkCombo);
    layout->addStretch();

    auto *entry = new QPushButton(tr("&Enter figures…"), bar);
    entry->setObjectName(QStringLiteral("enterMetricsPushButton"));
    entry->setToolTip(tr("Type in the figures of a post by hand"));
    entry->setEnabled(!m_services.database.isReadOnly());
    layout->addWidget(entry);
    auto *import = new QPushButton(tr("&Import analytics…"), bar);
    import->setObjectName(QStringLiteral("importMetricsPushButton"));
    import->setToolTip(
        tr("Read an analytics export from Facebook, Instagram, X, LinkedIn, YouTube or any CSV"));
    import->setEnabled(!m_services.database.isReadOnly());
    layout->addWidget(import);

    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &ListenWorkspace::applyPeriod);
    auto customDates = [this] {
        if (m_updatingFilters)
            return;
        m_updatingFilters = true;
        m_periodCombo->setCurrentIndex(customPeriod);
        m_updatingFilters = false;
        scheduleRefresh();
    };
    connect(m_fromEdit, &QDateEdit::dateChanged, this, customDates);
    connect(m_toEdit, &QDateEdit::dateChanged, this, customDates);
    connect(m_networkCombo, &QComboBox::currentIndexChanged, this,
            &ListenWorkspace::scheduleRefresh);
    connect(entry, &QPushButton::clicked, this, &ListenWorkspace::openMetricEntry);
    connect(import, &QPushButton::clicked, this, [this] { openImportWizard(); });
    return bar;
}

void ListenWorkspace::reloadNetworks()
{
    const QString current = m_networkCombo->currentData().toString();
    m_networkCombo->clear();
    m_networkCombo->addItem(tr("All networks"), QString());
    auto networks = m_services.catalog.networks();
    if (networks) {
        for (const core::Network &network : *networks) {
            if (network.enabled)
                m_networkCombo->addItem(network.name, network.id);
        }
    }
    m_networkCombo->setCurrentIndex(qMax(0, m_networkCombo->findData(current)));
}

QWidget *ListenWorkspace::chartPanel(QWidget *view, const QString &name)
{
    auto *panel = new QWidget(this);
    // The save button sits over the chart's top-right corner, so it costs no space.
    auto *layout = new QGridLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view, 0, 0);
    auto *save = new QToolButton(panel);
    save->setObjectName(view->objectName()
                            .replace(QLatin1String("ChartView"), QLatin1String("SaveToolButton"))
                            .replace(QLatin1String("Widget"), QLatin1String("SaveToolButton")));
    save->setToolTip(tr("Save this chart as a PNG image or an SVG drawing"));
    save->setAutoRaise(true);
    save->setText(tr("Save…"));
    layout->addWidget(save, 0, 0, Qt::AlignTop | Qt::AlignRight);
    save->raise();
    connect(save, &QToolButton::clicked, this, [this, view, name] { askAndSave(view, name); });
    return panel;
}

void ListenWorkspace::createCharts()
{
    // Per post: community actions stacked by kind, audience as a line on its own axis,
    // because audience is often a hundred times larger and would flatten the bars.
    QChart *posts = newChart(tr("Latest posts: community actions and audience"));
    m_postsSeries = new QStackedBarSeries;
    m_postsSeries->setBarWidth(0.7);
    m_audienceSeries = new QLineSeries;
    m_audienceSeries->setName(tr("Audience"));
    QPen audiencePen(audienceColor, 2, Qt::DashLine);
    m_audienceSeries->setPen(audiencePen);
    m_audienceSeries->setPointsVisible(true);
    posts->addSeries(m_postsSeries);
    posts->addSeries(m_audienceSeries);
    m_postsAxis = new QBarCategoryAxis;
    m_postsAxis->setLabelsAngle(-90);
    m_postsAxis->setTruncateLabels(false);
    QFont small = m_postsAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_postsAxis->setLabelsFont(small);
    m_communityAxis = new QValueAxis;
    setAxisTitle(m_communityAxis, tr("Actions"));
    m_communityAxis->setLabelFormat(QStringLiteral("%d"));
    m_audienceAxis = new QValueAxis;
    setAxisTitle(m_audienceAxis, tr("Audience"));
    m_audienceAxis->setLabelFormat(QStringLiteral("%d"));
    m_audienceAxis->setGridLineVisible(false);
    posts->addAxis(m_postsAxis, Qt::AlignBottom);
    posts->addAxis(m_communityAxis, Qt::AlignLeft);
    posts->addAxis(m_audienceAxis, Qt::AlignRight);
    m_postsSeries->attachAxis(m_postsAxis);
    m_postsSeries->attachAxis(m_communityAxis);
    m_audienceSeries->attachAxis(m_postsAxis);
    m_audienceSeries->attachAxis(m_audienceAxis);
    m_postsView =
        newChartView(posts, QStringLiteral("postsChartView"), tr("Community actions per post"));
    // The view's tool tip follows the bar under the mouse, so the tool tip event that comes
    // after the hover shows the bar's figures, not a fixed hint.
    connect(m_postsSeries, &QAbstractBarSeries::hovered, this,
            [this](bool inside, int index, QBarSet *) {
                const bool onBar = inside && index >= 0 && index < m_postsModel->rowCount();
                m_postsView->setToolTip(
                    onBar ? postToolTip(m_postsModel->row(index), tr("Click to open the post."))
                          : QString());
                if (onBar)
                    QToolTip::showText(QCursor::pos(), m_postsView->toolTip(), m_postsView);
                else
                    QToolTip::hideText();
            });
    connect(m_postsSeries, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_barPostIds.size())
            emit postActivated(m_barPostIds.at(index));
    });

    QChart *trend = newChart(tr("Community rate by week"));
    m_trendSeries = new QLineSeries;
    m_trendSeries->setName(tr("Mean community rate"));
    m_trendSeries->setPen(QPen(rateColor, 2.5));
    m_trendSeries->setPointsVisible(true);
    trend->addSeries(m_trendSeries);
    m_trendTimeAxis = new QDateTimeAxis;
    m_trendTimeAxis->setFormat(QStringLiteral("d MMM"));
    // Dates are never cut ("29 Mar …"): updateTrendChart() asks for as many as fit.
    m_trendTimeAxis->setTruncateLabels(false);
    setAxisTitle(m_trendTimeAxis, tr("Week starting"));
    m_trendRateAxis = new QValueAxis;
    setAxisTitle(m_trendRateAxis, tr("Rate (%)"));
    m_trendRateAxis->setLabelFormat(QStringLiteral("%.1f"));
    trend->addAxis(m_trendTimeAxis, Qt::AlignBottom);
    trend->addAxis(m_trendRateAxis, Qt::AlignLeft);
    m_trendSeries->attachAxis(m_trendTimeAxis);
    m_trendSeries->attachAxis(m_trendRateAxis);
    // The period's mean as a flat reference, so a good or bad week stands out.
    m_trendAverageSeries = new QLineSeries;
    m_trendAverageSeries->setName(tr("Mean of the period"));
    m_trendAverageSeries->setPen(QPen(audienceColor, 1.5, Qt::DashLine));
    trend->addSeries(m_trendAverageSeries);
    m_trendAverageSeries->attachAxis(m_trendTimeAxis);
    m_trendAverageSeries->attachAxis(m_trendRateAxis);
    m_trendView =
        newChartView(trend, QStringLiteral("trendChartView"), tr("Community rate by week"));

    auto groupChart = [this](const QString &title, QHorizontalBarSeries *&series,
                             QBarCategoryAxis *&categories, QValueAxis *&values,
                             const QString &objectName) {
        QChart *chart = newChart(title);
        series = new QHorizontalBarSeries;
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value%"));
        series->setLabelsPrecision(3);
        chart->addSeries(series);
        categories = new QBarCategoryAxis;
        values = new QValueAxis;
        setAxisTitle(values, tr("Mean community rate (%)"));
        categories->setTruncateLabels(false);
        values->setLabelFormat(QStringLiteral("%.1f"));
        chart->addAxis(categories, Qt::AlignLeft);
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(categories);
        series->attachAxis(values);
        chart->legend()->hide();
        QChartView *view = newChartView(chart, objectName, title);
        // Bars run bottom-up, the model's groups top-down.
        connect(series, &QAbstractBarSeries::hovered, this,
                [this, view](bool inside, int index, QBarSet *) {
                    const RateGroupModel *model =
                        view == m_pillarView ? m_pillarModel : m_networkModel;
                    const int row = model->rowCount() - 1 - index;
                    const bool onBar = inside && row >= 0 && row < model->rowCount();
                    view->setToolTip(onBar ? groupToolTip(model->row(row)) : QString());
                    if (onBar)
                        QToolTip::showText(QCursor::pos(), view->toolTip(), view);
                    else
                        QToolTip::hideText();
                });
        return view;
    };
    m_pillarView = groupChart(tr("Community rate by pillar (posts with a rate)"), m_pillarSeries,
                              m_pillarAxis, m_pillarRateAxis, QStringLiteral("pillarChartView"));
    m_networkView =
        groupChart(tr("Community rate by network (posts with a rate)"), m_networkSeries,
                   m_networkAxis, m_networkRateAxis, QStringLiteral("networkChartView"));
}

void ListenWorkspace::applyPeriod(int index)
{
    if (m_updatingFilters)
        return;
    const int days = m_periodCombo->itemData(index).toInt();
    const bool all = days == 0;
    m_fromEdit->setEnabled(!all);
    m_toEdit->setEnabled(!all);
    if (all) {
        showAllTimeDates();
    } else if (days > 0) {
        m_updatingFilters = true;
        const QDate end = m_date.isValid() ? m_date : m_services.clock.now().toLocalTime().date();
        m_toEdit->setDate(end);
        m_fromEdit->setDate(end.addDays(-days + 1));
        m_updatingFilters = false;
    }
    scheduleRefresh();
}

void ListenWorkspace::setPeriodDates(const QDate &from, const QDate &to)
{
    const bool updating = m_updatingFilters;
    m_updatingFilters = true;
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    m_updatingFilters = updating;
}

void ListenWorkspace::showAllTimeDates()
{
    auto span = m_services.metrics.figuresSpan(m_networkCombo->currentData().toString());
    if (span && span->posts > 0)
        setPeriodDates(span->first.toLocalTime().date(), span->last.toLocalTime().date());
}

void ListenWorkspace::showImported(const core::MetricImportPreview &result)
{
    // The import's own posts when it wrote any; a file seen before wrote nothing, so its
    // rows say where its posts are.
    core::MetricSpan span;
    if (result.importId > 0) {
        if (auto stored = m_services.metrics.importSpan(result.importId))
            span = *stored;
    }
    if (span.posts == 0)
        span = previewSpan(result);
    m_importLabel->setText(importSummary(span));
    m_importLabel->show();
    reloadNetworks();
    if (span.posts > 0) {
        m_date = span.last.toLocalTime().date();
        setPeriodDates(span.first.toLocalTime().date(), m_date);
        // A custom range: its date fields become editable.
        m_periodCombo->setCurrentIndex(customPeriod);
    }
    refresh();
}

void ListenWorkspace::showDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_date = date;
    const int days = m_periodCombo->currentData().toInt();
    m_updatingFilters = true;
    if (days > 0) {
        m_toEdit->setDate(date);
        m_fromEdit->setDate(date.addDays(-days + 1));
    } else if (days < 0) {
        // A custom range keeps its length and moves to end on `date`.
        const qint64 span = m_fromEdit->date().daysTo(m_toEdit->date());
        m_toEdit->setDate(date);
        m_fromEdit->setDate(date.addDays(-span));
    }
    m_updatingFilters = false;
    scheduleRefresh();
}

core::MetricsFilter ListenWorkspace::filter() const
{
    core::MetricsFilter result;
    if (m_periodCombo->currentData().toInt() != 0) {
        QDate from = m_fromEdit->date();
        QDate to = m_toEdit->date();
        if (from > to)
            std::swap(from, to);
        result.from = QDateTime(from, QTime(0, 0), Qt::LocalTime).toUTC();
        // The end day counts in full.
        result.to = QDateTime(to.addDays(1), QTime(0, 0), Qt::LocalTime).toUTC();
    }
    result.networkId = m_networkCombo->currentData().toString();
    return result;
}

void ListenWorkspace::scheduleRefresh()
{
    if (m_updatingFilters)
        return;
    // The aggregations read every snapshot in range: run them only when someone can see them.
    if (!isVisible()) {
        m_refreshWhenShown = true;
        return;
    }
    m_refreshTimer->start();
}

void ListenWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_refreshWhenShown) {
        m_refreshWhenShown = false;
        m_refreshTimer->start();
    }
}

void ListenWorkspace::refresh()
{
    m_refreshTimer->stop();
    m_refreshWhenShown = false;
    const core::MetricsFilter current = filter();
    const core::MetricsAnalysis analysis(m_services.database);
    QStringList problems;
    auto report = [&](const core::Error &error) {
        problems << error.message;
    };

    if (m_periodCombo->currentIndex() == allTimePeriod)
        showAllTimeDates();
    // Newest first from SQL; the chart reads its newest few left to right, oldest first. The
    // Posts page's long list is read only while someone looks at it.
    const bool listing = m_tabs->currentWidget() == m_postsPage;
    m_listedStale = !listing;
    if (auto posts = analysis.perPost(current, core::PostOrder::Newest,
                                      listing ? maxListedPosts : maxPostBars)) {
        QList<core::PostMetrics> rows(
            posts->cbegin(), posts->cbegin() + qMin<qsizetype>(maxPostBars, posts->size()));
        std::reverse(rows.begin(), rows.end());
        m_postsModel->setRows(std::move(rows));
        if (listing)
            m_listedModel->setRows(std::move(*posts));
    } else {
        report(posts.error());
    }
    if (auto top = analysis.topPosts(current, 50))
        m_topModel->setRows(std::move(*top));
    else
        report(top.error());
    // One statement for every aggregation: the current figures are rated once.
    if (auto overview = analysis.overview(current, minimumSlotPosts, 3)) {
        m_weeklyModel->setRows(std::move(overview->weekly));
        m_pillarModel->setRows(std::move(overview->pillars));
        m_networkModel->setRows(std::move(overview->networks));
        m_heatmapModel->setHeatmap(std::move(overview->heatmap));
        updateBestTimes(overview->bestTimes);
    } else {
        report(overview.error());
    }

    updatePostsChart();
    updateTrendChart();
    updateGroupChart(m_pillarSeries, m_pillarAxis, m_pillarRateAxis, m_pillarModel);
    updateGroupChart(m_networkSeries, m_networkAxis, m_networkRateAxis, m_networkModel);

    // The network groups already count every row in range, so no extra query is needed.
    int rows = 0;
    int rated = 0;
    for (const core::RateGroup &group : m_networkModel->rows()) {
        rows += group.posts;
        rated += group.ratedPosts;
    }
    if (!problems.isEmpty())
        m_summaryLabel->setText(tr("Could not read the figures: %1").arg(problems.first()));
    else if (rows == 0)
        m_summaryLabel->setText(
            tr("No figures in this period yet. Import an analytics export from your "
               "network, or enter a post's figures by hand."));
    else
        m_summaryLabel->setText(
            tr("Posts with figures in this period: %1, of which %2 have a community "
               "rate. Hover a bar or cell for details; click a bar to open its post.")
                .arg(QLocale().toString(rows), QLocale().toString(rated)));
}

void ListenWorkspace::updatePostsChart()
{
    // Bars are rebuilt off-chart and handed over in one call each; never point by point.
    const QList<core::PostMetrics> &rows = m_postsModel->rows();
    QList<qreal> comments;
    QList<qreal> shares;
    QList<qreal> saves;
    QList<qreal> follows;
    QList<QPointF> audience;
    QStringList labels;
    m_barPostIds.clear();
    double communityMax = 0;
    double communityMin = 0;
    double audienceMax = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const core::PostMetrics &row = rows.at(i);
        comments << qreal(row.comments.value_or(0));
        shares << qreal(row.shares.value_or(0));
        saves << qreal(row.saves.value_or(0));
        follows << qreal(row.follows.value_or(0));
        const double positive =
            comments.last() + shares.last() + saves.last() + qMax<qreal>(0, follows.last());
        communityMax = qMax(communityMax, positive);
        communityMin = qMin<double>(communityMin, qMin<qreal>(0, follows.last()));
        if (row.audience) {
            audience << QPointF(i, double(*row.audience));
            audienceMax = qMax(audienceMax, double(*row.audience));
        }
        QString label =
            row.postedAt.isValid()
                ? QLocale().toString(row.postedAt.toLocalTime().date(), QStringLiteral("d MMM"))
                : tr("no date");
        label += u' ' + networkAbbreviation(row.networkId, row.networkName);
        // Category labels must be unique; an invisible suffix keeps two posts of a day apart.
        while (labels.contains(label))
            label += QChar(0x200B);
        labels << label;
        m_barPostIds << row.postId;
    }

    m_postsSeries->clear();
    auto makeSet = [](const QString &name, const QColor &color, const QList<qreal> &values) {
        auto *set = new QBarSet(name);
        set->setColor(color);
        set->setBorderColor(color.darker(115));
        set->append(values);
        return set;
    };
    m_postsSeries->append(QList<QBarSet *>{makeSet(tr("Comments"), commentsColor, comments),
                                           makeSet(tr("Shares"), sharesColor, shares),
                                           makeSet(tr("Saves"), savesColor, saves),
                                           makeSet(tr("Follows"), followsColor, follows)});
    m_postsAxis->setCategories(labels);
    // Counts are whole numbers: at least 0..5, so an empty or quiet period does not label
    // fractional ticks "0 0 0 1".
    m_communityAxis->setRange(communityMin, qMax(5.0, communityMax));
    m_communityAxis->applyNiceNumbers();
    m_audienceSeries->replace(audience);
    m_audienceAxis->setRange(0, qMax(5.0, audienceMax));
    m_audienceAxis->applyNiceNumbers();
    m_postsView->chart()->setTitle(
        rows.isEmpty() ? tr("Per post: nothing to show yet")
                       : tr("Latest posts: community actions (bars) and audience (line)"));
}

void ListenWorkspace::updateTrendChart()
{
    // Weeks with a rate; when there are more than the chart can show, neighbouring weeks
    // merge into one point (mean weighted by their rated posts).
    QList<core::RateGroup> weeks;
    for (const core::RateGroup &week : m_weeklyModel->rows()) {
        if (week.meanRate && week.weekStart.isValid())
            weeks << week;
    }
    const int bucket = qMax(1, int((weeks.size() + maxTrendPoints - 1) / maxTrendPoints));
    QList<QPointF> points;
    points.reserve(weeks.size() / bucket + 1);
    double low = 0;
    double high = 0;
    double periodWeighted = 0;
    int periodCount = 0;
    for (qsizetype start = 0; start < weeks.size(); start += bucket) {
        double weighted = 0;
        int count = 0;
        const qsizetype end = qMin<qsizetype>(start + bucket, weeks.size());
        for (qsizetype i = start; i < end; ++i) {
            weighted += *weeks.at(i).meanRate * weeks.at(i).ratedPosts;
            count += weeks.at(i).ratedPosts;
        }
        if (count == 0)
            continue;
        periodWeighted += weighted;
        periodCount += count;
        const double percent = weighted / count * 100.0;
        const QDateTime when(weeks.at(start).weekStart, QTime(0, 0), Qt::LocalTime);
        points << QPointF(double(when.toMSecsSinceEpoch()), percent);
        low = points.size() == 1 ? percent : qMin(low, percent);
        high = points.size() == 1 ? percent : qMax(high, percent);
    }
    m_trendSeries->replace(points);
    QList<QPointF> average;
    if (periodCount > 0 && !points.isEmpty()) {
        const double mean = periodWeighted / periodCount * 100.0;
        average << QPointF(points.first().x(), mean) << QPointF(points.last().x(), mean);
    }
    m_trendAverageSeries->replace(average);
    // As many dates as fit the width, written as short as the range allows.
    const QFontMetrics labels(m_trendTimeAxis->labelsFont());
    const int fitting = qMax(2, m_trendView->width() /
                                    (labels.horizontalAdvance(QStringLiteral("30 May 26")) + 24));
    if (points.isEmpty()) {
        // Nothing rated: the axis still shows the chosen period.
        m_trendTimeAxis->setRange(m_fromEdit->date().startOfDay(), m_toEdit->date().endOfDay());
        m_trendTimeAxis->setTickCount(qMin(5, fitting));
        m_trendRateAxis->setRange(0, 5);
        m_trendRateAxis->applyNiceNumbers();
    } else {
        QDateTime first = QDateTime::fromMSecsSinceEpoch(qint64(points.first().x()));
        QDateTime last = QDateTime::fromMSecsSinceEpoch(qint64(points.last().x()));
        // A few days of air on both sides so the end points are not cut in half.
        m_trendTimeAxis->setRange(first.addDays(-3), last.addDays(3));
        m_trendTimeAxis->setTickCount(qBound(2, int(points.size()), qMin(7, fitting)));
        m_trendRateAxis->setRange(qMin(0.0, low), qMax(1.0, high * 1.05));
        m_trendRateAxis->applyNiceNumbers();
    }
    const QDateTime start = m_trendTimeAxis->min();
    const QDateTime end = m_trendTimeAxis->max();
    m_trendTimeAxis->setFormat(start.date().year() == end.date().year()
                                   ? QStringLiteral("d MMM")
                                   : QStringLiteral("d MMM yy"));
    m_trendView->chart()->setTitle(bucket == 1
                                       ? tr("Community rate by week")
                                       : tr("Community rate, %1 weeks per point").arg(bucket));
}

void ListenWorkspace::updateGroupChart(QHorizontalBarSeries *series, QBarCategoryAxis *categories,
                                       QValueAxis *values, const RateGroupModel *model)
{
    QList<qreal> rates;
    QStringList labels;
    double high = 0;
    double low = 0;
    // Horizontal bars run bottom-up; reverse so the first group is on top.
    const QList<core::RateGroup> &groups = model->rows();
    for (auto it = groups.crbegin(); it != groups.crend(); ++it) {
        const double percent = it->meanRate.value_or(0) * 100.0;
        rates << percent;
        high = qMax(high, percent);
        low = qMin(low, percent);
        QString label = tr("%1 (%2)").arg(it->label).arg(it->ratedPosts);
        while (labels.contains(label))
            label += QChar(0x200B);
        labels << label;
    }
    series->clear();
    auto *set = new QBarSet(tr("Mean community rate"));
    set->setColor(rateColor);
    set->setBorderColor(rateColor.darker(115));
    set->setLabelColor(palette().color(QPalette::Text));
    set->append(rates);
    series->append(set);
    categories->setCategories(labels);
    // Room on the right for the value labels at the bar ends.
    // At least 0..1 %, so the one-decimal labels of an empty chart are not "0.0 0.0 0.1".
    values->setRange(low, qMax(1.0, high * 1.18));
    values->applyNiceNumbers();
}

void ListenWorkspace::updateBestTimes(const QList<core::BestTime> &times)
{
    if (times.isEmpty()) {
        m_bestTimesLabel->setText(
            tr("<b>Best times to post:</b> not enough posts yet. A slot needs at least "
               "three posts with a community rate before Hearth trusts it."));
        return;
    }
    const QLocale locale;
    QString text =
        tr("<b>Best times to post</b> (local time, highest mean community rate, at least three "
           "posts each):");
    QString network;
    QStringList entries;
    auto flush = [&] {
        if (!network.isEmpty())
            text += QStringLiteral("<br>&nbsp;&nbsp;<b>%1</b>: %2")
                        .arg(network.toHtmlEscaped(), entries.join(QStringLiteral(" · ")));
        entries.clear();
    };
    for (const core::BestTime &time : times) {
        if (time.networkName != network) {
            flush();
            network = time.networkName;
        }
        entries << tr("%1 %2:00 (%3, %4 posts)")
                       .arg(locale.dayName(time.weekday, QLocale::LongFormat))
                       .arg(time.hour, 2, 10, QLatin1Char('0'))
                       .arg(formatRate(time.meanRate))
                       .arg(time.posts);
    }
    flush();
    m_bestTimesLabel->setText(text);
}

void ListenWorkspace::setSavePathProvider(SavePathProvider provider)
{
    m_savePathProvider = std::move(provider);
}

QString ListenWorkspace::saveChart(QWidget *chart, const QString &path)
{
    QString title;
    if (auto *view = qobject_cast<QChartView *>(chart))
        title = view->chart()->title();
    else if (chart)
        title = chart->accessibleName();
    return saveWidgetPicture(chart, path, title);
}

void ListenWorkspace::askAndSave(QWidget *chart, const QString &suggestedName)
{
    const QString path = m_savePathProvider(this, suggestedName + QStringLiteral(".png"));
    if (path.isEmpty())
        return;
    const QString problem = saveChart(chart, path);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Chart not saved"), problem);
}

void ListenWorkspace::openImportWizard(const QString &path)
{
    MetricImportWizard wizard(m_services, this);
    if (!path.isEmpty())
        wizard.setFilePath(path);
    if (wizard.exec() == QDialog::Accepted && wizard.committed() && wizard.preview()) {
        showImported(*wizard.preview());
        emit metricsChanged();
    }
}

void ListenWorkspace::openMetricEntry()
{
    std::optional<qint64> post;
    const QModelIndex selected = m_topView->currentIndex();
    if (selected.isValid())
        post = selected.data(PostMetricsModel::PostIdRole).toLongLong();
    MetricEntryDialog dialog(m_services, filter(), post, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit metricsChanged();
    }
}

} // namespace hearth::ui
