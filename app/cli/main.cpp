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
    {"init", QT_TRANSLATE_NOOP("hearth-cli", "create the database, or upgrade its schema"), &hearth::cli::runInit},
    {"check", QT_TRANSLATE_NOOP("hearth-cli", "verify integrity, schema version and counts"), &hearth::cli::runCheck},
    {"idea", QT_TRANSLATE_NOOP("hearth-cli", "add, list, search, suggest, show or delete ideas"), &hearth::cli::runIdea},
};

QString usage()
{
    QString text = QCoreApplication::translate(
                       "hearth-cli", "Usage: hearth-cli [--db FILE] [--read-only] [--format table|json|csv] "
                                     "COMMAND [ARGS]\n\nCommands:\n");
    for (const Command &command : commands)
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(14),
                         QCoreApplication::translate("hearth-cli", command.summary));
    text += QCoreApplication::translate("hearth-cli",
                                        "\nRun \"hearth-cli COMMAND --help\" for a command's options.\n");
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
        if ((argument == QLatin1String("--db") || argument == QLatin1String("--format"))
            && index + 1 < arguments.size())
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
    err << QCoreApplication::translate("hearth-cli", "hearth-cli: unknown command \"%1\".\n").arg(name)
        << usage();
    return hearth::cli::ExitUsage;
}
