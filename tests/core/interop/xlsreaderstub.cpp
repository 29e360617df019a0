// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in for hearth-xls-reader that misbehaves as HEARTH_XLS_STUB says, so tst_xlsworkbook
// can show that every way the real reader can fail on a hostile file becomes a clear error.
#include "interop/xlsreply.h"

#include <QByteArray>
#include <QFile>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <cstdlib>

using namespace hearth::core;

namespace {

bool writeOut(const QByteArray &bytes)
{
    return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
}

QByteArray validReply()
{
    XlsBook book;
    book.sheets << XlsSheetData{
        QStringLiteral("All posts"), std::nullopt, {{QStringLiteral("a"), QStringLiteral("b")}}};
    return encodeXlsReply(book);
}

} // namespace

int main()
{
    const QByteArray mode = qgetenv("HEARTH_XLS_STUB");
    if (mode == "abort")
        std::abort();
    if (mode == "segv")
        std::raise(SIGSEGV);
    if (mode == "hang") {
        writeOut(validReply().left(10));
        std::fflush(stdout);
        for (;;)
            QThread::sleep(60);
    }
    if (mode == "exit")
        return 4;
    if (mode == "garbage")
        return writeOut(QByteArrayLiteral("Segmentation fault? no: just words\n")) ? 0 : 1;
    if (mode == "truncated")
        return writeOut(validReply().chopped(3)) ? 0 : 1;
    if (mode == "trailing")
        return writeOut(validReply() + '\0') ? 0 : 1;
    if (mode == "endless") {
        const QByteArray block(1 << 20, 'x');
        while (writeOut(block)) {
        }
        return 0;
    }
    if (mode == "valid")
        return writeOut(validReply()) ? 0 : 1;
    std::fputs("xlsreaderstub: unknown HEARTH_XLS_STUB\n", stderr);
    return 2;
}
