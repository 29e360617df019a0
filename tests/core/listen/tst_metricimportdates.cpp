// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// How the analytics import reads publish times: the layouts it knows, and numeric dates with
// the year last read in the order chosen, shown by the file or assumed, and said.
#include "common/clock.h"
#include "listen/metricimporter.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

class TestMetricImportDates final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2025, 3, 20), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;

    static QString fixture(const QString &name)
    {
        return QStringLiteral(HEARTH_TEST_DATA_DIR "/metrics/") + name;
    }
    static MetricImportOptions options(MetricSource source = MetricSource::Auto)
    {
        MetricImportOptions result;
        result.source = source;
        result.capturedAt = QDateTime(QDate(2025, 3, 16), QTime(8, 0), Qt::UTC);
        return result;
    }

private slots:
    void init()
    {
        auto opened = testing::openTestDatabase(m_clock);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_db = std::move(*opened);
    }
    void cleanup() { m_db.reset(); }

    void publishTimesAreRead_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QDateTime>("expected"); // UTC; invalid = the row is skipped
        auto at = [](int y, int m, int d, int h, int min, int sec = 0) {
            return QDateTime(QDate(y, m, d), QTime(h, min, sec), Qt::UTC);
        };
        QTest::newRow("Meta") << QStringLiteral("03/14/2025 09:30") << at(2025, 3, 14, 9, 30);
        QTest::newRow("single digits") << QStringLiteral("3/4/2025 9:05") << at(2025, 3, 4, 9, 5);
        QTest::newRow("midnight AM")
            << QStringLiteral("01/19/2017 12:03:47 AM") << at(2017, 1, 19, 0, 3, 47);
        QTest::newRow("noon PM") << QStringLiteral("01/19/2017 12:03:47 PM")
                                 << at(2017, 1, 19, 12, 3, 47);
        QTest::newRow("lower-case pm, no space")
            << QStringLiteral("01/19/2017 09:03pm") << at(2017, 1, 19, 21, 3);
        QTest::newRow("ISO with T")
            << QStringLiteral("2025-03-02T10:00:05") << at(2025, 3, 2, 10, 0, 5);
        QTest::newRow("ISO with space")
            << QStringLiteral("2025-03-02 10:00") << at(2025, 3, 2, 10, 0);
        QTest::newRow("ISO date only") << QStringLiteral("2025-03-02") << at(2025, 3, 2, 0, 0);
        QTest::newRow("US date only") << QStringLiteral("03/01/2025") << at(2025, 3, 1, 0, 0);
        QTest::newRow("offset") << QStringLiteral("2017-04-04 00:00 +0200")
                                << at(2017, 4, 3, 22, 0);
        QTest::newRow("no month 13") << QStringLiteral("13/01/2025 10:00") << QDateTime();
        QTest::newRow("no 13 PM") << QStringLiteral("01/19/2017 13:00 PM") << QDateTime();
        QTest::newRow("mixed separators") << QStringLiteral("2025-03/02 10:00") << QDateTime();
        QTest::newRow("one-digit minutes") << QStringLiteral("03/14/2025 09:3") << QDateTime();
        QTest::newRow("Arabic-Indic digits")
            << QString::fromUtf16(u"\u0660\u0663/\u0661\u0664/\u0662\u0660\u0662\u0665")
            << QDateTime();
    }
    void publishTimesAreRead()
    {
        QFETCH(QString, cell);
        QFETCH(QDateTime, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("times.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("id,published\n1,\"%1\"\n").arg(cell).toUtf8());
        }
        MetricColumnMapping mapping;
        mapping.networkId = QStringLiteral("mastodon");
        mapping.postIdColumn = QStringLiteral("id");
        mapping.publishedColumn = QStringLiteral("published");
        MetricImportOptions chosen = options(MetricSource::Generic);
        chosen.mapping = mapping;
        chosen.timeZone = QTimeZone::utc();
        // These cells are US-made: the order is given (a file deciding it is tested apart).
        chosen.dateOrder = DateOrder::MonthDayYear;
        auto previewed = MetricImporter(*m_db).preview(path, chosen);
        QVERIFY2(previewed, qPrintable(previewed ? QString() : previewed.error().message));
        QCOMPARE(previewed->items.size(), 1);
        const ImportRowPreview &item = previewed->items.first();
        if (!expected.isValid()) {
            QCOMPARE(item.action, ImportAction::Skip);
            QVERIFY2(item.reason.contains(QStringLiteral("not a date")), qPrintable(item.reason));
            return;
        }
        QCOMPARE(item.action, ImportAction::Create);
        QCOMPARE(item.publishedAt, expected);
    }

    void youTubeDatesFollowTheOrder_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("order"); // -1: none given
        QTest::addColumn<DateOrderBasis>("basis");
        QTest::addColumn<QList<QDate>>("dates"); // of the videos, in file order; null = skipped
        QTest::addColumn<QString>("notePart");
        const QString views = QStringLiteral("youtube_2020_video_views.csv");
        const QString dayFirst = QStringLiteral("youtube_2020_day_first.csv");
        QTest::newRow("ambiguous, day-month-year chosen")
            << views << int(DateOrder::DayMonthYear) << DateOrderBasis::Chosen
            << QList<QDate>{QDate(2020, 5, 8), QDate(2020, 6, 3), QDate(2020, 7, 11)}
            << QStringLiteral("Dates read as day-month-year (08-05-2020 = 8 May 2020), as chosen");
        QTest::newRow("ambiguous, month-day-year chosen")
            << views << int(DateOrder::MonthDayYear) << DateOrderBasis::Chosen
            << QList<QDate>{QDate(2020, 8, 5), QDate(2020, 3, 6), QDate(2020, 11, 7)}
            << QStringLiteral("month-day-year (08-05-2020 = 5 August 2020)");
        // The tests run in the C locale, which has no order of its own: US-made, month first.
        QTest::newRow("ambiguous, none chosen")
            << views << -1 << DateOrderBasis::Assumed
            << QList<QDate>{QDate(2020, 8, 5), QDate(2020, 3, 6), QDate(2020, 11, 7)}
            << QStringLiteral("every date of the file fits either order");
        QTest::newRow("a day above 12 decides")
            << dayFirst << -1 << DateOrderBasis::FromFile
            << QList<QDate>{QDate(2020, 5, 8), QDate(2020, 5, 25)}
            << QStringLiteral("day-month-year (25-05-2020 = 25 May 2020): the file's dates can "
                              "be read no other way");
        QTest::newRow("a day above 12, against the order chosen")
            << dayFirst << int(DateOrder::MonthDayYear) << DateOrderBasis::Chosen
            << QList<QDate>{QDate(2020, 8, 5), QDate()} << QStringLiteral("as chosen");
    }
    void youTubeDatesFollowTheOrder()
    {
        QFETCH(QString, file);
        QFETCH(int, order);
        QFETCH(DateOrderBasis, basis);
        QFETCH(QList<QDate>, dates);
        QFETCH(QString, notePart);
        MetricImportOptions chosen = options();
        chosen.timeZone = QTimeZone::utc();
        if (order >= 0)
            chosen.dateOrder = DateOrder(order);
        auto previewed = MetricImporter(*m_db).preview(fixture(file), chosen);
        QVERIFY2(previewed, qPrintable(previewed ? QString() : previewed.error().message));
        QCOMPARE(previewed->dateOrderBasis, basis);
        QVERIFY2(previewed->dateOrderNote().contains(notePart),
                 qPrintable(previewed->dateOrderNote()));
        QCOMPARE(previewed->toJson().value(QStringLiteral("date_order")).toString(),
                 toString(previewed->dateOrder));
        QList<QDate> read;
        for (const ImportRowPreview &item : previewed->items) {
            if (item.line > 2) // line 2 is the Total row
                read << (item.action == ImportAction::Skip ? QDate() : item.publishedAt.date());
        }
        QCOMPARE(read, dates);
        for (const ImportSkip &skipped : previewed->skipped) {
            if (skipped.line > 2)
                QVERIFY2(skipped.reason.contains(QStringLiteral("the file seems to use dmy")),
                         qPrintable(skipped.reason));
        }
    }
};

QTEST_GUILESS_MAIN(TestMetricImportDates)
#include "tst_metricimportdates.moc"
