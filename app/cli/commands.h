// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"
#include "clicontext.h"

// Every command of hearth-cli, each declared in its own file; main.cpp lists them.
namespace hearth::cli {

// databasecommands.cpp
Command initCommand();
Command checkCommand();
// interopcommands.cpp
Command backupCommand();
Command exportCommand();
Command restoreCommand();
Command importIcsCommand();
Command importPostsCommand();
// importcommands.cpp: "import posts|ics|metrics …", one group of the import kinds.
Command importCommand();
Command postCommand();
Command textCheckCommand();
Command networkCommand();
// metriccommands.cpp
Command importMetricsCommand();
Command metricsCommand();
Command statsCommand();
Command ideaCommand();
// reviewcommands.cpp
Command reviewCommand();
// teamcommands.cpp: team push, and backup when --server names a team plan.
Command teamCommand();
int runTeamBackup(CliContext &context);

} // namespace hearth::cli
