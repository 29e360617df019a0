// Row sources: the prefetching source gives exactly the rows, lines, per-row work and error of
// the source it wraps, in order, with bounded read-ahead, and stops cleanly when dropped early.
#include "rowsource.h"

#include <QBuffer>
#include <QTest>

#include <atomic>
#include <memory>

using namespace hearth::core;

namespace {

std::unique_ptr<RowSource> csvSource(const QByteArray &bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return std::make_unique<CsvSource>(std::move(buffer), u',');
}

QByteArray numberedCsv(int rows)
{
    QByteArray bytes;
    for (int i = 0; i < rows; ++i) {
        // Every seventh row spans two lines, so record and line numbers part ways.
        bytes += QByteArray::number(i) + (i % 7 == 0 ? ",\"two\nlines\"\n" : ",one line\n");
    }
    return bytes;
}

struct Read
{
    QList<QStringList> rows;
    QList<qint64> lines;
    QList<QByteArray> work;
    QString error;
};

Read readAll(RowSource &source)
{
    Read read;
    QStringList fields;
    qint64 line = 0;
    while (source.next(fields, line)) {
        read.rows << fields;
        read.lines << line;
        if (auto *prefetching = dynamic_cast<PrefetchingSource *>(&source))
            read.work << prefetching->workResult();
    }
    read.error = source.errorString();
    return read;
}

// Counts the rows it gave, so a test can see how far ahead the reading thread got.
class CountingSource final : public RowSource
{
public:
    explicit CountingSource(std::atomic<int> &given)
        : m_given(given)
    {}
    bool next(QStringList &fields, qint64 &line) override
    {
        line = ++m_given;
        fields = {QString::number(line)};
        return true; // never ends
    }
    QString errorString() const override { return {}; }

private:
    std::atomic<int> &m_given;
};

} // namespace

class TestRowSource final : public QObject
{
    Q_OBJECT

private slots:
    void prefetchingGivesTheSameRows_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("one batch less one") << int(PrefetchingSource::batchRows) - 1;
        QTest::newRow("exactly one batch") << int(PrefetchingSource::batchRows);
        QTest::newRow("more than the read-ahead")
            << int(PrefetchingSource::batchRows * (PrefetchingSource::maxBatches + 3) + 5);
    }

    void prefetchingGivesTheSameRows()
    {
        QFETCH(int, rows);
        const QByteArray bytes = numberedCsv(rows);
        auto direct = csvSource(bytes);
        const Read expected = readAll(*direct);
        QCOMPARE(expected.rows.size(), rows);

        PrefetchingSource prefetching(
            csvSource(bytes), [](const QStringList &fields) { return fields.join(u'|').toUtf8(); });
        const Read read = readAll(prefetching);
        QCOMPARE(read.rows, expected.rows);
        QCOMPARE(read.lines, expected.lines);
        QCOMPARE(read.error, QString());
        QCOMPARE(read.work.size(), read.rows.size());
        for (qsizetype i = 0; i < read.rows.size(); ++i)
            QCOMPARE(read.work.at(i), read.rows.at(i).join(u'|').toUtf8());
        // At the end it stays at the end.
        QStringList fields;
        qint64 line = 0;
        QVERIFY(!prefetching.next(fields, line));
    }

    void withoutWorkTheResultIsNull()
    {
        PrefetchingSource prefetching(csvSource("a,b\n"));
        QStringList fields;
        qint64 line = 0;
        QVERIFY(prefetching.next(fields, line));
        QVERIFY(prefetching.workResult().isNull());
    }

    void errorComesAfterTheGoodRows()
    {
        // A NUL byte is an error of the CSV reader, on line 4.
        const QByteArray bytes = QByteArray("a,b\n1,2\n3,4\n5,") + '\0' + QByteArray("6\n7,8\n");
        auto direct = csvSource(bytes);
        const Read expected = readAll(*direct);
        QVERIFY(!expected.error.isEmpty());

        PrefetchingSource prefetching(csvSource(bytes));
        const Read read = readAll(prefetching);
        QCOMPARE(read.rows, expected.rows);
        QCOMPARE(read.error, expected.error);
        QVERIFY(read.error.contains(QStringLiteral("4")));
    }

    void readAheadIsBounded()
    {
        std::atomic<int> given = 0;
        {
            PrefetchingSource prefetching(std::make_unique<CountingSource>(given));
            QStringList fields;
            qint64 line = 0;
            QVERIFY(prefetching.next(fields, line));
            QCOMPARE(fields, QStringList{QStringLiteral("1")});
            // Give the reading thread time to run as far ahead as it may.
            QTest::qWait(200);
            const int limit =
                int(PrefetchingSource::batchRows * (PrefetchingSource::maxBatches + 2));
            QVERIFY2(given.load() <= limit, qPrintable(QString::number(given.load())));
        }
        // Dropped with an endless source: the destructor stopped and joined the thread.
        const int afterDrop = given.load();
        QTest::qWait(50);
        QCOMPARE(given.load(), afterDrop);
    }

    void sheetSourceNumbersLines()
    {
        SheetSource sheet({{QStringLiteral("a")}, {QStringLiteral("b")}});
        const Read read = readAll(sheet);
        QCOMPARE(read.lines, (QList<qint64>{1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestRowSource)
#include "tst_rowsource.moc"
