// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"
#include "storage/serveraddress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace hearth::cli {

struct Command;

// Every string of hearth-cli is translated in this one context.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("hearth_cli", text);
}

// A time as people read it in a table: local, to the minute; empty when unset.
QString localText(const QDateTime &time);
// A time as programs read it: UTC ISO 8601, or null when unset.
QJsonValue jsonTime(const QDateTime &time);
QJsonValue jsonOrNull(const std::optional<qint64> &value);
QJsonValue jsonOrNull(const std::optional<double> &value);

enum class OutputFormat
{
    Table,
    Json,
    Csv
};

// Exit codes shared by every subcommand.
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2
};

// What every subcommand gets: its arguments, the chosen database and output format,
// and the two output streams (data to stdout, messages to stderr).
class CliContext final
{
public:
    CliContext(QStringList globalArguments, QString command, QStringList commandArguments);

    QString command() const { return m_command; }
    // The options given before the subcommand, and the words after it (for nested subcommands).
    QStringList globalArguments() const { return m_globalArguments; }
    QStringList commandArguments() const { return m_commandArguments; }

    // True for a global option that takes the next word as its value (--db FILE).
    static bool globalOptionTakesValue(const QString &argument);

    // Parses the subcommand's arguments against `command`'s options and arguments plus
    // --db, --server, --allow-unverified-server, --read-only, --format and --help, and handles
    // --help. Returns false (with `exitCode` set) when the caller should return at once.
    bool parse(const Command &command, int &exitCode);

    const QCommandLineParser &parser() const { return m_parser; }
    // The parsed options, by their long name.
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    bool isSet(const char *option) const { return isSet(QString::fromLatin1(option)); }
    QString value(const QString &option) const { return m_parser.value(option); }
    QString value(const char *option) const { return value(QString::fromLatin1(option)); }
    QStringList values(const char *option) const
    {
        return m_parser.values(QString::fromLatin1(option));
    }
    QStringList values(const QString &option) const { return m_parser.values(option); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }
    // The positional arguments after the action's name (all of them without an action).
    QStringList arguments() const { return positionalArguments().mid(m_actionWords); }
    // The first positional argument named the action.
    void takeAction() { m_actionWords = 1; }

    OutputFormat format() const { return m_format; }
    QString databasePath() const { return m_databasePath; }
    bool readOnlyRequested() const { return m_readOnly; }
    // --server named a team plan; the commands then work on it instead of the file.
    bool onServer() const { return m_server.has_value(); }
    const std::optional<core::ServerAddress> &server() const { return m_server; }

    // The plan the command works on: the team plan with --server, else the file.
    core::Result<std::unique_ptr<core::Database>> openDatabase(core::CreateMode create) const;
    // The file plan alone (--db or the default), as it is: no starter library added.
    core::Result<std::unique_ptr<core::Database>> openFilePlan(core::CreateMode create,
                                                               core::OpenMode mode) const;
    // The team plan alone, as it is; asks for the password on a terminal when the server wants
    // one that nothing else gave.
    core::Result<std::unique_ptr<core::Database>> openServerPlan(core::CreateMode create,
                                                                 core::OpenMode mode) const;
    // The user's plan when the file exists (or the server holds one), else an in-memory one:
    // the user's own limits and networks live in the plan, but the built-in networks count
    // correctly without it.
    core::Result<std::unique_ptr<core::Database>> openDatabaseOrBuiltins() const;

    // Data output in the chosen format.
    void printJson(const QJsonValue &value);
    void printTable(const QStringList &headers, const QList<QStringList> &rows);
    void printCsv(const QStringList &headers, const QList<QStringList> &rows);
    // Table or CSV for tabular data; JSON from `json`.
    void printRows(const QStringList &headers, const QList<QStringList> &rows,
                   const QJsonValue &json);

    // A one-line reason on stderr; returns the exit code to use.
    int fail(const QString &message, int exitCode = ExitFailure);
    int fail(const core::Error &error) { return fail(error.message); }
    void note(const QString &message);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

private:
    // --server's address, refused with --db or when it needs the user's consent.
    bool parseServer(const Command &command, int &exitCode);

    QStringList m_globalArguments;
    QString m_command;
    QStringList m_commandArguments;
    QCommandLineParser m_parser;
    qsizetype m_actionWords = 0;
    OutputFormat m_format = OutputFormat::Table;
    QString m_databasePath;
    std::optional<core::ServerAddress> m_server;
    bool m_readOnly = false;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace hearth::cli
