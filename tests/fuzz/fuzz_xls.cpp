// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the .xls path: the reading code of hearth-xls-reader (libgsf for the
// compound file, then the BIFF8 reader; each input is written to one reused temporary file, as
// the importer reads files) run in this process, its reply through XlsWorkbook, then the metric
// importer's LinkedIn reader on it.
//
// Properties: the reply decodes to what was read and encodes back to the same bytes; an error
// has a message; a workbook lists its sheets and every sheet reads as rows of one width (or
// fails with a message); the importer's counts add up.
#include "fuzzsupport.h"
#include "fuzzxlsreader.h"
#include "interop/xlsworkbook.h"
#include "listen/metricimporter.h"

#include <cstdint>
#include <cstring>

using namespace hearth::core;
using hearth::fuzz::check;
using hearth::fuzz::checkError;

namespace {

struct Plan
{
    Plan() { hearth::fuzz::readXlsInProcessFromNowOn(); }

    hearth::fuzz::Environment environment;
    std::unique_ptr<Database> db = environment.openDatabase();
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Plan plan;
    const QString path = plan.environment.writeFile("export.xls", data, size);

    check(XlsWorkbook::looksLikeXls(QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                            static_cast<qsizetype>(size))) ==
              (size >= 8 && std::memcmp(data, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) == 0),
          "an .xls file is told by its OLE2 signature");
    {
        const XlsBook book = hearth::xlsreader::readWorkbook(path);
        const QByteArray reply = encodeXlsReply(book);
        const auto decoded = decodeXlsReply(reply);
        check(decoded && *decoded == book, "the reader's reply decodes to what it read");
        check(encodeXlsReply(*decoded) == reply, "a decoded reply encodes to the same bytes");
    }
    {
        auto workbook = XlsWorkbook::open(path);
        if (!workbook) {
            checkError(workbook.error(), "a workbook that cannot be opened says why");
        } else {
            const QStringList sheets = workbook->sheetNames();
            for (int i = 0; i < sheets.size(); ++i) {
                auto rows = workbook->rows(i);
                if (!rows) {
                    checkError(rows.error(), "a sheet that cannot be read says why");
                    continue;
                }
                for (const QStringList &row : std::as_const(*rows))
                    check(row.size() == rows->constFirst().size(),
                          "every row of a sheet has the same width");
            }
            check(!workbook->rows(static_cast<int>(sheets.size())).ok() && !workbook->rows(-1).ok(),
                  "a sheet that does not exist is refused");
        }
    }

    hearth::fuzz::checkMetricPreview(*plan.db, path);
    return 0;
}
