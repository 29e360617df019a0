// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The cells of analytics exports: counts, decimals, post ids and publish times.
#include "listen/metricfields.h"

#include <QTest>

using namespace hearth::core;

class TestMetricFields final : public QObject
{
    Q_OBJECT

private slots:
    void counts_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("present");
        QTest::addColumn<qint64>("value");
        QTest::newRow("digits") << QStringLiteral("12") << true << true << qint64(12);
        QTest::newRow("negative") << QStringLiteral("-3") << true << true << qint64(-3);
        QTest::newRow("spaces") << QStringLiteral(" 7 ") << true << true << qint64(7);
        QTest::newRow("plus") << QStringLiteral("+8") << true << true << qint64(8);
        QTest::newRow("float zero") << QStringLiteral("29.0") << true << true << qint64(29);
        QTest::newRow("commas") << QStringLiteral("1,234,567") << true << true << qint64(1234567);
        QTest::newRow("no-break space")
            << QStringLiteral("1\u00a0234") << true << true << qint64(1234);
        QTest::newRow("long") << QStringLiteral("1234567890123456789") << true << true
                              << qint64(1234567890123456789LL);
        QTest::newRow("empty") << QString() << true << false << qint64(0);
        QTest::newRow("dash") << QStringLiteral("-") << true << false << qint64(0);
        QTest::newRow("en dash") << QStringLiteral("\u2013") << true << false << qint64(0);
        QTest::newRow("n/a") << QStringLiteral("N/A") << true << false << qint64(0);
        QTest::newRow("fraction") << QStringLiteral("2.5") << false << false << qint64(0);
        QTest::newRow("word") << QStringLiteral("many") << false << false << qint64(0);
        QTest::newRow("bad grouping") << QStringLiteral("12,34") << false << false << qint64(0);
    }
    void counts()
    {
        QFETCH(QString, cell);
        QFETCH(bool, ok);
        QFETCH(bool, present);
        QFETCH(qint64, value);
        std::optional<qint64> out = 99;
        QCOMPARE(parseCount(cell, out), ok);
        QCOMPARE(out.has_value(), present);
        if (present)
            QCOMPARE(*out, value);
    }

    void decimals_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("present");
        QTest::addColumn<double>("value");
        QTest::newRow("fraction") << QStringLiteral("1.5") << true << true << 1.5;
        QTest::newRow("exponent") << QStringLiteral("2e3") << true << true << 2000.0;
        QTest::newRow("empty") << QStringLiteral(" ") << true << false << 0.0;
        QTest::newRow("n/a") << QStringLiteral("n/a") << true << false << 0.0;
        QTest::newRow("infinite") << QStringLiteral("inf") << false << false << 0.0;
        QTest::newRow("word") << QStringLiteral("hours") << false << false << 0.0;
    }
    void decimals()
    {
        QFETCH(QString, cell);
        QFETCH(bool, ok);
        QFETCH(bool, present);
        QFETCH(double, value);
        std::optional<double> out;
        QCOMPARE(parseDecimal(cell, out), ok);
        QCOMPARE(out.has_value(), present);
        if (present)
            QCOMPARE(*out, value);
    }

    void mangledIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("mangled");
        QTest::newRow("scientific") << QStringLiteral("6.49E+17") << true;
        QTest::newRow("comma decimal") << QStringLiteral("6,49e17") << true;
        QTest::newRow("digits") << QStringLiteral("649000000000000001") << false;
        QTest::newRow("page and post") << QStringLiteral("111_222") << false;
        QTest::newRow("letters with e") << QStringLiteral("abcde") << false;
    }
    void mangledIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, mangled);
        QCOMPARE(isMangledId(id), mangled);
    }

    void times_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("format");
        // Empty: not a time; "-": an empty cell.
        QTest::addColumn<QString>("utc");
        QTest::addColumn<bool>("dateOnly");
        // Times without an offset are New York's (UTC-4 from 9 March 2025, UTC-5 before).
        QTest::newRow("us 24h") << QStringLiteral("03/14/2025 09:30") << QString()
                                << QStringLiteral("2025-03-14T13:30:00Z") << false;
        QTest::newRow("us 12h pm") << QStringLiteral("01/19/2017 09:03:47 PM") << QString()
                                   << QStringLiteral("2017-01-20T02:03:47Z") << false;
        QTest::newRow("us 12h noon") << QStringLiteral("01/19/2017 12:00:00 PM") << QString()
                                     << QStringLiteral("2017-01-19T17:00:00Z") << false;
        QTest::newRow("us 12h midnight") << QStringLiteral("01/19/2017 12:00 am") << QString()
                                         << QStringLiteral("2017-01-19T05:00:00Z") << false;
        QTest::newRow("iso local") << QStringLiteral("2025-03-02 10:00:00") << QString()
                                   << QStringLiteral("2025-03-02T15:00:00Z") << false;
        QTest::newRow("iso T") << QStringLiteral("2025-03-02T10:00") << QString()
                               << QStringLiteral("2025-03-02T15:00:00Z") << false;
        QTest::newRow("offset") << QStringLiteral("2017-04-04 00:00 +0000") << QString()
                                << QStringLiteral("2017-04-04T00:00:00Z") << false;
        QTest::newRow("offset colon") << QStringLiteral("2017-04-04 02:00 +02:00") << QString()
                                      << QStringLiteral("2017-04-04T00:00:00Z") << false;
        QTest::newRow("zulu") << QStringLiteral("2025-03-02T10:00:00.500Z") << QString()
                              << QStringLiteral("2025-03-02T10:00:00Z") << false;
        QTest::newRow("date") << QStringLiteral("03/01/2025") << QString()
                              << QStringLiteral("2025-03-01T05:00:00Z") << true;
        QTest::newRow("named month") << QStringLiteral("Mar 1, 2025") << QString()
                                     << QStringLiteral("2025-03-01T05:00:00Z") << true;
        QTest::newRow("custom") << QStringLiteral("14.03.2025 09:30")
                                << QStringLiteral("dd.MM.yyyy HH:mm")
                                << QStringLiteral("2025-03-14T13:30:00Z") << false;
        QTest::newRow("custom date") << QStringLiteral("14.03.2025") << QStringLiteral("dd.MM.yyyy")
                                     << QStringLiteral("2025-03-14T04:00:00Z") << true;
        QTest::newRow("empty") << QStringLiteral("  ") << QString() << QStringLiteral("-") << false;
        QTest::newRow("hour 13 pm")
            << QStringLiteral("01/19/2017 13:00 PM") << QString() << QString() << false;
        QTest::newRow("no such day")
            << QStringLiteral("02/30/2025") << QString() << QString() << false;
        QTest::newRow("words") << QStringLiteral("yesterday") << QString() << QString() << false;
        QTest::newRow("custom mismatch")
            << QStringLiteral("2025-03-14") << QStringLiteral("dd.MM.yyyy") << QString() << false;
    }
    void times()
    {
        QFETCH(QString, cell);
        QFETCH(QString, format);
        QFETCH(QString, utc);
        QFETCH(bool, dateOnly);
        const QTimeZone zone(QByteArrayLiteral("America/New_York"));
        ZoneOffsetCache offsets(zone);
        const auto parsed = parseTime(cell, zone, offsets, format);
        if (utc.isEmpty()) {
            QVERIFY(!parsed);
            return;
        }
        QVERIFY(parsed);
        if (utc == u"-") {
            QVERIFY(!parsed->utc.isValid());
            return;
        }
        QCOMPARE(parsed->utc.toString(Qt::ISODate), utc);
        QCOMPARE(parsed->dateOnly, dateOnly);
    }

    void firstLineAndMatchKey()
    {
        QCOMPARE(firstLine(QStringLiteral("  Hello there \nsecond"), 80),
                 QStringLiteral("Hello there"));
        QCOMPARE(firstLine(QStringLiteral("abcdef"), 4), QStringLiteral("abc\u2026"));
        QCOMPARE(matchKey(QStringLiteral("  Big\n  NEWS ")), QStringLiteral("big news"));
    }
};

QTEST_GUILESS_MAIN(TestMetricFields)
#include "tst_metricfields.moc"
