// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// File > Open Team Plan…: the address, the user, the keyring choice and the recent servers, which
// QSettings keeps without any password.
#include "common/clock.h"
#include "shell/mainwindow.h"
#include "shell/serverpassword.h"
#include "shell/teamplandialog.h"
#include "storage/database.h"
#include "support/testdatabase.h"
#include "support/testpictures.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace hearth;

namespace {

core::ServerAddress address(const QString &text)
{
    auto parsed = core::ServerAddress::parse(text);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message));
    return *parsed;
}

// Every value QSettings holds, as text, to look for secrets in.
QStringList allSettingValues()
{
    QSettings settings;
    QStringList values;
    for (const QString &key : settings.allKeys()) {
        const QVariant value = settings.value(key);
        values << value.toString() << value.toStringList();
    }
    return values;
}

} // namespace

class TestTeamPlanDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("hearth-test"));
        QCoreApplication::setApplicationName(QStringLiteral("hearth-teamplandialog"));
    }

    void init() { QSettings().clear(); }

    void recentServersAreListedNewestFirstWithoutPasswords()
    {
        ui::TeamPlanSettings::addRecentServer(
            address(QStringLiteral("postgresql://ana:s3cret-pass@db.example.org:5433/plan"
                                   "?sslmode=require")));
        ui::TeamPlanSettings::addRecentServer(
            address(QStringLiteral("host=db.example.org dbname=plan password=other-s3cret")));
        ui::TeamPlanSettings::addRecentServer(address(QStringLiteral("service=bakery")));

        ui::TeamPlanDialog dialog;
        auto *recent = dialog.findChild<QListWidget *>(QStringLiteral("recentServersListWidget"));
        QVERIFY(recent);
        QCOMPARE(recent->count(), 3);
        QCOMPARE(recent->item(0)->text(), QStringLiteral("service=bakery"));
        QCOMPARE(recent->item(2)->text(),
                 QStringLiteral("postgresql://ana@db.example.org:5433/plan?sslmode=require"));
        for (const QString &value : allSettingValues()) {
            QVERIFY2(!value.contains(QStringLiteral("s3cret")), qPrintable(value));
            QVERIFY2(!value.contains(QStringLiteral("password")), qPrintable(value));
        }
    }

    void aRecentServerReadsBackAsItWasGiven()
    {
        const core::ServerAddress given =
            address(QStringLiteral("host=db.example.org dbname=plan sslrootcert=/etc/team/root.crt "
                                   "options='-c search_path=team,public' application_name='a&b'"));
        ui::TeamPlanSettings::addRecentServer(given);
        const core::ServerAddress back = address(ui::TeamPlanSettings::recentServers().first());
        QCOMPARE(back.value(QStringLiteral("options")), given.value(QStringLiteral("options")));
        QCOMPARE(back.value(QStringLiteral("application_name")), QStringLiteral("a&b"));
        QCOMPARE(back.value(QStringLiteral("sslrootcert")), QStringLiteral("/etc/team/root.crt"));
        QCOMPARE(back.host(), QStringLiteral("db.example.org"));
        QCOMPARE(back.databaseName(), QStringLiteral("plan"));
    }

    void recentServersKeepEightWithoutRepeats()
    {
        for (int i = 0; i < 12; ++i)
            ui::TeamPlanSettings::addRecentServer(
                address(QStringLiteral("postgresql://db.example.org/plan%1").arg(i % 10)));
        QStringList recent = ui::TeamPlanSettings::recentServers();
        QCOMPARE(recent.size(), 8);
        QCOMPARE(recent.first(), QStringLiteral("postgresql://db.example.org/plan1"));
        QCOMPARE(recent.removeDuplicates(), qsizetype(0));
    }

    void choosingARecentServerFillsTheFields()
    {
        const core::ServerAddress remembered =
            address(QStringLiteral("postgresql://ana@db.example.org/plan"));
        ui::TeamPlanSettings::addRecentServer(address(QStringLiteral("service=bakery")));
        ui::TeamPlanSettings::addRecentServer(remembered);
        ui::TeamPlanSettings::setRemembersPassword(remembered, true);

        ui::TeamPlanDialog dialog;
        auto *recent = dialog.findChild<QListWidget *>(QStringLiteral("recentServersListWidget"));
        auto *addressEdit = dialog.findChild<QLineEdit *>(QStringLiteral("addressLineEdit"));
        auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("userLineEdit"));
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPasswordCheckBox"));
        QVERIFY(recent && addressEdit && user && remember);
        QCOMPARE(addressEdit->text(), QStringLiteral("postgresql://ana@db.example.org/plan"));
        QCOMPARE(user->text(), QStringLiteral("ana"));
        QVERIFY(remember->isChecked());

        recent->setCurrentRow(1);
        QCOMPARE(addressEdit->text(), QStringLiteral("service=bakery"));
        QCOMPARE(user->text(), QString());
        QVERIFY(!remember->isChecked());
    }

    void theUserFieldNamesTheLogin()
    {
        ui::TeamPlanDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("addressLineEdit"))
            ->setText(QStringLiteral("postgresql://ana@db.example.org/plan"));
        dialog.findChild<QLineEdit *>(QStringLiteral("userLineEdit"))
            ->setText(QStringLiteral("ben"));
        auto chosen = dialog.address();
        QVERIFY(chosen);
        QCOMPARE(chosen->user(), QStringLiteral("ben"));
        QCOMPARE(chosen->databaseName(), QStringLiteral("plan"));
    }

    void anUnreadableAddressIsNotAccepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("bad URI") << QStringLiteral("postgresql://[db/plan");
        QTest::newRow("bad pairs") << QStringLiteral("host=db dbname");
    }

    void anUnreadableAddressIsNotAccepted()
    {
        QFETCH(QString, text);
        ui::TeamPlanDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("addressLineEdit"))->setText(text);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("teamPlanProblemLabel"));
        QVERIFY(!problem->isHidden());
        QVERIFY(!problem->text().isEmpty());
    }

    void dialogsArePicturedToLookAt()
    {
        ui::TeamPlanSettings::addRecentServer(address(QStringLiteral("service=bakery")));
        ui::TeamPlanSettings::addRecentServer(
            address(QStringLiteral("postgresql://ana@db.example.org/plan?sslmode=verify-full")));
        ui::TeamPlanDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(test::picturePath(QStringLiteral("teamplandialog.png"))));

        ui::ServerPasswordDialog password(
            address(QStringLiteral("postgresql://ana@db.example.org/plan")),
            QStringLiteral("The server db.example.org/plan refused the login: password "
                           "authentication failed for user \"ana\"."),
            false);
        password.show();
        QVERIFY(QTest::qWaitForWindowExposed(&password));
        QVERIFY(password.grab().save(test::picturePath(QStringLiteral("serverpassword.png"))));
    }

    void fileMenuOffersTeamAndLocalPlans()
    {
        core::ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
        auto database = core::Database::openInMemory(clock);
        QVERIFY(database);
        ui::MainWindow window(**database, clock);
        auto *openTeam = window.findChild<QAction *>(QStringLiteral("openTeamPlanAction"));
        auto *openLocal = window.findChild<QAction *>(QStringLiteral("openLocalPlanAction"));
        QVERIFY(openTeam && openLocal);
        // The plan file is open already.
        QVERIFY(!openLocal->isEnabled());
        QStringList shown;
        window.setDialogRunner([&](QDialog &dialog) {
            shown << dialog.objectName();
            return int(QDialog::Rejected);
        });
        bool switched = false;
        window.setPlanSwitcher([&](ui::StartupOutcome) { switched = true; });
        openTeam->trigger();
        QCOMPARE(shown, QStringList{QStringLiteral("teamPlanDialog")});
        QVERIFY(!switched);
    }

    void openTeamPlanHandsTheOpenedPlanToTheApplication()
    {
        if (!core::testing::testsOnPostgreSql())
            QSKIP("connects to the PostgreSQL test server");
        auto server = core::testing::newTestServerAddress();
        QVERIFY(server);
        core::ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
        auto local = core::Database::openInMemory(clock);
        QVERIFY(local);
        ui::MainWindow window(**local, clock);
        QStringList shown;
        window.setDialogRunner([&](QDialog &dialog) {
            shown << dialog.objectName();
            if (auto *box = qobject_cast<QMessageBox *>(&dialog)) {
                box->findChild<QPushButton *>(QStringLiteral("createPlanButton"))->click();
                return box->result();
            }
            dialog.findChild<QLineEdit *>(QStringLiteral("addressLineEdit"))
                ->setText(server->text());
            return int(QDialog::Accepted);
        });
        std::unique_ptr<core::Database> opened;
        window.setPlanSwitcher([&](ui::StartupOutcome plan) { opened = std::move(plan.database); });
        window.findChild<QAction *>(QStringLiteral("openTeamPlanAction"))->trigger();
        QCOMPARE(shown, (QStringList{QStringLiteral("teamPlanDialog"),
                                     QStringLiteral("createTeamPlanMessageBox")}));
        QVERIFY(opened);
        QVERIFY(opened->isServer());
        QCOMPARE(ui::TeamPlanSettings::recentServers(), QStringList{server->displayText()});

        // From the team plan, File > Open Local Plan asks for the plan file (no database).
        ui::MainWindow teamWindow(*opened, clock);
        bool askedForLocal = false;
        teamWindow.setPlanSwitcher(
            [&](ui::StartupOutcome plan) { askedForLocal = plan.database == nullptr; });
        auto *openLocal = teamWindow.findChild<QAction *>(QStringLiteral("openLocalPlanAction"));
        QVERIFY(openLocal->isEnabled());
        openLocal->trigger();
        QVERIFY(askedForLocal);
    }
};

QTEST_MAIN(TestTeamPlanDialog)
#include "tst_teamplandialog.moc"
