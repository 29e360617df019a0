// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QString>

namespace hearth::test {

// Where GUI tests save pictures of what they show, to look at beside the results: never the
// working folder (a test run from the source tree would litter it). HEARTH_TEST_PICTURES
// chooses the folder; otherwise a folder in the system's temporary folder.
inline QString picturePath(const QString &fileName)
{
    QString folder = qEnvironmentVariable("HEARTH_TEST_PICTURES");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(QStringLiteral("hearth-test-pictures"));
    QDir().mkpath(folder);
    return QDir(folder).filePath(fileName);
}

} // namespace hearth::test
