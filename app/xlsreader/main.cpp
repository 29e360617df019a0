// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-xls-reader FILE: reads a legacy Excel workbook (biffreader.h) and writes every sheet to
// standard output as the reply XlsWorkbook decodes (core/interop/xlsreply.h). Hearth runs it as a
// child process so that a reader crash or hang on a damaged file cannot take Hearth down.
// hearth-xls-reader --dump FILE writes the same as JSON, for tests that compare it with other
// readers.
#include "biffreader.h"
#include "interop/xlsreply.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstring>
#include <glib.h>

namespace {

void ignoreMessage(const gchar *, GLogLevelFlags, const gchar *, gpointer) {}

QByteArray dump(const hearth::core::XlsBook &book)
{
    auto failure = [](const hearth::core::XlsFailure &problem) {
        return QJsonObject{{QStringLiteral("problem"), int(problem.problem)},
                           {QStringLiteral("first"), problem.first},
                           {QStringLiteral("second"), problem.second}};
    };
    QJsonObject root;
    if (book.failure)
        root.insert(QStringLiteral("failure"), failure(*book.failure));
    QJsonArray sheets;
    for (const hearth::core::XlsSheetData &sheet : book.sheets) {
        QJsonObject object{{QStringLiteral("name"), sheet.name}};
        if (sheet.failure)
            object.insert(QStringLiteral("failure"), failure(*sheet.failure));
        QJsonArray rows;
        for (const QStringList &row : sheet.rows)
            rows.append(QJsonArray::fromStringList(row));
        object.insert(QStringLiteral("rows"), rows);
        sheets.append(object);
    }
    root.insert(QStringLiteral("sheets"), sheets);
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    int first = 1;
    bool asJson = false;
    if (argc > first && std::strcmp(argv[first], "--dump") == 0) {
        asJson = true;
        ++first;
    }
    if (argc > first && std::strcmp(argv[first], "--") == 0)
        ++first;
    if (argc != first + 1) {
        std::fputs("usage: hearth-xls-reader [--dump] [--] FILE.xls\n"
                   "Reads the workbook and writes its sheets to standard output for Hearth\n"
                   "(as JSON with --dump).\n",
                   stderr);
        return 2;
    }
    // libgsf and GLib warn on stderr about each damaged compound file; the reply says it.
    g_log_set_default_handler(ignoreMessage, nullptr);
    g_log_set_handler("libgsf:msole", GLogLevelFlags(G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL),
                      ignoreMessage, nullptr);
    const QString path = QFile::decodeName(argv[first]);
    const hearth::core::XlsBook book = hearth::xlsreader::readWorkbook(path);
    const QByteArray reply = asJson ? dump(book) : hearth::core::encodeXlsReply(book);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(reply) != reply.size() ||
        !out.flush()) {
        std::fputs("hearth-xls-reader: cannot write the reply\n", stderr);
        return 3;
    }
    return 0;
}
