// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <thread>

using namespace hearth::core;
using namespace std::chrono_literals;

namespace {

// The throw-away cluster pg_virtualenv made around this program.
bool runCluster(const char *action)
{
    const QByteArray command = QByteArrayLiteral("pg_ctlcluster \"$PGVERSION\" regress ") + action +
                               QByteArrayLiteral(" >/dev/null 2>&1");
    return std::system(command.constData()) == 0;
}

qint64 count(const Database &db, const char *table)
{
    auto rows = db.scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    return rows ? rows->toLongLong() : -1;
}

} // namespace

// The server stops (pg_ctl stop -m immediate) in the middle of a long write transaction: the
// write fails as ConnectionLost with a one-line message and leaves nothing behind; once the
// server is back, reconnect() opens a new session and a save goes through. Runs inside its own
// pg_virtualenv (ctest label "postgresql"), since it stops that server.
class TestConnectionLoss final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("PGVERSION") ||
            qEnvironmentVariableIsEmpty("PG_CLUSTER_CONF_ROOT"))
            QSKIP("needs a throw-away server: run under \"pg_virtualenv -t\"");
    }
    void serverStopsInTheMiddleOfAnImport();
};

void TestConnectionLoss::serverStopsInTheMiddleOfAnImport()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    auto address = testing::newTestServerAddress();
    QVERIFY2(address.ok(), qPrintable(address ? QString() : address.error().message));
    auto opened = Database::openServer(*address, OpenOptions{}, clock);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    Database &db = **opened;

    // A prepared query of the old session, still held by its reader when the session ends.
    std::optional<Result<QSqlQuery>> held =
        db.exec(QStringLiteral("SELECT name FROM networks WHERE id = :id"),
                {{QStringLiteral(":id"), QStringLiteral("x")}});
    QVERIFY(held->ok());

    constexpr int rowsBeforeTheStop = 3000;
    std::atomic<int> written{0};
    std::atomic<bool> stopped{false};
    std::thread stopper([&] {
        while (written.load() < rowsBeforeTheStop)
            std::this_thread::sleep_for(5ms);
        stopped = runCluster("stop -m immediate");
    });
    auto import = db.write([&]() -> Result<void> {
        // Far more rows than get written before the stop: the loop ends with the connection.
        for (int row = 0; row < 50'000'000; ++row) {
            auto done = db.exec(QStringLiteral("INSERT INTO posts (body, origin, created_at, "
                                               "updated_at) VALUES (:body, 'imported', 0, 0)"),
                                {{QStringLiteral(":body"), QStringLiteral("Row %1").arg(row)}});
            if (!done)
                return done.error();
            written = row + 1;
        }
        return success();
    });
    stopper.join();
    QVERIFY(stopped);
    QVERIFY(written.load() >= rowsBeforeTheStop);
    QVERIFY(!import.ok());
    QCOMPARE(int(import.error().kind), int(ErrorKind::ConnectionLost));
    QVERIFY2(!import.error().message.contains(u'\n'), qPrintable(import.error().message));
    QVERIFY(db.isConnectionLost());

    // While the server is down, reconnecting fails with a one-line message and changes nothing.
    auto early = db.reconnect();
    QVERIFY(!early.ok());
    QCOMPARE(int(early.error().kind), int(ErrorKind::ConnectionFailed));
    QVERIFY2(!early.error().message.contains(u'\n'), qPrintable(early.error().message));
    QVERIFY(db.isConnectionLost());

    QVERIFY(runCluster("start"));
    auto back = db.reconnect();
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
    QVERIFY(!db.isConnectionLost());
    QCOMPARE(count(db, "posts"), 0);

    // A save now goes through, even with the old session's query given up inside it.
    auto saved = db.write([&]() -> Result<void> {
        held.reset();
        auto done = db.exec(QStringLiteral("INSERT INTO posts (body, created_at, updated_at) "
                                           "VALUES (:body, 0, 0)"),
                            {{QStringLiteral(":body"), QStringLiteral("Saved after the restart")}});
        return done ? success() : Result<void>(done.error());
    });
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(count(db, "posts"), 1);
    // Nested writes work again: the transaction depth started from zero.
    auto nested = db.write([&]() -> Result<void> {
        return db.write([&]() -> Result<void> {
            auto done = db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', "
                                               "'v')"));
            return done ? success() : Result<void>(done.error());
        });
    });
    QVERIFY2(nested.ok(), qPrintable(nested ? QString() : nested.error().message));
    QCOMPARE(count(db, "settings"), 1);
}

QTEST_GUILESS_MAIN(TestConnectionLoss)
#include "tst_connectionloss.moc"
