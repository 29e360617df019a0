// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/xlsworkbook.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <atomic>
#include <utility>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::XlsWorkbook", text);
}

std::atomic<qint64> readerTimeoutMs{30'000};
std::atomic<qint64> maxReplyBytes{XlsWorkbook::defaultMaxReplyBytes};
std::atomic<XlsWorkbook::InProcessReader> inProcessReader{nullptr};

// Said by every message about a file Hearth cannot read, so the user knows the way out.
QString saveAgain()
{
    return tr("Open it in a spreadsheet program and save it again as .xls or CSV.");
}

QString damaged(const QString &path, const QString &why)
{
    return tr("%1: the Excel file is damaged and cannot be read: %2. %3")
        .arg(path, why, saveAgain());
}

Error describe(const XlsFailure &failure, const QString &path, const QString &sheet)
{
    using Problem = XlsFailure::Problem;
    switch (failure.problem) {
    case Problem::CannotOpen:
        return Error::make(ErrorKind::Io, tr("%1: cannot be read: %2").arg(path, failure.detail));
    case Problem::CompoundFileBroken:
        return Error::make(ErrorKind::InvalidInput,
                           damaged(path, tr("its compound-file structure (the container of "
                                            "every .xls file) is broken")));
    case Problem::NotExcel97:
        if (failure.first == 5)
            return Error::make(ErrorKind::InvalidInput,
                               tr("%1: not an Excel 97–2003 workbook: it was saved by Excel 5 "
                                  "or 95, which Hearth does not read. %2")
                                   .arg(path, saveAgain()));
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1: not an Excel 97–2003 workbook: it holds no workbook (another "
                              "kind of Office document?). %2")
                               .arg(path, saveAgain()));
    case Problem::Encrypted:
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1: the Excel file is encrypted (password-protected); remove the "
                              "password and try again.")
                               .arg(path));
    case Problem::LengthDoesNotFit:
        return Error::make(ErrorKind::InvalidInput,
                           damaged(path, tr("a length stated inside it does not fit its data")));
    case Problem::SheetTooLarge:
        return Error::make(ErrorKind::InvalidInput,
                           damaged(path, tr("a sheet states more cells than any Excel sheet can "
                                            "hold (65536 rows by 256 columns)")));
    case Problem::SheetMissing:
        return Error::make(ErrorKind::InvalidInput,
                           damaged(path, tr("the sheet \"%1\" is not where the workbook says it "
                                            "is")
                                             .arg(sheet)));
    case Problem::TooManyCells:
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1: the sheet \"%2\" claims %3 rows of %4 columns, more than "
                              "Hearth reads (%5 cells). Open it in a spreadsheet program, delete "
                              "the empty rows and columns, and save it again.")
                               .arg(path, sheet)
                               .arg(failure.first)
                               .arg(failure.second)
                               .arg(XlsWorkbook::maxCells));
    case Problem::MissingText:
        return Error::make(ErrorKind::InvalidInput,
                           damaged(path, tr("a cell refers to text number %1, which the file "
                                            "does not hold")
                                             .arg(failure.first + 1)));
    }
    return Error::make(ErrorKind::Internal, damaged(path, tr("an unknown problem")));
}

// Runs hearth-xls-reader on the file and returns its reply, or why there is none. The reader
// is killed when it takes too long or says too much; a crash is reported, never inherited.
Result<QByteArray> runReader(const QString &path)
{
    QStringList lookedIn;
    const QString program = XlsWorkbook::readerProgram(&lookedIn);
    if (program.isEmpty())
        return Error::make(ErrorKind::MissingFeature,
                           tr("%1: cannot be read: Hearth's Excel reader (hearth-xls-reader) is "
                              "missing; it was looked for as %2. Reinstall Hearth, or save the "
                              "file as CSV and import that.")
                               .arg(path, lookedIn.join(QStringLiteral(", "))));
    const qint64 timeoutMs = readerTimeoutMs.load();
    QDeadlineTimer deadline(timeoutMs);
    QProcess process;
    // The reader's diagnostics (a sanitizer report, say) go where Hearth's own go.
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, {QStringLiteral("--"), path}, QIODevice::ReadOnly);
    if (!process.waitForStarted(int(deadline.remainingTime())))
        return Error::make(ErrorKind::MissingFeature,
                           tr("%1: cannot be read: Hearth's Excel reader %2 cannot be started: "
                              "%3. Reinstall Hearth, or save the file as CSV and import that.")
                               .arg(path, program, process.errorString()));
    auto stop = [&process] {
        process.kill();
        process.waitForFinished(-1);
    };
    QByteArray reply;
    for (;;) {
        reply += process.readAllStandardOutput();
        if (reply.size() > maxReplyBytes.load()) {
            stop();
            return Error::make(ErrorKind::InvalidInput,
                               tr("%1: the Excel file holds more than Hearth reads (%2 MB of "
                                  "cells). Open it in a spreadsheet program, delete what is not "
                                  "needed, and save it again as .xls or CSV.")
                                   .arg(path)
                                   .arg(maxReplyBytes.load() / (1024 * 1024)));
        }
        if (process.state() == QProcess::NotRunning)
            break;
        if (deadline.hasExpired()) {
            stop();
            return Error::make(ErrorKind::InvalidInput,
                               damaged(path, tr("Hearth's Excel reader did not finish with it "
                                                "within %1 seconds")
                                                 .arg(double(timeoutMs) / 1000.0)));
        }
        // Wakes on output, on the reader's end, or after a short slice to look at the clock.
        if (!process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 100))) &&
            process.state() != QProcess::NotRunning)
            process.waitForFinished(int(qMin<qint64>(deadline.remainingTime(), 10)));
    }
    reply += process.readAllStandardOutput();
    if (process.exitStatus() == QProcess::CrashExit)
        return Error::make(ErrorKind::InvalidInput,
                           damaged(path, tr("Hearth's Excel reader stopped unexpectedly on it")));
    if (process.exitCode() != 0)
        return Error::make(ErrorKind::InvalidInput,
                           damaged(path, tr("Hearth's Excel reader failed on it (exit code %1)")
                                             .arg(process.exitCode())));
    return reply;
}

} // namespace

