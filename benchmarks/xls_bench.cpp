// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// xls_bench: what reading .xls in a child process (hearth-xls-reader) costs. Times
// XlsWorkbook::open + rows() of a LinkedIn export through the reader process and with the same
// reading code in this process, and a whole import preview through the reader; prints median
// and p95 of each. Usage: xls_bench [FILE.xls] [RUNS]
#include "biffreader.h"
#include "common/clock.h"
#include "interop/xlsreply.h"
#include "interop/xlsworkbook.h"
#include "listen/metricimporter.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace hearth::core;

namespace {

QByteArray readInProcess(const QString &path)
{
    return encodeXlsReply(hearth::xlsreader::readWorkbook(path));
}

// Runs `work` `runs` times and prints the median and p95 in milliseconds.
bool measure(const char *what, int runs, const std::function<bool()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return false;
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    std::printf("%-44s median %7.2f ms   p95 %7.2f ms   (%d runs)\n", what,
                times.at(times.size() / 2),
                times.at(qMin(times.size() - 1, times.size() * 95 / 100)), runs);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // One log line per import would drown the figures.
    QLoggingCategory::setFilterRules(QStringLiteral("hearth.*.info=false"));
    const QStringList arguments = app.arguments();
    const QString file =
        arguments.value(1, QStringLiteral(HEARTH_SOURCE_DIR "/tests/data/metrics/linkedin.xls"));
    const int runs = qMax(1, arguments.value(2, QStringLiteral("50")).toInt());
    if (qEnvironmentVariableIsEmpty(XlsWorkbook::readerVariable))
        qputenv(XlsWorkbook::readerVariable, QByteArrayLiteral(HEARTH_XLS_READER_PATH));

    auto openAndRead = [&file] {
        auto workbook = XlsWorkbook::open(file);
        if (!workbook) {
            std::fprintf(stderr, "%s\n", qPrintable(workbook.error().message));
            return false;
        }
        for (int i = 0; i < workbook->sheetNames().size(); ++i)
            (void)workbook->rows(i);
        return true;
    };
    std::printf("%s\n", qPrintable(file));
    if (!measure("open + rows, reader process", runs, openAndRead))
        return 1;
    XlsWorkbook::setInProcessReader(&readInProcess);
    if (!measure("open + rows, in this process (as before)", runs, openAndRead))
        return 1;
    XlsWorkbook::setInProcessReader(nullptr);

    ManualClock clock(QDateTime(QDate(2025, 3, 20), QTime(12, 0), Qt::UTC));
    auto db = Database::openInMemory(clock);
    if (!db)
        return 1;
    MetricImportOptions options;
    options.timeZone = QTimeZone::utc();
    options.capturedAt = QDateTime(QDate(2025, 3, 16), QTime(8, 0), Qt::UTC);
    const bool previewed = measure("import preview, reader process", runs, [&] {
        auto preview = MetricImporter(**db).preview(file, options);
        if (!preview)
            std::fprintf(stderr, "%s\n", qPrintable(preview.error().message));
        return preview.ok();
    });
    return previewed ? 0 : 1;
}
