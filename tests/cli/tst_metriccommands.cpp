// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli import metrics and metrics set/show, run as a real process.
#include "cliplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestMetricCommands final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // --db FILE, or --server on the _postgresql run.
    QStringList m_plan;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &arguments) const
    {
        QProcess process;
        process.start(QStringLiteral(HEARTH_CLI_PATH), m_plan + arguments);
        Run result;
        if (!process.waitForFinished(60000))
            return result;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
    static QString fixture(const QString &name)
    {
        return QStringLiteral(HEARTH_TEST_DATA_DIR "/metrics/") + name;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int counter = 0;
        m_plan = hearth::cli::testing::newPlanArguments(
            m_dir.filePath(QStringLiteral("cli%1.db").arg(++counter)));
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
    }

    void importPrintsTheDocumentedJson()
    {
        const QStringList arguments{QStringLiteral("--format"),
                                    QStringLiteral("json"),
                                    QStringLiteral("import"),
                                    QStringLiteral("metrics"),
                                    fixture(QStringLiteral("youtube.csv")),
                                    QStringLiteral("--time-zone"),
                                    QStringLiteral("UTC")};
        const Run dry = cli(arguments + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        // Keys in the documented order.
        const QByteArray text = dry.out;
        QVERIFY(text.indexOf("\"format\"") < text.indexOf("\"rows\""));
        QVERIFY(text.indexOf("\"rows\"") < text.indexOf("\"matched\""));
        QVERIFY(text.indexOf("\"unchanged\"") < text.indexOf("\"skipped\""));
        QVERIFY(text.indexOf("\"skipped\"") < text.indexOf("\"warnings\""));
        const QJsonObject json = QJsonDocument::fromJson(dry.out).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("youtube"));
        QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("created")).toInt(), 3);
        const QJsonObject skip = json.value(QStringLiteral("skipped")).toArray().at(0).toObject();
        QCOMPARE(skip.value(QStringLiteral("line")).toInt(), 2);
        QVERIFY(!skip.value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(json.value(QStringLiteral("warnings")).isArray());

        const Run first = cli(arguments);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(first.out).object().value(QStringLiteral("created")).toInt(),
            3);
        const Run second = cli(arguments);
        QCOMPARE(second.exitCode, 0);
        const QJsonObject again = QJsonDocument::fromJson(second.out).object();
        QCOMPARE(again.value(QStringLiteral("created")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("unchanged")).toInt(), 3);
    }

    void dateOrderIsChosenAndSaid_data()
    {
        QTest::addColumn<QStringList>("order");
        QTest::addColumn<QString>("dateOrder");
        QTest::addColumn<QString>("note");
        QTest::newRow("dmy") << QStringList{QStringLiteral("--date-order"), QStringLiteral("dmy")}
                             << QStringLiteral("dmy")
                             << QStringLiteral("day-month-year (08-05-2020 = 8 May 2020)");
        QTest::newRow("mdy") << QStringList{QStringLiteral("--date-order"), QStringLiteral("mdy")}
                             << QStringLiteral("mdy")
                             << QStringLiteral("month-day-year (08-05-2020 = 5 August 2020)");
    }
    void dateOrderIsChosenAndSaid()
    {
        QFETCH(QStringList, order);
        QFETCH(QString, dateOrder);
        QFETCH(QString, note);
        const Run run = cli(QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                        QStringLiteral("import"), QStringLiteral("metrics"),
                                        fixture(QStringLiteral("youtube_2020_video_views.csv")),
                                        QStringLiteral("--dry-run")} +
                            order);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("created")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("date_order")).toString(), dateOrder);
        // As a table, the note says how dates were read and how to change it.
        const Run table = cli(QStringList{QStringLiteral("import"), QStringLiteral("metrics"),
                                          fixture(QStringLiteral("youtube_2020_video_views.csv")),
                                          QStringLiteral("--dry-run")} +
                              order);
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.err.contains(note.toUtf8()), table.err.constData());
        QVERIFY(table.err.contains("--date-order"));
        const Run bad = cli({QStringLiteral("import"), QStringLiteral("metrics"),
                             fixture(QStringLiteral("youtube_2020_video_views.csv")),
                             QStringLiteral("--date-order"), QStringLiteral("ddmm")});
        QCOMPARE(bad.exitCode, 2);
    }

    void unreadableFilesFailWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("latin-1") << QStringList{fixture(QStringLiteral("latin1.csv"))} << 1
                                 << QStringLiteral("Windows-1252");
        QTest::newRow("broken quote") << QStringList{fixture(QStringLiteral("broken_quote.csv"))}
                                      << 1 << QStringLiteral("line 3");
        QTest::newRow("unknown layout")
            << QStringList{fixture(QStringLiteral("unknown_layout.csv"))} << 1
            << QStringLiteral("--mapping");
        QTest::newRow("wrong source")
            << QStringList{fixture(QStringLiteral("youtube.csv")), QStringLiteral("--source"),
                           QStringLiteral("linkedin")}
            << 1 << QStringLiteral("not a linkedin export");
        QTest::newRow("bad source word")
            << QStringList{fixture(QStringLiteral("youtube.csv")), QStringLiteral("--source"),
                           QStringLiteral("myspace")}
            << 2 << QStringLiteral("--source");
        QTest::newRow("missing file") << QStringList{m_dir.filePath(QStringLiteral("nope.csv"))}
                                      << 1 << QStringLiteral("nope.csv");
    }

    void unreadableFilesFailWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        const Run run =
            cli(QStringList{QStringLiteral("import"), QStringLiteral("metrics")} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.out.isEmpty());
        const QStringList lines = QString::fromUtf8(run.err)
                                      .split(u'\n', Qt::SkipEmptyParts)
                                      .filter(QStringLiteral("hearth-cli:"));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(reason), qPrintable(lines.first()));
        const Run check =
            cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("check")});
        QCOMPARE(QJsonDocument::fromJson(check.out)
                     .object()
                     .value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("posts"))
                     .toInt(),
                 0);
    }

    void latin1ConvertsWhenAsked()
    {
        const Run run =
            cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("import"),
                 QStringLiteral("metrics"), fixture(QStringLiteral("latin1.csv")),
                 QStringLiteral("--encoding"), QStringLiteral("windows-1252")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("created")).toInt(),
                 1);
    }

    void genericMappingFile()
    {
        const Run run =
            cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("import"),
                 QStringLiteral("metrics"), fixture(QStringLiteral("generic_mastodon.csv")),
                 QStringLiteral("--mapping"),
                 fixture(QStringLiteral("generic_mastodon.mapping.json"))});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("format")).toString(),
            QStringLiteral("generic"));
        // Remembered: no --mapping needed the second time.
        const Run again =
            cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("import"),
                 QStringLiteral("metrics"), fixture(QStringLiteral("generic_mastodon.csv"))});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(again.out).object().value(QStringLiteral("unchanged")).toInt(),
            2);
    }

    void manualEntry()
    {
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("metrics"),
                      fixture(QStringLiteral("x_content.csv"))})
                     .exitCode,
                 0);
        const Run set =
            cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("metrics"),
                 QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--network"),
                 QStringLiteral("x"), QStringLiteral("--reach"), QStringLiteral("4000"),
                 QStringLiteral("--follows"), QStringLiteral("-2")});
        QCOMPARE(set.exitCode, 0);
        const QJsonObject stored = QJsonDocument::fromJson(set.out).object();
        QCOMPARE(stored.value(QStringLiteral("reach")).toInt(), 4000);
        QCOMPARE(stored.value(QStringLiteral("follows")).toInt(), -2);
        QVERIFY(stored.value(QStringLiteral("comments")).isNull());

        const Run show =
            cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("metrics"),
                 QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--network"),
                 QStringLiteral("x")});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(show.out).array().size(), 2);

        const Run wrong =
            cli({QStringLiteral("metrics"), QStringLiteral("set"), QStringLiteral("1"),
                 QStringLiteral("--network"), QStringLiteral("x"), QStringLiteral("--reach"),
                 QStringLiteral("lots")});
        QCOMPARE(wrong.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestMetricCommands)
#include "tst_metriccommands.moc"