bool XlsWorkbook::looksLikeXls(const QByteArray &firstBytes)
{
    return firstBytes.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1"));
}

QString XlsWorkbook::readerProgram(QStringList *lookedIn)
{
    const QString name = QStringLiteral("hearth-xls-reader");
    QStringList candidates;
    if (const QByteArray fromEnvironment = qgetenv(readerVariable); !fromEnvironment.isEmpty()) {
        candidates << QFile::decodeName(fromEnvironment);
    } else {
        // Next to the program: the build tree puts a copy beside hearth and hearth-cli.
        if (QCoreApplication::instance()) {
            const QDir here(QCoreApplication::applicationDirPath());
            candidates << here.filePath(name)
                       << QDir::cleanPath(
                              here.filePath(QStringLiteral(HEARTH_XLS_READER_FROM_BINDIR)));
        }
        candidates << QStringLiteral(HEARTH_XLS_READER_INSTALLED);
    }
    candidates.removeDuplicates();
    if (lookedIn)
        *lookedIn = candidates;
    for (const QString &candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

void XlsWorkbook::setReaderTimeout(std::chrono::milliseconds timeout)
{
    readerTimeoutMs = timeout.count();
}

void XlsWorkbook::setMaxReplyBytes(qint64 bytes)
{
    maxReplyBytes = bytes;
}

void XlsWorkbook::setInProcessReader(InProcessReader reader)
{
    inProcessReader = reader;
}

Result<XlsWorkbook> XlsWorkbook::open(const QString &path)
{
    QByteArray reply;
    if (const InProcessReader reader = inProcessReader.load()) {
        reply = reader(path);
    } else {
        auto read = runReader(path);
        if (!read)
            return read.error();
        reply = std::move(*read);
    }
    auto book = decodeXlsReply(reply);
    if (!book)
        return Error::make(ErrorKind::InvalidInput,
                           damaged(path, tr("Hearth's Excel reader gave an incomplete or "
                                            "malformed answer")));
    if (book->failure)
        return describe(*book->failure, path, QString());
    return XlsWorkbook(path, std::move(book->sheets));
}

XlsWorkbook::XlsWorkbook(QString path, QList<XlsSheetData> sheets)
    : m_path(std::move(path))
    , m_sheets(std::move(sheets))
{}

QStringList XlsWorkbook::sheetNames() const
{
    QStringList names;
    names.reserve(m_sheets.size());
    for (const XlsSheetData &sheet : m_sheets)
        names << sheet.name;
    return names;
}

Result<QList<QStringList>> XlsWorkbook::rows(int sheetIndex) const
{
    if (m_sheets.isEmpty())
        return Error::make(ErrorKind::NotFound,
                           tr("%1: the workbook holds no worksheet.").arg(m_path));
    if (sheetIndex < 0 || sheetIndex >= m_sheets.size())
        return Error::make(ErrorKind::NotFound,
                           tr("%1: there is no sheet %2.").arg(m_path).arg(sheetIndex + 1));
    const XlsSheetData &sheet = m_sheets.at(sheetIndex);
    if (sheet.failure)
        return describe(*sheet.failure, m_path, sheet.name);
    return sheet.rows;
}

} // namespace hearth::core

namespace hearth::core {

Result<int> XlsWorkbook::sheetIndex(const QString &name) const
{
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    QStringList quoted;
    for (const XlsSheetData &sheet : m_sheets)
        quoted << u'"' + sheet.name + u'"';
    return Error::make(
        ErrorKind::NotFound,
        tr("%1: no worksheet named \"%2\"; the workbook holds %3.")
            .arg(m_path, name, quoted.isEmpty() ? tr("none") : quoted.join(QStringLiteral(", "))));
}

} // namespace hearth::core
