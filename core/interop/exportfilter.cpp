// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/exportfilter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace hearth::core {

namespace {

// Whether a failed write ran out of room. QSaveFile does not always keep the system's reason
// (a QTextStream over it reports only "write failed"), so errno, cleared before the export and
// read right after it failed, is asked too; the error text covers a failed commit.
bool isNoSpace(const QString &reason, int savedErrno)
{
    for (int code : {ENOSPC, EDQUOT, EFBIG}) {
        if (savedErrno == code || reason == QString::fromLocal8Bit(std::strerror(code)))
            return true;
    }
    return false;
}

Error notWritten(const QString &shown, ErrorKind kind, const QString &reason, int savedErrno)
{
    if (isNoSpace(reason, savedErrno))
        return Error::make(ErrorKind::DiskFull,
                           QCoreApplication::translate("hearth::core::Export",
                                                       "The disk is full: %1 was not written. "
                                                       "Free some space and try again; any older "
                                                       "file there is unchanged.")
                               .arg(shown));
    return Error::make(kind, QCoreApplication::translate(
                                 "hearth::core::Export",
                                 "%1 was not written (any older file there is unchanged): %2")
                                 .arg(shown, reason));
}

} // namespace

void appendExportConditions(const ExportFilter &filter, QStringList &where, Bindings &bindings)
{
    if (filter.from.isValid()) {
        where << QStringLiteral("p.scheduled_at >= :from");
        bindings.emplace_back(QStringLiteral(":from"), filter.from.toSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("p.scheduled_at < :to");
        bindings.emplace_back(QStringLiteral(":to"), filter.to.toSecsSinceEpoch());
    }
    if (!filter.networks.isEmpty()) {
        QStringList names;
        for (qsizetype i = 0; i < filter.networks.size(); ++i) {
            names << QStringLiteral(":n%1").arg(i);
            bindings.emplace_back(names.constLast(), filter.networks.at(i));
        }
        where << QStringLiteral("pn.network_id IN (%1)").arg(names.join(u','));
    }
}

Result<ExportSummary>
writeExportFile(const QString &path, const std::function<Result<ExportSummary>(QIODevice &)> &write)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorKind::Io, QCoreApplication::translate(
                                              "hearth::core::Export",
                                              "Cannot write %1: %2. Choose another folder.")
                                              .arg(shown, file.errorString()));
    errno = 0;
    auto written = write(file);
    if (!written) {
        const int savedErrno = errno;
        file.cancelWriting();
        return notWritten(shown, written.error().kind, written.error().message, savedErrno);
    }
    if (!file.commit()) {
        const int savedErrno = errno;
        return notWritten(shown, ErrorKind::Io, file.errorString(), savedErrno);
    }
    written->path = path;
    return written;
}

} // namespace hearth::core
