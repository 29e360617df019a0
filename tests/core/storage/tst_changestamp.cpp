// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "storage/database.h"
#include "storage/sqlitehandle.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace hearth::core;

// The change stamp on the test engine: moved by every committed write, this connection's or
// another's (tst_database shows on a SQLite file that reads leave it still; a shared server's
// snapshot also moves with other databases' transactions, so there it only has to move).
class TestChangeStamp final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};

    static bool setShare(Database &database, double share)
    {
        return database
            .write([&] {
                return database.exec(
                    QStringLiteral("UPDATE pillars SET target_share = :share WHERE id = 1"),
                    {{QStringLiteral(":share"), share}});
            })
            .ok();
    }

private slots:
    void movesWithThisConnectionsWrites()
    {
        auto opened = testing::openTestDatabase(m_clock);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        Database &database = **opened;
        const ChangeStamp before = changeStamp(database);
        QVERIFY(before.otherConnections >= 0 && before.thisConnection >= 0);
        QVERIFY(setShare(database, 0.5));
        const ChangeStamp written = changeStamp(database);
        QVERIFY(!(written == before));
        QVERIFY(setShare(database, 0.25));
        QVERIFY(!(changeStamp(database) == written));
    }

    void movesWithAnotherConnectionsCommit()
    {
        if (!testing::testsOnPostgreSql())
            QSKIP("an in-memory SQLite plan has one connection; tst_database covers a file");
        auto address = testing::newTestServerAddress();
        QVERIFY2(address, qPrintable(address ? QString() : address.error().message));
        auto window = Database::openServer(*address, OpenOptions{}, m_clock);
        QVERIFY2(window, qPrintable(window ? QString() : window.error().message));
        auto cli = Database::openServer(*address, OpenOptions{}, m_clock);
        QVERIFY2(cli, qPrintable(cli ? QString() : cli.error().message));
        const ChangeStamp before = changeStamp(**window);
        QVERIFY(setShare(**cli, 0.5));
        QVERIFY(!(changeStamp(**window) == before));
    }
};

QTEST_GUILESS_MAIN(TestChangeStamp)
#include "tst_changestamp.moc"
