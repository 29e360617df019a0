// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "interop/xlsreply.h"

#include <QString>
#include <QStringList>

#include <chrono>

namespace hearth::core {

// A legacy Excel (.xls, BIFF8) workbook, every cell as text: numbers without a fraction as
// integers, dates as YYYY-MM-DD. It is read in a child process (hearth-xls-reader), so a damaged
// file that crashes or hangs the reader becomes an error here and never takes Hearth down.
class XlsWorkbook final
{
public:
    // A sheet of more cells (rows x columns as the file states them) is refused.
    static constexpr quint64 maxCells = 2'000'000;
    // The reader's reply is refused beyond this size (the reader is killed) unless a test
    // sets another with setMaxReplyBytes.
    static constexpr qint64 defaultMaxReplyBytes = qint64(512) * 1024 * 1024;
    // The environment variable naming the reader program; it overrides every other place.
    static constexpr const char *readerVariable = "HEARTH_XLS_READER";

    static Result<XlsWorkbook> open(const QString &path);
    // True when the first bytes are an OLE2 compound file (how .xls files start).
    static bool looksLikeXls(const QByteArray &firstBytes);

    // The reader program: $HEARTH_XLS_READER, else hearth-xls-reader next to the running
    // program, else where Hearth installs it. Empty when none exists; lookedIn lists the places.
    static QString readerProgram(QStringList *lookedIn = nullptr);
    // How long the reader may take before it is killed (30 s unless a test shortens it).
    static void setReaderTimeout(std::chrono::milliseconds timeout);
    static void setMaxReplyBytes(qint64 bytes);

    // Reads in this process instead, with a function returning the reader's reply: for the fuzz
    // targets, so sanitizers and coverage see the reader itself. nullptr goes back to it.
    using InProcessReader = QByteArray (*)(const QString &path);
    static void setInProcessReader(InProcessReader reader);

    QStringList sheetNames() const;
    // The worksheet of that name (in any case), or an error naming the sheets there are.
    Result<int> sheetIndex(const QString &name) const;
    // Every row of the sheet; trailing empty cells are kept so rows have equal width.
    Result<QList<QStringList>> rows(int sheetIndex) const;

private:
    XlsWorkbook(QString path, QList<XlsSheetData> sheets);

    QString m_path;
    QList<XlsSheetData> m_sheets;
};

} // namespace hearth::core
