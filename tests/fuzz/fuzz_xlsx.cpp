// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for XlsxWorkbook and the metric import of .xlsx and .zip files. Properties:
// a workbook or sheet that cannot be read says why and names the file; every row of a sheet has
// the same width within the cell caps; the importer's counts add up.
// An input starting "PK" is the file itself. Any other input is the XML of a workbook's parts,
// "\n--\n" between them (sheet data, shared strings, styles), zipped here: a mutated deflate
// stream fails its checksum, so that is how the fuzzer reaches the XML reading.
#include "fuzzsupport.h"
#include "interop/xlsxworkbook.h"
#include "listen/metricimporter.h"
#include "support/zipwriter.h"

#include <cstdint>

using namespace hearth::core;
using hearth::fuzz::check;

namespace {

struct Plan
{
    hearth::fuzz::Environment environment;
    std::unique_ptr<Database> db = environment.openDatabase();
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Plan plan;
    QString path = plan.environment.writeFile("export.xlsx", data, size);
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (!input.startsWith("PK")) {
        const QList<QByteArray> parts = input.split('\n');
        QList<QByteArray> xml{QByteArray()};
        for (const QByteArray &line : parts) {
            if (line == "--" && xml.size() < 3)
                xml << QByteArray();
            else
                xml.last() += line + '\n';
        }
        while (xml.size() < 3)
            xml << QByteArray();
        check(hearth::test::writeZip(
                  path, hearth::test::xlsxParts({{QStringLiteral("All posts"), xml.at(0)}},
                                                xml.at(1), xml.at(2))),
              "the parts are zipped");
    }
    {
        auto workbook = XlsxWorkbook::open(path);
        if (!workbook) {
            check(workbook.error().message.startsWith(path), "a workbook refused is named",
                  workbook.error().message);
        } else {
            const QStringList sheets = workbook->sheetNames();
            check(!sheets.isEmpty(), "a workbook opened has a sheet");
            for (int i = 0; i < sheets.size(); ++i) {
                auto rows = workbook->rows(i);
                if (!rows) {
                    check(rows.error().message.startsWith(path), "a sheet refused is named",
                          rows.error().message);
                    continue;
                }
                const qsizetype width = rows->isEmpty() ? 0 : rows->constFirst().size();
                check(quint64(rows->size()) * quint64(width) <= XlsxWorkbook::maxCells,
                      "the cell cap holds");
                for (const QStringList &row : std::as_const(*rows)) {
                    check(row.size() == width, "every row of a sheet has the same width");
                    for (const QString &cell : row)
                        check(cell.size() <= XlsxWorkbook::maxCellChars, "the cell text cap holds");
                }
            }
            check(!workbook->rows(int(sheets.size())).ok() && !workbook->rows(-1).ok(),
                  "a sheet that does not exist is refused");
        }
    }

    hearth::fuzz::checkMetricPreview(*plan.db, path);
    return 0;
}
