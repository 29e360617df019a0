#pragma once

#include "clicontext.h"

// Every subcommand of hearth-cli; main.cpp lists them.
namespace hearth::cli {

int runInit(CliContext &context);
int runCheck(CliContext &context);
int runImport(CliContext &context);
int runMetrics(CliContext &context);
int runStats(CliContext &context);

} // namespace hearth::cli
