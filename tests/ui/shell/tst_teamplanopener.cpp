// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a team plan: consent before an unchecked remote server (and never for this computer),
// passwords asked or taken from the keyring (never from QSettings), creating the plan in an empty
// database only when the user agrees. The parts that connect run on the PostgreSQL test server.
#include "common/clock.h"
#include "shell/serverpassword.h"
#include "shell/teamplandialog.h"
#include "shell/teamplanopener.h"
#include "support/testdatabase.h"
#include "support/testpictures.h"

#include <QCheckBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace hearth;

namespace {

// A keyring in memory; `working` false stands for a desktop without one.
class FakeKeyring final : public ui::PasswordKeyring
{
public:
    std::optional<QString> read(const QString &key) override
    {
        ++reads;
        if (!working || !passwords.contains(key))
            return std::nullopt;
        return passwords.value(key);
    }
    bool write(const QString &key, const QString &password) override
    {
        if (!working)
            return false;
        passwords.insert(key, password);
        return true;
    }
    void remove(const QString &key) override { passwords.remove(key); }

    QHash<QString, QString> passwords;
    bool working = true;
    int reads = 0;
};

core::ServerAddress address(const QString &text)
{
    auto parsed = core::ServerAddress::parse(text);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message));
    return *parsed;
}

// Clicks the button named `name` of a question box, as a user would.
void click(QDialog &dialog, const QString &name)
{
    auto *button = dialog.findChild<QPushButton *>(name);
    QVERIFY2(button, qPrintable(name));
    button->click();
}

// The server's password for the tests: libpq's environment, taken away while a test runs so
// only what Hearth supplies can log in.
class HiddenPassword
{
public:
    HiddenPassword()
        : m_password(qEnvironmentVariable("PGPASSWORD"))
    {
        qunsetenv("PGPASSWORD");
    }
    ~HiddenPassword() { qputenv("PGPASSWORD", m_password.toUtf8()); }
    QString value() const { return m_password; }

private:
    QString m_password;
};

} // namespace

