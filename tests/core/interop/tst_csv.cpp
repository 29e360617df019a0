// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/csv.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace hearth::core;
using namespace Qt::StringLiterals;

namespace {

struct Parsed
{
    QList<QStringList> records;
    QList<qint64> lines;
    QString error;
    qint64 errorLine = 0;
};

Parsed parse(const QByteArray &bytes, CsvReader::Limits limits = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, u',', limits);
    Parsed parsed;
    CsvRecord record;
    while (reader.readNext(record)) {
        parsed.records << record.fields;
        parsed.lines << record.line;
    }
    parsed.error = reader.errorString();
    parsed.errorLine = reader.errorLine();
    return parsed;
}

} // namespace

// RFC 4180 reading and writing, including the quirks of real exports.
class TestCsv final : public QObject
{
    Q_OBJECT

private slots:
    void readsRecords_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("expected");
        QTest::addColumn<QList<qint64>>("lines");

        QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n")
                                  << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                                  << QList<qint64>{1, 2};
        QTest::newRow("CRLF, no final newline")
            << QByteArray("a,b\r\n1,2") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
            << QList<qint64>{1, 2};
        QTest::newRow("BOM is dropped")
            << QByteArray("\xEF\xBB\xBF\"Post ID\",Reach\n1,2\n")
            << QList<QStringList>{{u"Post ID"_s, u"Reach"_s}, {u"1"_s, u"2"_s}}
            << QList<qint64>{1, 2};
        QTest::newRow("quoted comma and doubled quote")
            << QByteArray("\"a,b\",\"say \"\"hi\"\"\"\n")
            << QList<QStringList>{{u"a,b"_s, u"say \"hi\""_s}} << QList<qint64>{1};
        QTest::newRow("multi-line field keeps line numbers")
            << QByteArray("id,text\n1,\"first\nsecond\r\nthird\"\n2,x\n")
            << QList<QStringList>{{u"id"_s, u"text"_s},
                                  {u"1"_s, u"first\nsecond\r\nthird"_s},
                                  {u"2"_s, u"x"_s}}
            << QList<qint64>{1, 2, 5};
        QTest::newRow("empty fields")
            << QByteArray(",,\n") << QList<QStringList>{{QString(), QString(), QString()}}
            << QList<qint64>{1};
        QTest::newRow("emoji and accents")
            << QByteArray("\"Caf\xC3\xA9 \xF0\x9F\x8E\x89\",1\n")
            << QList<QStringList>{{u"Café 🎉"_s, u"1"_s}} << QList<qint64>{1};
        QTest::newRow("quote inside unquoted field is literal")
            << QByteArray("5\" screen,2\n") << QList<QStringList>{{u"5\" screen"_s, u"2"_s}}
            << QList<qint64>{1};
        QTest::newRow("text after a closing quote joins the field")
            << QByteArray("\"ab\"cd,\"x\"\"y\"\"\"z\n")
            << QList<QStringList>{{u"abcd"_s, u"x\"y\"z"_s}} << QList<qint64>{1};
        QTest::newRow("long plain runs around quotes and delimiters")
            << QByteArray("alpha beta gamma,\"delta, epsilon\nzeta\",eta \"theta\"\n")
            << QList<QStringList>{{u"alpha beta gamma"_s, u"delta, epsilon\nzeta"_s,
                                   u"eta \"theta\""_s}}
            << QList<qint64>{1};
        QTest::newRow("old Mac CR line ends")
            << QByteArray("a\rb\r") << QList<QStringList>{{u"a"_s}, {u"b"_s}}
            << QList<qint64>{1, 2};
    }

    void readsRecords()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, expected);
        QFETCH(QList<qint64>, lines);
        const Parsed parsed = parse(input);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.records, expected);
        QCOMPARE(parsed.lines, lines);
    }

    // The reader writes each record into the strings of the one before where no one else holds
    // them; text a caller kept from an earlier record must stay as it was.
    void reusedRecordKeepsEarlierText_data() { readsRecords_data(); }
    void reusedRecordKeepsEarlierText()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, expected);
        QBuffer buffer;
        buffer.setData(input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        CsvRecord record;
        QList<QStringList> records;
        QStringList keptFirstFields;
        while (reader.readNext(record)) {
            QStringList copy;
            for (const QString &field : std::as_const(record.fields)) {
                QVERIFY2(!field.isEmpty() || field.isNull(), "an empty field is a null string");
                // A deep copy: the record's own list and strings stay unshared.
                copy << QString(field.constData(), field.size());
            }
            records << copy;
            keptFirstFields << record.fields.value(0);
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(records, expected);
        QCOMPARE(keptFirstFields.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(keptFirstFields.at(i), expected.at(i).value(0));
    }

    void readsAcrossChunkBoundaries()
    {
        // A multi-byte character and a quoted field straddle the 64 KiB read chunks.
        QByteArray input = "text\n";
        QStringList expected{u"text"_s};
        for (int i = 0; i < 20000; ++i) {
            input += "\"\xC3\xA9t\xC3\xA9, \xF0\x9F\x94\xA5\"\n";
            expected << u"été, 🔥"_s;
        }
        const Parsed parsed = parse(input);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.records.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(parsed.records.at(i).first(), expected.at(i));
    }

    void reportsErrors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"never ends\n2,3\n") << qint64(2)
                                            << QStringLiteral("never ends");
        QTest::newRow("Latin-1 bytes")
            << QByteArray("name\nok\nCaf\xE9\n") << qint64(3) << QStringLiteral("not UTF-8");
        QTest::newRow("binary data")
            << QByteArray("PK\x03\x04\0\0\0binary", 14) << qint64(1) << QStringLiteral("binary");
    }

    void reportsErrors()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, line);
        QFETCH(QString, messagePart);
        const Parsed parsed = parse(input);
        QVERIFY(!parsed.error.isEmpty());
        QVERIFY2(parsed.error.contains(messagePart), qPrintable(parsed.error));
        QCOMPARE(parsed.errorLine, line);
        QVERIFY(parsed.error.contains(QStringLiteral("line %1").arg(line)));
    }

    void enforcesLimits()
    {
        CsvReader::Limits limits;
        limits.maxFields = 5;
        limits.maxFieldChars = 10;
        QVERIFY(parse("1,2,3,4,5,6\n", limits).error.contains(QStringLiteral("columns")));
        QVERIFY(parse("12345678901234567890\n", limits).error.contains(QStringLiteral("longer")));
    }

    void fieldLengthLimitIsExact_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("fails");
        // The limit is 10: a field may reach 11 characters only as the very last of the data.
        QTest::newRow("at the limit") << QByteArray("1234567890\n") << false;
        QTest::newRow("one over, then a line end") << QByteArray("12345678901\n") << true;
        QTest::newRow("one over at the end of the data") << QByteArray("12345678901") << false;
        QTest::newRow("one over, quoted") << QByteArray("\"12345678901\",2\n") << true;
        QTest::newRow("at the limit, quoted") << QByteArray("\"1234567890\",2\n") << false;
    }
    void fieldLengthLimitIsExact()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, fails);
        CsvReader::Limits limits;
        limits.maxFieldChars = 10;
        const Parsed parsed = parse(input, limits);
        QCOMPARE(parsed.error.contains(QStringLiteral("longer")), fails);
    }

    void encodesFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("plain") << u"hello"_s << u"hello"_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("formula =") << u"=SUM(A1:A9)"_s << u"'=SUM(A1:A9)"_s;
        QTest::newRow("formula +") << u"+1+2"_s << u"'+1+2"_s;
        QTest::newRow("formula -") << u"-2+3+cmd|' /C calc'!A0"_s << u"'-2+3+cmd|' /C calc'!A0"_s;
        QTest::newRow("formula @") << u"@SUM(1)"_s << u"'@SUM(1)"_s;
        QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
        QTest::newRow("formula with comma is quoted too") << u"=1,2"_s << u"\"'=1,2\""_s;
        QTest::newRow("negative number stays") << u"-12"_s << u"-12"_s;
        QTest::newRow("decimal stays") << u"+3.5"_s << u"+3.5"_s;
        QTest::newRow("leading zero-width no-break space")
            << u"\uFEFFts o"_s << u"\"\uFEFFts o\""_s;
    }

    void encodesFields()
    {
        QFETCH(QString, field);
        QFETCH(QString, encoded);
        QCOMPARE(CsvWriter::encodeField(field, FormulaGuard::Neutralise), encoded);
    }

    void writeThenReadGivesSameRows()
    {
        const QList<QStringList> rows{{u"id"_s, u"text"_s},
                                      {u"1"_s, u"Line one\nline \"two\", with comma"_s},
                                      {u"2"_s, u"Émoji 🎉; semi"_s},
                                      {u"3"_s, QString()}};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, FormulaGuard::Keep);
        writer.writeBom();
        for (const QStringList &row : rows)
            writer.writeRecord(row);
        QVERIFY(!writer.hasError());
        QVERIFY(buffer.data().contains("\r\n"));
        QCOMPARE(parse(buffer.data()).records, rows);
    }

    // Inputs the fuzzer (tests/fuzz/fuzz_csv) found: what is read, written and read again must
    // give the same records.
    void fuzzFindingsRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        // A quoted first field starting with U+FEFF was written unquoted, and the second reader
        // dropped it as a byte order mark.
        QTest::newRow("U+FEFF at the start of the first field")
            << u"fuzz_bom_inside_first_field.csv"_s;
    }

    void fuzzFindingsRoundTrip()
    {
        QFETCH(QString, file);
        QFile input(QStringLiteral(HEARTH_TEST_DATA_DIR "/csv/") + file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        const Parsed first = parse(input.readAll());
        QVERIFY(!first.records.isEmpty());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, FormulaGuard::Keep);
        for (const QStringList &record : first.records)
            writer.writeRecord(record);
        QCOMPARE(parse(buffer.data()).records, first.records);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
