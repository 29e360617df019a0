// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every analytics format of formats.md section 2, read from our own fixtures.
#include "common/clock.h"
#include "listen/metricimporter.h"
#include "listen/metricrepository.h"
#include "plan/postrepository.h"
#include "storage/database.h"
#include "support/metricimportsupport.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(HEARTH_TEST_DATA_DIR "/metrics/") + name;
}

} // namespace

class TestMetricImport final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2025, 3, 20), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;

    MetricImportOptions options(MetricSource source = MetricSource::Auto) const
    {
        return hearth::test::importTestOptions(source);
    }
    qint64 count(const QString &table) const { return hearth::test::countRows(*m_db, table); }
    // The raw cell `index` of the snapshot row `alias` as SQL text, and whether it is JSON null,
    // in the engine's own JSON functions.
    static QString rawCell(const QString &alias, int index)
    {
        return testing::testsOnPostgreSql()
                   ? QStringLiteral("(CAST(%1.raw_values AS json) ->> %2)").arg(alias).arg(index)
                   : QStringLiteral("json_extract(%1.raw_values, '$[%2]')").arg(alias).arg(index);
    }
    static QString rawCellIsNull(const QString &alias, int index)
    {
        return testing::testsOnPostgreSql()
                   ? QStringLiteral("json_typeof(CAST(%1.raw_values AS json) -> %2) = 'null'")
                         .arg(alias)
                         .arg(index)
                   : QStringLiteral("json_type(%1.raw_values, '$[%2]') = 'null'")
                         .arg(alias)
                         .arg(index);
    }

    // The post that landed on `network` with `externalId`, with its current figures.
    std::pair<Post, MetricSnapshot> imported(const QString &network,
                                             const QString &externalId) const
    {
        return hearth::test::importedPost(*m_db, network, externalId);
    }

