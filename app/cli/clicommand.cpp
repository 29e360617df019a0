// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include "clicontext.h"

#include <algorithm>

namespace hearth::cli {

namespace {

// `text` with the word the user gave, where the text has a place for it.
QString withWord(const QString &text, const QString &word)
{
    return text.contains(QLatin1String("%1")) ? text.arg(word) : text;
}

} // namespace

Option Option::onlyFor(const char *actionList) const
{
    Option scoped = *this;
    scoped.actions = QString::fromLatin1(actionList).split(u',');
    return scoped;
}

Option flag(const char *name, const QString &description)
{
    return Option(QString::fromLatin1(name), description);
}

Option valued(const char *name, const char *valueName, const QString &description,
              const char *defaultValue)
{
    return Option(QString::fromLatin1(name), description, QString::fromUtf8(valueName),
                  defaultValue ? QString::fromLatin1(defaultValue) : QString());
}

Command action(const char *name, Run run)
{
    Command command;
    command.name = QString::fromLatin1(name);
    command.run = run;
    return command;
}

int Command::execute(CliContext &context) const
{
    if (!subcommands.isEmpty() && style == SubcommandStyle::Group)
        return executeGroup(context);
    int exitCode = ExitOk;
    if (!context.parse(*this, exitCode))
        return exitCode;
    return subcommands.isEmpty() ? run(context) : executeAction(context);
}

QString Command::groupUsage() const
{
    QString text = usage;
    for (const Command &subcommand : subcommands)
        text += QStringLiteral("  %1%2\n")
                    .arg(subcommand.name.leftJustified(nameWidth), subcommand.summary);
    return text + footer;
}

int Command::executeGroup(CliContext &context) const
{
    const QStringList words = context.commandArguments();
    if (words.isEmpty() || words.first() == QLatin1String("--help") ||
        words.first() == QLatin1String("-h")) {
        const bool asked = !words.isEmpty();
        QTextStream &stream = asked ? context.out() : context.err();
        stream << groupUsage();
        stream.flush();
        return asked ? ExitOk : ExitUsage;
    }
    const QString word = words.first();
    for (const Command &subcommand : subcommands) {
        if (subcommand.name == word) {
            const QString path =
                context.command().isEmpty() ? word : context.command() + u' ' + word;
            CliContext nested(context.globalArguments(), path, words.mid(1));
            return subcommand.execute(nested);
        }
    }
    context.err() << withWord(unknown, word) << groupUsage();
    context.err().flush();
    return ExitUsage;
}

int Command::executeAction(CliContext &context) const
{
    const QStringList positional = context.positionalArguments();
    if (positional.isEmpty())
        return context.fail(missing, ExitUsage);
    const QString word = positional.first();
    const auto action =
        std::find_if(subcommands.begin(), subcommands.end(),
                     [&](const Command &subcommand) { return subcommand.name == word; });
    if (action == subcommands.end())
        return context.fail(withWord(unknown, word), ExitUsage);
    // Options that mean nothing to the chosen action are mistakes, not silently ignored.
    for (const Option &option : options) {
        if (!option.actions.isEmpty() && !option.actions.contains(word) &&
            context.isSet(option.longName()))
            return context.fail(tr("%1 %2 does not take --%3.").arg(name, word, option.longName()),
                                ExitUsage);
    }
    context.takeAction();
    return action->run(context);
}

} // namespace hearth::cli
