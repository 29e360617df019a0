// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Listen workspace offscreen: filters drive the charts, charts save as PNG and SVG,
// bars open posts, the import wizard previews a real fixture, manual entry records figures.
#include "common/clock.h"
#include "listen/heatmapwidget.h"
#include "listen/listenmodels.h"
#include "listen/listenpostspage.h"
#include "listen/listenworkspace.h"
#include "listen/metricentrydialog.h"
#include "listen/metricimportwizard.h"
#include "listen/metricpreviewmodel.h"
#include "listen/metricrepository.h"
#include "plan/post.h"
#include "plan/postrepository.h"
#include "storage/database.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QValueAxis>
#include <QWizard>

#include <cmath>

using namespace hearth;

namespace {

QDateTime local(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::LocalTime).toUTC();
}

} // namespace

class TestListenWorkspace final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<core::Database> m_database;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ui::AppServices> m_services;
    std::unique_ptr<ui::ListenWorkspace> m_workspace;
    QList<qint64> m_posts;

    qint64 addPost(const QDateTime &when, const QString &network, qint64 pillar, qint64 reach,
                   qint64 comments)
    {
        core::Post post;
        post.title = QStringLiteral("Post %1 on %2").arg(m_posts.size() + 1).arg(network);
        post.body = post.link = post.firstComment = post.notes = QStringLiteral("");
        post.scheduledAt = when;
        post.status = core::PostStatus::Published;
        post.pillarId = pillar;
        core::PostNetwork target;
        target.networkId = network;
        post.networks << target;
        auto created = core::PostRepository(*m_database).create(post);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        core::MetricSnapshot snapshot;
        snapshot.postId = created->id;
        snapshot.networkId = network;
        snapshot.capturedAt = when.addDays(10);
        snapshot.reach = reach;
        snapshot.comments = comments;
        snapshot.shares = comments / 2;
        if (auto recorded = core::MetricRepository(*m_database).record(snapshot); !recorded)
            qFatal("%s", qPrintable(recorded.error().message));
        m_posts << created->id;
        return created->id;
    }

    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_workspace->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    int networkCategories() const
    {
        const auto axes = m_workspace->networkChartView()->chart()->axes(Qt::Vertical);
        return axes.isEmpty() ? -1 : int(qobject_cast<QBarCategoryAxis *>(axes.first())->count());
    }

    // Runs Listen's own "Import analytics…" path on `fixture`: the wizard it opens reads the
    // file, previews it and imports it when Import is pressed.
    void importThroughTheWizard(const QString &fixture)
    {
        bool driven = false;
        QTimer::singleShot(0, this, [&] {
            auto *wizard = m_workspace->findChild<ui::MetricImportWizard *>();
            QVERIFY(wizard);
            wizard->setFilePath(fixture);
            wizard->next();
            QCOMPARE(wizard->currentId(), int(ui::MetricImportWizard::PreviewPage));
            wizard->next();
            QCOMPARE(wizard->currentId(), int(ui::MetricImportWizard::ConfirmPage));
            wizard->button(QWizard::FinishButton)->click();
            driven = true;
        });
        m_workspace->openImportWizard();
        QVERIFY(driven);
    }

    std::optional<qint64> storedPillar(qint64 postId) const
    {
        auto value =
            m_database->scalar(QStringLiteral("SELECT pillar_id FROM posts WHERE id = :id"),
                               {{QStringLiteral(":id"), postId}});
        if (!value || value->isNull())
            return std::nullopt;
        return value->toLongLong();
    }

    int postBars() const
    {
        auto *series = qobject_cast<QStackedBarSeries *>(
            m_workspace->postsChartView()->chart()->series().first());
        return series->barSets().isEmpty() ? 0 : int(series->barSets().first()->count());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        // 1 June 2026: the last 26 weeks reach back to early December 2025.
        m_clock = std::make_unique<core::ManualClock>(local(2026, 6, 1, 12));
        auto database = core::Database::openInMemory(*m_clock);
        QVERIFY(database);
        m_database = std::move(*database);
        m_posts.clear();
        // Five weeks of X and Instagram posts in May, and two old LinkedIn posts.
        for (int day = 1; day <= 30; day += 3) {
            addPost(local(2026, 5, day, 9), QStringLiteral("x"), 1, 1000, 10 + day);
            addPost(local(2026, 5, day, 18), QStringLiteral("instagram"), 5, 500, 30);
        }
        addPost(local(2025, 3, 3, 9), QStringLiteral("linkedin"), 2, 800, 4);
        addPost(local(2025, 3, 10, 9), QStringLiteral("linkedin"), 2, 800, 6);
        m_undo = std::make_unique<QUndoStack>();
        m_services = std::make_unique<ui::AppServices>(*m_database, *m_clock, *m_undo);
        m_workspace = std::make_unique<ui::ListenWorkspace>(*m_services);
        m_workspace->resize(1200, 800);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
        m_workspace->refresh();
    }

    void cleanup()
    {
        m_workspace.reset();
        m_undo.reset();
        m_services.reset();
        m_database.reset();
    }

    void modelsPassTheTester()
    {
        const QList<QAbstractItemModel *> models{
            m_workspace->postsModel(),      m_workspace->topPostsModel(),
            m_workspace->weeklyModel(),     m_workspace->pillarModel(),
            m_workspace->networkModel(),    m_workspace->heatmapModel(),
            m_workspace->listedPostsModel()};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QAbstractItemModel *model : models)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        // Every model is reset by a refresh with other filters, and read by its view.
        child<QComboBox>("networkComboBox")
            ->setCurrentIndex(child<QComboBox>("networkComboBox")->findData(QStringLiteral("x")));
        m_workspace->refresh();
        child<QComboBox>("periodComboBox")->setCurrentIndex(4);
        m_workspace->refresh();
        QCOMPARE(m_workspace->heatmapModel()->rowCount(), 7);
        QCOMPARE(m_workspace->heatmapModel()->columnCount(), 24);
        QVERIFY(m_workspace->postsModel()->rowCount() > 0);
        // The Posts page's list is filled when the page is shown.
        child<QTabWidget>("listenTabWidget")->setCurrentWidget(m_workspace->postsPage());
        m_workspace->refresh();
        // Every X post of all time.
        QCOMPARE(m_workspace->listedPostsModel()->rowCount(), 10);
    }

    void chartsShowTheFigures()
    {
        // Default period: last 26 weeks, so the 2025 LinkedIn posts are out.
        QCOMPARE(networkCategories(), 2);
        QCOMPARE(postBars(), 20);
        QCOMPARE(m_workspace->networkModel()->rows().size(), 2);
        QVERIFY(!m_workspace->weeklyModel()->rows().isEmpty());
        bool anyCell = false;
        for (const core::HeatmapCell &cell : m_workspace->heatmapModel()->heatmap().cells)
            anyCell = anyCell || cell.posts > 0;
        QVERIFY(anyCell);
        QVERIFY(child<QLabel>("formulaLabel")->text().contains(QStringLiteral("comments")));
        QVERIFY(child<QLabel>("summaryLabel")->text().contains(QStringLiteral("20")));
        auto *top = child<QTableView>("topPostsTableView");
        QCOMPARE(top->model()->rowCount(), 20);
        // Instagram's 30 of 500 (+15 shares) beats every X post.
        QCOMPARE(top->model()
                     ->index(0, ui::PostMetricsModel::NetworkColumn)
                     .data(ui::PostMetricsModel::ValueRole),
                 QVariant(QStringLiteral("instagram")));
    }

    void filtersChangeCharts_data()
    {
        QTest::addColumn<QString>("network");
        QTest::addColumn<int>("period");
        QTest::addColumn<int>("networks");
        QTest::addColumn<int>("bars");

        QTest::newRow("x only") << QStringLiteral("x") << 2 << 1 << 10;
        QTest::newRow("instagram only") << QStringLiteral("instagram") << 2 << 1 << 10;
        QTest::newRow("all time") << QString() << 4 << 3 << 22;
        QTest::newRow("linkedin in the last 4 weeks") << QStringLiteral("linkedin") << 0 << 0 << 0;
        QTest::newRow("linkedin all time") << QStringLiteral("linkedin") << 4 << 1 << 2;
    }

    void filtersChangeCharts()
    {
        QFETCH(QString, network);
        QFETCH(int, period);
        QFETCH(int, networks);
        QFETCH(int, bars);
        auto *networkCombo = child<QComboBox>("networkComboBox");
        networkCombo->setCurrentIndex(networkCombo->findData(network));
        child<QComboBox>("periodComboBox")->setCurrentIndex(period);
        // The refresh is coalesced on the event loop.
        QTRY_COMPARE(networkCategories(), networks);
        QCOMPARE(postBars(), bars);
        QCOMPARE(m_workspace->filter().networkId, network);
    }

    void customDatesNarrowTheRange()
    {
        child<QDateEdit>("fromDateEdit")->setDate(QDate(2026, 5, 20));
        child<QDateEdit>("toDateEdit")->setDate(QDate(2026, 5, 25));
        QCOMPARE(child<QComboBox>("periodComboBox")->currentIndex(), 5);
        // 22 and 25 May, two networks each.
        QTRY_COMPARE(postBars(), 4);
        QCOMPARE(m_workspace->filter().from, local(2026, 5, 20, 0));
        QCOMPARE(m_workspace->filter().to, local(2026, 5, 26, 0));
    }

    void emptyPeriodSaysWhatToDo()
    {
        child<QDateEdit>("toDateEdit")->setDate(QDate(2024, 1, 10));
        child<QDateEdit>("fromDateEdit")->setDate(QDate(2024, 1, 1));
        QTRY_VERIFY(child<QLabel>("summaryLabel")->text().contains(QStringLiteral("Import")));
        QCOMPARE(postBars(), 0);
        // The empty charts keep readable axes: whole counts up to 5, the week axis over the
        // chosen period (it once showed the four weeks before today), rates up to 1 %.
        auto *counts = qobject_cast<QValueAxis *>(
            m_workspace->postsChartView()->chart()->axes(Qt::Vertical).first());
        QVERIFY(counts->max() >= 5.0);
        const double step = (counts->max() - counts->min()) / (counts->tickCount() - 1);
        QCOMPARE(step, std::round(step));
        auto *weeks = qobject_cast<QDateTimeAxis *>(
            m_workspace->trendChartView()->chart()->axes(Qt::Horizontal).first());
        QCOMPARE(weeks->min().date(), QDate(2024, 1, 1));
        QCOMPARE(weeks->max().date(), QDate(2024, 1, 10));
        auto *rates = qobject_cast<QValueAxis *>(
            m_workspace->networkChartView()->chart()->axes(Qt::Horizontal).first());
        QVERIFY(rates->max() >= 1.0);
    }

    void saveChart_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("file");
        QTest::newRow("per post png")
            << QStringLiteral("postsSaveToolButton") << QStringLiteral("posts.png");
        QTest::newRow("per post svg")
            << QStringLiteral("postsSaveToolButton") << QStringLiteral("posts.svg");
        QTest::newRow("trend svg")
            << QStringLiteral("trendSaveToolButton") << QStringLiteral("trend.svg");
        QTest::newRow("pillar png")
            << QStringLiteral("pillarSaveToolButton") << QStringLiteral("pillars.png");
        QTest::newRow("network png")
            << QStringLiteral("networkSaveToolButton") << QStringLiteral("networks.png");
        QTest::newRow("heatmap png")
            << QStringLiteral("heatmapSaveToolButton") << QStringLiteral("heatmap.png");
        QTest::newRow("heatmap svg")
            << QStringLiteral("heatmapSaveToolButton") << QStringLiteral("heatmap.svg");
    }

    void saveChart()
    {
        QFETCH(QString, button);
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QString suggested;
        m_workspace->setSavePathProvider([&](QWidget *, const QString &name) {
            suggested = name;
            return path;
        });
        auto *save = m_workspace->findChild<QToolButton *>(button);
        QVERIFY2(save, qPrintable(button));
        // Like a user, bring the chart's tab forward (the heatmap has its own tab).
        auto *tabs = child<QTabWidget>("listenTabWidget");
        for (int tab = 0; tab < tabs->count(); ++tab) {
            if (tabs->widget(tab)->isAncestorOf(save))
                tabs->setCurrentIndex(tab);
        }
        QVERIFY(save->isVisible());
        save->click();
        QVERIFY(suggested.endsWith(QLatin1String(".png")));
        QVERIFY(QFile::exists(path));
        if (qEnvironmentVariableIsSet("HEARTH_KEEP_CHARTS"))
            QFile::copy(path, QStringLiteral("/tmp/") + file);
        if (file.endsWith(QLatin1String(".png"))) {
            const QImage image(path);
            QVERIFY(!image.isNull());
            QVERIFY(image.width() >= 300);
            // Not a blank page: the chart drew something darker than the background.
            bool ink = false;
            for (int y = 0; y < image.height() && !ink; y += 3) {
                for (int x = 0; x < image.width() && !ink; x += 3)
                    ink = qGray(image.pixel(x, y)) < 100;
            }
            QVERIFY(ink);
        } else {
            QFile svg(path);
            QVERIFY(svg.open(QIODevice::ReadOnly));
            const QByteArray content = svg.readAll();
            QVERIFY(content.contains("<svg"));
            QVERIFY(content.size() > 2000);
        }
    }

    void saveRefusesOtherSuffixes()
    {
        QTemporaryDir dir;
        const QString problem = m_workspace->saveChart(m_workspace->trendChartView(),
                                                       dir.filePath(QStringLiteral("x.jpg")));
        QVERIFY(problem.contains(QStringLiteral(".svg")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.jpg"))));
    }

    void importLandsOnItsPeriod_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("twice");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("summary");
        QTest::newRow("facebook, a year before the shown period")
            << QStringLiteral("meta_facebook.csv") << false << QDate(2025, 2, 3)
            << QDate(2025, 3, 14) << QStringLiteral("3 posts from 3 Feb to 14 Mar 2025 imported");
        QTest::newRow("x, dates without a time")
            << QStringLiteral("x_content.csv") << false << QDate(2025, 1, 6) << QDate(2025, 1, 8)
            << QStringLiteral("2 posts from 6 Jan to 8 Jan 2025 imported");
        QTest::newRow("the same file again writes nothing and still lands")
            << QStringLiteral("meta_facebook.csv") << true << QDate(2025, 2, 3)
            << QDate(2025, 3, 14) << QStringLiteral("3 posts from 3 Feb to 14 Mar 2025 imported");
    }

    void importLandsOnItsPeriod()
    {
        QFETCH(QString, fixture);
        QFETCH(bool, twice);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, summary);
        const QString path = QStringLiteral(HEARTH_TEST_DATA_DIR "/metrics/") + fixture;
        if (twice) {
            importThroughTheWizard(path);
            child<QComboBox>("periodComboBox")->setCurrentIndex(2);
            m_workspace->refresh();
        }
        QSignalSpy changed(m_workspace.get(), &ui::ListenWorkspace::metricsChanged);
        importThroughTheWizard(path);
        QCOMPARE(changed.count(), 1);

        QCOMPARE(child<QComboBox>("periodComboBox")->currentText(), QStringLiteral("Custom range"));
        QCOMPARE(child<QDateEdit>("fromDateEdit")->date(), from);
        QCOMPARE(child<QDateEdit>("toDateEdit")->date(), to);
        auto *imported = child<QLabel>("importSummaryLabel");
        QVERIFY(imported->isVisible());
        QCOMPARE(imported->text(), summary);
        // The charts show the imported posts, not an empty period.
        const QString said = child<QLabel>("summaryLabel")->text();
        QVERIFY2(!said.contains(QStringLiteral("No figures")), qPrintable(said));
        QVERIFY(postBars() > 0);
        for (const core::PostMetrics &row : m_workspace->postsModel()->rows()) {
            const QDate day = row.postedAt.toLocalTime().date();
            QVERIFY(day >= from && day <= to);
        }
    }

    void allTimeShowsTheFirstAndLastDayWithFigures()
    {
        child<QComboBox>("periodComboBox")->setCurrentIndex(4);
        m_workspace->refresh();
        // The old LinkedIn post of 3 March 2025 to the last May post (day 28).
        QCOMPARE(child<QDateEdit>("fromDateEdit")->date(), QDate(2025, 3, 3));
        QCOMPARE(child<QDateEdit>("toDateEdit")->date(), QDate(2026, 5, 28));
        QVERIFY(!child<QDateEdit>("fromDateEdit")->isEnabled());
        QCOMPARE(m_workspace->filter().from, QDateTime());
        // One network: its own first and last day.
        auto *networks = child<QComboBox>("networkComboBox");
        networks->setCurrentIndex(networks->findData(QStringLiteral("linkedin")));
        m_workspace->refresh();
        QCOMPARE(child<QDateEdit>("fromDateEdit")->date(), QDate(2025, 3, 3));
        QCOMPARE(child<QDateEdit>("toDateEdit")->date(), QDate(2025, 3, 10));
    }

    void hoveringABarShowsItsFigures()
    {
        QChartView *view = m_workspace->postsChartView();
        auto *series = qobject_cast<QStackedBarSeries *>(view->chart()->series().first());
        const int index = 2;
        const core::PostMetrics &row = m_workspace->postsModel()->row(index);
        emit series->hovered(true, index, series->barSets().first());
        const QString tip = view->toolTip();
        for (const QString &part :
             {row.title, row.networkName, QStringLiteral("Reactions"), QStringLiteral("comments"),
              QStringLiteral("shares"), QStringLiteral("Community rate"),
              ui::formatRate(row.communityRate), QStringLiteral("Click to open")})
            QVERIFY2(tip.contains(part), qPrintable(part + QStringLiteral(" not in ") + tip));
        QVERIFY(tip.contains(
            QLocale().toString(row.postedAt.toLocalTime().date(), QStringLiteral("d MMM yyyy"))));
        QVERIFY(!tip.startsWith(QStringLiteral("Click")));
        emit series->hovered(false, index, series->barSets().first());
        QVERIFY(view->toolTip().isEmpty());

        // A pillar's bar: its mean rate and the posts behind it; the top bar is the first group.
        QChartView *pillars = m_workspace->pillarChartView();
        auto *groups = qobject_cast<QAbstractBarSeries *>(pillars->chart()->series().first());
        const int bars = m_workspace->pillarModel()->rowCount();
        QVERIFY(bars > 0);
        emit groups->hovered(true, bars - 1, groups->barSets().first());
        const core::RateGroup &first = m_workspace->pillarModel()->row(0);
        QVERIFY2(pillars->toolTip().startsWith(first.label), qPrintable(pillars->toolTip()));
        QVERIFY(pillars->toolTip().contains(ui::formatRate(first.meanRate)));
    }

    void setPillarOfSeveralPostsInOneStep()
    {
        auto *table = child<QTableView>("postsTableView");
        // The long list is read when its page is shown.
        QCOMPARE(table->model()->rowCount(), 0);
        child<QTabWidget>("listenTabWidget")->setCurrentWidget(m_workspace->postsPage());
        QTRY_COMPARE(table->model()->rowCount(), 20);
        QVERIFY(!child<QPushButton>("setPillarPushButton")->isEnabled());
        // Three posts of the period, with the pillars they have now.
        QList<qint64> chosen;
        QList<std::optional<qint64>> before;
        for (int row : {0, 1, 3}) {
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select |
                                                QItemSelectionModel::Rows);
            chosen << table->model()
                          ->index(row, 0)
                          .data(ui::PostMetricsModel::PostIdRole)
                          .toLongLong();
            before << storedPillar(chosen.last());
        }
        QCOMPARE(m_workspace->postsPage()->selectedPostIds(), chosen);
        QVERIFY(child<QPushButton>("setPillarPushButton")->isEnabled());
        int asked = 0;
        const qint64 community = 5;
        m_workspace->postsPage()->setPillarChooser([&](QWidget *, int posts) {
            ++asked;
            [&] {
                QCOMPARE(posts, 3);
            }();
            return ui::ListenPostsPage::PillarChoice(std::optional<qint64>(community));
        });
        const int steps = m_undo->count();
        child<QPushButton>("setPillarPushButton")->click();
        QCOMPARE(asked, 1);
        QCOMPARE(m_undo->count(), steps + 1);
        for (qint64 id : chosen)
            QCOMPARE(storedPillar(id), std::optional<qint64>(community));
        // The charts regroup: every chosen post is now listed under that pillar.
        QTRY_VERIFY(std::all_of(chosen.cbegin(), chosen.cend(), [&](qint64 id) {
            const auto &rows = m_workspace->listedPostsModel()->rows();
            return std::any_of(rows.cbegin(), rows.cend(), [&](const core::PostMetrics &row) {
                return row.postId != id || row.pillarId == community;
            });
        }));

        m_undo->undo();
        for (int i = 0; i < chosen.size(); ++i)
            QCOMPARE(storedPillar(chosen.at(i)), before.at(i));
        m_undo->redo();
        for (qint64 id : chosen)
            QCOMPARE(storedPillar(id), std::optional<qint64>(community));

        // Cancelling the choice changes nothing.
        m_workspace->postsPage()->setPillarChooser(
            [](QWidget *, int) { return ui::ListenPostsPage::PillarChoice(); });
        table->selectAll();
        QVERIFY(!m_workspace->postsPage()->setPillarOfSelection());
        QCOMPARE(m_undo->count(), steps + 1);
    }

    void importSummarySaysWhatCameIn_data()
    {
        QTest::addColumn<int>("posts");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one year") << 59 << QDate(2024, 5, 26) << QDate(2024, 6, 27)
                                  << QStringLiteral("59 posts from 26 May to 27 Jun 2024 imported");
        QTest::newRow("two years")
            << 4 << QDate(2023, 12, 30) << QDate(2024, 1, 2)
            << QStringLiteral("4 posts from 30 Dec 2023 to 2 Jan 2024 imported");
        QTest::newRow("one day") << 1 << QDate(2024, 4, 1) << QDate(2024, 4, 1)
                                 << QStringLiteral("1 post from 1 Apr 2024 imported");
        QTest::newRow("nothing") << 0 << QDate() << QDate()
                                 << QStringLiteral("Nothing was imported that has a date to show.");
    }

    void importSummarySaysWhatCameIn()
    {
        QFETCH(int, posts);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(QString, expected);
        core::MetricSpan span;
        span.posts = posts;
        if (first.isValid()) {
            span.first = QDateTime(first, QTime(9, 0), Qt::LocalTime).toUTC();
            span.last = QDateTime(last, QTime(21, 0), Qt::LocalTime).toUTC();
        }
        QCOMPARE(ui::importSummary(span), expected);
    }

    void clickingABarOpensItsPost()
    {
        QSignalSpy spy(m_workspace.get(), &ui::ListenWorkspace::postActivated);
        QChartView *view = m_workspace->postsChartView();
        QChart *chart = view->chart();
        auto *series = qobject_cast<QStackedBarSeries *>(chart->series().first());
        const int index = 3;
        const qreal height = series->barSets().first()->at(index);
        QVERIFY(height > 4);
        // The middle of the bottom segment of the fourth bar, in viewport coordinates.
        const QPointF scene = chart->mapToPosition(QPointF(index, height / 2), series);
        const QPoint point = view->mapFromScene(scene);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(spy.count(), 1);
        const qint64 expected = m_workspace->postsModel()->row(index).postId;
        QCOMPARE(spy.first().first().toLongLong(), expected);
    }

    void doubleClickingATopPostOpensIt()
    {
        QSignalSpy spy(m_workspace.get(), &ui::ListenWorkspace::postActivated);
        auto *top = child<QTableView>("topPostsTableView");
        const QModelIndex first = top->model()->index(0, 0);
        emit top->activated(first);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toLongLong(),
                 first.data(ui::PostMetricsModel::PostIdRole).toLongLong());
    }

    void importWizardPreviewsAndCommits()
    {
        ui::MetricImportWizard wizard(*m_services, m_workspace.get());
        QAbstractItemModelTester tester(wizard.previewModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        wizard.show();
        auto *path = wizard.findChild<QLineEdit *>(QStringLiteral("filePathLineEdit"));
        QVERIFY(path);
        QVERIFY(!wizard.currentPage()->isComplete());
        path->setText(QStringLiteral(HEARTH_TEST_DATA_DIR "/metrics/meta_instagram.csv"));
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::MetricImportWizard::PreviewPage));
        QVERIFY(wizard.preview().has_value());
        const core::MetricImportPreview &preview = *wizard.preview();
        QCOMPARE(core::toString(preview.format), core::toString(core::MetricFormat::MetaInstagram));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("formatLabel"))
                    ->text()
                    .contains(QStringLiteral("Instagram")));
        QVERIFY(preview.rows >= 4);
        QVERIFY(!preview.skipped.isEmpty());
        QVERIFY(!preview.warnings.isEmpty());
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("warningsLabel"))
                    ->text()
                    .contains(QStringLiteral("E+17")));
        auto *table = wizard.findChild<QTableView *>(QStringLiteral("previewTableView"));
        QCOMPARE(table->model()->rowCount(), int(preview.items.size()));
        // Every skip is listed with its line number and reason.
        bool skipListed = false;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index =
                table->model()->index(row, ui::MetricPreviewModel::LineColumn);
            if (index.data(ui::MetricPreviewModel::ActionRole).toInt() ==
                int(core::ImportAction::Skip)) {
                skipListed = true;
                QCOMPARE(index.data().toLongLong(), preview.skipped.first().line);
                QVERIFY(!table->model()
                             ->index(row, ui::MetricPreviewModel::NoteColumn)
                             .data()
                             .toString()
                             .isEmpty());
            }
        }
        QVERIFY(skipListed);
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("countsLabel"))
                    ->text()
                    .contains(QStringLiteral("skipped")));
        // Nothing written by the preview.
        auto before = m_database->scalar(QStringLiteral("SELECT count(*) FROM metric_snapshots"));
        QVERIFY(before);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::MetricImportWizard::ConfirmPage));
        QVERIFY(wizard.commitImport());
        QVERIFY(wizard.committed());
        auto after = m_database->scalar(QStringLiteral("SELECT count(*) FROM metric_snapshots"));
        QVERIFY(after);
        QVERIFY(after->toLongLong() > before->toLongLong());
    }

    void importWizardMapsAGenericCsv()
    {
        ui::MetricImportWizard wizard(*m_services);
        wizard.show();
        wizard.setFilePath(QStringLiteral(HEARTH_TEST_DATA_DIR "/metrics/generic_mastodon.csv"));
        wizard.next();
        QVERIFY(wizard.preview().has_value());
        QVERIFY(wizard.preview()->needsMapping);
        QVERIFY(!wizard.currentPage()->isComplete());
        auto *box = wizard.findChild<QWidget *>(QStringLiteral("mappingGroupBox"));
        QVERIFY(box && box->isVisible());
        auto combo = [&](const char *name) {
            return wizard.findChild<QComboBox *>(QString::fromLatin1(name));
        };
        // Columns named after what they hold are guessed.
        QCOMPARE(combo("postIdMappingComboBox")->currentData().toString(), QStringLiteral("id"));
        QCOMPARE(combo("commentsMappingComboBox")->currentData().toString(),
                 QStringLiteral("replies"));
        QCOMPARE(combo("sharesMappingComboBox")->currentData().toString(),
                 QStringLiteral("boosts"));
        QCOMPARE(combo("reactionsMappingComboBox")->currentData().toString(),
                 QStringLiteral("favourites"));
        combo("networkMappingComboBox")
            ->setCurrentIndex(
                combo("networkMappingComboBox")->findData(QStringLiteral("mastodon")));
        wizard.findChild<QPushButton *>(QStringLiteral("applyMappingPushButton"))->click();
        QVERIFY(wizard.mapping().has_value());
        QCOMPARE(wizard.mapping()->networkId, QStringLiteral("mastodon"));
        QVERIFY(wizard.preview().has_value());
        QVERIFY2(!wizard.preview()->needsMapping,
                 qPrintable(wizard.preview()->warnings.join(u' ')));
        QVERIFY(wizard.preview()->rows >= 2);
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        QVERIFY(wizard.commitImport());
        // Mastodon gives no reach: the figures are kept, without a rate.
        auto count = m_database->scalar(
            QStringLiteral("SELECT count(*) FROM metric_snapshots WHERE network_id = 'mastodon'"));
        QVERIFY(count);
        QVERIFY(count->toLongLong() >= 2);
    }

    void importWizardShowsUnreadableFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("nothing,we,know\n1,2,3\n");
        file.close();
        ui::MetricImportWizard wizard(*m_services);
        wizard.show();
        wizard.setFilePath(path);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::MetricImportWizard::PreviewPage));
        // Either refused with a reason or waiting for a column mapping: never importable as is.
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
    }

    void manualEntryRecordsFigures()
    {
        const qint64 post = m_posts.first();
        ui::MetricEntryDialog dialog(*m_services, m_workspace->filter(), post);
        QCOMPARE(dialog.postId(), post);
        QCOMPARE(dialog.networkId(), QStringLiteral("x"));
        // The current figures are filled in.
        QCOMPARE(dialog.field(core::CountMetric::Reach)->text(), QStringLiteral("1000"));
        QCOMPARE(dialog.field(core::CountMetric::Saves)->text(), QString());

        dialog.field(core::CountMetric::Comments)->setText(QStringLiteral("-3"));
        QString problem;
        QVERIFY(!dialog.figures(&problem));
        QVERIFY(problem.contains(QStringLiteral("follows")));

        dialog.field(core::CountMetric::Comments)->setText(QStringLiteral("70"));
        dialog.field(core::CountMetric::Follows)->setText(QStringLiteral("-2"));
        dialog.field(core::CountMetric::Saves)->clear();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto current = core::MetricRepository(*m_database).current(post, QStringLiteral("x"));
        QVERIFY(current && current->has_value());
        QCOMPARE((*current)->comments, std::optional<qint64>(70));
        QCOMPARE((*current)->follows, std::optional<qint64>(-2));
        QVERIFY(!(*current)->saves.has_value());
        auto history = core::MetricRepository(*m_database).history(post, QStringLiteral("x"));
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
    }

    void manualEntryNeedsAFigure()
    {
        ui::MetricEntryDialog dialog(*m_services, m_workspace->filter(), m_posts.first());
        for (core::CountMetric metric : core::allCountMetrics)
            dialog.field(metric)->clear();
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))
                    ->text()
                    .contains(QStringLiteral("figure")));
    }

    void heatmapMarksThinSlots()
    {
        // Three Monday-noon posts fill one slot; the others hold one or two posts each.
        for (int day : {4, 11, 18})
            addPost(local(2026, 5, day, 12), QStringLiteral("x"), 3, 400, 8);
        child<QComboBox>("periodComboBox")->setCurrentIndex(4);
        m_workspace->refresh();
        const ui::HeatmapModel *model = m_workspace->heatmapModel();
        int thin = 0;
        int enough = 0;
        for (int row = 0; row < 7; ++row) {
            for (int column = 0; column < 24; ++column) {
                const QModelIndex index = model->index(row, column);
                const int posts = index.data(ui::HeatmapModel::PostsRole).toInt();
                if (posts == 0)
                    continue;
                if (index.data(ui::HeatmapModel::EnoughPostsRole).toBool()) {
                    ++enough;
                    QVERIFY(index.data(Qt::BackgroundRole).value<QColor>().isValid());
                } else {
                    ++thin;
                    QVERIFY(
                        index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("too few")));
                }
            }
        }
        QVERIFY(thin > 0);
        // Monday noon (three X posts) and Monday 09:00 (two X and two LinkedIn posts).
        QCOMPARE(enough, 2);
        QVERIFY(model->index(0, 12).data(ui::HeatmapModel::EnoughPostsRole).toBool());
        QVERIFY(model->index(0, 9).data(ui::HeatmapModel::EnoughPostsRole).toBool());
        // The painted grid maps a point to its slot.
        ui::HeatmapWidget *heatmap = m_workspace->heatmapWidget();
        heatmap->resize(900, 400);
        QVERIFY(!heatmap->indexAt(QPoint(2, 2)).isValid());
        QVERIFY(heatmap->indexAt(QPoint(450, 200)).isValid());
    }
};

QTEST_MAIN(TestListenWorkspace)
#include "tst_listenworkspace.moc"
