// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

#include "clicommand.h"
#include "common/clock.h"
#include "interop/csv.h"
#include "serverlogin.h"
#include "spark/starterlibrary.h"
#include "storage/datalocation.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace hearth::cli {

CliContext::CliContext(QStringList globalArguments, QString command, QStringList commandArguments)
    : m_globalArguments(std::move(globalArguments))
    , m_command(std::move(command))
    , m_commandArguments(std::move(commandArguments))
    , m_out(stdout)
    , m_err(stderr)
{}

namespace {

// The options every command takes, declared once for the parser and the pre-scan in main.
const QList<Option> &globalOptions()
{
    static const QList<Option> options{
        valued("db", "FILE", tr("Use the database FILE instead of the default one.")),
        valued("server", "URI",
               tr("Use the team plan on a PostgreSQL server instead of a file: a libpq URI "
                  "(postgresql://user@host/database?sslmode=verify-full), service=NAME or "
                  "key=value pairs.")),
        flag("allow-unverified-server",
             tr("Connect to a server on another machine even though its certificate is not "
                "checked (sslmode is not verify-ca or verify-full).")),
        flag("read-only", tr("Open the database read-only.")),
        valued("format", "table|json|csv", tr("Output as table, json or csv."), "table"),
        Option({QStringLiteral("h"), QStringLiteral("help")}, tr("Show help for this command.")),
    };
    return options;
}

} // namespace

QString localText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

QJsonValue jsonTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonOrNull(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

bool CliContext::globalOptionTakesValue(const QString &argument)
{
    return std::any_of(globalOptions().begin(), globalOptions().end(), [&](const Option &option) {
        return !option.valueName().isEmpty() && argument == QLatin1String("--") + option.longName();
    });
}

bool CliContext::parse(const Command &command, int &exitCode)
{
    QCommandLineParser &parser = m_parser;
    parser.setApplicationDescription(command.description);
    for (const Argument &argument : command.arguments)
        parser.addPositionalArgument(argument.name, argument.description, argument.syntax);
    for (const Option &option : command.options)
        parser.addOption(option);
    for (const Option &option : globalOptions())
        parser.addOption(option);

    // Global options may stand before the subcommand; they apply unless repeated after it.
    QStringList arguments{QCoreApplication::applicationName() + u' ' + m_command};
    arguments << m_globalArguments << m_commandArguments;
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << u'\n'
              << tr("Run \"hearth-cli %1 --help\" for usage.").arg(m_command) << Qt::endl;
        exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        m_out.flush();
        exitCode = ExitOk;
        return false;
    }
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format == QLatin1String("json")) {
        m_format = OutputFormat::Json;
    } else if (format == QLatin1String("csv")) {
        m_format = OutputFormat::Csv;
    } else if (format == QLatin1String("table")) {
        m_format = OutputFormat::Table;
    } else {
        exitCode =
            fail(tr("Unknown --format \"%1\"; use table, json or csv.").arg(format), ExitUsage);
        return false;
    }
    m_databasePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                        : core::defaultDatabasePath();
    m_readOnly = parser.isSet(QStringLiteral("read-only"));
    if (parser.isSet(QStringLiteral("server")) && !parseServer(command, exitCode))
        return false;
    return true;
}

bool CliContext::parseServer(const Command &command, int &exitCode)
{
    if (m_parser.isSet(QStringLiteral("db")) && !command.readsFileIntoServer) {
        exitCode =
            fail(tr("--server and --db name two different plans; give one of them."), ExitUsage);
        return false;
    }
    auto address = core::ServerAddress::parse(m_parser.value(QStringLiteral("server")));
    if (!address) {
        exitCode = fail(address.error().message, ExitUsage);
        return false;
    }
    // Without a checked certificate anyone on the way can pose as the server and read the
    // plan and the password; on this machine there is no way to be in between.
    if (!address->isLocal() && !address->verifiesServer() &&
        !m_parser.isSet(QStringLiteral("allow-unverified-server"))) {
        exitCode = fail(
            tr("%1 is on another machine and its certificate is not checked, so someone on the "
               "network could pose as the server and read the plan and your password. Add "
               "sslmode=verify-full to the address (with the server's root certificate in "
               "~/.postgresql/root.crt), or pass --allow-unverified-server if you trust the "
               "network.")
                .arg(address->displayText()),
            ExitUsage);
        return false;
    }
    m_server = *address;
    return true;
}

