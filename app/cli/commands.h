#pragma once

#include "clicontext.h"

// Every subcommand of hearth-cli; main.cpp lists them.
namespace hearth::cli {

int runInit(CliContext &context);
int runCheck(CliContext &context);
int runNetwork(CliContext &context);
int runPost(CliContext &context);
int runTextCheck(CliContext &context);

} // namespace hearth::cli
