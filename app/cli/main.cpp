// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli: Hearth's core from the command line, for scripts and power users.
#include "commands.h"
#include "hearth_version.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

using namespace hearth::cli;

// hearth-cli itself: a group of every command; add a new one here.
Command hearthCli()
{
    Command root;
    root.style = SubcommandStyle::Group;
    root.subcommands = {initCommand(),    checkCommand(),   backupCommand(), exportCommand(),
                        importCommand(),  restoreCommand(), postCommand(),   textCheckCommand(),
                        networkCommand(), metricsCommand(), statsCommand(),  ideaCommand(),
                        reviewCommand(),  teamCommand()};
    root.usage = tr("Usage: hearth-cli [--db FILE | --server URI] [--read-only] "
                    "[--format table|json|csv] COMMAND [ARGS]\n\nCommands:\n");
    root.footer = tr("\nRun \"hearth-cli COMMAND --help\" for a command's options.\n");
    root.unknown = tr("hearth-cli: unknown command \"%1\".\n");
    root.nameWidth = 14;
    return root;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("hearth"));
    QCoreApplication::setApplicationName(QStringLiteral("hearth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));

    QTextStream out(stdout);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const Command root = hearthCli();

    // Options before the subcommand are global; the first bare word is the subcommand.
    QStringList global;
    qsizetype index = 0;
    for (; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        if (!argument.startsWith(u'-'))
            break;
        if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            out << "hearth-cli " << HEARTH_VERSION << Qt::endl;
            return 0;
        }
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            out << root.groupUsage();
            return 0;
        }
        global << argument;
        // Options that take a value consume the next word unless written as --opt=value.
        if (CliContext::globalOptionTakesValue(argument) && index + 1 < arguments.size())
            global << arguments.at(++index);
    }
    CliContext context(global, QString(), arguments.mid(index));
    return root.execute(context);
}
