// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-xls-reader FILE: reads a legacy Excel workbook with FreeXL and writes every sheet to
// standard output as the reply XlsWorkbook decodes (core/interop/xlsreply.h). Hearth runs it as a
// child process so that a FreeXL crash or hang on a damaged file cannot take Hearth down.
#include "freexlreader.h"
#include "interop/xlsreply.h"

#include <QFile>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    int first = 1;
    if (argc > 1 && std::strcmp(argv[1], "--") == 0)
        first = 2;
    if (argc != first + 1) {
        std::fputs("usage: hearth-xls-reader [--] FILE.xls\n"
                   "Reads the workbook and writes its sheets to standard output for Hearth.\n",
                   stderr);
        return 2;
    }
    const QString path = QFile::decodeName(argv[first]);
    const QByteArray reply = hearth::core::encodeXlsReply(hearth::xlsreader::readWorkbook(path));
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(reply) != reply.size() ||
        !out.flush()) {
        std::fputs("hearth-xls-reader: cannot write the reply\n", stderr);
        return 3;
    }
    return 0;
}
