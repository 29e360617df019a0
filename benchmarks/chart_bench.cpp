// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// chart_bench: how fast the Listen workspace refreshes and redraws with 10k posts in range.
// Prints median and p95 of (a) the analysis queries alone, (b) a full refresh (queries,
// models, feeding the charts) and (c) rendering every chart offscreen into an image.
#include "common/clock.h"
#include "listen/heatmapwidget.h"
#include "listen/listenworkspace.h"
#include "listen/metricsanalysis.h"
#include "listendemodata.h"
#include "storage/database.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

struct Figures
{
    double median;
    double p95;
    double cpuMedian;
};

// CPU time of this thread: on a busy machine wall time also counts other processes.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

template<typename Work>
Figures measure(int runs, Work &&work)
{
    std::vector<double> times;
    std::vector<double> cpu;
    times.reserve(runs);
    cpu.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpuStart);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    return {times.at(times.size() / 2),
            times.at(std::min(times.size() - 1, size_t(double(times.size()) * 0.95))),
            cpu.at(cpu.size() / 2)};
}

void print(const char *what, const Figures &figures)
{
    std::printf("%-46s median %7.2f ms  p95 %7.2f ms  (CPU median %7.2f ms)\n", what,
                figures.median, figures.p95, figures.cpuMedian);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int posts = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int runs = 15;

    const QDate end(2026, 11, 22);
    hearth::core::ManualClock clock(QDateTime(end, QTime(12, 0), Qt::LocalTime).toUTC());
    auto database = hearth::core::Database::openInMemory(clock);
    if (!database)
        return 1;
    QElapsedTimer timer;
    timer.start();
    hearth::bench::DemoDataOptions options;
    options.posts = posts;
    options.weeks = 52;
    options.end = end;
    if (auto generated = hearth::bench::generateDemoData(**database, options); !generated) {
        std::fprintf(stderr, "chart_bench: %s\n", qPrintable(generated.error().message));
        return 1;
    }
    std::printf("generated %d posts with snapshots in %.0f ms\n", posts, double(timer.elapsed()));

    QUndoStack undo;
    hearth::ui::AppServices services(**database, clock, undo);
    hearth::ui::ListenWorkspace workspace(services);
    workspace.resize(1280, 760);
    workspace.show();
    workspace.showDate(end);
    // All generated posts lie in the last 52 weeks.
    if (auto *period = workspace.findChild<QComboBox *>(QStringLiteral("periodComboBox")))
        period->setCurrentIndex(period->findText(QStringLiteral("Last 52 weeks")));
    workspace.refresh();
    QApplication::processEvents();
    auto counts = hearth::core::MetricsAnalysis(**database).counts(workspace.filter());
    std::printf("post x network rows in range: %d (%d with a rate)\n", counts ? counts->first : -1,
                counts ? counts->second : -1);

    const hearth::core::MetricsFilter filter = workspace.filter();
    const hearth::core::MetricsAnalysis analysis(**database);
    print("query: latest posts (per-post chart)", measure(runs, [&] {
              (void)analysis.perPost(filter, hearth::core::PostOrder::Newest,
                                     hearth::ui::ListenWorkspace::maxPostBars);
          }));
    print("query: top posts", measure(runs, [&] { (void)analysis.topPosts(filter, 50); }));
    print("query: weekly trend", measure(runs, [&] { (void)analysis.weekly(filter); }));
    print("query: by pillar", measure(runs, [&] { (void)analysis.byPillar(filter); }));
    print("query: by network", measure(runs, [&] { (void)analysis.byNetwork(filter); }));
    print("query: heatmap", measure(runs, [&] { (void)analysis.heatmap(filter, 3); }));
    print("query: best times", measure(runs, [&] { (void)analysis.bestTimes(filter, 3, 3); }));
    print("query: overview (all five in one statement)",
          measure(runs, [&] { (void)analysis.overview(filter, 3, 3); }));
    print("refresh: queries + models + chart feed", measure(runs, [&] { workspace.refresh(); }));

    QList<QWidget *> charts{workspace.postsChartView(), workspace.trendChartView(),
                            workspace.pillarChartView(), workspace.networkChartView(),
                            workspace.heatmapWidget()};
    std::vector<QImage> images;
    for (QWidget *chart : charts) {
        QSize size = chart->size();
        if (size.width() < 100)
            size = QSize(600, 300);
        chart->resize(size);
        images.emplace_back(size, QImage::Format_ARGB32_Premultiplied);
    }
    print("render 4 charts + heatmap to images", measure(runs, [&] {
              for (int i = 0; i < charts.size(); ++i) {
                  QPainter painter(&images[size_t(i)]);
                  charts.at(i)->render(&painter);
              }
          }));
    print("per-post chart only: feed + render", measure(runs, [&] {
              QPainter painter(&images[0]);
              charts.at(0)->render(&painter);
          }));
    print("refresh + render everything", measure(runs, [&] {
              workspace.refresh();
              for (int i = 0; i < charts.size(); ++i) {
                  QPainter painter(&images[size_t(i)]);
                  charts.at(i)->render(&painter);
              }
          }));
    return 0;
}
