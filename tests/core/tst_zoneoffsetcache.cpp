// ZoneOffsetCache: the cached offset equals QDateTime's own conversion at every instant tried,
// around every daylight-saving transition, in time order and out of it.
#include "zoneoffsetcache.h"

#include <QDateTime>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <random>

using namespace hearth::core;

class TestZoneOffsetCache final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesQDateTime_data();
    void matchesQDateTime();

private:
    static int expected(const QTimeZone &zone, qint64 seconds)
    {
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toTimeZone(zone).offsetFromUtc();
    }
};

void TestZoneOffsetCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestZoneOffsetCache::matchesQDateTime_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    // Two changes a year; the southern hemisphere; a 30-minute change; a zone that dropped DST
    // (2019); one that skipped a whole day (Apia, December 2011); no DST; UTC.
    for (const char *id :
         {"Europe/Berlin", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe",
          "America/Sao_Paulo", "Pacific/Apia", "Asia/Kolkata", "UTC"})
        QTest::newRow(id) << QByteArray(id);
}

void TestZoneOffsetCache::matchesQDateTime()
{
    QFETCH(QByteArray, zoneId);
    const QTimeZone zone(zoneId);
    QVERIFY(zone.isValid());
    const qint64 from = QDateTime(QDate(2005, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2045, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();

    // In time order, as an export reads rows: every 37 minutes for forty years.
    ZoneOffsetCache ordered(zone);
    for (qint64 at = from; at < to; at += 37 * 60)
        QCOMPARE(ordered.offsetAt(at), expected(zone, at));

    // One second before, at and after every transition.
    ZoneOffsetCache edges(zone);
    int transitions = 0;
    for (const QTimeZone::OffsetData &transition :
         zone.transitions(QDateTime::fromSecsSinceEpoch(from, Qt::UTC),
                          QDateTime::fromSecsSinceEpoch(to, Qt::UTC))) {
        const qint64 at = transition.atUtc.toSecsSinceEpoch();
        for (qint64 near : {at - 1, at, at + 1})
            QCOMPARE(edges.offsetAt(near), expected(zone, near));
        ++transitions;
    }
    // Two a year while the zone's data lists them (Qt's list ends in 2037).
    if (zoneId == "Europe/Berlin")
        QVERIFY(transitions >= 60);

    // Out of order: a cached stretch is never used for an instant outside it.
    ZoneOffsetCache random(zone);
    std::mt19937_64 generator(20261126);
    std::uniform_int_distribution<qint64> pick(from, to);
    for (int i = 0; i < 20000; ++i) {
        const qint64 at = pick(generator);
        QCOMPARE(random.offsetAt(at), expected(zone, at));
    }
}

QTEST_GUILESS_MAIN(TestZoneOffsetCache)
#include "tst_zoneoffsetcache.moc"
