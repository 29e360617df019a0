// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A team plan whose connection drops: the banner says so and retries with growing pauses, the
// post editor comes back with the user's text, and a save once the server is back goes through.
// The status bar names the server and says whether the connection is encrypted.
#include "common/clock.h"
#include "plan/planworkspace.h"
#include "plan/postrepository.h"
#include "shell/connectionbanner.h"
#include "shell/mainwindow.h"
#include "support/testdatabase.h"
#include "support/testpictures.h"

#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <functional>

using namespace hearth;
using namespace std::chrono_literals;

namespace {

// Ends the server process behind `database`'s connection, as a restart or a dropped network
// would, from a connection of its own.
bool dropConnection(const core::Database &database)
{
    auto pid = database.scalar(QStringLiteral("SELECT pg_backend_pid()"));
    if (!pid)
        return false;
    const QString name = QStringLiteral("hearth-test-terminator");
    bool done = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (admin.open()) {
            QSqlQuery query(admin);
            done = query.exec(
                       QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid->toLongLong())) &&
                   query.next() && query.value(0).toBool();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

} // namespace

class TestConnectionBanner final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("hearth-test"));
        QCoreApplication::setApplicationName(QStringLiteral("hearth-connectionbanner"));
        QSettings().clear();
    }

    void init()
    {
        auto opened = core::testing::openTestDatabase(m_clock);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_database = std::move(*opened);
    }

    void cleanup() { m_database.reset(); }

    void retriesWithGrowingPausesUntilTheServerIsBack()
    {
        ui::ConnectionBanner banner(*m_database);
        banner.setFirstPause(10ms);
        QList<std::chrono::milliseconds> pauses;
        int tries = 0;
        banner.setReconnect([&]() -> core::Result<void> {
            pauses << banner.nextPause();
            if (++tries < 4)
                return core::Error::make(core::ErrorKind::ConnectionFailed, QStringLiteral("down"));
            return core::success();
        });
        QSignalSpy reconnected(&banner, &ui::ConnectionBanner::reconnected);
        QVERIFY(banner.isHidden());
        banner.connectionLost();
        QVERIFY(!banner.isHidden());
        auto *label = banner.findChild<QLabel *>(QStringLiteral("connectionBannerLabel"));
        QVERIFY(label->text().contains(QStringLiteral("lost — reconnecting")));
        // Said again while retrying: one series of tries, not two.
        banner.connectionLost();
        QTRY_COMPARE(reconnected.count(), 1);
        QVERIFY(banner.isHidden());
        QCOMPARE(tries, 4);
        QCOMPARE(pauses, (QList<std::chrono::milliseconds>{10ms, 20ms, 40ms, 80ms}));
    }

    void pausesStopGrowingAtHalfAMinute()
    {
        ui::ConnectionBanner banner(*m_database);
        banner.setFirstPause(20000ms);
        int tries = 0;
        banner.setReconnect([&]() -> core::Result<void> {
            ++tries;
            return core::Error::make(core::ErrorKind::ConnectionFailed, QStringLiteral("down"));
        });
        banner.connectionLost();
        for (int i = 0; i < 3; ++i)
            banner.retry();
        QCOMPARE(tries, 3);
        QCOMPARE(banner.nextPause(), 30000ms);
        QVERIFY(banner.findChild<QLabel *>()->text().contains(QStringLiteral("30 s")));
    }

    void statusBarNamesThePlanAndItsEncryption()
    {
        ui::MainWindow window(*m_database, m_clock);
        auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(label);
        if (!m_database->isServer()) {
            QVERIFY(label->text().startsWith(QStringLiteral("Plan file:")));
            return;
        }
        QVERIFY(label->text().contains(QStringLiteral("Team plan: ") + m_database->serverName()));
        QVERIFY(label->text().contains(m_database->isEncrypted()
                                           ? QStringLiteral("encrypted")
                                           : QStringLiteral("not encrypted")));
        QVERIFY(!label->toolTip().contains(QStringLiteral("password")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("openLocalPlanAction"))->isEnabled());
    }

    void aLostConnectionKeepsTheEditorAndSavesOnceBack()
    {
        if (!m_database->isServer())
            QSKIP("a lost connection is a team plan's; the SQLite run has none to lose");
        saveThroughAnOutage([this] { return dropConnection(*m_database); }, [] { return true; });
    }

    // The server itself stopped at once (as by a crash or `pg_ctl stop -m immediate`) and
    // started again. Runs inside a server of its own: see CMakeLists.txt.
    void aStoppedServerKeepsTheEditorAndSavesOnceStartedAgain()
    {
        if (!qEnvironmentVariableIsSet("HEARTH_TEST_STOP_SERVER"))
            QSKIP("stops the server: runs only inside pg_virtualenv "
                  "(tst_connectionbanner_serverstop)");
        const QString version = qEnvironmentVariable("PGVERSION");
        auto cluster = [version](const QString &action, const QStringList &more) {
            return QProcess::execute(QStringLiteral("pg_ctlcluster"),
                                     QStringList{version, QStringLiteral("regress"), action} +
                                         more) == 0;
        };
        saveThroughAnOutage(
            [&] {
                return cluster(QStringLiteral("stop"),
                               {QStringLiteral("-m"), QStringLiteral("immediate")});
            },
            [&] { return cluster(QStringLiteral("start"), {}); });
    }

    void theBannerSaysWhichServerWasLost()
    {
        if (!m_database->isServer())
            QSKIP("a lost connection is a team plan's");
        ui::MainWindow window(*m_database, m_clock);
        window.connectionBanner().setFirstPause(60000ms);
        QVERIFY(dropConnection(*m_database));
        // Any read notices; the window's check then shows the banner.
        QVERIFY(!m_database->scalar(QStringLiteral("SELECT 1")));
        window.connectionBanner().check();
        auto *label = window.findChild<QLabel *>(QStringLiteral("connectionBannerLabel"));
        QVERIFY(label);
        QCOMPARE(
            label->text(),
            QStringLiteral("Connection to %1 lost — reconnecting…").arg(m_database->serverName()));
        window.resize(1024, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.grab().save(test::picturePath(QStringLiteral("connectionbanner.png"))));
        QVERIFY(m_database->reconnect());
    }

