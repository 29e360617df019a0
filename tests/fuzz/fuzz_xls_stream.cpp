// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the BIFF8 records of a workbook stream, read by hearth-xls-reader's own
// reader (app/xlsreader/biffreader.h) without the compound file around them: every input reaches
// the record parser, the shared strings and their CONTINUE records, and the cell records.
//
// Properties: the reply decodes to what was read and encodes back to the same bytes; every row of
// a sheet has the same width and no sheet holds more than XlsWorkbook::maxCells cells; a failure
// is one the reply can carry; reading the same bytes twice gives the same book.
#include "biffreader.h"
#include "fuzzsupport.h"
#include "interop/xlsreply.h"
#include "interop/xlsworkbook.h"

#include <cstdint>

using namespace hearth::core;
using hearth::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static hearth::fuzz::Environment environment;
    const QByteArray stream(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const XlsBook book = hearth::xlsreader::readWorkbookStream(stream);
    const QByteArray reply = encodeXlsReply(book);
    const auto decoded = decodeXlsReply(reply);
    check(decoded && *decoded == book, "the reader's reply decodes to what it read");
    check(encodeXlsReply(*decoded) == reply, "a decoded reply encodes to the same bytes");
    for (const XlsSheetData &sheet : book.sheets) {
        quint64 cells = 0;
        for (const QStringList &row : sheet.rows) {
            check(row.size() == sheet.rows.constFirst().size(), "every row has one width");
            cells += quint64(row.size());
        }
        check(cells <= XlsWorkbook::maxCells, "no sheet holds more than maxCells cells");
        check(!sheet.failure || sheet.rows.isEmpty(), "a refused sheet holds no rows");
    }
    check(hearth::xlsreader::readWorkbookStream(stream) == book, "reading is deterministic");
    return 0;
}
