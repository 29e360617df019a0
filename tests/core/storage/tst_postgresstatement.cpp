// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "storage/database.h"
#include "storage/postgresstatement.h"
#include "support/testdatabase.h"
#include "support/testprinters.h"

#include <QSqlDriver>
#include <QTest>

using namespace hearth::core;

// Statements with their values written in as literals: what is a placeholder and what is not,
// checked on the text, then values that must come back unchanged from a real server.
class TestPostgresStatement final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void placeholders_data();
    void placeholders();
    void missingValueIsAnError();
    void valuesComeBackUnchanged_data();
    void valuesComeBackUnchanged();

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
};

void TestPostgresStatement::initTestCase()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
    auto opened = testing::openTestDatabase(*m_clock);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_database = std::move(*opened);
    QVERIFY(m_database->isServer());
}

void TestPostgresStatement::placeholders_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one value") << "SELECT :a"
                               << "SELECT 7";
    QTest::newRow("twice") << "SELECT :a + :a"
                           << "SELECT 7 + 7";
    QTest::newRow("next to a cast") << "SELECT :a::bigint"
                                    << "SELECT 7::bigint";
    QTest::newRow("cast is no placeholder") << "SELECT '{}'::jsonb"
                                            << "SELECT '{}'::jsonb";
    QTest::newRow("inside a literal") << "SELECT ':a', :a"
                                      << "SELECT ':a', 7";
    QTest::newRow("doubled quote") << "SELECT 'it''s :a', :a"
                                   << "SELECT 'it''s :a', 7";
    QTest::newRow("quoted name") << "SELECT 1 AS \":a\""
                                 << "SELECT 1 AS \":a\"";
    QTest::newRow("line comment") << "SELECT :a -- :b\n, 1"
                                  << "SELECT 7 -- :b\n, 1";
    QTest::newRow("block comment") << "SELECT /* :b */ :a"
                                   << "SELECT /* :b */ 7";
    QTest::newRow("dollar quoted")
        << "CREATE FUNCTION f() RETURNS int AS $$ SELECT :b $$ LANGUAGE sql"
        << "CREATE FUNCTION f() RETURNS int AS $$ SELECT :b $$ LANGUAGE sql";
    QTest::newRow("tagged dollar quote") << "SELECT $x$ :b $x$, :a"
                                         << "SELECT $x$ :b $x$, 7";
    QTest::newRow("array slice") << "SELECT (ARRAY[1,2,3])[1:2]"
                                 << "SELECT (ARRAY[1,2,3])[1:2]";
    QTest::newRow("text value") << "SELECT :t"
                                << "SELECT 'O''Brien'";
    QTest::newRow("null text") << "SELECT :n"
                               << "SELECT NULL";
}

void TestPostgresStatement::placeholders()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    const Bindings bindings{{QStringLiteral(":a"), 7},
                            {QStringLiteral(":t"), QStringLiteral("O'Brien")},
                            {QStringLiteral(":n"), QVariant(QString())}};
    auto written = withLiteralValues(sql, bindings, *m_database->connection().driver());
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QCOMPARE(*written, expected);
}

void TestPostgresStatement::missingValueIsAnError()
{
    auto written = withLiteralValues(QStringLiteral("SELECT :missing"), {},
                                     *m_database->connection().driver());
    QVERIFY(!written.ok());
    QVERIFY(written.error().message.contains(QLatin1String(":missing")));
}

void TestPostgresStatement::valuesComeBackUnchanged_data()
{
    QTest::addColumn<QVariant>("value");

    QTest::newRow("quotes") << QVariant(QStringLiteral("it's \"quoted\""));
    QTest::newRow("backslashes") << QVariant(QStringLiteral("C:\\plan\\n\\'"));
    QTest::newRow("injection") << QVariant(QStringLiteral("'); DROP TABLE posts; --"));
    QTest::newRow("dollar quote") << QVariant(QStringLiteral("$$ :a $x$"));
    QTest::newRow("placeholder text") << QVariant(QStringLiteral(":a :b ::c"));
    QTest::newRow("emoji and RTL") << QVariant(QStringLiteral(u"🍞 שלום café"));
    QTest::newRow("empty text") << QVariant(QStringLiteral(""));
    QTest::newRow("large integer") << QVariant(qint64(9007199254740993LL));
    QTest::newRow("negative") << QVariant(qint64(-42));
    QTest::newRow("fraction") << QVariant(0.1 + 0.2);
}

void TestPostgresStatement::valuesComeBackUnchanged()
{
    QFETCH(QVariant, value);
    auto read =
        m_database->scalar(QStringLiteral("SELECT :value"), {{QStringLiteral(":value"), value}});
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    if (value.typeId() == QMetaType::Double)
        QCOMPARE(read->toDouble(), value.toDouble());
    else if (value.typeId() == QMetaType::LongLong)
        QCOMPARE(read->toLongLong(), value.toLongLong());
    else
        QCOMPARE(read->toString(), value.toString());
    // The value was written into the statement: no table was dropped, nothing else ran.
    auto posts = m_database->scalar(QStringLiteral("SELECT count(*) FROM posts"));
    QVERIFY(posts.ok());
}

QTEST_GUILESS_MAIN(TestPostgresStatement)
#include "tst_postgresstatement.moc"
