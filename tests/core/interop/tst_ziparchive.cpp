// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Zip archives: entries listed and read; every cap (entries, sizes, ratio, stated vs real size),
// damage and encryption refused with a message naming the archive and the cause.
#include "interop/ziparchive.h"
#include "support/zipwriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;
using hearth::test::ZipEntry;

namespace {

QString hostile(const char *name)
{
    return QStringLiteral(HEARTH_TEST_DATA_DIR "/hostile/") + QString::fromLatin1(name);
}

} // namespace

class TestZipArchive final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString written(const QList<ZipEntry> &entries, const char *password = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("archive.zip"));
        return hearth::test::writeZip(path, entries, password) ? path : QString();
    }

private slots:
    void readsEntries()
    {
        const QByteArray csv = "Content,Views\nabc,1\n";
        const QString path = written({{QStringLiteral("Export 2025/Sub/TABLE DATA.csv"), csv},
                                      {QStringLiteral("Totals.csv"), QByteArray("Date\n")}});
        QVERIFY(!path.isEmpty());
        auto archive = ZipArchive::open(path);
        QVERIFY2(archive, qPrintable(archive ? QString() : archive.error().message));
        QCOMPARE(archive->entries().size(), 2);
        QCOMPARE(archive->find(QStringLiteral("Totals.csv")), std::optional<qsizetype>(1));
        QCOMPARE(archive->find(QStringLiteral("totals.csv")), std::nullopt);
        const auto table = archive->findFileAnywhere(QStringLiteral("Table data.csv"));
        QCOMPARE(table, std::optional<qsizetype>(0));
        auto bytes = archive->read(*table);
        QVERIFY(bytes);
        QCOMPARE(*bytes, csv);
        QVERIFY(!archive->read(2));
        QVERIFY(ZipArchive::looksLikeZip(QByteArray("PK\x03\x04", 4)));
        QVERIFY(!ZipArchive::looksLikeZip(QByteArray("Content,Views")));
    }

    void emptyArchiveHasNoEntries()
    {
        QByteArray empty("PK\x05\x06", 4);
        empty.append(18, '\0');
        auto archive = ZipArchive::fromBytes(empty, QStringLiteral("empty.zip"));
        QVERIFY2(archive, qPrintable(archive ? QString() : archive.error().message));
        QVERIFY(archive->entries().isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QList<ZipEntry>>("entries");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("limit"); // which cap is lowered: see refusals()
        QTest::addColumn<bool>("failsOnOpen");
        QTest::addColumn<QString>("expected");
        const QByteArray kilobyte(1024, 'x');
        QList<ZipEntry> five;
        for (int i = 0; i < 5; ++i)
            five << ZipEntry{QStringLiteral("f%1.csv").arg(i), kilobyte};
        QTest::newRow("more entries than the cap")
            << five << QString() << 1 << true << QStringLiteral("holds 5 files");
        QTest::newRow("stated total over the cap")
            << five << QString() << 2 << true << QStringLiteral("unpacks to more than");
        QTest::newRow("one entry over the entry cap")
            << five << QString() << 3 << false
            << QStringLiteral("\"f0.csv\" inside the archive "
                              "unpacks to");
        QTest::newRow("ratio of a bomb")
            << QList<ZipEntry>{{QStringLiteral("zeros.csv"), QByteArray(400'000, ' ')}} << QString()
            << 4 << false << QStringLiteral("looks like a zip bomb");
        QTest::newRow("bytes read over the total cap")
            << five << QString() << 5 << false << QStringLiteral("would unpack more than");
        QTest::newRow("zip bomb fixture (20 MB of spaces in a sheet)")
            << QList<ZipEntry>{} << hostile("z_zip_bomb.xlsx") << 0 << false
            << QStringLiteral("looks like a zip bomb");
        QTest::newRow("entry unpacking to more than it states")
            << QList<ZipEntry>{} << hostile("z_size_lies.zip") << 0 << false
            << QStringLiteral("more than the 10 bytes");
        QTest::newRow("truncated archive") << QList<ZipEntry>{} << hostile("z_truncated.xlsx") << 0
                                           << true << QStringLiteral("damaged");
        QTest::newRow("not a zip at all") << QList<ZipEntry>{} << hostile("m_html_page.csv") << 0
                                          << true << QStringLiteral("not a zip archive");
    }
    void refusals()
    {
        QFETCH(QList<ZipEntry>, entries);
        QFETCH(QString, fixture);
        QFETCH(int, limit);
        QFETCH(bool, failsOnOpen);
        QFETCH(QString, expected);
        const QString path = fixture.isEmpty() ? written(entries) : fixture;
        QVERIFY(!path.isEmpty());
        ZipArchive::Limits limits;
        switch (limit) {
        case 1:
            limits.maxEntries = 4;
            break;
        case 2:
            limits.maxTotalBytes = 4000;
            break;
        case 3:
            limits.maxEntryBytes = 1000;
            break;
        case 4:
            limits.ratioFreeBytes = 100'000;
            break;
        case 5:
            limits.maxTotalBytes = 5 * 1024;
            break;
        default:
            break;
        }
        auto archive = ZipArchive::open(path, limits);
        QString message;
        if (!archive) {
            QVERIFY(failsOnOpen);
            message = archive.error().message;
        } else {
            QVERIFY2(!failsOnOpen, "the archive opened");
            // Read every entry; the sheet of the bomb fixture is where the cap bites.
            if (limit == 5) {
                for (qsizetype i = 0; i < 4; ++i)
                    QVERIFY(archive->read(i));
            }
            for (qsizetype i = 0; i < archive->entries().size() && message.isEmpty(); ++i) {
                auto bytes = archive->read(i);
                if (!bytes)
                    message = bytes.error().message;
            }
        }
        QVERIFY2(message.startsWith(path), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void encryptedEntryIsRefused()
    {
        const QString path =
            written({{QStringLiteral("Table data.csv"), QByteArray("Content\nabc\n")}}, "secret");
        if (path.isEmpty())
            QSKIP("this libzip cannot write AES-encrypted entries");
        auto archive = ZipArchive::open(path);
        QVERIFY(archive);
        QVERIFY(archive->entries().constFirst().encrypted);
        auto bytes = archive->read(0);
        QVERIFY(!bytes);
        QVERIFY2(bytes.error().message.contains(QStringLiteral("encrypted")),
                 qPrintable(bytes.error().message));
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
