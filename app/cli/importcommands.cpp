// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli import: one command, several kinds of file, chosen by the first word.
#include "commands.h"

#include <QCoreApplication>

namespace hearth::cli {

namespace {

struct ImportKind
{
    const char *name;
    const char *summary;
    int (*run)(CliContext &);
};

// Each kind makes "hearth-cli import <kind> …".
constexpr ImportKind importKinds[] = {
    {"ics",
     QT_TRANSLATE_NOOP("hearth_cli",
                       "a calendar (.ics) made elsewhere, as drafts or scheduled posts"),
     &runImportIcs},
    {"metrics",
     QT_TRANSLATE_NOOP("hearth_cli", "an analytics export (.csv or .xls), matched to your posts"),
     &runImportMetrics},
    {"posts", QT_TRANSLATE_NOOP("hearth_cli", "planned posts from a scheduler's bulk CSV"),
     &runImportPosts},
};

QString importUsage()
{
    QString text = QCoreApplication::translate(
        "hearth_cli", "Usage: hearth-cli import KIND FILE [OPTIONS]\n\nKinds:\n");
    for (const ImportKind &kind : importKinds)
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(kind.name).leftJustified(10),
                         QCoreApplication::translate("hearth_cli", kind.summary));
    text += QCoreApplication::translate(
        "hearth_cli", "\nRun \"hearth-cli import KIND --help\" for its options.\n");
    return text;
}

} // namespace

int runImport(CliContext &context)
{
    const QStringList arguments = context.commandArguments();
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h")) {
        const bool asked = !arguments.isEmpty();
        (asked ? context.out() : context.err()) << importUsage();
        (asked ? context.out() : context.err()).flush();
        return asked ? ExitOk : ExitUsage;
    }
    const QString kind = arguments.first();
    for (const ImportKind &entry : importKinds) {
        if (kind == QLatin1String(entry.name)) {
            CliContext nested(context.globalArguments(), context.command() + u' ' + kind,
                              arguments.mid(1));
            return entry.run(nested);
        }
    }
    context.err() << QCoreApplication::translate("hearth_cli",
                                                 "hearth-cli: import knows no kind \"%1\".\n")
                         .arg(kind)
                  << importUsage();
    context.err().flush();
    return ExitUsage;
}

} // namespace hearth::cli
