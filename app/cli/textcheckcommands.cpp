// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli text-check: count a text the way each network counts it, before posting.
#include "cliarguments.h"
#include "commands.h"
#include "plan/catalog.h"
#include "plan/textcounter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hearth::cli {

namespace {

int runTextCheck(CliContext &context)
{
    if (!context.isSet("network") || !context.isSet("text"))
        return context.fail(tr("text-check needs --network and --text."), ExitUsage);
    core::TextCheckOptions checkOptions;
    const QString field = context.value("field").toLower();
    if (field == QLatin1String("title"))
        checkOptions.field = core::TextField::Title;
    else if (field == QLatin1String("comment"))
        checkOptions.field = core::TextField::Comment;
    else if (field != QLatin1String("body"))
        return context.fail(tr("Unknown --field \"%1\"; use body, title or comment.").arg(field),
                            ExitUsage);

    auto database = context.openDatabaseOrBuiltins();
    if (!database)
        return context.fail(database.error());
    core::CatalogRepository catalog(**database);
    auto ids = parseNetworks(catalog, context.values("network"));
    if (!ids)
        return context.fail(ids.error());

    const QString text = textArgument(context.value("text"));
    QJsonArray json;
    QList<QStringList> rows;
    for (const QString &id : std::as_const(*ids)) {
        auto network = catalog.network(id);
        if (!network)
            return context.fail(network.error());
        const core::TextCheck check = core::checkText(*network, text, checkOptions);
        json.append(
            QJsonObject{{QStringLiteral("network"), check.networkId},
                        {QStringLiteral("count"), check.count},
                        {QStringLiteral("limit"), check.limit},
                        {QStringLiteral("ok"), check.ok},
                        {QStringLiteral("reasons"), QJsonArray::fromStringList(check.reasons)},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(check.warnings)}});
        rows << QStringList{check.networkId, QString::number(check.count),
                            QString::number(check.limit),
                            check.ok ? QStringLiteral("true") : QStringLiteral("false"),
                            (check.reasons + check.warnings).join(QStringLiteral(" "))};
    }
    // One network gives one object, as scripts expect; several give an array.
    context.printRows({tr("network"), tr("count"), tr("limit"), tr("ok"), tr("reasons")}, rows,
                      json.size() == 1 ? json.first() : QJsonValue(json));
    return ExitOk;
}

} // namespace

Command textCheckCommand()
{
    return Command{
        .name = QStringLiteral("text-check"),
        .summary = tr("count a text the way a network counts it"),
        .description = tr("Count a text the way each network counts it and say whether it fits. "
                          "Exits 0 when the check ran, whatever its verdict."),
        .options = {valued("network", "ID[,ID…]",
                           tr("Network ids, comma-separated (see \"hearth-cli network list\").")),
                    valued("text", "TEXT", tr("The text to check.")),
                    valued("field", "body|title|comment",
                           tr("Which text: body (default), title or comment."), "body")},
        .run = &runTextCheck};
}

} // namespace hearth::cli
