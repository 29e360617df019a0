// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

// Every subcommand of hearth-cli; main.cpp lists them.
namespace hearth::cli {

int runInit(CliContext &context);
int runCheck(CliContext &context);
// interopcommands.cpp
int runBackup(CliContext &context);
int runExport(CliContext &context);
int runImportIcs(CliContext &context);
int runImportPosts(CliContext &context);
int runRestore(CliContext &context);
// importcommand.cpp: "import posts|ics …", dispatching to the functions above.
int runImport(CliContext &context);
int runNetwork(CliContext &context);
int runPost(CliContext &context);
int runTextCheck(CliContext &context);
// metriccommands.cpp
int runImportMetrics(CliContext &context);
int runMetrics(CliContext &context);
int runStats(CliContext &context);
int runIdea(CliContext &context);

} // namespace hearth::cli
