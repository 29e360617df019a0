// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/datalocation.h"

#include <QStandardPaths>

namespace hearth::core {

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/hearth.sqlite");
}

} // namespace hearth::core
