// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace hearth::cli {

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

    // Adds --db, --read-only, --format and --help to `parser`, parses the subcommand's
    // arguments and handles --help. Returns false (with `exitCode` set) when the caller
    // should return at once.
    bool parse(QCommandLineParser &parser, const QString &description, int &exitCode);

    OutputFormat format() const { return m_format; }
    QString databasePath() const { return m_databasePath; }
    bool readOnlyRequested() const { return m_readOnly; }

    core::Result<std::unique_ptr<core::Database>> openDatabase(core::CreateMode create) const;

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
    QStringList m_globalArguments;
    QString m_command;
    QStringList m_commandArguments;
    OutputFormat m_format = OutputFormat::Table;
    QString m_databasePath;
    bool m_readOnly = false;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace hearth::cli
