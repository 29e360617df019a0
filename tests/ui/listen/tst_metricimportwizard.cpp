// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The analytics import wizard offscreen: its labels, the date order it says and lets change, a
// list of posts offered by mistake, and a new file that starts from its own column mapping.
#include "common/clock.h"
#include "listen/metricentrydialog.h"
#include "listen/metricimportwizard.h"
#include "listen/metricpreviewmodel.h"
#include "storage/database.h"
#include "support/labeltexts.h"
#include "widgets/appservices.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace hearth;

class TestMetricImportWizard final : public QObject
{
    Q_OBJECT

private:
    core::ManualClock m_clock{QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<core::Database> m_database;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ui::AppServices> m_services;

    static QString fixture(const QString &path)
    {
        return QStringLiteral(HEARTH_TEST_DATA_DIR "/") + path;
    }
    template<typename T>
    static T *child(const QWidget &parent, const char *name)
    {
        return parent.findChild<T *>(QString::fromLatin1(name));
    }
    // A wizard on its preview page for `path`.
    std::unique_ptr<ui::MetricImportWizard> previewOf(const QString &path)
    {
        auto wizard = std::make_unique<ui::MetricImportWizard>(*m_services);
        wizard->show();
        wizard->setFilePath(path);
        wizard->next();
        return wizard;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        auto database = core::Database::openInMemory(m_clock);
        QVERIFY(database);
        m_database = std::move(*database);
        m_undo = std::make_unique<QUndoStack>();
        m_services = std::make_unique<ui::AppServices>(*m_database, m_clock, *m_undo);
    }
    void cleanup()
    {
        m_services.reset();
        m_undo.reset();
        m_database.reset();
    }

    void labelsShowNoLoneAmpersand()
    {
        ui::MetricImportWizard wizard(*m_services);
        wizard.show();
        // The mapping form too: a generic file shows it.
        wizard.setFilePath(fixture(QStringLiteral("metrics/generic_mastodon.csv")));
        wizard.next();
        QCOMPARE(test::labelsShowingAmpersand(wizard), QStringList());
        auto *fileLabel = child<QLabel>(wizard, "fileLabel");
        QVERIFY(fileLabel);
        QCOMPARE(fileLabel->buddy(), child<QWidget>(wizard, "filePathLineEdit"));
        ui::MetricEntryDialog entry(*m_services, core::MetricsFilter{}, std::nullopt);
        QCOMPARE(test::labelsShowingAmpersand(entry), QStringList());
    }

    void dateOrderIsSaidAndCanBeChanged()
    {
        auto wizard = previewOf(fixture(QStringLiteral("metrics/youtube_2020_video_views.csv")));
        QAbstractItemModelTester tester(wizard->previewModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(wizard->preview().has_value());
        QCOMPARE(wizard->preview()->created, 3);
        auto *label = child<QLabel>(*wizard, "dateOrderLabel");
        auto *order = child<QComboBox>(*wizard, "dateOrderComboBox");
        QVERIFY(label && order);
        QVERIFY(label->isVisible());
        // The tests run in the C locale: every date fits both orders, month first is assumed.
        QVERIFY2(label->text().contains(QStringLiteral("08-05-2020 = 5 August 2020")),
                 qPrintable(label->text()));
        QVERIFY(!order->isVisible());
        emit label->linkActivated(QStringLiteral("#date-order"));
        QVERIFY(order->isVisible());
        order->setCurrentIndex(order->findData(int(core::DateOrder::DayMonthYear)));
        emit order->activated(order->currentIndex());
        QVERIFY2(label->text().contains(QStringLiteral("08-05-2020 = 8 May 2020")),
                 qPrintable(label->text()));
        QVERIFY(wizard->options().dateOrder == core::DateOrder::DayMonthYear);
        QCOMPARE(wizard->preview()->items.value(1).publishedAt.toLocalTime().date(),
                 QDate(2020, 5, 8));
        // The Total row is said, not only counted.
        QVERIFY(child<QLabel>(*wizard, "warningsLabel")
                    ->text()
                    .contains(QStringLiteral("Line 2 is the Total row")));

        // A format with a documented order says nothing about it.
        wizard->back();
        wizard->setFilePath(fixture(QStringLiteral("metrics/meta_instagram.csv")));
        QVERIFY(!wizard->options().dateOrder);
        wizard->next();
        QVERIFY(!label->isVisible());
        QVERIFY(!order->isVisible());
    }

    void listOfPostsIsRefusedWithTheWayToImportIt_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("detail");
        QTest::newRow("Buffer bulk upload")
            << QByteArray("Text,Image URL,Tags,Posting Time\nFresh rye,,bread,2031-02-10 12:00\n")
            << QStringLiteral("bulk upload");
        QTest::newRow("Hootsuite, no header")
            << QByteArray("03/14/2031 09:30,Fresh rye today,https://bakery.example/rye\n"
                          "03/15/2031 09:30,Spelt on Saturday,\n")
            << QStringLiteral("\"03/14/2031 09:30\", which is data");
    }
    void listOfPostsIsRefusedWithTheWayToImportIt()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, detail);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("posts.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();
        auto wizard = previewOf(path);
        QVERIFY(!wizard->preview().has_value());
        const QString error = child<QLabel>(*wizard, "errorLabel")->text();
        QVERIFY2(error.contains(QStringLiteral(
                     "This looks like a list of posts, not analytics: use File > Import Posts…")),
                 qPrintable(error));
        QVERIFY2(error.contains(detail), qPrintable(error));
        // The first row did not become column names.
        QVERIFY(!child<QWidget>(*wizard, "mappingGroupBox")->isVisible());
        QVERIFY(!wizard->currentPage()->isComplete());
    }

    void newFileStartsFromItsOwnMapping()
    {
        auto wizard = previewOf(fixture(QStringLiteral("metrics/generic_mastodon.csv")));
        auto *postId = child<QComboBox>(*wizard, "postIdMappingComboBox");
        auto *network = child<QComboBox>(*wizard, "networkMappingComboBox");
        network->setCurrentIndex(network->findData(QStringLiteral("mastodon")));
        child<QPushButton>(*wizard, "applyMappingPushButton")->click();
        QVERIFY(wizard->mapping().has_value());
        QCOMPARE(wizard->mapping()->postIdColumn, QStringLiteral("id"));

        // Another generic file: its own columns, none of the first file's choices.
        wizard->back();
        wizard->setFilePath(fixture(QStringLiteral("metrics/unknown_layout.csv")));
        QVERIFY(!wizard->mapping().has_value());
        wizard->next();
        QVERIFY(wizard->preview().has_value());
        QVERIFY(wizard->preview()->needsMapping);
        QCOMPARE(wizard->preview()->headers,
                 (QStringList{QStringLiteral("when"), QStringLiteral("what"),
                              QStringLiteral("hearts")}));
        QCOMPARE(postId->findData(QStringLiteral("id")), -1);
        QCOMPARE(postId->count(), 4); // "(none)" and the three columns

        // A file that cannot be read shows no mapping at all, not the last file's.
        wizard->back();
        wizard->setFilePath(fixture(QStringLiteral("metrics/broken_quote.csv")));
        wizard->next();
        QVERIFY(!wizard->preview().has_value());
        QVERIFY(!child<QWidget>(*wizard, "mappingGroupBox")->isVisible());
    }
};

QTEST_MAIN(TestMetricImportWizard)
#include "tst_metricimportwizard.moc"
