// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

#include <libpq-fe.h>

// The one place that reaches past Qt's PostgreSQL driver to libpq: COPY for bulk writes and the
// connection's TLS state need the native connection.
namespace hearth::core {

// The connection's own PGconn, or nullptr when the connection is not Qt's PostgreSQL driver.
PGconn *nativePostgresHandle(const QSqlDatabase &connection);

} // namespace hearth::core
