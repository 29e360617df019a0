// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "storage/serveraddress.h"
#include "support/testdatabase.h"

#include <QStringList>

namespace hearth::cli::testing {

// The options that name a new plan for a command-line test: the file `path` (--db), or in the
// _postgresql run a new schema on the test server (--server), so one test covers both engines.
inline QStringList newPlanArguments(const QString &path)
{
    if (!core::testing::testsOnPostgreSql())
        return {QStringLiteral("--db"), path};
    auto address = core::testing::newTestServerAddress();
    if (!address)
        qFatal("%s", qPrintable(address.error().message));
    return {QStringLiteral("--server"), address->text()};
}

// The plan newPlanArguments() named, opened (and created) in the test itself.
inline core::Result<std::unique_ptr<core::Database>> openPlan(const QStringList &planArguments,
                                                              const core::Clock &clock)
{
    if (planArguments.value(0) == QLatin1String("--db"))
        return core::Database::open(planArguments.value(1), core::OpenOptions{}, clock);
    auto address = core::ServerAddress::parse(planArguments.value(1));
    if (!address)
        return address.error();
    return core::Database::openServer(*address, core::OpenOptions{}, clock);
}

} // namespace hearth::cli::testing
