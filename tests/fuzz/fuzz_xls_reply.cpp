// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the reply of hearth-xls-reader as Hearth decodes it: arbitrary bytes,
// as a crashed, confused or hostile reader might write them, must give a workbook or a clear
// error, never a crash or a huge allocation.
//
// Properties: a reply that decodes encodes back to the same bytes (the format is canonical, so
// nothing is silently dropped); XlsWorkbook gives every accepted reply's sheets or an error
// naming the file.
#include "fuzzsupport.h"
#include "interop/xlsreply.h"
#include "interop/xlsworkbook.h"

#include <cstdint>

using namespace hearth::core;
using hearth::fuzz::check;
using hearth::fuzz::checkError;

namespace {

QByteArray currentInput;

QByteArray replyOfCurrentInput(const QString &)
{
    return currentInput;
}

struct Plan
{
    Plan() { XlsWorkbook::setInProcessReader(&replyOfCurrentInput); }

    hearth::fuzz::Environment environment;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Plan plan;
    currentInput = QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto decoded = decodeXlsReply(currentInput);
    if (decoded)
        check(encodeXlsReply(*decoded) == currentInput, "a decoded reply encodes to its bytes");

    const QString path = QStringLiteral("/fuzz/export.xls");
    auto workbook = XlsWorkbook::open(path);
    check(workbook.ok() == (decoded && !decoded->failure), "a reply is accepted when it decodes");
    if (!workbook) {
        checkError(workbook.error(), "a refused reply says why");
        check(workbook.error().message.contains(path), "a refused reply names the file");
        return 0;
    }
    const QStringList sheets = workbook->sheetNames();
    for (int i = 0; i < sheets.size(); ++i) {
        auto rows = workbook->rows(i);
        if (!rows) {
            check(rows.error().message.contains(path),
                  "a sheet that cannot be read names the file");
            continue;
        }
        for (const QStringList &row : std::as_const(*rows))
            check(row.size() == rows->constFirst().size(), "every row of a sheet has one width");
    }
    return 0;
}
