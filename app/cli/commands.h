#pragma once

#include "clicontext.h"

// Every subcommand of hearth-cli; main.cpp lists them.
namespace hearth::cli {

int runInit(CliContext &context);
int runCheck(CliContext &context);
int runIdea(CliContext &context);

} // namespace hearth::cli
