// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Analytics exports saved as .xlsx (by XlsxWriter and LibreOffice) and YouTube Studio's .zip
// download, through the whole import: format, counts, figures, times, and a second import that
// changes nothing.
#include "common/clock.h"
#include "listen/metricimporter.h"
#include "storage/database.h"
#include "support/metricimportsupport.h"
#include "support/testdatabase.h"
#include "support/zipwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(HEARTH_TEST_DATA_DIR "/metrics/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestMetricImportArchives final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2025, 3, 20), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_dir;

    MetricImportOptions options() const
    {
        MetricImportOptions result;
        result.timeZone = QTimeZone(QByteArrayLiteral("America/New_York"));
        result.capturedAt = QDateTime(QDate(2025, 3, 16), QTime(8, 0), Qt::UTC);
        return result;
    }
    qint64 count(const QString &table) const
    {
        return m_db->scalar(QStringLiteral("SELECT count(*) FROM ") + table)->toLongLong();
    }
    std::pair<Post, MetricSnapshot> imported(const QString &network,
                                             const QString &externalId) const
    {
        return hearth::test::importedPost(*m_db, network, externalId);
    }
    Result<MetricImportPreview> importFile(const QString &path)
    {
        return MetricImporter(*m_db).run(path, options(), ImportMode::Commit);
    }