class TestTeamPlanOpener final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("hearth-test"));
        QCoreApplication::setApplicationName(QStringLiteral("hearth-teamplanopener"));
    }

    void init() { QSettings().clear(); }

    void consentIsNeededOnlyForUncheckedRemoteServers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("needed");
        QTest::newRow("remote") << QStringLiteral("postgresql://db.example.org/plan") << true;
        QTest::newRow("remote, TLS unchecked")
            << QStringLiteral("postgresql://db.example.org/plan?sslmode=require") << true;
        QTest::newRow("remote, certificate checked")
            << QStringLiteral("postgresql://db.example.org/plan?sslmode=verify-full") << false;
        QTest::newRow("remote, CA checked")
            << QStringLiteral("host=db.example.org dbname=plan sslmode=verify-ca") << false;
        QTest::newRow("localhost") << QStringLiteral("postgresql://localhost/plan") << false;
        QTest::newRow("loopback") << QStringLiteral("postgresql://127.0.0.1:5433/plan") << false;
        QTest::newRow("IPv6 loopback") << QStringLiteral("postgresql://[::1]/plan") << false;
        QTest::newRow("socket") << QStringLiteral("host=/var/run/postgresql dbname=plan") << false;
    }

    void consentIsNeededOnlyForUncheckedRemoteServers()
    {
        QFETCH(QString, text);
        QFETCH(bool, needed);
        QCOMPARE(ui::TeamPlanOpener::needsConsent(address(text)), needed);
    }

    void cancellingConsentConnectsToNothing()
    {
        const core::Clock &clock = core::SystemClock::instance();
        ui::TeamPlanOpener opener(clock, ui::StartupInteraction::Ask,
                                  std::make_shared<FakeKeyring>());
        QStringList asked;
        QString defaultButton;
        opener.setDialogRunner([&](QDialog &dialog) {
            asked << dialog.objectName();
            if (auto *box = qobject_cast<QMessageBox *>(&dialog))
                defaultButton = box->defaultButton()->objectName();
            dialog.show();
            dialog.grab().save(test::picturePath(QStringLiteral("unverifiedserver.png")));
            click(dialog, QStringLiteral("cancelButton"));
            return dialog.result();
        });
        const ui::StartupOutcome outcome =
            opener.open(address(QStringLiteral("postgresql://db.example.org/plan")), false);
        QCOMPARE(asked, QStringList{QStringLiteral("unverifiedServerMessageBox")});
        // Cancel is the default: Enter does not send a password in the clear by accident.
        QCOMPARE(defaultButton, QStringLiteral("cancelButton"));
        QVERIFY(outcome.quit);
        QVERIFY(!outcome.database);
        QVERIFY(ui::TeamPlanSettings::recentServers().isEmpty());
        QVERIFY(!ui::TeamPlanSettings::hasConsent(
            address(QStringLiteral("postgresql://db.example.org/plan"))));
    }

    void withoutAWindowAnUncheckedRemoteServerIsRefused()
    {
        const core::Clock &clock = core::SystemClock::instance();
        ui::TeamPlanOpener opener(clock, ui::StartupInteraction::Never,
                                  std::make_shared<FakeKeyring>());
        const ui::StartupOutcome outcome =
            opener.open(address(QStringLiteral("postgresql://db.example.org/plan")), false);
        QVERIFY(!outcome.database);
        QVERIFY(outcome.error.contains(QStringLiteral("consent")));
    }

    // A remote name: libpq connects to hostaddr when given, so a loopback hostaddr would make
    // the server local. The consent is kept (or not) before connecting, so no server is needed:
    // the reserved .invalid name never resolves and each connection fails at once.
    void consentIsRememberedOnlyWhenTicked()
    {
        auto server = core::ServerAddress::parse(
            QStringLiteral("postgresql://ana@db.invalid/plan?sslmode=disable&connect_timeout=2"));
        QVERIFY(server);
        QVERIFY(ui::TeamPlanOpener::needsConsent(*server));
        const core::Clock &clock = core::SystemClock::instance();
        ui::TeamPlanOpener opener(clock, ui::StartupInteraction::Ask,
                                  std::make_shared<FakeKeyring>());
        QStringList asked;
        bool tick = false;
        opener.setDialogRunner([&](QDialog &dialog) {
            asked << dialog.objectName();
            if (dialog.objectName() == QLatin1String("unverifiedServerMessageBox")) {
                dialog.findChild<QCheckBox *>(QStringLiteral("rememberConsentCheckBox"))
                    ->setChecked(tick);
                click(dialog, QStringLiteral("connectAnywayButton"));
            }
            return dialog.result();
        });
        QVERIFY(!opener.open(*server, false).database);
        QCOMPARE(asked, QStringList{QStringLiteral("unverifiedServerMessageBox")});
        QVERIFY(!ui::TeamPlanSettings::hasConsent(*server));
        tick = true;
        QVERIFY(!opener.open(*server, false).database);
        QVERIFY(ui::TeamPlanSettings::hasConsent(*server));
        asked.clear();
        QVERIFY(!opener.open(*server, false).database);
        QVERIFY(asked.isEmpty());
    }

    void anEmptyDatabaseGetsAPlanOnlyWithConsent()
    {
        if (!core::testing::testsOnPostgreSql())
            QSKIP("connects to the PostgreSQL test server");
        auto server = core::testing::newTestServerAddress();
        QVERIFY(server);
        const core::Clock &clock = core::SystemClock::instance();
        ui::TeamPlanOpener opener(clock, ui::StartupInteraction::Ask,
                                  std::make_shared<FakeKeyring>());
        QStringList asked;
        QString answer = QStringLiteral("cancelButton");
        opener.setDialogRunner([&](QDialog &dialog) {
            asked << dialog.objectName();
            click(dialog, answer);
            return dialog.result();
        });
        ui::StartupOutcome declined = opener.open(*server, false);
        QVERIFY(declined.quit);
        QCOMPARE(asked, QStringList{QStringLiteral("createTeamPlanMessageBox")});
        core::OpenOptions mustExist;
        mustExist.create = core::CreateMode::MustExist;
        auto stillEmpty = core::Database::openServer(*server, mustExist, clock);
        QVERIFY(!stillEmpty);
        QCOMPARE(int(stillEmpty.error().kind), int(core::ErrorKind::NotFound));

        answer = QStringLiteral("createPlanButton");
        ui::StartupOutcome created = opener.open(*server, false);
        QVERIFY2(created.database, qPrintable(created.error));
        QVERIFY(created.database->isServer());
        QVERIFY(created.database->schemaVersion() > 0);
        QCOMPARE(ui::TeamPlanSettings::recentServers(), QStringList{server->displayText()});
        // Opened again: the plan is there, nothing is asked.
        asked.clear();
        QVERIFY(opener.open(*server, false).database);
        QVERIFY(asked.isEmpty());
    }

    void aRefusedLoginAsksForThePasswordAndOnlyTheKeyringKeepsIt_data()
    {
        QTest::addColumn<bool>("keyringWorks");
        QTest::newRow("desktop keyring") << true;
        QTest::newRow("no keyring") << false;
    }

    void aRefusedLoginAsksForThePasswordAndOnlyTheKeyringKeepsIt()
    {
        QFETCH(bool, keyringWorks);
        if (!core::testing::testsOnPostgreSql())
            QSKIP("connects to the PostgreSQL test server");
        auto server = core::testing::newTestServerAddress();
        QVERIFY(server);
        const core::Clock &clock = core::SystemClock::instance();
        QVERIFY(core::Database::openServer(*server, {}, clock));
        const HiddenPassword secret;
        if (secret.value().isEmpty())
            QSKIP("the test server takes no password (PGPASSWORD is not set)");

        auto keyring = std::make_shared<FakeKeyring>();
        keyring->working = keyringWorks;
        ui::TeamPlanOpener opener(clock, ui::StartupInteraction::Ask, keyring);
        QStringList asked;
        int typed = 0;
        QString problemShown;
        bool hidden = true;
        opener.setDialogRunner([&](QDialog &dialog) {
            asked << dialog.objectName();
            if (auto *problem = dialog.findChild<QLabel *>(QStringLiteral("passwordProblemLabel")))
                problemShown = problem->text();
            auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
            if (!password)
                return int(QDialog::Rejected);
            hidden = hidden && password->echoMode() == QLineEdit::Password;
            // A typing mistake first, then the right one.
            password->setText(++typed == 1 ? QStringLiteral("wrong") : secret.value());
            dialog.findChild<QCheckBox *>(QStringLiteral("rememberPasswordCheckBox"))
                ->setChecked(true);
            dialog.accept();
            return dialog.result();
        });
        ui::StartupOutcome opened = opener.open(*server, false);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.first(), QStringLiteral("serverPasswordDialog"));
        QVERIFY(hidden);
        QVERIFY(problemShown.contains(QStringLiteral("refused")));
        QCOMPARE(keyring->passwords.value(server->keyringKey()),
                 keyringWorks ? secret.value() : QString());
        QCOMPARE(opened.notice.contains(QStringLiteral("keyring")), !keyringWorks);
        QVERIFY(ui::TeamPlanSettings::remembersPassword(*server));
        const QSettings settings;
        for (const QString &key : settings.allKeys()) {
            const QStringList values = settings.value(key).toStringList();
            QVERIFY2(!values.contains(secret.value()), qPrintable(key));
        }

        // Next time the keyring answers; without one the password is asked again.
        asked.clear();
        QVERIFY(opener.open(*server, true).database);
        QCOMPARE(asked.size(), keyringWorks ? 0 : 1);
        QVERIFY(keyring->reads > 0);
    }

    void theDesktopKeyringMayBeMissing()
    {
        // CI and the offscreen tests have no Secret Service: reading finds nothing, no crash.
        ui::SystemKeyring keyring;
        const QString neverStored = QStringLiteral("hearth-test@nowhere:5432/never-stored");
        QVERIFY(!keyring.read(neverStored).has_value());
        keyring.remove(neverStored);
    }
};

QTEST_MAIN(TestTeamPlanOpener)
#include "tst_teamplanopener.moc"
