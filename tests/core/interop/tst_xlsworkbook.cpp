// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// XlsWorkbook runs the .xls reader in a child process (hearth-xls-reader): workbooks from our own
// writer, Apache POI and LibreOffice read through it; files it refuses name the real cause; a
// reader that crashes, hangs, fails, is missing or answers garbage gives a clear error naming the
// file, and the import goes on to change nothing. Also the reply format on its own.
#include "common/clock.h"
#include "interop/xlsreply.h"
#include "interop/xlsworkbook.h"
#include "listen/metricimporter.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QElapsedTimer>
#include <QTest>

// GCC says AddressSanitizer one way, clang another.
#if defined(__SANITIZE_ADDRESS__)
#define HEARTH_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HEARTH_TEST_ASAN 1
#endif
#endif
#ifndef HEARTH_TEST_ASAN
#define HEARTH_TEST_ASAN 0
#endif

using namespace hearth::core;
using namespace std::chrono_literals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(HEARTH_TEST_DATA_DIR "/metrics/") + name;
}

QString dataFile(const QString &path)
{
    return QStringLiteral(HEARTH_TEST_DATA_DIR "/") + path;
}

// Sets an environment variable for the life of a scope, then puts back what was there.
class ScopedVariable final
{
public:
    ScopedVariable(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedVariable()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedVariable(const ScopedVariable &) = delete;
    ScopedVariable &operator=(const ScopedVariable &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

XlsBook sampleBook()
{
    XlsBook book;
    book.sheets << XlsSheetData{QStringLiteral("Metrics"),
                                std::nullopt,
                                {{QStringLiteral("Date"), QStringLiteral("Impressions")},
                                 {QStringLiteral("2025-03-04"), QString()}}};
    book.sheets << XlsSheetData{QStringLiteral("All posts"),
                                XlsFailure{XlsFailure::Problem::TooManyCells, 70000, 200, {}},
                                {}};
    book.sheets << XlsSheetData{QString(), std::nullopt, {}};
    return book;
}

} // namespace

class TestXlsWorkbook final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2025, 3, 20), QTime(12, 0), Qt::UTC)};

