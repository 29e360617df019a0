#include "rowsource.h"

#include <utility>

namespace hearth::core {

CsvSource::CsvSource(std::unique_ptr<QIODevice> device, QChar delimiter)
    : m_device(std::move(device))
    , m_reader(m_device.get(), delimiter)
{}

bool CsvSource::next(QStringList &fields, qint64 &line)
{
    if (!m_reader.readNext(m_record))
        return false;
    fields = std::move(m_record.fields);
    line = m_record.line;
    return true;
}

QString CsvSource::errorString() const
{
    return m_reader.hasError() ? m_reader.errorString() : QString();
}

SheetSource::SheetSource(QList<QStringList> rows)
    : m_rows(std::move(rows))
{}

bool SheetSource::next(QStringList &fields, qint64 &line)
{
    if (m_index >= m_rows.size())
        return false;
    fields = m_rows.at(m_index);
    line = ++m_index;
    return true;
}

PrefetchingSource::PrefetchingSource(std::unique_ptr<RowSource> source, RowWork work)
    : m_source(std::move(source))
    , m_work(std::move(work))
    , m_thread([this] { read(); })
{}

PrefetchingSource::~PrefetchingSource()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void PrefetchingSource::read()
{
    bool more = true;
    while (more) {
        std::vector<Row> batch;
        batch.reserve(batchRows);
        while (batch.size() < batchRows) {
            Row row;
            if (!m_source->next(row.fields, row.line)) {
                more = false;
                break;
            }
            if (m_work)
                row.work = m_work(row.fields);
            batch.push_back(std::move(row));
        }
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || m_batches.size() < maxBatches; });
            if (m_stopping)
                return;
            if (!batch.empty())
                m_batches.push_back(std::move(batch));
            if (!more) {
                m_finished = true;
                m_error = m_source->errorString();
            }
        }
        m_changed.notify_all();
    }
}

bool PrefetchingSource::next(QStringList &fields, qint64 &line)
{
    if (m_nextInBatch >= m_batch.size()) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_batches.empty() || m_finished; });
            if (m_batches.empty())
                return false;
            m_batch = std::move(m_batches.front());
            m_batches.pop_front();
        }
        m_changed.notify_all();
        m_nextInBatch = 0;
    }
    Row &row = m_batch[m_nextInBatch++];
    fields = std::move(row.fields);
    line = row.line;
    m_workResult = std::move(row.work);
    return true;
}

QString PrefetchingSource::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

} // namespace hearth::core
