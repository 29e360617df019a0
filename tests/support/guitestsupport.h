// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QSettings>
#include <QStandardPaths>

namespace hearth::test {

// Settings of the test's own, in Qt's test folders, starting empty: a GUI test never reads or
// writes the user's Hearth settings, nor another test's.
inline void useFreshSettings(const QString &application)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("hearth-test"));
    QCoreApplication::setApplicationName(application);
    QSettings().clear();
}

// The child named `name`; a test cannot go on without it.
template<typename T>
T *child(const QObject &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

} // namespace hearth::test
