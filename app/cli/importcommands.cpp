// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli import: one command, several kinds of file, chosen by the first word.
#include "commands.h"

namespace hearth::cli {

Command importCommand()
{
    Command import{
        .name = QStringLiteral("import"),
        .summary = tr("import posts (scheduler CSV), ics (calendar) or metrics (analytics)"),
    };
    import.style = SubcommandStyle::Group;
    // Each kind makes "hearth-cli import <kind> …".
    import.subcommands = {importIcsCommand(), importMetricsCommand(), importPostsCommand()};
    import.usage = tr("Usage: hearth-cli import KIND FILE [OPTIONS]\n\nKinds:\n");
    import.footer = tr("\nRun \"hearth-cli import KIND --help\" for its options.\n");
    import.unknown = tr("hearth-cli: import knows no kind \"%1\".\n");
    import.nameWidth = 10;
    return import;
}

} // namespace hearth::cli
