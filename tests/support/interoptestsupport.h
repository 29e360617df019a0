// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared helpers for the interop tests: a plan on disk with a manual clock, and check-ics.
#include "common/clock.h"
#include "interop/postimport.h"
#include "plan/post.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <memory>

namespace hearth::test {

inline const QString checkIcsPath = QStringLiteral(HEARTH_CHECK_ICS);

// Runs check-ics on `path`; returns its exit code and puts its output in `output`.
// -1 when the checker does not exist (the caller skips).
inline int runCheckIcs(const QString &path, QString &output)
{
    if (!QFileInfo(checkIcsPath).isExecutable())
        return -1;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(checkIcsPath, {path});
    if (!process.waitForFinished(120000))
        return -2;
    output = QString::fromUtf8(process.readAll());
    return process.exitCode();
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline core::PostNetwork network(const QString &id, const QString &variant = QString())
{
    core::PostNetwork entry;
    entry.networkId = id;
    entry.variantText = variant;
    return entry;
}

} // namespace hearth::test
