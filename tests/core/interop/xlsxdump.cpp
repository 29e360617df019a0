// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints every sheet of an .xlsx as Hearth reads it, as JSON ({"sheets": [{"name", "rows"}]}),
// for xlsx_vs_openpyxl.py to compare with an independent reader. Exit code 1 on an error.
#include "interop/xlsxworkbook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: xlsxdump FILE.xlsx\n");
        return 2;
    }
    auto workbook = hearth::core::XlsxWorkbook::open(arguments.at(1));
    if (!workbook) {
        std::fprintf(stderr, "%s\n", qPrintable(workbook.error().message));
        return 1;
    }
    QJsonArray sheets;
    const QStringList names = workbook->sheetNames();
    for (int i = 0; i < names.size(); ++i) {
        auto rows = workbook->rows(i);
        if (!rows) {
            std::fprintf(stderr, "%s\n", qPrintable(rows.error().message));
            return 1;
        }
        QJsonArray jsonRows;
        for (const QStringList &row : std::as_const(*rows))
            jsonRows.append(QJsonArray::fromStringList(row));
        sheets.append(
            QJsonObject{{QStringLiteral("name"), names.at(i)}, {QStringLiteral("rows"), jsonRows}});
    }
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("sheets"), sheets}}).toJson();
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}