private slots:
    void init()
    {
        auto opened = testing::openTestDatabase(m_clock);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_db = std::move(*opened);
    }
    void cleanup() { m_db.reset(); }

    void importsArchives_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("created");
        QTest::addColumn<QList<qint64>>("skippedLines");
        QTest::addColumn<QString>("warning");
        QTest::newRow("LinkedIn .xlsx by XlsxWriter")
            << QStringLiteral("xlsxwriter_linkedin.xlsx") << QStringLiteral("linkedin")
            << QStringLiteral("All posts") << 3 << 3 << QList<qint64>{}
            << QStringLiteral("\"Metrics\" holds totals per day");
        QTest::newRow("Meta Facebook .xlsx by LibreOffice, a notes sheet after it")
            << QStringLiteral("libreoffice_meta_facebook.xlsx") << QStringLiteral("meta-facebook")
            << QStringLiteral("Content") << 3 << 3 << QList<qint64>{}
            << QStringLiteral("\"Notes\" was not imported");
        QTest::newRow("Meta Instagram .xlsx by LibreOffice, 1904 dates")
            << QStringLiteral("libreoffice_meta_instagram_1904.xlsx")
            << QStringLiteral("meta-instagram") << QStringLiteral("Instagram") << 2 << 2
            << QList<qint64>{} << QString();
        QTest::newRow("YouTube Studio .zip, Total row")
            << QStringLiteral("youtube_studio.zip") << QStringLiteral("youtube") << QString() << 4
            << 3 << QList<qint64>{2} << QStringLiteral("Read \"Table data.csv\" from the .zip");
    }
    void importsArchives()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, sheet);
        QFETCH(int, rows);
        QFETCH(int, created);
        QFETCH(QList<qint64>, skippedLines);
        QFETCH(QString, warning);
        MetricImporter importer(*m_db);
        auto previewed = importer.preview(fixture(file), options());
        QVERIFY2(previewed, qPrintable(previewed ? QString() : previewed.error().message));
        QCOMPARE(toString(previewed->format), format);
        QCOMPARE(previewed->sheetName, sheet);
        QCOMPARE(previewed->rows, rows);
        QCOMPARE(previewed->created, created);
        QList<qint64> lines;
        for (const ImportSkip &skip : previewed->skipped)
            lines << skip.line;
        QCOMPARE(lines, skippedLines);
        const QString warnings = previewed->warnings.join(u'\n');
        QVERIFY2(warnings.contains(warning), qPrintable(warnings));
        QCOMPARE(count(QStringLiteral("posts")), 0);

        auto committed = importer.commit(*previewed, options());
        QVERIFY2(committed, qPrintable(committed ? QString() : committed.error().message));
        QCOMPARE(committed->created, created);
        QCOMPARE(count(QStringLiteral("metric_snapshots")), created);
        auto again = importer.run(fixture(file), options(), ImportMode::Commit);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QVERIFY(again->alreadyImported);
        QCOMPARE(again->created, 0);
        QCOMPARE(count(QStringLiteral("metric_snapshots")), created);
    }

    void linkedInXlsxFigures()
    {
        auto done = importFile(fixture(QStringLiteral("xlsxwriter_linkedin.xlsx")));
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        auto [text, textFigures] =
            imported(QStringLiteral("linkedin"), QStringLiteral("7301234567890123456"));
        // Created date as text, as LinkedIn writes it.
        QCOMPARE(text.scheduledAt, QDateTime(QDate(2025, 3, 4), QTime(0, 0), Qt::UTC));
        QCOMPARE(text.body,
                 QStringLiteral("We are hiring a morning baker – join our team! 🥖"));
        QCOMPARE(textFigures.impressions, 2950);
        QCOMPARE(textFigures.clicks, 88);
        QCOMPARE(textFigures.reactions, 61);
        QCOMPARE(textFigures.sourceLine, 3);
        QCOMPARE(textFigures.rawValues.at(13).value, QStringLiteral("0.0298"));
        // Created date as a date number.
        auto [number, numberFigures] =
            imported(QStringLiteral("linkedin"), QStringLiteral("7309999999999999999"));
        QCOMPARE(number.scheduledAt, QDateTime(QDate(2025, 3, 11), QTime(0, 0), Qt::UTC));
        QCOMPARE(numberFigures.views, 340);
        QCOMPARE(numberFigures.follows, 3);
        QCOMPARE(numberFigures.sourceLine, 4);
    }

    void metaXlsxFigures()
    {
        auto facebook = importFile(fixture(QStringLiteral("libreoffice_meta_facebook.xlsx")));
        QVERIFY2(facebook, qPrintable(facebook ? QString() : facebook.error().message));
        auto [photo, photoFigures] = imported(QStringLiteral("facebook"),
                                              QStringLiteral("613168031534769_1122334455667788"));
        // A date number in New York summer time; the multi-line text kept.
        QCOMPARE(photo.scheduledAt, QDateTime(QDate(2025, 3, 14), QTime(13, 30), Qt::UTC));
        QVERIFY(photo.body.contains(QStringLiteral("\nCome by before noon!\n")));
        QCOMPARE(photoFigures.reach, 1204);
        QCOMPARE(photoFigures.comments, 14);
        QCOMPARE(photoFigures.shares, 12);
        // The publish time as text, in winter time.
        auto [text, textFigures] = imported(QStringLiteral("facebook"),
                                            QStringLiteral("613168031534769_2233445566778899"));
        QCOMPARE(text.scheduledAt, QDateTime(QDate(2025, 2, 3), QTime(23, 5), Qt::UTC));
        QVERIFY(!textFigures.reach);

        auto instagram =
            importFile(fixture(QStringLiteral("libreoffice_meta_instagram_1904.xlsx")));
        QVERIFY2(instagram, qPrintable(instagram ? QString() : instagram.error().message));
        auto [image, imageFigures] =
            imported(QStringLiteral("instagram"), QStringLiteral("18045612345678901"));
        QCOMPARE(image.scheduledAt, QDateTime(QDate(2025, 3, 10), QTime(12, 15), Qt::UTC));
        QCOMPARE(imageFigures.reach, 1900);
        QCOMPARE(imageFigures.saves, 31);
        QCOMPARE(imageFigures.follows, 4);
    }

    void youTubeZipFiguresAndFolders()
    {
        // YouTube's own layout, then the same CSV two folders down with its name re-cased.
        auto done = importFile(fixture(QStringLiteral("youtube_studio.zip")));
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        auto [post, figures] = imported(QStringLiteral("youtube"), QStringLiteral("abc123XYZ_0"));
        QCOMPARE(post.title, QStringLiteral("Sourdough 101"));
        QCOMPARE(figures.views, 5400);
        QCOMPARE(figures.follows, -2);
        QCOMPARE(figures.impressions, 40000);

        const QString csv = QStringLiteral(HEARTH_TEST_DATA_DIR "/metrics/youtube.csv");
        const QString nested = m_dir.filePath(QStringLiteral("nested.zip"));
        QVERIFY(hearth::test::writeZip(
            nested, {{QStringLiteral("Content 2025/Channel/TABLE DATA.CSV"), readAll(csv)},
                     {QStringLiteral("Content 2025/Channel/Totals.csv"), QByteArray("Date\n")}}));
        auto preview = MetricImporter(*m_db).preview(nested, options());
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        QCOMPARE(toString(preview->format), QStringLiteral("youtube"));
        QCOMPARE(preview->rows, 4);
        QCOMPARE(preview->unchanged, 3);
    }

    void zipsWithoutAnExportAreExplained_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("expected");
        QTest::newRow("other CSV files")
            << QStringLiteral("Chart data.csv")
            << QStringLiteral("contains no 'Table data.csv'; YouTube Studio's download has it");
        QTest::newRow("an OpenDocument spreadsheet")
            << QStringLiteral("content.xml") << QStringLiteral("OpenDocument spreadsheet");
    }
    void zipsWithoutAnExportAreExplained()
    {
        QFETCH(QString, entry);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("other.zip"));
        QVERIFY(hearth::test::writeZip(path, {{entry, QByteArray("Date,Views\n")}}));
        auto refused = importFile(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(path), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.error().message));
        QCOMPARE(count(QStringLiteral("metric_imports")), 0);
    }
};

QTEST_GUILESS_MAIN(TestMetricImportArchives)
#include "tst_metricimportarchives.moc"
