// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray err;
};

Run runHearth(const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HEARTH_APP_PATH), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardError()};
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

// The hearth executable: --screenshot renders offscreen; bad files are refused untouched.
class TestHearthApp final : public QObject
{
    Q_OBJECT

private slots:
    void screenshotWritesPngOfRequestedSize_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("plan default size")
            << QStringLiteral("plan") << QString() << QSize(1280, 800);
        QTest::newRow("spark small")
            << QStringLiteral("spark") << QStringLiteral("1100x700") << QSize(1100, 700);
        QTest::newRow("listen") << QStringLiteral("listen") << QStringLiteral("1366x768")
                                << QSize(1366, 768);
    }

    void screenshotWritesPngOfRequestedSize()
    {
        QFETCH(QString, view);
        QFETCH(QString, size);
        QFETCH(QSize, expected);
        QTemporaryDir home;
        const QString png = home.filePath(QStringLiteral("shot.png"));
        QStringList arguments{
            QStringLiteral("--db"),         home.filePath(QStringLiteral("plan.sqlite")),
            QStringLiteral("--screenshot"), png,
            QStringLiteral("--view"),       view,
            QStringLiteral("--date"),       QStringLiteral("2026-11-23")};
        if (!size.isEmpty())
            arguments << QStringLiteral("--size") << size;
        const Run run = runHearth(arguments, home.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), expected);
    }

    void screenshotTakesLanguageAndTheme()
    {
        QTemporaryDir home;
        const QString png = home.filePath(QStringLiteral("de-dark.png"));
        const Run run =
            runHearth({QStringLiteral("--db"), home.filePath(QStringLiteral("plan.sqlite")),
                       QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
                       QStringLiteral("1024x640"), QStringLiteral("--language"),
                       QStringLiteral("de"), QStringLiteral("--theme"), QStringLiteral("dark")},
                      home.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QImage image(png);
        // German does not widen the window, and the window is dark.
        QCOMPARE(image.size(), QSize(1024, 640));
        QVERIFY(image.pixelColor(1020, 630).lightness() < 100);
        QVERIFY(image.pixelColor(60, 400).lightness() < 100);
    }

    void badArgumentsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("messagePart");
        QTest::newRow("view") << QStringList{QStringLiteral("--view"), QStringLiteral("calendar")}
                              << QByteArray("--view");
        QTest::newRow("date") << QStringList{QStringLiteral("--date"), QStringLiteral("23.11.2026")}
                              << QByteArray("--date");
        QTest::newRow("size") << QStringList{QStringLiteral("--size"), QStringLiteral("big")}
                              << QByteArray("--size");
        QTest::newRow("language") << QStringList{QStringLiteral("--language"),
                                                 QStringLiteral("tlh")}
                                  << QByteArray("--language");
        QTest::newRow("theme") << QStringList{QStringLiteral("--theme"), QStringLiteral("neon")}
                               << QByteArray("--theme");
    }

    void badArgumentsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, messagePart);
        QTemporaryDir home;
        arguments << QStringLiteral("--screenshot") << home.filePath(QStringLiteral("x.png"));
        const Run run = runHearth(arguments, home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(messagePart), run.err.constData());
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("x.png"))));
    }

    void refusesNonDatabaseUntouched()
    {
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("notes.sqlite"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(5000, '\x42'));
        }
        const QByteArray before = fileHash(path);
        const Run run = runHearth({QStringLiteral("--db"), path, QStringLiteral("--screenshot"),
                                   home.filePath(QStringLiteral("x.png"))},
                                  home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("not an SQLite file"));
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestHearthApp)
#include "tst_hearthapp.moc"
