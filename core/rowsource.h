#pragma once

#include "csv.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace hearth::core {

// Rows of an imported file, one at a time, with the line each starts on.
class RowSource
{
public:
    virtual ~RowSource() = default;
    // False at the end of the rows or on an error (then errorString() says what went wrong).
    virtual bool next(QStringList &fields, qint64 &line) = 0;
    virtual QString errorString() const = 0;
};

// CSV streamed from a device.
class CsvSource final : public RowSource
{
public:
    CsvSource(std::unique_ptr<QIODevice> device, QChar delimiter);
    bool next(QStringList &fields, qint64 &line) override;
    QString errorString() const override;

private:
    std::unique_ptr<QIODevice> m_device;
    CsvReader m_reader;
    CsvRecord m_record;
};

// Rows already in memory (one sheet of a workbook); lines count from 1.
class SheetSource final : public RowSource
{
public:
    explicit SheetSource(QList<QStringList> rows);
    bool next(QStringList &fields, qint64 &line) override;
    QString errorString() const override { return {}; }

private:
    QList<QStringList> m_rows;
    qsizetype m_index = 0;
};

// Reads another source on a second thread, a few batches ahead, so that reading and parsing
// a file overlap with what the caller does with each row; `work`, when given, also runs there
// once per row (it must not touch anything the caller's thread uses). Memory stays bounded:
// the reading thread waits while maxBatches batches are unread.
class PrefetchingSource final : public RowSource
{
public:
    using RowWork = std::function<QByteArray(const QStringList &fields)>;

    explicit PrefetchingSource(std::unique_ptr<RowSource> source, RowWork work = {});
    // Stops the reading thread (after the batch it is reading) and waits for it.
    ~PrefetchingSource() override;
    PrefetchingSource(const PrefetchingSource &) = delete;
    PrefetchingSource &operator=(const PrefetchingSource &) = delete;

    bool next(QStringList &fields, qint64 &line) override;
    // The wrapped source's error, once next() has returned false.
    QString errorString() const override;
    // What `work` gave for the row next() returned last; null without work.
    const QByteArray &workResult() const { return m_workResult; }

    static constexpr std::size_t batchRows = 256;
    static constexpr std::size_t maxBatches = 4;

private:
    struct Row
    {
        QStringList fields;
        qint64 line = 0;
        QByteArray work;
    };
    void read();

    std::unique_ptr<RowSource> m_source;
    RowWork m_work;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    // Guarded by m_mutex.
    std::deque<std::vector<Row>> m_batches;
    bool m_finished = false;
    bool m_stopping = false;
    QString m_error;
    // The caller's thread only.
    std::vector<Row> m_batch;
    std::size_t m_nextInBatch = 0;
    QByteArray m_workResult;
    // Last: started once everything above is set up.
    std::thread m_thread;
};

} // namespace hearth::core
