// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli idea: add, list, search, suggest, show and delete ideas in the idea bank.
#include "commands.h"
#include "common/clock.h"
#include "listen/listenadvisor.h"
#include "plan/catalog.h"
#include "spark/idearepository.h"
#include "spark/ideasearch.h"
#include "spark/ideasuggester.h"
#include "storage/database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>

#include <random>

namespace hearth::cli {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

// Pillar names by id, for showing ideas.
using PillarNames = QHash<qint64, QString>;

QString pillarName(const PillarNames &names, const std::optional<qint64> &id)
{
    return id ? names.value(*id) : QString();
}

QJsonObject ideaJson(const core::Idea &idea, const PillarNames &names)
{
    QJsonObject json{
        {QStringLiteral("id"), idea.id},
        {QStringLiteral("title"), idea.title},
        {QStringLiteral("notes"), idea.notes},
        {QStringLiteral("pillar"),
         idea.pillarId ? QJsonValue(pillarName(names, idea.pillarId)) : QJsonValue()},
        {QStringLiteral("tags"), QJsonArray::fromStringList(idea.tags)},
        {QStringLiteral("times_used"), idea.timesUsed},
        {QStringLiteral("last_used"), jsonTime(idea.lastUsed)},
        {QStringLiteral("source"), core::toString(idea.source)},
        {QStringLiteral("favourite"), idea.favourite},
        {QStringLiteral("archived"), idea.archived},
        {QStringLiteral("created_at"), isoUtc(idea.createdAt)},
    };
    if (!idea.libraryKey.isEmpty())
        json.insert(QStringLiteral("library_key"), idea.libraryKey);
    if (idea.feedbackPostId)
        json.insert(QStringLiteral("feedback_post_id"), *idea.feedbackPostId);
    return json;
}

QStringList ideaRow(const core::Idea &idea, const PillarNames &names)
{
    QString flags;
    if (idea.favourite)
        flags += u'*';
    if (idea.archived)
        flags += u'a';
    return {QString::number(idea.id),         idea.title,
            pillarName(names, idea.pillarId), idea.tags.join(QStringLiteral(", ")),
            QString::number(idea.timesUsed),  localText(idea.lastUsed),
            core::toString(idea.source),      flags};
}

QStringList ideaHeaders()
{
    return {tr("id"),   tr("title"),     tr("pillar"), tr("tags"),
            tr("used"), tr("last used"), tr("source"), tr("flags")};
}

// Splits "--tag a,b --tag c" into tag names.
QStringList tagsFrom(const QStringList &values)
{
    QStringList tags;
    for (const QString &value : values)
        tags << value.split(u',', Qt::SkipEmptyParts);
    return tags;
}

// An open plan with its pillars, which ideas are shown and filtered by.
struct IdeaBank final
{
    std::unique_ptr<core::Database> database;
    QList<core::Pillar> pillars;
    PillarNames names;
};

// ExitOk with `bank` open, or the exit code after saying why not.
int openBank(CliContext &context, core::CreateMode create, IdeaBank &bank)
{
    auto database = context.openDatabase(create);
    if (!database)
        return context.fail(database.error());
    bank.database = std::move(*database);
    auto pillars = core::CatalogRepository(*bank.database).pillars();
    if (!pillars)
        return context.fail(pillars.error());
    bank.pillars = *pillars;
    for (const core::Pillar &pillar : std::as_const(bank.pillars))
        bank.names.insert(pillar.id, pillar.name);
    return ExitOk;
}

// The pillar named by --pillar into `id`; ExitOk, or ExitUsage (with a message) when unknown.
int readPillar(CliContext &context, const IdeaBank &bank, std::optional<qint64> &id)
{
    if (!context.isSet("pillar"))
        return ExitOk;
    const QString name = context.value("pillar").trimmed();
    QStringList known;
    for (const core::Pillar &pillar : std::as_const(bank.pillars)) {
        if (pillar.name.compare(name, Qt::CaseInsensitive) == 0) {
            id = pillar.id;
            return ExitOk;
        }
        known << pillar.name;
    }
    return context.fail(tr("There is no pillar \"%1\". Known pillars: %2.")
                            .arg(name, known.join(QStringLiteral(", "))),
                        ExitUsage);
}

int ideaAdd(CliContext &context)
{
    const QString title = context.arguments().join(u' ').trimmed();
    if (title.isEmpty())
        return context.fail(
            tr("Give the idea's title, e.g. hearth-cli idea add \"Meet the team\"."), ExitUsage);
    IdeaBank bank;
    if (const int exitCode = openBank(context, core::CreateMode::CreateIfMissing, bank))
        return exitCode;
    core::Idea idea;
    idea.title = title;
    idea.notes = context.value("notes");
    idea.tags = tagsFrom(context.values("tag"));
    idea.favourite = context.isSet("favourite");
    if (const int exitCode = readPillar(context, bank, idea.pillarId))
        return exitCode;
    auto created = core::IdeaRepository(*bank.database).create(idea);
    if (!created)
        return context.fail(created.error());
    context.printRows(ideaHeaders(), {ideaRow(*created, bank.names)},
                      ideaJson(*created, bank.names));
    return ExitOk;
}

// "list" and "search": the filter options; ExitOk, or the exit code after saying why not.
int readFilter(CliContext &context, const IdeaBank &bank, core::IdeaFilter &filter)
{
    if (const int exitCode = readPillar(context, bank, filter.pillarId))
        return exitCode;
    filter.tag = context.value("tag");
    filter.unusedOnly = context.isSet("unused");
    filter.favouritesOnly = context.isSet("favourites");
    if (context.isSet("archived"))
        filter.archived = core::ArchivedFilter::Only;
    else if (context.isSet("all"))
        filter.archived = core::ArchivedFilter::Include;
    if (context.isSet("limit")) {
        bool ok = false;
        filter.limit = context.value("limit").toInt(&ok);
        if (!ok || filter.limit <= 0)
            return context.fail(tr("--limit needs a positive number."), ExitUsage);
    }
    return ExitOk;
}

int listIdeas(CliContext &context, const QString &searchText)
{
    IdeaBank bank;
    if (const int exitCode = openBank(context, core::CreateMode::MustExist, bank))
        return exitCode;
    core::IdeaFilter filter;
    if (const int exitCode = readFilter(context, bank, filter))
        return exitCode;
    auto hits = core::IdeaSearch(*bank.database).search(searchText, filter);
    if (!hits)
        return context.fail(hits.error());
    const bool searching = !core::IdeaSearch::ftsQuery(searchText).isEmpty();
    QStringList headers = ideaHeaders();
    if (searching)
        headers << tr("match");
    QList<QStringList> rows;
    QJsonArray json;
    for (const core::IdeaHit &hit : std::as_const(*hits)) {
        QStringList row = ideaRow(hit.idea, bank.names);
        QJsonObject object = ideaJson(hit.idea, bank.names);
        if (searching) {
            const QString snippet = core::IdeaSearch::renderSnippet(
                hit.snippet, QStringLiteral("["), QStringLiteral("]"));
            row << snippet;
            object.insert(QStringLiteral("rank"), hit.rank);
            object.insert(QStringLiteral("snippet"), snippet);
        }
        rows << row;
        json.append(object);
    }
    context.printRows(headers, rows, json);
    return ExitOk;
}

int ideaList(CliContext &context)
{
    return listIdeas(context, QString());
}

int ideaSearch(CliContext &context)
{
    const QString text = context.arguments().join(u' ');
    if (text.trimmed().isEmpty())
        return context.fail(
            tr("Give the text to search for, e.g. \"hearth-cli idea search cafe\"."), ExitUsage);
    return listIdeas(context, text);
}

int ideaShow(CliContext &context, const IdeaBank &bank, qint64 id)
{
    auto idea = core::IdeaRepository(*bank.database).find(id);
    if (!idea)
        return context.fail(idea.error());
    const QStringList values = ideaRow(*idea, bank.names);
    const QStringList headers = ideaHeaders();
    QList<QStringList> rows;
    for (qsizetype index = 0; index < headers.size(); ++index)
        rows << QStringList{headers.at(index), values.at(index)};
    rows << QStringList{tr("notes"), idea->notes};
    if (idea->feedbackPostId)
        rows << QStringList{tr("from post"), QString::number(*idea->feedbackPostId)};
    context.printRows({tr("item"), tr("value")}, rows, ideaJson(*idea, bank.names));
    return ExitOk;
}

int ideaDelete(CliContext &context, const IdeaBank &bank, qint64 id)
{
    auto deleted = core::IdeaRepository(*bank.database).remove(id);
    if (!deleted)
        return context.fail(deleted.error());
    QJsonObject json{{QStringLiteral("deleted"), id},
                     {QStringLiteral("title"), deleted->idea.title},
                     {QStringLiteral("unlinked_posts"), qint64(deleted->postIds.size())}};
    context.printRows(
        {tr("deleted"), tr("title"), tr("unlinked posts")},
        {{QString::number(id), deleted->idea.title, QString::number(deleted->postIds.size())}},
        json);
    return ExitOk;
}

// --seed and --week of "suggest"; ExitOk, or ExitUsage after saying why not.
int readSuggestion(CliContext &context, const core::Database &database, quint32 &seed, QDate &week)
{
    if (context.isSet("seed")) {
        bool ok = false;
        seed = context.value("seed").toUInt(&ok);
        if (!ok)
            return context.fail(tr("--seed needs a whole number from 0 to 4294967295."), ExitUsage);
    } else {
        seed = std::random_device{}();
    }
    week = database.clock().now().toLocalTime().date();
    if (context.isSet("week")) {
        week = QDate::fromString(context.value("week"), Qt::ISODate);
        if (!week.isValid())
            return context.fail(
                tr("--week \"%1\" is not a date like 2026-11-23.").arg(context.value("week")),
                ExitUsage);
    }
    week = core::IdeaSuggester::weekStartFor(week);
    return ExitOk;
}

// The networks of --network, else the user's default networks, else every enabled one;
// ExitOk, or ExitUsage after naming an unknown network.
int readNetworks(CliContext &context, const IdeaBank &bank, QStringList &networks)
{
    auto known = core::CatalogRepository(*bank.database).networks();
    if (!known)
        return context.fail(known.error());
    QStringList enabled;
    for (const core::Network &network : std::as_const(*known)) {
        if (network.enabled)
            enabled << network.id;
    }
    networks = core::networkIdsFromSetting(context.values("network"));
    for (const QString &id : std::as_const(networks)) {
        if (!enabled.contains(id))
            return context.fail(tr("There is no enabled network \"%1\". Known networks: %2.")
                                    .arg(id, enabled.join(QStringLiteral(", "))),
                                ExitUsage);
    }
    if (networks.isEmpty())
        networks =
            core::networkIdsFromSetting(QSettings().value(QStringLiteral("defaults/networks")));
    networks.removeIf([&enabled](const QString &id) { return !enabled.contains(id); });
    if (networks.isEmpty())
        networks = enabled;
    return ExitOk;
}

// A suggester that knows the plan's figures and the user's default time.
struct AdvisedSuggester final
{
    explicit AdvisedSuggester(core::Database &database, const QStringList &networks)
        : advisor(database)
        , suggester(database,
                    core::SuggestionAdvice{
                        &advisor, &advisor, networks,
                        core::defaultPostTime(
                            QSettings().value(QStringLiteral("defaults/postTime")).toString())})
    {}
    core::ListenAdvisor advisor;
    core::IdeaSuggester suggester;
};

// "suggest --surprise": one idea for the week.
int suggestOne(CliContext &context, const IdeaBank &bank, const QDate &week, quint32 seed,
               const QStringList &networks)
{
    auto pick = AdvisedSuggester(*bank.database, networks).suggester.surpriseMe(week, seed);
    if (!pick)
        return context.fail(pick.error());
    if (!pick->has_value())
        return context.fail(
            tr("The idea bank has no idea to suggest; add one with \"hearth-cli idea add\"."));
    const core::Suggestion &suggestion = **pick;
    context.printRows({tr("id"), tr("title"), tr("pillar"), tr("why")},
                      {{QString::number(suggestion.idea.id), suggestion.idea.title,
                        pillarName(bank.names, suggestion.idea.pillarId), suggestion.reason}},
                      QJsonObject{{QStringLiteral("week"), week.toString(Qt::ISODate)},
                                  {QStringLiteral("seed"), qint64(seed)},
                                  {QStringLiteral("reason"), suggestion.reason},
                                  {QStringLiteral("idea"), ideaJson(suggestion.idea, bank.names)}});
    return ExitOk;
}

// "suggest": an idea for each posting slot of the week.
int suggestWeek(CliContext &context, const IdeaBank &bank, const QDate &week, quint32 seed,
                const QStringList &networks)
{
    auto proposal = AdvisedSuggester(*bank.database, networks).suggester.fillWeek(week, seed);
    if (!proposal)
        return context.fail(proposal.error());
    if (proposal->usedDefaultSlots && context.format() == OutputFormat::Table)
        context.note(tr("You have no posting slots yet, so these use Monday to Friday at the "
                        "best hour your figures show, else at your default time."));
    QList<QStringList> rows;
    QJsonArray proposals;
    for (const core::SlotProposal &slot : std::as_const(proposal->proposals)) {
        const QString wanted = pillarName(bank.names, slot.pillarId);
        rows << QStringList{localText(slot.at),
                            slot.networkId,
                            wanted,
                            slot.idea ? QString::number(slot.idea->id) : QString(),
                            slot.idea ? slot.idea->title : tr("(no idea left)"),
                            slot.timeWhy};
        proposals.append(QJsonObject{
            {QStringLiteral("slot"), slot.at.toLocalTime().toString(Qt::ISODate)},
            {QStringLiteral("network"), slot.networkId},
            {QStringLiteral("why"), slot.timeWhy},
            {QStringLiteral("idea_why"), slot.ideaWhy},
            {QStringLiteral("slot_utc"), isoUtc(slot.at)},
            {QStringLiteral("pillar"), slot.pillarId ? QJsonValue(wanted) : QJsonValue()},
            {QStringLiteral("idea"),
             slot.idea ? QJsonValue(ideaJson(*slot.idea, bank.names)) : QJsonValue()},
        });
    }
    context.printRows({tr("slot"), tr("network"), tr("pillar"), tr("id"), tr("idea"), tr("why")},
                      rows,
                      QJsonObject{{QStringLiteral("week"), week.toString(Qt::ISODate)},
                                  {QStringLiteral("seed"), qint64(seed)},
                                  {QStringLiteral("default_slots"), proposal->usedDefaultSlots},
                                  {QStringLiteral("proposals"), proposals}});
    return ExitOk;
}

int ideaSuggest(CliContext &context)
{
    IdeaBank bank;
    if (const int exitCode = openBank(context, core::CreateMode::MustExist, bank))
        return exitCode;
    quint32 seed = 0;
    QDate week;
    if (const int exitCode = readSuggestion(context, *bank.database, seed, week))
        return exitCode;
    QStringList networks;
    if (const int exitCode = readNetworks(context, bank, networks))
        return exitCode;
    return context.isSet("surprise") ? suggestOne(context, bank, week, seed, networks)
                                     : suggestWeek(context, bank, week, seed, networks);
}

using IdeaAction = int (*)(CliContext &, const IdeaBank &, qint64 id);

// "idea show|delete ID": the idea's id, then the open bank.
template<IdeaAction action>
int withIdea(CliContext &context)
{
    bool ok = false;
    const qint64 id = context.arguments().value(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return context.fail(tr("Give the idea's id (a number, as \"hearth-cli idea list\" "
                               "shows it)."),
                            ExitUsage);
    IdeaBank bank;
    if (const int exitCode = openBank(context, core::CreateMode::MustExist, bank))
        return exitCode;
    return action(context, bank, id);
}

} // namespace

Command ideaCommand()
{
    return Command{
        .name = QStringLiteral("idea"),
        .summary = tr("add, list, search, suggest, show or delete ideas"),
        .description = tr("Work with the idea bank."),
        .options =
            {valued("notes", "TEXT", tr("add: the prompt or notes.")),
             valued("pillar", "NAME",
                    tr("add: the idea's pillar; list, search: only this pillar.")),
             valued("tag", "TAG",
                    tr("add: tags (repeat or separate with commas); list, search: only this tag.")),
             flag("favourite", tr("add: mark the idea as a favourite.")),
             flag("unused", tr("list, search: only ideas never used in a post.")),
             flag("favourites", tr("list, search: only favourites.")),
             flag("archived", tr("list, search: only archived ideas.")),
             flag("all", tr("list, search: archived ideas too.")),
             valued("limit", "N", tr("list, search: at most N ideas.")),
             valued("seed", "N", tr("suggest: repeat the suggestions of this seed.")),
             valued("week", "YYYY-MM-DD",
                    tr("suggest: the week holding this date (default: this week).")),
             valued("network", "ID",
                    tr("suggest: the network whose best times to propose (repeat or separate "
                       "with commas; default: your default networks).")),
             flag("surprise",
                  tr("suggest: one idea (\"Surprise me\") instead of filling the week."))},
        .arguments = {{QStringLiteral("action"),
                       tr("add TITLE | list | search TEXT | suggest | show ID | delete ID")},
                      {QStringLiteral("argument"), tr("The title, search text or idea id.")}},
        .subcommands = {action("add", &ideaAdd), action("list", &ideaList),
                        action("search", &ideaSearch), action("suggest", &ideaSuggest),
                        action("show", &withIdea<ideaShow>),
                        action("delete", &withIdea<ideaDelete>)},
        .missing = tr("Say what to do: add, list, search, suggest, show or delete. "
                      "Run \"hearth-cli idea --help\" for usage."),
        .unknown = tr("Unknown action \"%1\"; use add, list, search, suggest, show or delete.")};
}

} // namespace hearth::cli
