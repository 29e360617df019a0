// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace hearth::cli {

class CliContext;

// One option of a command, declared once: it feeds both the parser and --help. In a command
// with actions it also says which actions take it.
struct Option final : QCommandLineOption
{
    using QCommandLineOption::QCommandLineOption;

    // The actions that take it; empty: every action.
    QStringList actions;

    QString longName() const { return names().constLast(); }
    // The same option, taken only by the named actions ("add,move").
    Option onlyFor(const char *actionList) const;
};

// A switch such as --dry-run.
Option flag(const char *name, const QString &description);
// An option with a value such as --at WHEN; `defaultValue` applies when it is not given.
Option valued(const char *name, const char *valueName, const QString &description,
              const char *defaultValue = nullptr);

// A positional argument, for --help only.
struct Argument final
{
    QString name{};
    QString description{};
    QString syntax{};
};

// How a command with subcommands picks one.
enum class SubcommandStyle
{
    // "hearth-cli post add --text …": the command parses its options, then the first word
    // after them names the action, which runs with the same options.
    Action,
    // "hearth-cli import ics --help": the next word names a subcommand with options and
    // --help of its own; the group only lists them.
    Group,
};

using Run = int (*)(CliContext &context);

// One command of hearth-cli, or one action of a command: every command is declared this way,
// and the parser, --help and the dispatch all read the declaration. Commands are written with
// designated initialisers; the `{}` on each member lets a declaration leave it out.
struct Command final
{
    QString name{};
    // Its line in the parent's list of commands.
    QString summary{};
    // The top of its --help.
    QString description{};
    QList<Option> options{};
    QList<Argument> arguments{};
    // What a command without subcommands does.
    Run run = nullptr;
    // --db and --server together: the command reads the file plan and writes the team plan
    // (team push). For every other command they name two plans, which is a mistake.
    bool readsFileIntoServer = false;

    QList<Command> subcommands{};
    SubcommandStyle style = SubcommandStyle::Action;
    // Action: said (as a failure) when no action is given.
    QString missing{};
    // Said when the word naming a subcommand is unknown; %1, if there, is that word.
    QString unknown{};
    // Group: the usage above the list of subcommands, the line below it, and the column
    // the summaries start in.
    QString usage{};
    QString footer{};
    int nameWidth = 0;

    // Parses the arguments `context` holds for this command and runs it (or its subcommand).
    int execute(CliContext &context) const;
    // A group's usage with the list of its subcommands.
    QString groupUsage() const;

private:
    int executeGroup(CliContext &context) const;
    int executeAction(CliContext &context) const;
};

// An action of a command with actions: its name and what it does.
Command action(const char *name, Run run);

} // namespace hearth::cli
