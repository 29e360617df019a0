// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The rows of an export: the delimiter sniffed from the first line, Windows-1252 text converted
// only when the user chose it, and damaged archives refused.
#include "listen/metricrowsource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

class TestMetricRowSource final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void delimiterIsSniffed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("second");
        QTest::newRow("comma") << QByteArray("a,b;c\n1,2;3\n")
                               << QStringList{QStringLiteral("1"), QStringLiteral("2;3")};
        QTest::newRow("semicolon")
            << QByteArray("a;b;c,d\n1;2;3,4\n")
            << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3,4")};
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n")
                             << QStringList{QStringLiteral("1"), QStringLiteral("2"),
                                            QStringLiteral("3")};
        QTest::newRow("quoted commas")
            << QByteArray("\"a,b,c\";d;e\n1;2;3\n")
            << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    }
    void delimiterIsSniffed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, second);
        const QString path = write(bytes);
        auto opened = openRowSource(path, bytes, TextEncoding::Utf8);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QStringList fields;
        qint64 line = 0;
        QVERIFY(opened->source->next(fields, line));
        QVERIFY(opened->source->next(fields, line));
        QCOMPARE(line, 2);
        QCOMPARE(fields, second);
        QVERIFY(!opened->source->next(fields, line));
        QCOMPARE(opened->source->errorString(), QString());
        QVERIFY(opened->warnings.isEmpty());
    }

    void windows1252IsConvertedWhenChosen()
    {
        const QByteArray bytes("name\nCaf\xE9 \x80\n");
        const QString path = write(bytes);
        auto opened = openRowSource(path, bytes, TextEncoding::Windows1252);
        QVERIFY(opened);
        QCOMPARE(opened->warnings.size(), 1);
        QStringList fields;
        qint64 line = 0;
        QVERIFY(opened->source->next(fields, line));
        QVERIFY(opened->source->next(fields, line));
        QCOMPARE(fields, QStringList{QStringLiteral("Caf\u00e9 \u20ac")});
        QVERIFY(looksLikeWindows1252(bytes));
        QVERIFY(!looksLikeWindows1252(QByteArray("a\x81", 2)));
    }

    void utf8IsKeptWhenWindows1252IsChosen()
    {
        const QByteArray bytes("name\nCaf\xC3\xA9\n");
        const QString path = write(bytes);
        auto opened = openRowSource(path, bytes, TextEncoding::Windows1252);
        QVERIFY(opened);
        QVERIFY(opened->warnings.isEmpty());
        QStringList fields;
        qint64 line = 0;
        QVERIFY(opened->source->next(fields, line));
        QVERIFY(opened->source->next(fields, line));
        QCOMPARE(fields, QStringList{QStringLiteral("Caf\u00e9")});
    }

    // A zip that is no archive: the message says what Hearth reads and how to get there.
    void damagedZipIsRefused()
    {
        const QByteArray bytes("PK\x03\x04rest of a zip", 18);
        const QString path = write(bytes);
        auto opened = openRowSource(path, bytes, TextEncoding::Utf8);
        QVERIFY(!opened);
        QVERIFY(opened.error().kind == ErrorKind::InvalidInput);
        QVERIFY(opened.error().message.contains(QStringLiteral(".xlsx")));
        QVERIFY(opened.error().message.contains(QStringLiteral("CSV")));
        QVERIFY(opened.error().message.startsWith(path));
    }
};

QTEST_GUILESS_MAIN(TestMetricRowSource)
#include "tst_metricrowsource.moc"
