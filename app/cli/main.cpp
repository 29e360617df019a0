// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli: Hearth's core from the command line, for scripts and power users.
#include "commands.h"
#include "hearth_version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(hearth::cli::CliContext &);
};

// Each subcommand group lives in its own file; add it here.
constexpr Command commands[] = {
    {"init", QT_TRANSLATE_NOOP("hearth_cli", "create the database, or upgrade its schema"),
     &hearth::cli::runInit},
    {"check", QT_TRANSLATE_NOOP("hearth_cli", "verify integrity, schema version and counts"),
     &hearth::cli::runCheck},
    {"backup", QT_TRANSLATE_NOOP("hearth_cli", "back up the plan, or export it whole to FILE"),
     &hearth::cli::runBackup},
    {"export",
     QT_TRANSLATE_NOOP("hearth_cli", "export posts as ics (calendar) or csv (with metrics)"),
     &hearth::cli::runExport},
    {"import",
     QT_TRANSLATE_NOOP("hearth_cli",
                       "import posts (scheduler CSV), ics (calendar) or metrics (analytics)"),
     &hearth::cli::runImport},
    {"restore",
     QT_TRANSLATE_NOOP("hearth_cli", "replace the plan with a checked backup (undoable)"),
     &hearth::cli::runRestore},
    {"post", QT_TRANSLATE_NOOP("hearth_cli", "add, list, show, move or delete planned posts"),
     &hearth::cli::runPost},
    {"text-check", QT_TRANSLATE_NOOP("hearth_cli", "count a text the way a network counts it"),
     &hearth::cli::runTextCheck},
    {"network", QT_TRANSLATE_NOOP("hearth_cli", "list the networks with their limits"),
     &hearth::cli::runNetwork},
    {"metrics", QT_TRANSLATE_NOOP("hearth_cli", "set or show a post's figures on one network"),
     &hearth::cli::runMetrics},
    {"stats",
     QT_TRANSLATE_NOOP("hearth_cli", "community response per post, week, pillar, network or slot"),
     &hearth::cli::runStats},
    {"idea", QT_TRANSLATE_NOOP("hearth_cli", "add, list, search, suggest, show or delete ideas"),
     &hearth::cli::runIdea},
};

QString usage()
{
    QString text = QCoreApplication::translate(
        "hearth_cli", "Usage: hearth-cli [--db FILE] [--read-only] [--format table|json|csv] "
                      "COMMAND [ARGS]\n\nCommands:\n");
    for (const Command &command : commands)
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(14),
                         QCoreApplication::translate("hearth_cli", command.summary));
    text += QCoreApplication::translate(
        "hearth_cli", "\nRun \"hearth-cli COMMAND --help\" for a command's options.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("hearth"));
    QCoreApplication::setApplicationName(QStringLiteral("hearth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments().mid(1);

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
            out << usage();
            return 0;
        }
        global << argument;
        // Options that take a value consume the next word unless written as --opt=value.
        if ((argument == QLatin1String("--db") || argument == QLatin1String("--format")) &&
            index + 1 < arguments.size())
            global << arguments.at(++index);
    }
    if (index >= arguments.size()) {
        err << usage();
        return hearth::cli::ExitUsage;
    }
    const QString name = arguments.at(index);
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name)) {
            hearth::cli::CliContext context(global, name, arguments.mid(index + 1));
            return command.run(context);
        }
    }
    err << QCoreApplication::translate("hearth_cli", "hearth-cli: unknown command \"%1\".\n")
               .arg(name)
        << usage();
    return hearth::cli::ExitUsage;
}
