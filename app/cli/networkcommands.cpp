// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli network list: the networks posts can go to, with their limits.
#include "commands.h"
#include "plan/catalog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hearth::cli {

namespace {

int runNetworkList(CliContext &context)
{
    if (!context.arguments().isEmpty())
        return context.fail(tr("network needs the action \"list\"."), ExitUsage);
    auto database = context.openDatabaseOrBuiltins();
    if (!database)
        return context.fail(database.error());
    auto networks = core::CatalogRepository(**database).networks();
    if (!networks)
        return context.fail(networks.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const core::Network &network : std::as_const(*networks)) {
        json.append(QJsonObject{{QStringLiteral("id"), network.id},
                                {QStringLiteral("name"), network.name},
                                {QStringLiteral("limit"), network.charLimit},
                                {QStringLiteral("counting_rule"), network.countingRule},
                                {QStringLiteral("builtin"), network.builtin},
                                {QStringLiteral("enabled"), network.enabled},
                                {QStringLiteral("settings"), network.settings}});
        rows << QStringList{network.id,
                            network.name,
                            QString::number(network.charLimit),
                            network.countingRule,
                            network.builtin ? tr("built-in") : tr("custom"),
                            network.enabled ? tr("yes") : tr("no")};
    }
    context.printRows({tr("id"), tr("name"), tr("limit"), tr("rule"), tr("kind"), tr("enabled")},
                      rows, json);
    return ExitOk;
}

} // namespace

Command networkCommand()
{
    return Command{.name = QStringLiteral("network"),
                   .summary = tr("list the networks with their limits"),
                   .description =
                       tr("The networks posts can go to, with their limits and counting rules."),
                   .arguments = {{QStringLiteral("action"), tr("list")}},
                   .subcommands = {action("list", &runNetworkList)},
                   .missing = tr("network needs the action \"list\"."),
                   .unknown = tr("network needs the action \"list\".")};
}

} // namespace hearth::cli