private:
    // Writes a post in the editor while `goAway` takes the server away; the editor must come
    // back with the text and the banner, and once `comeBack` returns and the banner has gone,
    // the same Save goes through.
    void saveThroughAnOutage(const std::function<bool()> &goAway,
                             const std::function<bool()> &comeBack)
    {
        // A fresh connection is not lost (Qt names libpq's handle "pg_conn*", not "PGconn*").
        QVERIFY(!m_database->isConnectionLost());
        ui::MainWindow window(*m_database, m_clock, QDate(2026, 11, 23));
        window.connectionBanner().setFirstPause(50ms);
        auto *banner = &window.connectionBanner();
        auto *plan = window.findChild<ui::PlanWorkspace *>(QStringLiteral("planWorkspace"));
        QVERIFY(plan);
        int shown = 0;
        QString textOnReturn;
        bool bannerOnReturn = false;
        plan->setDialogRunner([&](QDialog &dialog) {
            auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyTextEdit"));
            if (++shown == 1) {
                body->setPlainText(QStringLiteral("Fresh rye today"));
                dialog.findChild<QCheckBox *>(QStringLiteral("mastodonNetworkCheckBox"))
                    ->setChecked(true);
                // The server goes away while the user writes.
                return int(goAway() ? QDialog::Accepted : QDialog::Rejected);
            }
            textOnReturn = body->toPlainText();
            bannerOnReturn = !banner->isHidden();
            // The user waits for the banner to go, then saves again.
            if (!comeBack() || !QTest::qWaitFor([&] { return banner->isHidden(); }, 20000))
                return int(QDialog::Rejected);
            return int(QDialog::Accepted);
        });
        plan->newPost(QDate(2026, 11, 26));
        QCOMPARE(shown, 2);
        QCOMPARE(textOnReturn, QStringLiteral("Fresh rye today"));
        QVERIFY(bannerOnReturn);
        QVERIFY(!m_database->isConnectionLost());
        core::PostRepository posts(*m_database);
        QCOMPARE(posts.count().valueOr(-1), 1);
        auto saved = posts.scheduledBetween(QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC),
                                            QDateTime(QDate(2026, 11, 30), QTime(0, 0), Qt::UTC));
        QVERIFY(saved);
        QCOMPARE(saved->size(), 1);
        QCOMPARE(saved->first().body, QStringLiteral("Fresh rye today"));
    }

    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<core::Database> m_database;
};

QTEST_MAIN(TestConnectionBanner)
#include "tst_connectionbanner.moc"