core::Result<std::unique_ptr<core::Database>>
CliContext::openDatabase(core::CreateMode create) const
{
    const core::OpenMode mode = m_readOnly ? core::OpenMode::ReadOnly : core::OpenMode::ReadWrite;
    auto database = m_server ? openServerPlan(create, mode) : openFilePlan(create, mode);
    // A plan opened for writing gets the starter library's prompts (once per library version).
    if (database && !(*database)->isReadOnly()) {
        if (auto loaded = core::StarterLibrary::ensureLoaded(**database); !loaded)
            return loaded.error();
    }
    return database;
}

core::Result<std::unique_ptr<core::Database>> CliContext::openFilePlan(core::CreateMode create,
                                                                       core::OpenMode mode) const
{
    core::OpenOptions options;
    options.create = create;
    options.mode = mode;
    return core::Database::open(m_databasePath, options, core::SystemClock::instance());
}

core::Result<std::unique_ptr<core::Database>> CliContext::openServerPlan(core::CreateMode create,
                                                                         core::OpenMode mode) const
{
    core::OpenOptions options;
    options.create = create;
    options.mode = mode;
    core::ServerAddress address = *m_server;
    auto database = core::Database::openServer(address, options, core::SystemClock::instance());
    if (database || database.error().kind != core::ErrorKind::AuthenticationFailed ||
        !address.password().isEmpty())
        return database;
    const LoginProbe login = probeLogin(address);
    if (!login.wantsPassword)
        return database;
    if (!inputIsTerminal())
        return core::Error::make(
            core::ErrorKind::AuthenticationFailed,
            tr("The server %1 asks for a password and none was given. Set PGPASSWORD, add the "
               "login to ~/.pgpass, or run hearth-cli in a terminal to be asked for it.")
                .arg(address.displayText()));
    const auto password =
        askPassword(tr("Password for %1 on %2: ").arg(login.user, address.shortName()));
    if (!password)
        return database;
    address.setPassword(*password);
    return core::Database::openServer(address, options, core::SystemClock::instance());
}

core::Result<std::unique_ptr<core::Database>> CliContext::openDatabaseOrBuiltins() const
{
    if (m_server) {
        auto database = openDatabase(core::CreateMode::MustExist);
        if (database || database.error().kind != core::ErrorKind::NotFound)
            return database;
        return core::Database::openInMemory(core::SystemClock::instance());
    }
    if (QFileInfo::exists(m_databasePath))
        return openDatabase(core::CreateMode::MustExist);
    return core::Database::openInMemory(core::SystemClock::instance());
}

void CliContext::printJson(const QJsonValue &value)
{
    QJsonDocument document;
    if (value.isArray())
        document.setArray(value.toArray());
    else
        document.setObject(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliContext::printTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths << header.size();
    auto shown = [](const QString &cell) {
        QString flat = cell;
        flat.replace(u'\n', u' ');
        return flat.size() > 60 ? flat.left(59) + QChar(0x2026) : flat;
    };
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], shown(row.at(i)).size());
    }
    auto printLine = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += shown(cells.at(i)).leftJustified(widths.at(i));
        }
        m_out << line.trimmed() << u'\n';
    };
    printLine(headers);
    for (const QStringList &row : rows)
        printLine(row);
    m_out.flush();
}

void CliContext::printCsv(const QStringList &headers, const QList<QStringList> &rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    core::CsvWriter writer(&buffer);
    writer.writeRecord(headers);
    for (const QStringList &row : rows)
        writer.writeRecord(row);
    m_out.flush();
    std::fwrite(buffer.data().constData(), 1, static_cast<size_t>(buffer.data().size()), stdout);
    std::fflush(stdout);
}

void CliContext::printRows(const QStringList &headers, const QList<QStringList> &rows,
                           const QJsonValue &json)
{
    switch (m_format) {
    case OutputFormat::Json:
        printJson(json);
        break;
    case OutputFormat::Csv:
        printCsv(headers, rows);
        break;
    case OutputFormat::Table:
        printTable(headers, rows);
        break;
    }
}

int CliContext::fail(const QString &message, int exitCode)
{
    QString oneLine = message;
    oneLine.replace(u'\n', u' ');
    m_err << QStringLiteral("hearth-cli: ") << oneLine << Qt::endl;
    return exitCode;
}

void CliContext::note(const QString &message)
{
    m_err << message << Qt::endl;
}

} // namespace hearth::cli