private slots:
    void init()
    {
        auto opened = testing::openTestDatabase(m_clock);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_db = std::move(*opened);
    }
    void cleanup() { m_db.reset(); }

    void importsEveryFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("created");
        QTest::addColumn<QList<qint64>>("skippedLines");
        QTest::addColumn<QStringList>("warningParts");

        const int autoSource = int(MetricSource::Auto);
        QTest::newRow("meta facebook, BOM, duplicate Views, multi-line emoji text")
            << QStringLiteral("meta_facebook.csv") << autoSource << QStringLiteral("meta-facebook")
            << 3 << 3 << QList<qint64>{}
            << QStringList{QStringLiteral("\"Views\" appears 2 times")};
        QTest::newRow("meta facebook, description line above the header")
            << QStringLiteral("meta_facebook_description_above.csv") << autoSource
            << QStringLiteral("meta-facebook") << 3 << 3 << QList<qint64>{}
            << QStringList{QStringLiteral("\"Views\" appears 2 times")};
        QTest::newRow("meta facebook, German header")
            << QStringLiteral("meta_facebook_german.csv") << autoSource
            << QStringLiteral("meta-facebook") << 1 << 1 << QList<qint64>{} << QStringList{};
        QTest::newRow("meta instagram, collaboration rows, 6.49E+17, bad time")
            << QStringLiteral("meta_instagram.csv") << autoSource
            << QStringLiteral("meta-instagram") << 4 << 3 << QList<qint64>{6}
            << QStringList{QStringLiteral("Line 5: the post id looks like \"6.49E+17\""),
                           QStringLiteral("scientific notation"),
                           QStringLiteral("flour.friends, hearth.bakery")};
        QTest::newRow("meta instagram, description row under the header")
            << QStringLiteral("meta_instagram_description_below.csv") << autoSource
            << QStringLiteral("meta-instagram") << 1 << 1 << QList<qint64>{} << QStringList{};
        QTest::newRow("facebook legacy, description row, duplicate names")
            << QStringLiteral("facebook_legacy.csv") << autoSource
            << QStringLiteral("facebook-legacy") << 2 << 2 << QList<qint64>{} << QStringList{};
        QTest::newRow("x legacy, quoted floats and dashes")
            << QStringLiteral("x_legacy.csv") << autoSource << QStringLiteral("x-legacy") << 2 << 2
            << QList<qint64>{} << QStringList{};
        QTest::newRow("x legacy 2015, favorites")
            << QStringLiteral("x_legacy_2015.csv") << int(MetricSource::X)
            << QStringLiteral("x-legacy") << 1 << 1 << QList<qint64>{} << QStringList{};
        QTest::newRow("x account analytics content")
            << QStringLiteral("x_content.csv") << autoSource << QStringLiteral("x") << 2 << 2
            << QList<qint64>{} << QStringList{QStringLiteral("without a time of day")};
        QTest::newRow("youtube, Total row, leading space, no date")
            << QStringLiteral("youtube.csv") << autoSource << QStringLiteral("youtube") << 4 << 3
            << QList<qint64>{2} << QStringList{};
        QTest::newRow("youtube 2020, Video and Video views, BOM, CRLF")
            << QStringLiteral("youtube_2020_video_views.csv") << autoSource
            << QStringLiteral("youtube") << 4 << 3 << QList<qint64>{2}
            << QStringList{QStringLiteral("Line 2 is the Total row")};
        QTest::newRow("youtube 2020, a day above 12")
            << QStringLiteral("youtube_2020_day_first.csv") << autoSource
            << QStringLiteral("youtube") << 3 << 2 << QList<qint64>{2}
            << QStringList{QStringLiteral("Line 2 is the Total row")};
        QTest::newRow("youtube shorts, Engaged views")
            << QStringLiteral("youtube_shorts.csv") << int(MetricSource::YouTube)
            << QStringLiteral("youtube") << 3 << 2 << QList<qint64>{2} << QStringList{};
        QTest::newRow("linkedin .xls, both sheets, description above the header")
            << QStringLiteral("linkedin.xls") << autoSource << QStringLiteral("linkedin") << 2 << 2
            << QList<qint64>{} << QStringList{QStringLiteral("\"Metrics\" holds totals per day")};
        // The same layout written by Apache POI (HSSF) and by LibreOffice: 48 posts, the
        // shared strings over CONTINUE records, "Created date" as text and as date numbers.
        QTest::newRow("linkedin .xls written by Apache POI")
            << QStringLiteral("linkedin_poi.xls") << autoSource << QStringLiteral("linkedin") << 48
            << 48 << QList<qint64>{}
            << QStringList{QStringLiteral("\"Metrics\" holds totals per day")};
        QTest::newRow("linkedin .xls written by LibreOffice")
            << QStringLiteral("linkedin_libreoffice.xls") << autoSource
            << QStringLiteral("linkedin") << 48 << 48 << QList<qint64>{}
            << QStringList{QStringLiteral("\"Metrics\" holds totals per day")};
        QTest::newRow("latin-1, converted on request")
            << QStringLiteral("latin1.csv") << autoSource << QStringLiteral("meta-facebook") << 1
            << 1 << QList<qint64>{} << QStringList{QStringLiteral("Windows-1252")};
    }

    void importsEveryFormat()
    {
        QFETCH(QString, file);
        QFETCH(int, source);
        QFETCH(QString, format);
        QFETCH(int, rows);
        QFETCH(int, created);
        QFETCH(QList<qint64>, skippedLines);
        QFETCH(QStringList, warningParts);

        MetricImportOptions chosen = options(MetricSource(source));
        if (file == QLatin1String("latin1.csv"))
            chosen.encoding = TextEncoding::Windows1252;
        MetricImporter importer(*m_db);
        auto previewed = importer.preview(fixture(file), chosen);
        QVERIFY2(previewed, qPrintable(previewed ? QString() : previewed.error().message));
        QCOMPARE(toString(previewed->format), format);
        auto detected = importer.detectFormat(fixture(file), chosen);
        QVERIFY(detected);
        QCOMPARE(toString(*detected), format);
        QCOMPARE(previewed->rows, rows);
        QCOMPARE(previewed->created, created);
        QCOMPARE(previewed->matched, 0);
        QList<qint64> lines;
        for (const ImportSkip &skip : previewed->skipped) {
            lines << skip.line;
            QVERIFY(!skip.reason.isEmpty());
        }
        QCOMPARE(lines, skippedLines);
        const QString warnings = previewed->warnings.join(u'\n');
        for (const QString &part : warningParts)
            QVERIFY2(warnings.contains(part), qPrintable(warnings));
        // The preview wrote nothing.
        QCOMPARE(count(QStringLiteral("posts")), 0);
        QCOMPARE(count(QStringLiteral("metric_imports")), 0);

        auto committed = importer.commit(*previewed, chosen);
        QVERIFY2(committed, qPrintable(committed ? QString() : committed.error().message));
        QCOMPARE(committed->rows, previewed->rows);
        QCOMPARE(committed->created, previewed->created);
        QCOMPARE(committed->skipped, previewed->skipped);
        QCOMPARE(count(QStringLiteral("posts WHERE origin = 'imported' AND status = 'published'")),
                 created);
        QCOMPARE(count(QStringLiteral("metric_snapshots")), created);
        QCOMPARE(count(QStringLiteral("metric_imports")), 1);
        // The import writes without SQLite's reference checks; every reference it made holds,
        // and the checks are on again.
        QCOMPARE(*m_db->integrityProblems(), QStringList());
        QVERIFY(m_db->foreignKeysEnforced());

        // Importing the same file again changes nothing.
        auto again = importer.run(fixture(file), chosen, ImportMode::Commit);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QVERIFY(again->alreadyImported);
        QCOMPARE(again->created, 0);
        QCOMPARE(again->updated, 0);
        QCOMPARE(again->unchanged, created);
        QCOMPARE(count(QStringLiteral("metric_snapshots")), created);
        QCOMPARE(count(QStringLiteral("metric_imports")), 1);
    }

    void metaFacebookValues()
    {
        MetricImporter importer(*m_db);
        auto done = importer.run(fixture(QStringLiteral("meta_facebook.csv")), options(),
                                 ImportMode::Commit);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));

        auto [post, figures] = imported(QStringLiteral("facebook"),
                                        QStringLiteral("613168031534769_1122334455667788"));
        QCOMPARE(toString(post.origin), QStringLiteral("imported"));
        QCOMPARE(toString(post.status), QStringLiteral("published"));
        QCOMPARE(
            post.body,
            QStringLiteral(
                "Fresh sourdough today 🍞\nCome by before noon!\n\"Best in town\" – our regulars"));
        // 09:30 in New York (EDT, UTC-4) on 14 March 2025.
        QCOMPARE(post.scheduledAt, QDateTime(QDate(2025, 3, 14), QTime(13, 30), Qt::UTC));
        QCOMPARE(post.networks.value(0).publishedAt,
                 QDateTime(QDate(2025, 3, 14), QTime(13, 30), Qt::UTC));
        QCOMPARE(
            post.networks.value(0).permalink,
            QStringLiteral("https://www.facebook.com/613168031534769/posts/pfbid02abcXYZ7sKq"));
        QCOMPARE(figures.views, 1520); // the first of the two Views columns
        QCOMPARE(figures.reach, 1204);
        QCOMPARE(figures.reactions, 61);
        QCOMPARE(figures.comments, 14);
        QCOMPARE(figures.shares, 12);
        QCOMPARE(figures.clicks, 43); // "Total clicks" wins over "Link Clicks"
        QVERIFY(!figures.saves);
        QVERIFY(!figures.follows);
        QCOMPARE(figures.sourceLine, 2);
        QCOMPARE(figures.capturedAt, QDateTime(QDate(2025, 3, 16), QTime(8, 0), Qt::UTC));
        // Every column kept, the empty cell as NULL, the rate-like sum too.
        QCOMPARE(figures.rawValues.size(), 27);
        QCOMPARE(figures.rawValues.at(0).name, QStringLiteral("Post ID"));
        QCOMPARE(figures.rawValues.at(0).value, QStringLiteral("613168031534769_1122334455667788"));
        QCOMPARE(figures.rawValues.at(24).name, QStringLiteral("Link Clicks"));
        QVERIFY(figures.rawValues.at(24).value.isNull());
        QCOMPARE(figures.rawValues.at(26).name, QStringLiteral("Views"));
        QCOMPARE(figures.rawValues.at(26).value, QStringLiteral("999"));
        QCOMPARE(figures.rawValues.at(16).value, QStringLiteral("Lifetime"));
        // The multi-line quoted cell comes back exactly; the empty Title cell as an empty cell.
        QCOMPARE(figures.rawValues.at(4).name, QStringLiteral("Description"));
        QCOMPARE(figures.rawValues.at(4).value, post.body);
        QVERIFY(figures.rawValues.at(3).value.isNull());
        QCOMPARE(figures.rawValues.at(17).name, QStringLiteral("Views"));
        QCOMPARE(figures.rawValues.at(17).value, QStringLiteral("1520"));
        // The column names are stored once for the file, the cells once per row.
        QCOMPARE(count(QStringLiteral("metric_raw_layouts")), 1);
        QCOMPARE(count(QStringLiteral("metric_snapshots WHERE raw_values IS NOT NULL")), 3);

        // Empty Reach is "not available", never zero; in winter New York is UTC-5.
        auto [winter, winterFigures] = imported(QStringLiteral("facebook"),
                                                QStringLiteral("613168031534769_2233445566778899"));
        QCOMPARE(winter.title, QStringLiteral("Winter hours"));
        QCOMPARE(winter.scheduledAt, QDateTime(QDate(2025, 2, 3), QTime(23, 5), Qt::UTC));
        QVERIFY(!winterFigures.reach.has_value());
        QCOMPARE(winterFigures.comments, 0);
        QCOMPARE(winterFigures.sourceLine, 5);
        QVERIFY(
            m_db->scalar(QStringLiteral(
                             "SELECT reach IS NULL FROM metric_snapshots WHERE source_line = 5"))
                ->toBool());
    }

    void germanHeader()
    {
        MetricImporter importer(*m_db);
        auto done = importer.run(fixture(QStringLiteral("meta_facebook_german.csv")), options(),
                                 ImportMode::Commit);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        auto [post, figures] =
            imported(QStringLiteral("facebook"), QStringLiteral("613168031534769_4455"));
        QCOMPARE(post.body, QStringLiteral("Frische Brezeln 🥨"));
        QCOMPARE(figures.views, 410);
        QCOMPARE(figures.reach, 380);
        QCOMPARE(figures.reactions, 22);
        QCOMPARE(figures.comments, 3);
        QCOMPARE(figures.shares, 1);
        QCOMPARE(figures.clicks, 9);
    }

    void instagramCollaborationAndMangledIds()
    {
        MetricImporter importer(*m_db);
        auto done = importer.run(fixture(QStringLiteral("meta_instagram.csv")), options(),
                                 ImportMode::Commit);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->skipped.value(0).line, 6);
        QVERIFY(done->skipped.value(0).reason.contains(QStringLiteral("next Tuesday")));

        // IDs longer than 2^53 survive as text.
        auto [post, figures] =
            imported(QStringLiteral("instagram"), QStringLiteral("17912345678901234567"));
        QCOMPARE(post.networks.value(0).externalId, QStringLiteral("17912345678901234567"));
        QCOMPARE(figures.reactions, 180);
        QCOMPARE(figures.saves, 31);
        QCOMPARE(figures.reach, 1900);
        QCOMPARE(figures.follows, 4);

        auto [collab, collabFigures] =
            imported(QStringLiteral("instagram"), QStringLiteral("17998765432109876543"));
        QCOMPARE(collabFigures.views, 5100);
        QVERIFY(!collabFigures.reach);
        QVERIFY(!collabFigures.follows);

        // The rounded id is not stored as an id; the link is.
        QCOMPARE(count(QStringLiteral("post_networks WHERE external_id = '6.49E+17'")), 0);
        QCOMPARE(count(QStringLiteral("post_networks WHERE external_id IS NULL AND permalink = "
                                      "'https://www.instagram.com/p/DC0mAnGlEd1/'")),
                 1);
        QCOMPARE(count(testing::testsOnPostgreSql()
                           ? QStringLiteral("metric_snapshots, json_array_elements_text(CAST("
                                            "metric_snapshots.raw_values AS json)) AS cell WHERE "
                                            "cell = '6.49E+17'")
                           : QStringLiteral("metric_snapshots, json_each(metric_snapshots."
                                            "raw_values) WHERE json_each.value = '6.49E+17'")),
                 1);
    }

    void descriptionRowIsNotData()
    {
        MetricImporter importer(*m_db);
        auto done = importer.run(fixture(QStringLiteral("meta_instagram_description_below.csv")),
                                 options(), ImportMode::Commit);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QVERIFY(done->skipped.isEmpty());
        auto [post, figures] =
            imported(QStringLiteral("instagram"), QStringLiteral("17911111111111111111"));
        QCOMPARE(figures.sourceLine, 3);
        QCOMPARE(figures.reach, 700);
        QCOMPARE(figures.reactions, 64);
    }

    void facebookLegacyDescriptionRow()
    {
        MetricImporter importer(*m_db);
        auto done = importer.run(fixture(QStringLiteral("facebook_legacy.csv")), options(),
                                 ImportMode::Commit);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        auto [post, figures] =
            imported(QStringLiteral("facebook"), QStringLiteral("123456789012345_987654321098765"));
        QCOMPARE(post.body, QStringLiteral("Happy Thursday! New rye loaves are out."));
        // 09:03:47 AM in New York (EST) on 19 January 2017.
        QCOMPARE(post.scheduledAt, QDateTime(QDate(2017, 1, 19), QTime(14, 3, 47), Qt::UTC));
        QCOMPARE(figures.reach, 812);
        QCOMPARE(figures.impressions, 1300);
        // The three "by action type" columns are told apart by the description row.
        QCOMPARE(figures.comments, 7);
        QCOMPARE(figures.reactions, 58);
        QCOMPARE(figures.shares, 4);
        // Total Count link clicks, not the Unique Users column of the same name.
        QCOMPARE(figures.clicks, 31);
        QCOMPARE(figures.sourceLine, 3);
        QVERIFY(figures.rawValues.at(13).name.contains(QStringLiteral("- comment")));

        auto [closed, closedFigures] =
            imported(QStringLiteral("facebook"), QStringLiteral("123456789012345_987654321098766"));
        QCOMPARE(closed.scheduledAt, QDateTime(QDate(2017, 1, 20), QTime(21, 15), Qt::UTC));
        QVERIFY(!closedFigures.comments);
        QCOMPARE(closedFigures.reactions, 3);
        QVERIFY(!closedFigures.clicks);
    }

    void xLegacyFloatsAndDashes()
    {
        MetricImporter importer(*m_db);
        auto done =
            importer.run(fixture(QStringLiteral("x_legacy.csv")), options(), ImportMode::Commit);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        auto [post, figures] = imported(QStringLiteral("x"), QStringLiteral("849813577770778624"));
        QCOMPARE(post.scheduledAt, QDateTime(QDate(2017, 4, 4), QTime(0, 0), Qt::UTC));
        QCOMPARE(figures.impressions, 1523);
        QCOMPARE(figures.reactions, 29);
        QCOMPARE(figures.shares, 5);
        QCOMPARE(figures.comments, 3);
        QCOMPARE(figures.profileVisits, 2);
        QCOMPARE(figures.clicks, 4);
        QCOMPARE(figures.follows, 1);
        // The rate is kept only as raw text.
        QVERIFY(!figures.isEmpty());
        QCOMPARE(figures.rawValues.at(6).value, QStringLiteral("0.030860144451739986"));
        QCOMPARE(figures.rawValues.at(22).value, QStringLiteral("-"));

        auto [friday, fridayFigures] =
            imported(QStringLiteral("x"), QStringLiteral("849999999999999999"));
        QVERIFY(!fridayFigures.clicks); // "-" = not available
        QCOMPARE(friday.scheduledAt, QDateTime(QDate(2017, 4, 7), QTime(15, 30), Qt::UTC));
    }

    void xLegacy2015Favorites()
    {
        MetricImporter importer(*m_db);
        auto done = importer.run(fixture(QStringLiteral("x_legacy_2015.csv")), options(),
                                 ImportMode::Commit);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        auto [post, figures] = imported(QStringLiteral("x"), QStringLiteral("612345678901234567"));
        QCOMPARE(figures.reactions, 6);
    }

    void xContentDates()
    {
        MetricImporter importer(*m_db);
        auto done =
            importer.run(fixture(QStringLiteral("x_content.csv")), options(), ImportMode::Commit);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        auto [post, figures] = imported(QStringLiteral("x"), QStringLiteral("1876543210987654321"));
        // A date without a time: the start of that day in the caller's zone.
        QCOMPARE(post.scheduledAt, QDateTime(QDate(2025, 1, 6), QTime(5, 0), Qt::UTC));
        QCOMPARE(figures.impressions, 4200);
        QCOMPARE(figures.reactions, 88);
        QCOMPARE(figures.saves, 25);
        QCOMPARE(figures.shares, 19);
        QCOMPARE(figures.follows, 6);
        QCOMPARE(figures.comments, 14);
        QCOMPARE(figures.profileVisits, 12);
        QCOMPARE(figures.clicks, 9);
    }

    void youTubeTotalRowAndIds()
    {
        MetricImporter importer(*m_db);
        auto done =
            importer.run(fixture(QStringLiteral("youtube.csv")), options(), ImportMode::Commit);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->skipped.value(0).line, 2);
        QVERIFY(done->skipped.value(0).reason.contains(QStringLiteral("Total")));

        auto [post, figures] = imported(QStringLiteral("youtube"), QStringLiteral("abc123XYZ_0"));
        QCOMPARE(post.title, QStringLiteral("Sourdough 101"));
        QCOMPARE(post.scheduledAt, QDateTime(QDate(2020, 4, 29), QTime(4, 0), Qt::UTC));
        QCOMPARE(figures.views, 5400);
        QCOMPARE(figures.follows, -2); // net subscribers can be negative
        QCOMPARE(figures.impressions, 40000);
        QVERIFY(figures.watchTimeSeconds);
        QCOMPARE(*figures.watchTimeSeconds, 220.5 * 3600);

        // " -dEf456uvw": the leading space only protects the dash from spreadsheets.
        auto [dash, dashFigures] =
            imported(QStringLiteral("youtube"), QStringLiteral("-dEf456uvw"));
        QCOMPARE(dashFigures.views, 3100);

        // Unlisted: no publish date, still imported, without a time.
        auto [unlisted, unlistedFigures] =
            imported(QStringLiteral("youtube"), QStringLiteral("ghi789JKL-q"));
        QVERIFY(!unlisted.scheduledAt.isValid());
        QVERIFY(!unlistedFigures.follows);
        QCOMPARE(unlistedFigures.views, 7);
    }

    void youTube2020FiguresAndRawColumns()
    {
        MetricImportOptions chosen = options();
        chosen.dateOrder = DateOrder::DayMonthYear;
        auto done = MetricImporter(*m_db).run(
            fixture(QStringLiteral("youtube_2020_video_views.csv")), chosen, ImportMode::Commit);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->created, 3);
        QCOMPARE(done->totalRowLine, 2);
        auto [post, figures] = imported(QStringLiteral("youtube"), QStringLiteral("dQw4w9WgXcQ"));
        QCOMPARE(post.title, QStringLiteral("Sourdough starter day 1"));
        QCOMPARE(post.scheduledAt, QDateTime(QDate(2020, 5, 8), QTime(4, 0), Qt::UTC));
        QCOMPARE(figures.views, 4100);
        QCOMPARE(figures.comments, 12);
        QCOMPARE(figures.shares, 9);
        QCOMPARE(figures.reactions, 150);
        QCOMPARE(figures.follows, 20); // subscribers gained
        QCOMPARE(figures.impressions, 60000);
        QVERIFY(figures.watchTimeSeconds);
        QCOMPARE(*figures.watchTimeSeconds, 250.5 * 3600);
        // Dislikes and subscribers lost have no figure of their own; the raw cells keep them.
        const QJsonArray raw =
            QJsonDocument::fromJson(
                m_db->scalar(QStringLiteral("SELECT raw_values FROM metric_snapshots WHERE "
                                            "post_id = :id"),
                             {{QStringLiteral(":id"), post.id}})
                    ->toByteArray())
                .array();
        QCOMPARE(raw.at(5).toString(), QStringLiteral("1"));
        QCOMPARE(raw.at(7).toString(), QStringLiteral("1"));
        auto [dash, dashFigures] =
            imported(QStringLiteral("youtube"), QStringLiteral("-xY3kL9pQ2a"));
        QCOMPARE(dash.title, QStringLiteral("Shaping a boule, slowly"));
        QCOMPARE(dashFigures.views, 3600);
    }

    void linkedInWorkbook()
    {
        MetricImporter importer(*m_db);
        auto done =
            importer.run(fixture(QStringLiteral("linkedin.xls")), options(), ImportMode::Commit);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->sheetName, QStringLiteral("All posts"));
        // The id lives only inside the link.
        auto [post, figures] =
            imported(QStringLiteral("linkedin"), QStringLiteral("7301234567890123456"));
        QCOMPARE(post.body,
                 QStringLiteral("We are hiring a morning baker – join our team! 🥖"));
        QCOMPARE(post.networks.value(0).permalink,
                 QStringLiteral(
                     "https://www.linkedin.com/feed/update/urn:li:activity:7301234567890123456"));
        // "Created date" is a UTC date without a time.
        QCOMPARE(post.scheduledAt, QDateTime(QDate(2025, 3, 4), QTime(0, 0), Qt::UTC));
        QCOMPARE(figures.impressions, 2950);
        QVERIFY(!figures.views);
        QCOMPARE(figures.clicks, 88);
        QCOMPARE(figures.reactions, 61);
        QCOMPARE(figures.comments, 9);
        QCOMPARE(figures.shares, 7);
        QCOMPARE(figures.follows, 5);
        QCOMPARE(figures.sourceLine, 3);
        // Rates are kept only as raw text.
        QCOMPARE(figures.rawValues.at(13).name, QStringLiteral("Click through rate (CTR)"));
        QCOMPARE(figures.rawValues.at(13).value, QStringLiteral("0.0298"));

        auto [video, videoFigures] =
            imported(QStringLiteral("linkedin"), QStringLiteral("7309999999999999999"));
        QCOMPARE(videoFigures.views, 340);
        QCOMPARE(videoFigures.follows, -1);
    }

    // The Apache POI and LibreOffice workbooks through the whole import: a "Created date"
    // written as a date number, a video's views, a negative follows count, the long title.
    void linkedInWorkbookFromOtherWriters_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("apache poi") << QStringLiteral("linkedin_poi.xls");
        QTest::newRow("libreoffice") << QStringLiteral("linkedin_libreoffice.xls");
    }

    void linkedInWorkbookFromOtherWriters()
    {
        QFETCH(QString, file);
        auto done = MetricImporter(*m_db).run(fixture(file), options(), ImportMode::Commit);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->sheetName, QStringLiteral("All posts"));
        QCOMPARE(done->created, 48);
        auto [dated, datedFigures] =
            imported(QStringLiteral("linkedin"), QStringLiteral("7280000000002000006"));
        QCOMPARE(dated.scheduledAt, QDateTime(QDate(2025, 1, 8), QTime(0, 0), Qt::UTC));
        QVERIFY(dated.body.startsWith(QStringLiteral("Post 3: our spelt loaf of the week\nCafé")));
        QCOMPARE(datedFigures.impressions, 1174);
        QCOMPARE(datedFigures.clicks, 11);
        QCOMPARE(datedFigures.reactions, 22);
        QCOMPARE(datedFigures.comments, 2);
        QCOMPARE(datedFigures.shares, 2);
        QCOMPARE(datedFigures.follows, 2);
        QCOMPARE(datedFigures.sourceLine, 5);
        auto [video, videoFigures] =
            imported(QStringLiteral("linkedin"), QStringLiteral("7280000000003000009"));
        QCOMPARE(video.scheduledAt, QDateTime(QDate(2025, 1, 9), QTime(0, 0), Qt::UTC));
        QCOMPARE(videoFigures.views, 327);
        auto [unfollowed, unfollowedFigures] =
            imported(QStringLiteral("linkedin"), QStringLiteral("7280000000009000027"));
        QCOMPARE(unfollowedFigures.follows, -1);
        auto [longest, longestFigures] =
            imported(QStringLiteral("linkedin"), QStringLiteral("7280000000017000051"));
        QVERIFY(longest.body.size() >= 2900);
    }

    void latin1RefusedUnlessConfirmed()
    {
        MetricImporter importer(*m_db);
        auto refused =
            importer.run(fixture(QStringLiteral("latin1.csv")), options(), ImportMode::Commit);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("line 2")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("not UTF-8")));
        QVERIFY(refused.error().message.contains(QStringLiteral("Windows-1252")));
        QCOMPARE(count(QStringLiteral("posts")), 0);
        QCOMPARE(count(QStringLiteral("metric_imports")), 0);

        MetricImportOptions confirmed = options();
        confirmed.encoding = TextEncoding::Windows1252;
        auto done =
            importer.run(fixture(QStringLiteral("latin1.csv")), confirmed, ImportMode::Commit);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        auto [post, figures] =
            imported(QStringLiteral("facebook"), QStringLiteral("613168031534769_5566"));
        QCOMPARE(post.body, QStringLiteral("Café crème and crêpes"));
    }

    void unreadableFileChangesNothing()
    {
        MetricImporter importer(*m_db);
        auto done = importer.run(fixture(QStringLiteral("broken_quote.csv")), options(),
                                 ImportMode::Commit);
        QVERIFY(!done);
        QVERIFY2(done.error().message.contains(QStringLiteral("broken_quote.csv")),
                 qPrintable(done.error().message));
        QVERIFY(done.error().message.contains(QStringLiteral("line 3")));
        QCOMPARE(count(QStringLiteral("posts")), 0);
        QCOMPARE(count(QStringLiteral("metric_snapshots")), 0);
        QCOMPARE(count(QStringLiteral("metric_imports")), 0);

        auto missing = importer.run(fixture(QStringLiteral("no_such_file.csv")), options(),
                                    ImportMode::Commit);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("no_such_file.csv")));
    }

    // Files the fuzzer (tests/fuzz) found mishandled: each is refused with a clear error that
    // names the file, and nothing is written.
    void fuzzFindingsAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("messagePart");
        // FreeXL read these; Hearth's own reader now refuses four of them sooner, because
        // their compound file's allocation tables are themselves broken (libgsf says so).
        // A directory entry stating a 34078-byte name made FreeXL 1.0.6 read far past its
        // 64-byte field (an ASan stack-buffer-underflow in freexl_open).
        QTest::newRow("xls directory entry with a 34078-byte name")
            << QStringLiteral("fuzz_xls_long_directory_name.xls")
            << QStringLiteral("compound-file structure");
        // Text cells announcing more characters than their record holds (64261 and 65535)
        // made FreeXL copy up to 128 KiB out of a smaller heap buffer (an ASan
        // heap-buffer-overflow in freexl_open).
        QTest::newRow("xls text cell longer than its record")
            << QStringLiteral("fuzz_xls_label_longer_than_record.xls")
            << QStringLiteral("compound-file structure");
        QTest::newRow("xls text cell of 65535 characters in a short record")
            << QStringLiteral("fuzz_xls_label_65535_characters.xls")
            << QStringLiteral("does not fit its data");
        // The same copy from a text cell whose record runs past the end of the workbook
        // stream; the check had stopped at such a record (CI's fixed-seed run of fuzz_xls).
        QTest::newRow("xls text cell cut off by the end of the stream")
            << QStringLiteral("fuzz_xls_text_cell_cut_by_stream_end.xls")
            << QStringLiteral("compound-file structure");
        // A sheet's second DIMENSION record stating 589824 rows by 25600 columns: FreeXL refused
        // the size but kept it with the first DIMENSION's small cell array, and its clean-up
        // walked past that array calling free() on what it found (an ASan bad-free of a stack
        // address in freexl_open).
        QTest::newRow("xls sheet with a second, oversized dimension")
            << QStringLiteral("fuzz_xls_second_dimension_too_large.xls")
            << QStringLiteral("more cells than any Excel sheet can hold");
        // A sheet's second DIMENSION record of 0 bytes: FreeXL read the sizes out of the record
        // before it (115 million cells), with the same bad free in its clean-up.
        QTest::newRow("xls sheet with an empty second dimension record")
            << QStringLiteral("fuzz_xls_dimension_record_too_short.xls")
            << QStringLiteral("does not fit its data");
        // The first finding again, made by hand with the workbook in the compound file's mini
        // stream, where a workbook under 4096 bytes lives: FreeXL reads it from there too.
        QTest::newRow("xls oversized dimension in a mini-stream workbook")
            << QStringLiteral("xls_mini_stream_second_dimension_too_large.xls")
            << QStringLiteral("more cells than any Excel sheet can hold");
        // A sheet stating 65535 columns by 4 rows: within FreeXL's own cell limit, but no .xls
        // sheet has more than 256 columns, and reading the quarter of a million empty cells
        // took seconds per file (a slow unit of the fuzzer).
        QTest::newRow("xls sheet of 65535 columns")
            << QStringLiteral("fuzz_xls_sheet_65535_columns.xls")
            << QStringLiteral("more cells than any Excel sheet can hold");
        // A workbook whose sector chain leaves the file after eight sectors, with a text cell
        // announcing 65535 characters in a 37-byte record before the break: FreeXL parsed the
        // sectors it could read and copied 128 KiB out of a 64 KiB buffer (an ASan
        // heap-buffer-overflow in freexl_open); the check had given up on the broken chain.
        QTest::newRow("xls text cell before a broken sector chain")
            << QStringLiteral("fuzz_xls_label_in_workbook_whose_chain_leaves_file.xls")
            << QStringLiteral("compound-file structure");
    }

    void fuzzFindingsAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, messagePart);
        MetricImporter importer(*m_db);
        auto done = importer.run(fixture(file), options(), ImportMode::Commit);
        QVERIFY(!done);
        QVERIFY2(done.error().message.contains(file) && done.error().message.contains(messagePart),
                 qPrintable(done.error().message));
        QCOMPARE(count(QStringLiteral("posts")), 0);
        QCOMPARE(count(QStringLiteral("metric_snapshots")), 0);
        QCOMPARE(count(QStringLiteral("metric_imports")), 0);
    }

    void unknownLayoutNeedsMapping()
    {
        MetricImporter importer(*m_db);
        auto previewed = importer.preview(fixture(QStringLiteral("unknown_layout.csv")), options());
        QVERIFY2(previewed, qPrintable(previewed ? QString() : previewed.error().message));
        QCOMPARE(toString(previewed->format), QStringLiteral("generic"));
        QVERIFY(previewed->needsMapping);
        QCOMPARE(previewed->headers, (QStringList{QStringLiteral("when"), QStringLiteral("what"),
                                                  QStringLiteral("hearts")}));

        auto wrongSource = importer.preview(fixture(QStringLiteral("x_content.csv")),
                                            options(MetricSource::YouTube));
        QVERIFY(!wrongSource);
        QVERIFY(wrongSource.error().message.contains(QStringLiteral("youtube")));
    }

    void genericMappingIsRemembered()
    {
        QFile mappingFile(fixture(QStringLiteral("generic_mastodon.mapping.json")));
        QVERIFY(mappingFile.open(QIODevice::ReadOnly));
        auto mapping =
            MetricColumnMapping::fromJson(QJsonDocument::fromJson(mappingFile.readAll()).object());
        QVERIFY2(mapping, qPrintable(mapping ? QString() : mapping.error().message));

        MetricImporter importer(*m_db);
        MetricImportOptions chosen = options(MetricSource::Generic);
        chosen.mapping = *mapping;
        auto done = importer.run(fixture(QStringLiteral("generic_mastodon.csv")), chosen,
                                 ImportMode::Commit);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(toString(done->format), QStringLiteral("generic"));
        QCOMPARE(done->created, 2);
        auto [post, figures] =
            imported(QStringLiteral("mastodon"), QStringLiteral("113998877665544332"));
        QCOMPARE(post.scheduledAt, QDateTime(QDate(2025, 3, 2), QTime(10, 0), Qt::UTC));
        QCOMPARE(figures.reactions, 14);
        QCOMPARE(figures.shares, 6);
        QCOMPARE(figures.comments, 3);
        auto [other, otherFigures] =
            imported(QStringLiteral("mastodon"), QStringLiteral("113998877665544999"));
        QVERIFY(!otherFigures.comments);

        // The next file with the same header layout needs no mapping.
        auto remembered =
            importer.preview(fixture(QStringLiteral("generic_mastodon.csv")), options());
        QVERIFY2(remembered, qPrintable(remembered ? QString() : remembered.error().message));
        QVERIFY(!remembered->needsMapping);
        QCOMPARE(toString(remembered->format), QStringLiteral("generic"));
        QCOMPARE(remembered->matched, 2);
        QCOMPARE(remembered->unchanged, 2);
    }

    void largeFilesAreWrittenInBatches()
    {
        // More rows than one write batch, so full batches, the rest and updates mix.
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.csv"));
        const QString second = dir.filePath(QStringLiteral("second.csv"));
        QVERIFY(hearth::test::writeInstagramExport(first, 40));
        QVERIFY(hearth::test::writeInstagramExport(second, 150, 20));
        MetricImporter importer(*m_db);
        auto done = importer.run(first, options(), ImportMode::Commit);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->created, 40);

        auto again = importer.run(second, options(), ImportMode::Commit);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->rows, 150);
        QCOMPARE(again->created, 110);
        QCOMPARE(again->updated, 20);
        QCOMPARE(again->unchanged, 20);
        QVERIFY(again->skipped.isEmpty());
        QCOMPARE(count(QStringLiteral("posts")), 150);
        QCOMPARE(count(QStringLiteral("metric_snapshots")), 40 + 20 + 110);
        QCOMPARE(count(QStringLiteral("metric_raw_layouts")), 1);
        // Every snapshot sits on the post of its row: same id, same line, same cells.
        const QString s = QStringLiteral("s");
        QCOMPARE(count(QStringLiteral(
                           "metric_snapshots s JOIN post_networks pn ON pn.post_id = s.post_id AND "
                           "pn.network_id = s.network_id WHERE %1 = pn.external_id AND "
                           "s.source_line = 2 + 2 * ((CAST(pn.external_id AS bigint) - "
                           "17841400000000000) / 7919) AND %2 = CAST(s.views AS TEXT)")
                           .arg(rawCell(s, 0), rawCell(s, 11))),
                 170);
        QCOMPARE(count(QStringLiteral("metric_snapshots s WHERE %1 AND reach IS NULL")
                           .arg(rawCellIsNull(s, 16))),
                 8 + 4 + 22);
        auto [post, figures] =
            imported(QStringLiteral("instagram"), QString::number(17841400000000000LL + 7919LL));
        QCOMPARE(post.body, QStringLiteral("Post 1: \"good\" bread\nline two"));
        QCOMPARE(figures.reactions, 12);
        QCOMPARE(figures.rawValues.at(4).value, post.body);
        QVERIFY(figures.rawValues.at(9).value.isNull());

        QCOMPARE(*m_db->integrityProblems(), QStringList());
        QVERIFY(m_db->foreignKeysEnforced());

        // The same file again changes nothing.
        auto third = importer.run(second, options(), ImportMode::Commit);
        QVERIFY(third);
        QVERIFY(third->alreadyImported);
        QCOMPARE(third->unchanged, 150);
        QCOMPARE(count(QStringLiteral("posts")), 150);
        QCOMPARE(count(QStringLiteral("metric_snapshots")), 170);
        QCOMPARE(count(QStringLiteral("metric_imports")), 2);
    }

    void jsonShape()
    {
        MetricImporter importer(*m_db);
        auto previewed = importer.preview(fixture(QStringLiteral("youtube.csv")), options());
        QVERIFY(previewed);
        const QJsonObject json = previewed->toJson();
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("created"), QStringLiteral("format"),
                                           QStringLiteral("matched"), QStringLiteral("rows"),
                                           QStringLiteral("skipped"), QStringLiteral("unchanged"),
                                           QStringLiteral("updated"), QStringLiteral("warnings")}));
        QCOMPARE(json.value(QStringLiteral("skipped"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("line"))
                     .toInt(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestMetricImport)
#include "tst_metricimport.moc"
