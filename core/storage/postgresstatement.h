// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>
#include <QVariant>

#include <utility>
#include <vector>

class QSqlDriver;

namespace hearth::core {

// The statement with each `:name` placeholder replaced by its value written as a literal by
// Qt's PostgreSQL driver (QSqlDriver::formatValue, libpq's escaping), as that driver writes
// bound values into its own EXECUTE. Sent as one statement, it costs one round trip instead of
// the driver's three (PREPARE, EXECUTE, DEALLOCATE). Placeholders inside quotes, quoted names,
// comments, dollar-quoted bodies and `::` casts are left alone. A placeholder without a value is
// an error, as it is for a prepared statement.
Result<QString> withLiteralValues(const QString &sql,
                                  const std::vector<std::pair<QString, QVariant>> &bindings,
                                  const QSqlDriver &driver);

} // namespace hearth::core
