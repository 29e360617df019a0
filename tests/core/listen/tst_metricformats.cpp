// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The table of export formats: which header fits which format, and the sources' names.
#include "listen/metricformats.h"

#include <QTest>

using namespace hearth::core;

namespace {

// The first format of `source` whose required columns are all in `header`.
MetricFormat firstFitting(MetricSource source, const QStringList &header)
{
    QSet<QString> normalised;
    for (const QString &name : header)
        normalised.insert(normalisedHeader(name));
    for (MetricFormat format : formatsFor(source)) {
        if (fits(*specFor(format), normalised))
            return format;
    }
    return MetricFormat::Unknown;
}

} // namespace

class TestMetricFormats final : public QObject
{
    Q_OBJECT

private slots:
    void headerFitsItsFormat_data()
    {
        QTest::addColumn<MetricSource>("source");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<MetricFormat>("format");
        const QStringList legacy{QStringLiteral("Post ID"), QStringLiteral("Permalink"),
                                 QStringLiteral("Posted"),
                                 QStringLiteral("Lifetime Post Total Reach")};
        QTest::newRow("facebook legacy")
            << MetricSource::Auto << legacy << MetricFormat::FacebookLegacy;
        QTest::newRow("meta facebook, german")
            << MetricSource::Auto
            << QStringList{QStringLiteral("\uFEFFBeitrags-ID"), QStringLiteral("Seiten-ID"),
                           QStringLiteral("Veröffentlichungszeitpunkt")}
            << MetricFormat::MetaFacebook;
        QTest::newRow("meta instagram")
            << MetricSource::Auto
            << QStringList{QStringLiteral("Post ID"), QStringLiteral("Account username"),
                           QStringLiteral("  Publish   time ")}
            << MetricFormat::MetaInstagram;
        QTest::newRow("x legacy") << MetricSource::X
                                  << QStringList{QStringLiteral("Tweet id"),
                                                 QStringLiteral("Tweet permalink"),
                                                 QStringLiteral("time")}
                                  << MetricFormat::XLegacy;
        QTest::newRow("x") << MetricSource::Auto
                           << QStringList{QStringLiteral("Post id"), QStringLiteral("Post Link"),
                                          QStringLiteral("Date"), QStringLiteral("Impressions")}
                           << MetricFormat::X;
        QTest::newRow("linkedin") << MetricSource::Auto
                                  << QStringList{QStringLiteral("Post title"),
                                                 QStringLiteral("Post link"),
                                                 QStringLiteral("Created date")}
                                  << MetricFormat::LinkedIn;
        QTest::newRow("youtube") << MetricSource::Auto
                                 << QStringList{QStringLiteral("Content"),
                                                QStringLiteral("Video title")}
                                 << MetricFormat::YouTube;
        QTest::newRow("youtube 2020, Video and Video views")
            << MetricSource::Auto
            << QStringList{QStringLiteral("\uFEFFVideo"), QStringLiteral("Video title"),
                           QStringLiteral("Video publish time"), QStringLiteral("Video views"),
                           QStringLiteral("Subscribers gained")}
            << MetricFormat::YouTube;
        QTest::newRow("youtube shorts")
            << MetricSource::YouTube
            << QStringList{QStringLiteral("Content"), QStringLiteral("Video title"),
                           QStringLiteral("Engaged views"), QStringLiteral("Stayed to watch (%)")}
            << MetricFormat::YouTube;
        QTest::newRow("a video title alone")
            << MetricSource::Auto << QStringList{QStringLiteral("Video title")}
            << MetricFormat::Unknown;
        QTest::newRow("wrong source") << MetricSource::YouTube << legacy << MetricFormat::Unknown;
        QTest::newRow("generic has none")
            << MetricSource::Generic << legacy << MetricFormat::Unknown;
        QTest::newRow("a column missing")
            << MetricSource::Auto
            << QStringList{QStringLiteral("Post ID"), QStringLiteral("Publish time")}
            << MetricFormat::Unknown;
    }
    void headerFitsItsFormat()
    {
        QFETCH(MetricSource, source);
        QFETCH(QStringList, header);
        QFETCH(MetricFormat, format);
        QCOMPARE(toString(firstFitting(source, header)), toString(format));
    }

    void everyFormatHasASpecAndANetwork()
    {
        for (MetricFormat format : formatsFor(MetricSource::Auto)) {
            const FormatSpec *spec = specFor(format);
            QVERIFY(spec);
            QVERIFY(!spec->network.isEmpty());
            QVERIFY(!spec->required.isEmpty());
        }
        QVERIFY(!specFor(MetricFormat::Generic));
        QVERIFY(specFor(MetricFormat::LinkedIn)->zone == ZoneRule::Utc);
    }

    void sourceNamesRoundTrip()
    {
        for (MetricSource source :
             {MetricSource::Auto, MetricSource::MetaFacebook, MetricSource::MetaInstagram,
              MetricSource::FacebookLegacy, MetricSource::X, MetricSource::LinkedIn,
              MetricSource::YouTube, MetricSource::Generic})
            QVERIFY(metricSourceFromString(toString(source)) == source);
        QVERIFY(!metricSourceFromString(QStringLiteral("myspace")));
        QCOMPARE(toString(MetricFormat::XLegacy), QStringLiteral("x-legacy"));
    }
};

QTEST_GUILESS_MAIN(TestMetricFormats)
#include "tst_metricformats.moc"
