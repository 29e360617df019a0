// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ZoneOffsetCache: the cached offset equals QDateTime's own conversion at every instant tried,
// around every daylight-saving transition, in time order and out of it.
#include "common/zoneoffsetcache.h"

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
    void localTimesMatchQDateTime_data() { matchesQDateTime_data(); }
    void localTimesMatchQDateTime();

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

// Wall-clock time to instant: where the cache answers, it answers what QDateTime does; near a
// transition (gaps, repeated hours) it leaves the answer to QDateTime.
void TestZoneOffsetCache::localTimesMatchQDateTime()
{
    QFETCH(QByteArray, zoneId);
    const QTimeZone zone(zoneId);
    QVERIFY(zone.isValid());
    auto localSeconds = [](const QDateTime &wallClock) {
        return QDateTime(wallClock.date(), wallClock.time(), Qt::UTC).toSecsSinceEpoch();
    };
    const QDateTime from(QDate(2005, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2045, 1, 1), QTime(0, 0), Qt::UTC);

    // In time order, every 137 minutes of wall-clock time for forty years.
    ZoneOffsetCache ordered(zone);
    int answered = 0;
    int asked = 0;
    for (QDateTime at = from; at < to; at = at.addSecs(137 * 60)) {
        ++asked;
        if (const auto answer = ordered.utcForLocal(localSeconds(at))) {
            QCOMPARE(*answer, QDateTime(at.date(), at.time(), zone).toSecsSinceEpoch());
            ++answered;
        }
    }
    // Only the days around transitions are left to QDateTime.
    QVERIFY2(answered > asked * 95 / 100,
             qPrintable(QStringLiteral("%1 of %2").arg(answered).arg(asked)));

    // Every ten minutes from three days before to three days after each transition, in wall
    // clock time, including the hour that does not exist and the one that comes twice.
    ZoneOffsetCache edges(zone);
    for (const QTimeZone::OffsetData &transition : zone.transitions(from, to)) {
        const QDateTime wall = transition.atUtc.addSecs(transition.offsetFromUtc);
        const QDateTime local(wall.date(), wall.time(), Qt::UTC);
        for (QDateTime at = local.addDays(-3); at < local.addDays(3); at = at.addSecs(600)) {
            const auto answer = edges.utcForLocal(localSeconds(at));
            if (answer)
                QCOMPARE(*answer, QDateTime(at.date(), at.time(), zone).toSecsSinceEpoch());
        }
    }

    // Out of order.
    ZoneOffsetCache random(zone);
    std::mt19937_64 generator(20261127);
    std::uniform_int_distribution<qint64> pick(from.toSecsSinceEpoch(), to.toSecsSinceEpoch());
    for (int i = 0; i < 20000; ++i) {
        const qint64 at = pick(generator);
        if (const auto answer = random.utcForLocal(at))
            QCOMPARE(*answer, QDateTime(QDateTime::fromSecsSinceEpoch(at, Qt::UTC).date(),
                                        QDateTime::fromSecsSinceEpoch(at, Qt::UTC).time(), zone)
                                  .toSecsSinceEpoch());
    }
}

QTEST_GUILESS_MAIN(TestZoneOffsetCache)
#include "tst_zoneoffsetcache.moc"
