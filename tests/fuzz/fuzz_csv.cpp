// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the CSV reader. Property: whatever parses, written back and read again,
// gives the same records.
#include "interop/csv.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QBuffer input;
    input.setData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    input.open(QIODevice::ReadOnly);
    hearth::core::CsvReader::Limits limits;
    limits.maxFieldChars = 4096;
    limits.maxFields = 512;
    hearth::core::CsvReader reader(&input, u',', limits);
    QList<QStringList> records;
    hearth::core::CsvRecord record;
    while (reader.readNext(record))
        records << record.fields;
    if (reader.hasError()) {
        if (reader.errorString().isEmpty() || reader.errorLine() < 1)
            std::abort();
        return 0;
    }

    QBuffer output;
    output.open(QIODevice::WriteOnly);
    hearth::core::CsvWriter writer(&output, hearth::core::FormulaGuard::Keep);
    for (const QStringList &fields : std::as_const(records))
        writer.writeRecord(fields);
    output.close();
    output.open(QIODevice::ReadOnly);
    hearth::core::CsvReader again(&output, u',', limits);
    qsizetype index = 0;
    while (again.readNext(record)) {
        // A lone CR inside an unquoted field is a line end, so compare what survives a round trip.
        if (index >= records.size() || record.fields != records.at(index))
            std::abort();
        ++index;
    }
    if (again.hasError() || index != records.size())
        std::abort();
    return 0;
}