private slots:
    void cleanup()
    {
        XlsWorkbook::setReaderTimeout(30s);
        XlsWorkbook::setMaxReplyBytes(XlsWorkbook::defaultMaxReplyBytes);
    }

    void readsThroughTheReaderProcess()
    {
        QVERIFY2(!XlsWorkbook::readerProgram().isEmpty(), "ctest names the reader");
        auto workbook = XlsWorkbook::open(fixture(QStringLiteral("linkedin.xls")));
        QVERIFY2(workbook, qPrintable(workbook ? QString() : workbook.error().message));
        QCOMPARE(workbook->sheetNames(),
                 (QStringList{QStringLiteral("Metrics"), QStringLiteral("All posts")}));
        auto rows = workbook->rows(1);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
        QVERIFY(rows->size() >= 3);
        for (const QStringList &row : std::as_const(*rows))
            QCOMPARE(row.size(), rows->constFirst().size());
        bool found = false;
        for (const QStringList &row : std::as_const(*rows))
            found = found || row.join(u' ').contains(QStringLiteral("morning baker"));
        QVERIFY(found);
        auto missing = workbook->rows(2);
        QVERIFY(!missing);
        QVERIFY(missing.error().kind == ErrorKind::NotFound);
    }

    // Workbooks from writers we did not write (tests/data/metrics/writers) and from our own.
    void readsEveryWriter_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("postRows");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("cell");
        QTest::newRow("own writer")
            << QStringLiteral("linkedin.xls") << 4 << 3 << 13 << QStringLiteral("0.0125");
        for (const char *file : {"linkedin_poi.xls", "linkedin_libreoffice.xls"}) {
            const QString name = QLatin1String(file);
            // "Created date" as text on most rows, as a date number on every third.
            QTest::addRow("%s, text date", file)
                << name << 50 << 2 << 5 << QStringLiteral("01/06/2025");
            QTest::addRow("%s, date number", file)
                << name << 50 << 4 << 5 << QStringLiteral("2025-01-08");
            QTest::addRow("%s, 19-digit id in a link", file)
                << name << 50 << 49 << 1
                << QStringLiteral(
                       "https://www.linkedin.com/feed/update/urn:li:activity:7280000000047000141");
            QTest::addRow("%s, fraction", file)
                << name << 50 << 2 << 13 << QStringLiteral("0.0056");
            QTest::addRow("%s, negative", file) << name << 50 << 11 << 17 << QStringLiteral("-1");
        }
    }

    void readsEveryWriter()
    {
        QFETCH(QString, file);
        QFETCH(int, postRows);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, cell);
        auto workbook = XlsWorkbook::open(fixture(file));
        QVERIFY2(workbook, qPrintable(workbook ? QString() : workbook.error().message));
        QCOMPARE(workbook->sheetNames(),
                 (QStringList{QStringLiteral("Metrics"), QStringLiteral("All posts")}));
        auto posts = workbook->sheetIndex(QStringLiteral("all posts"));
        QVERIFY(posts);
        QCOMPARE(*posts, 1);
        auto rows = workbook->rows(*posts);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(rows->size(), postRows);
        for (const QStringList &each : std::as_const(*rows))
            QCOMPARE(each.size(), 20);
        QCOMPARE(rows->at(row).at(column), cell);
        QVERIFY(rows->at(0).at(0).startsWith(QStringLiteral("Individual post metrics")));
        QCOMPARE(rows->at(1).at(5), QStringLiteral("Created date"));
    }

    // The shared strings run over several CONTINUE records: the longest title (2900
    // characters, written across a record boundary) and the UTF-16 ones come back whole.
    void sharedStringsAcrossContinueRecords_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("poi") << QStringLiteral("linkedin_poi.xls");
        QTest::newRow("libreoffice") << QStringLiteral("linkedin_libreoffice.xls");
    }

    void sharedStringsAcrossContinueRecords()
    {
        QFETCH(QString, file);
        auto workbook = XlsWorkbook::open(fixture(file));
        QVERIFY2(workbook, qPrintable(workbook ? QString() : workbook.error().message));
        const auto rows = workbook->rows(1);
        QVERIFY(rows);
        for (int post = 0; post < 48; ++post) {
            const QString title = rows->at(2 + post).at(0);
            QVERIFY2(title.startsWith(QStringLiteral("Post %1: our ").arg(post + 1)),
                     qPrintable(title.left(80)));
            QVERIFY2(title.endsWith(u'.'), qPrintable(title.right(80)));
            if (post % 4 == 1)
                QVERIFY(title.contains(QStringLiteral(" – baked at 4 a.m. 🥖")));
            if (post % 5 == 2)
                QVERIFY(title.contains(QStringLiteral("\nCafé crème on the side")));
        }
        QVERIFY(rows->at(2 + 17).at(0).size() >= 2900);
    }

    // Files the reader refuses say why in words, never as a library's status code.
    void refusalsNameTheCause_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("Excel 95")
            << QStringLiteral("metrics/xls_excel95_book.xls")
            << QStringLiteral("not an Excel 97–2003 workbook: it was saved by Excel 5 or 95");
        QTest::newRow("no workbook inside")
            << QStringLiteral("metrics/xls_word_document.xls")
            << QStringLiteral("not an Excel 97–2003 workbook: it holds no workbook");
        QTest::newRow("password") << QStringLiteral("hostile/x_password.xls")
                                  << QStringLiteral("encrypted (password-protected)");
        QTest::newRow("compound file cut short") << QStringLiteral("hostile/x_ole_header_only.xls")
                                                 << QStringLiteral("compound-file structure");
        QTest::newRow("record longer than the stream")
            << QStringLiteral("hostile/x_record_length_lies.xls")
            << QStringLiteral("does not fit its data");
        // The reader looped forever on this record before it refused it (fuzz_xls_stream).
        QTest::newRow("shared strings cut inside a CONTINUE record")
            << QStringLiteral("metrics/xls_shared_strings_cut_short.xls")
            << QStringLiteral("does not fit its data");
        QTest::newRow("no worksheet") << QStringLiteral("hostile/x_no_sheets.xls")
                                      << QStringLiteral("the workbook holds no worksheet");
        QTest::newRow("sheet outside the stream")
            << QStringLiteral("hostile/x_sheet_offset_out_of_range.xls")
            << QStringLiteral("the sheet \"All posts\" is not where the workbook says it is");
    }

    void refusalsNameTheCause()
    {
        QFETCH(QString, file);
        QFETCH(QString, messagePart);
        const QString path = dataFile(file);
        auto workbook = XlsWorkbook::open(path);
        const QString message =
            workbook ? workbook->rows(0).error().message : workbook.error().message;
        QVERIFY2(message.contains(path) && message.contains(messagePart), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("FreeXL")) &&
                     !message.contains(QStringLiteral("error 0")),
                 qPrintable(message));
    }

    void missingSheetIsNamed()
    {
        auto workbook = XlsWorkbook::open(fixture(QStringLiteral("linkedin.xls")));
        QVERIFY(workbook);
        auto missing = workbook->sheetIndex(QStringLiteral("Posts"));
        QVERIFY(!missing);
        QVERIFY(missing.error().kind == ErrorKind::NotFound);
        QVERIFY2(missing.error().message.contains(
                     QStringLiteral("no worksheet named \"Posts\"; the workbook holds "
                                    "\"Metrics\", \"All posts\"")),
                 qPrintable(missing.error().message));
    }

    // The reader's own refusals come back with their messages through the reader process.
    void readerRefusalsKeepTheirMessages()
    {
        const QString file = fixture(QStringLiteral("fuzz_xls_second_dimension_too_large.xls"));
        auto workbook = XlsWorkbook::open(file);
        QVERIFY(!workbook);
        QVERIFY2(workbook.error().message.contains(file) &&
                     workbook.error().message.contains(
                         QStringLiteral("more cells than any Excel sheet can hold")),
                 qPrintable(workbook.error().message));
        const QString missing = fixture(QStringLiteral("no_such_workbook.xls"));
        auto absent = XlsWorkbook::open(missing);
        QVERIFY(!absent);
        QVERIFY(absent.error().kind == ErrorKind::Io);
        QVERIFY(absent.error().message.contains(missing));
    }

    void readerFailuresBecomeErrors_data()
    {
        QTest::addColumn<QByteArray>("mode");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("abort") << QByteArray("abort") << QStringLiteral("stopped unexpectedly");
        // Under AddressSanitizer the stub's own handler turns the signal into exit code 1.
#if HEARTH_TEST_ASAN
        QTest::newRow("segfault") << QByteArray("segv") << QStringLiteral("exit code 1");
#else
        QTest::newRow("segfault") << QByteArray("segv") << QStringLiteral("stopped unexpectedly");
#endif
        QTest::newRow("hang") << QByteArray("hang") << QStringLiteral("did not finish");
        QTest::newRow("exit code") << QByteArray("exit") << QStringLiteral("exit code 4");
        QTest::newRow("garbage") << QByteArray("garbage") << QStringLiteral("malformed answer");
        QTest::newRow("truncated") << QByteArray("truncated") << QStringLiteral("incomplete");
        QTest::newRow("bytes after the end")
            << QByteArray("trailing") << QStringLiteral("malformed answer");
        QTest::newRow("endless output")
            << QByteArray("endless") << QStringLiteral("more than Hearth reads");
    }

    void readerFailuresBecomeErrors()
    {
        QFETCH(QByteArray, mode);
        QFETCH(QString, messagePart);
        const ScopedVariable reader(XlsWorkbook::readerVariable,
                                    QByteArray(HEARTH_XLS_READER_STUB));
        const ScopedVariable stub("HEARTH_XLS_STUB", mode);
        XlsWorkbook::setReaderTimeout(1500ms);
        // Small enough to reach well within the timeout, even under sanitizers.
        XlsWorkbook::setMaxReplyBytes(4 * 1024 * 1024);
        const QString file = fixture(QStringLiteral("linkedin.xls"));
        QElapsedTimer timer;
        timer.start();
        auto workbook = XlsWorkbook::open(file);
        QVERIFY(!workbook);
        const QString message = workbook.error().message;
        QVERIFY2(message.contains(file) && message.contains(messagePart) &&
                     message.contains(QStringLiteral("save it again as .xls or CSV")),
                 qPrintable(message));
        // A hung reader is killed at the timeout, not waited for.
        QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
    }

    // The same stub, answering properly, is read: the failures above are the stub's doing.
    void stubAnsweringProperlyIsRead()
    {
        const ScopedVariable reader(XlsWorkbook::readerVariable,
                                    QByteArray(HEARTH_XLS_READER_STUB));
        const ScopedVariable stub("HEARTH_XLS_STUB", "valid");
        auto workbook = XlsWorkbook::open(fixture(QStringLiteral("linkedin.xls")));
        QVERIFY2(workbook, qPrintable(workbook ? QString() : workbook.error().message));
        QCOMPARE(workbook->sheetNames(), QStringList{QStringLiteral("All posts")});
    }

    void missingReaderIsSaidSo()
    {
        const ScopedVariable reader(XlsWorkbook::readerVariable, "/nonexistent/hearth-xls-reader");
        const QString file = fixture(QStringLiteral("linkedin.xls"));
        auto workbook = XlsWorkbook::open(file);
        QVERIFY(!workbook);
        QVERIFY(workbook.error().kind == ErrorKind::MissingFeature);
        QVERIFY2(workbook.error().message.contains(file) &&
                     workbook.error().message.contains(
                         QStringLiteral("/nonexistent/hearth-xls-reader")) &&
                     workbook.error().message.contains(QStringLiteral("Reinstall Hearth")),
                 qPrintable(workbook.error().message));
    }

    // Without the variable the reader is looked for beside this program, then where Hearth
    // installs it.
    void readerIsLookedForBesideTheProgramThenInstalled()
    {
        const QByteArray old = qgetenv(XlsWorkbook::readerVariable);
        qunsetenv(XlsWorkbook::readerVariable);
        QStringList lookedIn;
        XlsWorkbook::readerProgram(&lookedIn);
        qputenv(XlsWorkbook::readerVariable, old);
        QVERIFY(lookedIn.size() >= 2);
        QCOMPARE(lookedIn.first(),
                 QCoreApplication::applicationDirPath() + QStringLiteral("/hearth-xls-reader"));
        QVERIFY2(lookedIn.last().endsWith(QStringLiteral("/hearth/hearth-xls-reader")),
                 qPrintable(lookedIn.join(u' ')));
    }

    // A reader crash in the middle of an import: a clear error, nothing written, and the next
    // import with a working reader goes through.
    void importGoesOnAfterAReaderCrash()
    {
        auto opened = testing::openTestDatabase(m_clock);
        QVERIFY(opened);
        Database &db = **opened;
        auto count = [&db](const char *table) {
            return db.scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))
                ->toLongLong();
        };
        MetricImportOptions options;
        options.timeZone = QTimeZone::utc();
        options.capturedAt = QDateTime(QDate(2025, 3, 16), QTime(8, 0), Qt::UTC);
        const QString file = fixture(QStringLiteral("linkedin.xls"));
        {
            const ScopedVariable reader(XlsWorkbook::readerVariable,
                                        QByteArray(HEARTH_XLS_READER_STUB));
            const ScopedVariable stub("HEARTH_XLS_STUB", "segv");
            auto done = MetricImporter(db).run(file, options, ImportMode::Commit);
            QVERIFY(!done);
            QVERIFY2(done.error().message.contains(file) &&
                         done.error().message.contains(QStringLiteral("damaged")),
                     qPrintable(done.error().message));
            QCOMPARE(count("posts"), 0);
            QCOMPARE(count("metric_snapshots"), 0);
            QCOMPARE(count("metric_imports"), 0);
        }
        auto done = MetricImporter(db).run(file, options, ImportMode::Commit);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(count("metric_imports"), 1);
        QVERIFY(count("posts") >= 2);
    }

    void replyRoundTrips()
    {
        const XlsBook book = sampleBook();
        const QByteArray reply = encodeXlsReply(book);
        const auto decoded = decodeXlsReply(reply);
        QVERIFY(decoded);
        QVERIFY(*decoded == book);
        QCOMPARE(encodeXlsReply(*decoded), reply);

        XlsBook refused;
        refused.failure = XlsFailure{XlsFailure::Problem::CannotOpen, 0, 0, QStringLiteral("gone")};
        const auto decodedRefusal = decodeXlsReply(encodeXlsReply(refused));
        QVERIFY(decodedRefusal && *decodedRefusal == refused);
    }

    // Every cut of a reply, and every reply with a byte more, is refused rather than half read.
    void damagedRepliesAreRefused()
    {
        const QByteArray reply = encodeXlsReply(sampleBook());
        for (qsizetype length = 0; length < reply.size(); ++length)
            QVERIFY2(!decodeXlsReply(reply.left(length)), qPrintable(QString::number(length)));
        QVERIFY(!decodeXlsReply(reply + '\0'));
        // A flag byte of 2 where 0 or 1 belongs (the book's failure flag follows the header).
        QByteArray badFlag = reply;
        badFlag[6] = 2;
        QVERIFY(!decodeXlsReply(badFlag));
    }

    // Counts the bytes cannot hold are refused before anything is reserved for them.
    void oversizedCountsAreRefused()
    {
        XlsBook book;
        book.sheets << XlsSheetData{QStringLiteral("s"), std::nullopt, {{QStringLiteral("x")}}};
        QByteArray reply = encodeXlsReply(book);
        // magic 4, version 2, flag 1, sheet count 4, name 4 + 2, flag 1: then rows and columns.
        const qsizetype rowsAt = 4 + 2 + 1 + 4 + 6 + 1;
        QByteArray manyRows = reply;
        manyRows.replace(rowsAt, 4, QByteArray::fromHex("000f4240")); // 1 000 000 rows of 1
        QVERIFY(!decodeXlsReply(manyRows));
        QByteArray tooManyCells = reply;
        tooManyCells.replace(rowsAt, 8, QByteArray::fromHex("ffffffff0000ffff"));
        QVERIFY(!decodeXlsReply(tooManyCells));
        QByteArray rowsWithoutColumns = reply;
        rowsWithoutColumns.replace(rowsAt, 8, QByteArray::fromHex("ffffffff00000000"));
        QVERIFY(!decodeXlsReply(rowsWithoutColumns));
        QByteArray manySheets = reply;
        manySheets.replace(7, 4, QByteArray::fromHex("ffffffff"));
        QVERIFY(!decodeXlsReply(manySheets));
    }
};

QTEST_GUILESS_MAIN(TestXlsWorkbook)
#include "tst_xlsworkbook.moc"
