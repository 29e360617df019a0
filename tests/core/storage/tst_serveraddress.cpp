// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/serveraddress.h"

#include <QTest>

#include <algorithm>

using namespace hearth::core;

// ServerAddress: the spellings of a PostgreSQL address libpq accepts, what Hearth shows of them
// and what it concludes about the connection's safety.
class TestServerAddress final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // What libpq would take from the environment must not leak into the cases.
        for (const char *name : {"PGHOST", "PGHOSTADDR", "PGSSLMODE", "PGSERVICE"})
            qunsetenv(name);
    }

    void parsesEverySpelling_data();
    void parsesEverySpelling();
    void refusesBadInput_data();
    void refusesBadInput();
    void shownTextParsesBackWithoutThePassword_data();
    void shownTextParsesBackWithoutThePassword();
    void decidesLocalAndVerified_data();
    void decidesLocalAndVerified();
    void localFollowsTheEnvironmentWhenNoHostIsGiven();
    void driverOptionsQuoteValues();
};

void TestServerAddress::parsesEverySpelling_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("shortName");

    QTest::newRow("full uri") << "postgresql://ana:s3cret@db.example.org:5433/plan?sslmode="
                                 "verify-full"
                              << "ana"
                              << "db.example.org"
                              << "5433"
                              << "plan"
                              << "verify-full"
                              << ""
                              << "db.example.org:5433/plan";
    QTest::newRow("postgres scheme, default port") << "postgres://ana@db.example.org/plan"
                                                   << "ana"
                                                   << "db.example.org"
                                                   << ""
                                                   << "plan"
                                                   << ""
                                                   << ""
                                                   << "db.example.org/plan";
    QTest::newRow("ipv6") << "postgresql://ana@[2001:db8::7]:6543/plan?sslmode=require"
                          << "ana"
                          << "2001:db8::7"
                          << "6543"
                          << "plan"
                          << "require"
                          << ""
                          << "2001:db8::7:6543/plan";
    QTest::newRow("percent-encoding") << "postgresql://ana%40bakery:p%40ss%2Fw@db.example.org/"
                                         "my%20plan"
                                      << "ana@bakery"
                                      << "db.example.org"
                                      << ""
                                      << "my plan"
                                      << ""
                                      << ""
                                      << "db.example.org/my plan";
    QTest::newRow("socket folder in the query") << "postgresql:///plan?host=/var/run/postgresql"
                                                << ""
                                                << "/var/run/postgresql"
                                                << ""
                                                << "plan"
                                                << ""
                                                << ""
                                                << "localhost/plan";
    QTest::newRow("service") << "service=bakery"
                             << ""
                             << ""
                             << ""
                             << ""
                             << ""
                             << "bakery"
                             << "bakery";
    QTest::newRow("key=value") << "host=db.example.org port=5433 dbname=plan user=ana "
                                  "sslmode=verify-ca"
                               << "ana"
                               << "db.example.org"
                               << "5433"
                               << "plan"
                               << "verify-ca"
                               << ""
                               << "db.example.org:5433/plan";
    QTest::newRow("key=value quoted") << "host=localhost dbname='team plan' user='o\\'brien'"
                                      << "o'brien"
                                      << "localhost"
                                      << ""
                                      << "team plan"
                                      << ""
                                      << ""
                                      << "localhost/team plan";
    QTest::newRow("surrounding spaces") << "  postgresql://ana@db.example.org/plan\n"
                                        << "ana"
                                        << "db.example.org"
                                        << ""
                                        << "plan"
                                        << ""
                                        << ""
                                        << "db.example.org/plan";
}

void TestServerAddress::parsesEverySpelling()
{
    QFETCH(QString, text);
    auto address = ServerAddress::parse(text);
    QVERIFY2(address.ok(), qPrintable(address ? QString() : address.error().message));
    QTEST(address->user(), "user");
    QTEST(address->host(), "host");
    QTEST(address->port(), "port");
    QTEST(address->databaseName(), "database");
    QTEST(address->sslMode(), "sslMode");
    QTEST(address->service(), "service");
    QTEST(address->shortName(), "shortName");
}

void TestServerAddress::refusesBadInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << "   "
                           << "No server address";
    QTest::newRow("bare word") << "bakeryplan"
                               << "bakeryplan";
    QTest::newRow("unknown key") << "host=db colour=blue"
                                 << "colour";
    QTest::newRow("unknown uri parameter") << "postgresql://db/plan?colour=blue"
                                           << "colour";
    QTest::newRow("bad percent-encoding") << "postgresql://db/plan%zz"
                                          << "%zz";
    QTest::newRow("unclosed ipv6") << "postgresql://[::1/plan"
                                   << "::1";
    QTest::newRow("unclosed quote") << "host='db"
                                    << "host";
    QTest::newRow("semicolon") << "host=db application_name='a;b'"
                               << "application_name";
}

void TestServerAddress::refusesBadInput()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    auto address = ServerAddress::parse(text);
    QVERIFY(!address.ok());
    QCOMPARE(int(address.error().kind), int(ErrorKind::InvalidInput));
    const QString message = address.error().message;
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
}

void TestServerAddress::shownTextParsesBackWithoutThePassword_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("uri") << "postgresql://ana:Hunter2@db.example.org:5433/plan?sslmode=verify-full";
    QTest::newRow("password in the query")
        << "postgresql://ana@db.example.org/plan?password=Hunter2&application_name=hearth";
    QTest::newRow("key=value") << "host=db.example.org user=ana password='Hunter2' dbname=plan";
    QTest::newRow("encoded parts") << "postgresql://ana%40x:Hunter2@db.example.org/my%20plan%3F"
                                      "?options=-c%20search_path%3Dteam";
    QTest::newRow("ipv6") << "postgresql://ana:Hunter2@[::1]:5433/plan";
    QTest::newRow("socket") << "host=/var/run/postgresql dbname=plan password=Hunter2";
    QTest::newRow("two hosts") << "host=a.example.org,b.example.org port=5432,5433 "
                                  "dbname=plan password=Hunter2";
}

void TestServerAddress::shownTextParsesBackWithoutThePassword()
{
    QFETCH(QString, text);
    auto address = ServerAddress::parse(text);
    QVERIFY2(address.ok(), qPrintable(address ? QString() : address.error().message));
    QCOMPARE(address->password(), QStringLiteral("Hunter2"));
    const QString shown = address->displayText();
    QVERIFY2(!shown.contains(QLatin1String("Hunter2")), qPrintable(shown));
    QVERIFY(!address->shortName().contains(QLatin1String("Hunter2")));
    QVERIFY(!address->keyringKey().contains(QLatin1String("Hunter2")));

    // The shown address is the one kept among recent servers: it must name the same server.
    auto again = ServerAddress::parse(shown);
    QVERIFY2(again.ok(), qPrintable(shown));
    auto expected = address->pairs();
    expected.removeIf([](const auto &pair) { return pair.first == QLatin1String("password"); });
    auto actual = again->pairs();
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    QCOMPARE(actual, expected);

    // A failed parse does not echo the password either.
    auto broken = ServerAddress::parse(text + QStringLiteral(" colour"));
    if (!broken)
        QVERIFY2(!broken.error().message.contains(QLatin1String("Hunter2")),
                 qPrintable(broken.error().message));
}

void TestServerAddress::decidesLocalAndVerified_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("local");
    QTest::addColumn<bool>("verified");

    QTest::newRow("default socket") << "dbname=plan" << true << false;
    QTest::newRow("socket folder") << "host=/run/postgresql dbname=plan" << true << false;
    QTest::newRow("abstract socket") << "host=@pg dbname=plan" << true << false;
    QTest::newRow("localhost") << "postgresql://localhost/plan" << true << false;
    QTest::newRow("LOCALHOST") << "postgresql://LOCALHOST/plan" << true << false;
    QTest::newRow("127.0.0.1") << "postgresql://127.0.0.1/plan" << true << false;
    QTest::newRow("127.1.2.3") << "postgresql://127.1.2.3/plan" << true << false;
    QTest::newRow("::1") << "postgresql://[::1]/plan" << true << false;
    QTest::newRow("name starting with 127.")
        << "postgresql://127.example.org/plan" << false << false;
    QTest::newRow("remote") << "postgresql://db.example.org/plan" << false << false;
    QTest::newRow("remote require")
        << "postgresql://db.example.org/plan?sslmode=require" << false << false;
    QTest::newRow("remote verify-ca")
        << "postgresql://db.example.org/plan?sslmode=verify-ca" << false << true;
    QTest::newRow("remote verify-full")
        << "postgresql://db.example.org/plan?sslmode=verify-full" << false << true;
    QTest::newRow("one remote host of two")
        << "host=localhost,db.example.org dbname=plan" << false << false;
    QTest::newRow("hostaddr decides")
        << "host=localhost hostaddr=192.0.2.7 dbname=plan" << false << false;
    QTest::newRow("local hostaddr")
        << "host=db.example.org hostaddr=127.0.0.1 dbname=plan" << true << false;
    QTest::newRow("service may name any host") << "service=bakery" << false << false;
}

void TestServerAddress::decidesLocalAndVerified()
{
    QFETCH(QString, text);
    auto address = ServerAddress::parse(text);
    QVERIFY2(address.ok(), qPrintable(address ? QString() : address.error().message));
    QTEST(address->isLocal(), "local");
    QTEST(address->verifiesServer(), "verified");
}

void TestServerAddress::localFollowsTheEnvironmentWhenNoHostIsGiven()
{
    auto address = ServerAddress::parse(QStringLiteral("dbname=plan"));
    QVERIFY(address.ok());
    qputenv("PGHOST", "db.example.org");
    QVERIFY(!address->isLocal());
    qputenv("PGHOST", "localhost");
    QVERIFY(address->isLocal());
    qputenv("PGSSLMODE", "verify-full");
    QVERIFY(address->verifiesServer());
}

void TestServerAddress::driverOptionsQuoteValues()
{
    auto address = ServerAddress::parse(QStringLiteral(
        "host=db user=ana password=x dbname=plan application_name='o\\'brien \\\\ co' "
        "sslmode=require"));
    QVERIFY2(address.ok(), qPrintable(address ? QString() : address.error().message));
    // Qt's driver passes host, port, database, user and password itself.
    QCOMPARE(address->driverOptions(),
             QStringLiteral("application_name='o\\'brien \\\\ co';sslmode='require'"));
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
