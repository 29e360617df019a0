// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli post: plan posts from scripts.
#include "cliarguments.h"
#include "commands.h"
#include "common/clock.h"
#include "plan/catalog.h"
#include "plan/planningservice.h"
#include "plan/textcounter.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace hearth::cli {

namespace {

// Names of pillars by id, so posts print "Educate" rather than 1.
QHash<qint64, QString> pillarNames(core::CatalogRepository &catalog)
{
    QHash<qint64, QString> names;
    if (auto pillars = catalog.pillars()) {
        for (const core::Pillar &pillar : std::as_const(*pillars))
            names.insert(pillar.id, pillar.name);
    }
    return names;
}

QJsonObject postJson(const core::Post &post, const QHash<qint64, QString> &pillars, bool details)
{
    QJsonObject variants;
    for (const core::PostNetwork &network : post.networks) {
        if (network.hasVariant())
            variants.insert(network.networkId, network.variantText);
    }
    QJsonObject json{
        {QStringLiteral("id"), post.id},
        {QStringLiteral("title"), post.title},
        {QStringLiteral("text"), post.body},
        {QStringLiteral("networks"), QJsonArray::fromStringList(post.networkIds())},
        {QStringLiteral("variants"), variants},
        {QStringLiteral("scheduled_at"), jsonTime(post.scheduledAt)},
        {QStringLiteral("status"), core::toString(post.status)},
        {QStringLiteral("pillar"),
         post.pillarId ? QJsonValue(pillars.value(*post.pillarId)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(post.tags)},
        {QStringLiteral("link"), post.link},
    };
    if (!details)
        return json;
    QJsonArray media;
    for (const core::MediaAttachment &attachment : post.media) {
        media.append(QJsonObject{{QStringLiteral("path"), attachment.path},
                                 {QStringLiteral("alt_text"), attachment.altText},
                                 {QStringLiteral("missing"), !QFileInfo::exists(attachment.path)}});
    }
    QJsonArray networks;
    for (const core::PostNetwork &network : post.networks) {
        networks.append(
            QJsonObject{{QStringLiteral("network"), network.networkId},
                        {QStringLiteral("text"), post.textFor(network.networkId)},
                        {QStringLiteral("external_id"), network.externalId.isEmpty()
                                                            ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue(network.externalId)},
                        {QStringLiteral("permalink"), network.permalink.isEmpty()
                                                          ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(network.permalink)},
                        {QStringLiteral("published_at"), jsonTime(network.publishedAt)}});
    }
    json.insert(QStringLiteral("network_details"), networks);
    json.insert(QStringLiteral("media"), media);
    json.insert(QStringLiteral("first_comment"), post.firstComment);
    json.insert(QStringLiteral("notes"), post.notes);
    json.insert(QStringLiteral("idea_id"),
                post.ideaId ? QJsonValue(*post.ideaId) : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("repeat_of"),
                post.repeatOf ? QJsonValue(*post.repeatOf) : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("repeat_every_weeks"), post.recurrence.isActive()
                                                          ? QJsonValue(post.recurrence.everyWeeks)
                                                          : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("created_at"), jsonTime(post.createdAt));
    json.insert(QStringLiteral("updated_at"), jsonTime(post.updatedAt));
    return json;
}

QStringList postHeaders(OutputFormat format)
{
    // The table is for people (local time); CSV is for programs (UTC as well).
    if (format == OutputFormat::Csv)
        return {tr("id"),       tr("scheduled_at"), tr("local_time"), tr("status"),
                tr("networks"), tr("pillar"),       tr("tags"),       tr("text")};
    return {tr("id"),     tr("when"), tr("status"), tr("networks"),
            tr("pillar"), tr("tags"), tr("text")};
}

QStringList postRow(const core::Post &post, const QHash<qint64, QString> &pillars,
                    OutputFormat format)
{
    const QString pillar = post.pillarId ? pillars.value(*post.pillarId) : QString();
    if (format == OutputFormat::Csv)
        return {QString::number(post.id),
                post.isScheduled() ? post.scheduledAt.toUTC().toString(Qt::ISODate) : QString(),
                localText(post.scheduledAt),
                core::toString(post.status),
                post.networkIds().join(u','),
                pillar,
                post.tags.join(u','),
                post.body};
    return {QString::number(post.id),
            post.isScheduled() ? localText(post.scheduledAt) : tr("(draft tray)"),
            core::toString(post.status),
            post.networkIds().join(u','),
            pillar,
            post.tags.join(u','),
            post.body};
}

void printPosts(CliContext &context, const QList<core::Post> &posts,
                const QHash<qint64, QString> &pillars)
{
    QList<QStringList> rows;
    QJsonArray json;
    for (const core::Post &post : posts) {
        rows << postRow(post, pillars, context.format());
        json.append(postJson(post, pillars, false));
    }
    context.printRows(postHeaders(context.format()), rows, json);
}

void printPost(CliContext &context, const core::Post &post, const QHash<qint64, QString> &pillars)
{
    if (context.format() == OutputFormat::Json) {
        context.printJson(postJson(post, pillars, true));
        return;
    }
    if (context.format() == OutputFormat::Csv) {
        context.printCsv(postHeaders(OutputFormat::Csv),
                         {postRow(post, pillars, OutputFormat::Csv)});
        return;
    }
    // One post in a table reads best as field / value pairs.
    QList<QStringList> rows{
        {tr("id"), QString::number(post.id)},
        {tr("when"), post.isScheduled() ? localText(post.scheduledAt) : tr("(draft tray)")},
        {tr("status"), core::toString(post.status)},
        {tr("networks"), post.networkIds().join(u',')},
        {tr("pillar"), post.pillarId ? pillars.value(*post.pillarId) : QString()},
        {tr("tags"), post.tags.join(u',')}};
    if (!post.title.isEmpty())
        rows << QStringList{tr("title"), post.title};
    rows << QStringList{tr("text"), post.body};
    for (const core::PostNetwork &network : post.networks) {
        if (network.hasVariant())
            rows << QStringList{tr("text on %1").arg(network.networkId), network.variantText};
        if (!network.permalink.isEmpty())
            rows << QStringList{tr("link on %1").arg(network.networkId), network.permalink};
    }
    if (!post.link.isEmpty())
        rows << QStringList{tr("link"), post.link};
    context.printTable({tr("field"), tr("value")}, rows);
}

std::optional<QDate> parseDay(const QString &text)
{
    const QDate day = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

// "YYYY-MM-DD HH:MM" (or with a T) in local time.
std::optional<QDateTime> parseLocal(const core::PlanningService &service, const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$)"));
    const auto match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate day = QDate::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(match.captured(2), QStringLiteral("HH:mm"));
    if (!day.isValid() || !time.isValid())
        return std::nullopt;
    return service.utcFromLocal(day, time);
}

QString badTime(const QString &option, const QString &value)
{
    return tr("%1 \"%2\" is not a date and time; write it as \"YYYY-MM-DD HH:MM\" in local time.")
        .arg(option, value);
}

QString badDay(const QString &option, const QString &value)
{
    return tr("%1 \"%2\" is not a date; write it as YYYY-MM-DD.").arg(option, value);
}

// Opens the database for reading commands: never creates a file by accident.
core::Result<std::unique_ptr<core::Database>> openExisting(CliContext &context)
{
    return context.openDatabase(core::CreateMode::MustExist);
}

// Every option of "post", declared once with the actions that take it.
struct PostOptions
{
    Option text = valued("text", "TEXT", tr("The post's text.")).onlyFor("add");
    Option title = valued("title", "TITLE", tr("An optional title.")).onlyFor("add");
    Option network =
        valued("network", "ID[,ID…]",
               tr("Networks, comma-separated or repeated (see \"hearth-cli network list\")."))
            .onlyFor("add");
    Option at =
        valued("at", "WHEN", tr("Local date and time, \"YYYY-MM-DD HH:MM\".")).onlyFor("add,move");
    Option pillar = valued("pillar", "PILLAR", tr("Content pillar by name.")).onlyFor("add");
    Option tag = valued("tag", "TAG", tr("A tag; repeat for more.")).onlyFor("add");
    Option link = valued("link", "URL", tr("A link that goes with the post.")).onlyFor("add");
    Option from =
        valued("from", "DAY", tr("First local day, YYYY-MM-DD (default: today).")).onlyFor("list");
    Option to =
        valued("to", "DAY", tr("Last local day, YYYY-MM-DD (default: six days after --from)."))
            .onlyFor("list");
    Option drafts = flag("drafts", tr("List the unscheduled drafts instead.")).onlyFor("list");
    Option day = valued("day", "DAY", tr("Move to this local day, keeping the time of day."))
                     .onlyFor("move");
    Option unschedule =
        flag("unschedule", tr("Take the date away (back to the drafts tray).")).onlyFor("move");
    Option following = flag("following", tr("Also delete the later posts of its evergreen series."))
                           .onlyFor("delete");
    Option variant =
        valued("variant", "NETWORK=TEXT", tr("Own text for one of the networks; repeat for more."))
            .onlyFor("add");

    QList<Option> all() const
    {
        return {text, title, network, at,  pillar,     tag,       link,
                from, to,    drafts,  day, unschedule, following, variant};
    }
};

const PostOptions &postOptions()
{
    static const PostOptions options;
    return options;
}

int postAdd(CliContext &context, const QCommandLineParser &parser, const PostOptions &options)
{
    if (!parser.isSet(options.text) || !parser.isSet(options.network))
        return context.fail(tr("post add needs --text and --network."), ExitUsage);
    auto database = context.openDatabase(core::CreateMode::CreateIfMissing);
    if (!database)
        return context.fail(database.error());
    core::PlanningService service(**database);
    auto networks = parseNetworks(service.catalog(), parser.values(options.network));
    if (!networks)
        return context.fail(networks.error());

    core::Post post;
    post.body = textArgument(parser.value(options.text));
    post.title = parser.value(options.title);
    post.link = parser.value(options.link);
    post.tags = parser.values(options.tag);
    for (const QString &id : std::as_const(*networks))
        post.networks << core::PostNetwork{id, QString(), QString(), QString(), QDateTime()};
    for (const QString &value : parser.values(options.variant)) {
        const qsizetype equals = value.indexOf(u'=');
        const QString id = value.left(equals).trimmed().toLower();
        auto target =
            std::find_if(post.networks.begin(), post.networks.end(),
                         [&](const core::PostNetwork &entry) { return entry.networkId == id; });
        if (equals < 1 || target == post.networks.end())
            return context.fail(
                tr("--variant \"%1\" must be NETWORK=TEXT for a network named in --network.")
                    .arg(value.left(40)));
        target->variantText = textArgument(value.mid(equals + 1));
    }
    if (parser.isSet(options.at)) {
        const auto when = parseLocal(service, parser.value(options.at));
        if (!when)
            return context.fail(badTime(QStringLiteral("--at"), parser.value(options.at)));
        post.scheduledAt = *when; // create() makes the draft scheduled
    }
    if (parser.isSet(options.pillar)) {
        auto pillar = service.catalog().pillarByName(parser.value(options.pillar));
        if (!pillar)
            return context.fail(pillar.error());
        if (!pillar->has_value()) {
            QStringList known;
            for (const core::Pillar &entry : service.catalog().pillars().valueOr({}))
                known << entry.name;
            return context.fail(
                tr("There is no pillar \"%1\"; known pillars: %2.")
                    .arg(parser.value(options.pillar), known.join(QStringLiteral(", "))));
        }
        post.pillarId = (*pillar)->id;
    }

    auto created = service.create(post);
    if (!created)
        return context.fail(created.error());
    printPost(context, *created, pillarNames(service.catalog()));

    // Saved either way; what the editor would show in red goes to stderr.
    for (const QString &id : std::as_const(*networks)) {
        auto network = service.catalog().network(id);
        if (!network)
            continue;
        const core::TextCheck check = core::checkText(*network, created->textFor(id));
        for (const QString &reason : check.ok ? QStringList() : check.reasons)
            context.note(tr("hearth-cli: warning: %1").arg(reason));
        for (const QString &warning : check.warnings)
            context.note(tr("hearth-cli: warning: %1").arg(warning));
    }
    if (auto warnings = service.warningsFor(*created)) {
        for (const core::PlanWarning &warning : std::as_const(*warnings))
            context.note(tr("hearth-cli: warning: %1").arg(warning.message));
    }
    return ExitOk;
}

int postList(CliContext &context, const QCommandLineParser &parser, const PostOptions &options)
{
    auto database = openExisting(context);
    if (!database)
        return context.fail(database.error());
    core::PlanningService service(**database);
    if (parser.isSet(options.drafts)) {
        if (parser.isSet(options.from) || parser.isSet(options.to))
            return context.fail(
                tr("--drafts lists the undated drafts; it takes no --from or --to."), ExitUsage);
        auto drafts = service.drafts();
        if (!drafts)
            return context.fail(drafts.error());
        printPosts(context, *drafts, pillarNames(service.catalog()));
        return ExitOk;
    }
    QDate first = service.localDay((*database)->clock().now());
    if (parser.isSet(options.from)) {
        const auto day = parseDay(parser.value(options.from));
        if (!day)
            return context.fail(badDay(QStringLiteral("--from"), parser.value(options.from)));
        first = *day;
    }
    QDate last = first.addDays(6);
    if (parser.isSet(options.to)) {
        const auto day = parseDay(parser.value(options.to));
        if (!day)
            return context.fail(badDay(QStringLiteral("--to"), parser.value(options.to)));
        last = *day;
    }
    auto posts = service.postsInRange(first, last);
    if (!posts)
        return context.fail(posts.error());
    printPosts(context, *posts, pillarNames(service.catalog()));
    return ExitOk;
}

int postShow(CliContext &context, const QCommandLineParser &, const PostOptions &, qint64 id)
{
    auto database = openExisting(context);
    if (!database)
        return context.fail(database.error());
    core::PlanningService service(**database);
    auto post = service.find(id);
    if (!post)
        return context.fail(post.error());
    printPost(context, *post, pillarNames(service.catalog()));
    return ExitOk;
}

int postMove(CliContext &context, const QCommandLineParser &parser, const PostOptions &options,
             qint64 id)
{
    const int chosen = int(parser.isSet(options.at)) + int(parser.isSet(options.day)) +
                       int(parser.isSet(options.unschedule));
    if (chosen != 1)
        return context.fail(tr("post move needs exactly one of --at, --day or --unschedule."),
                            ExitUsage);
    auto database = openExisting(context);
    if (!database)
        return context.fail(database.error());
    core::PlanningService service(**database);
    core::Result<core::Post> moved = core::Error::make(core::ErrorKind::Internal, QString());
    if (parser.isSet(options.at)) {
        const auto when = parseLocal(service, parser.value(options.at));
        if (!when)
            return context.fail(badTime(QStringLiteral("--at"), parser.value(options.at)));
        moved = service.scheduleAt(id, *when);
    } else if (parser.isSet(options.day)) {
        const auto day = parseDay(parser.value(options.day));
        if (!day)
            return context.fail(badDay(QStringLiteral("--day"), parser.value(options.day)));
        moved = service.reschedule(id, *day);
    } else {
        moved = service.unschedule(id);
    }
    if (!moved)
        return context.fail(moved.error());
    printPost(context, *moved, pillarNames(service.catalog()));
    return ExitOk;
}

int postDelete(CliContext &context, const QCommandLineParser &parser, const PostOptions &options,
               qint64 id)
{
    auto database = openExisting(context);
    if (!database)
        return context.fail(database.error());
    core::PlanningService service(**database);
    auto removed =
        service.remove(id, parser.isSet(options.following) ? core::SeriesScope::ThisAndFollowing
                                                           : core::SeriesScope::ThisPost);
    if (!removed)
        return context.fail(removed.error());
    context.printRows({tr("id"), tr("deleted")}, {{QString::number(id), tr("yes")}},
                      QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}});
    return ExitOk;
}

using PostAction = int (*)(CliContext &, const QCommandLineParser &, const PostOptions &);
using PostIdAction = int (*)(CliContext &, const QCommandLineParser &, const PostOptions &, qint64);

// "post add" and "post list": no id after the action.
template<PostAction action>
int withoutId(CliContext &context)
{
    if (!context.arguments().isEmpty())
        return context.fail(
            tr("post %1 takes no id.").arg(context.positionalArguments().constFirst()), ExitUsage);
    return action(context, context.parser(), postOptions());
}

// "post show|move|delete ID": exactly one positive id.
template<PostIdAction action>
int withId(CliContext &context)
{
    const QStringList arguments = context.arguments();
    bool ok = false;
    const qint64 id = arguments.value(0).toLongLong(&ok);
    if (arguments.size() != 1 || !ok || id <= 0)
        return context.fail(tr("post %1 needs one post id (a positive number).")
                                .arg(context.positionalArguments().constFirst()),
                            ExitUsage);
    return action(context, context.parser(), postOptions(), id);
}

// The top of "post --help": each action with its options.
QString postHelp()
{
    return tr("Plan posts.\n"
              "  post add --text T --network x[,linkedin] [--at \"YYYY-MM-DD HH:MM\"]\n"
              "           [--pillar P] [--tag T]… [--variant NETWORK=TEXT]…\n"
              "           (--text - reads the text from standard input)\n"
              "  post list [--from YYYY-MM-DD] [--to YYYY-MM-DD] | post list --drafts\n"
              "  post show ID\n"
              "  post move ID --at \"YYYY-MM-DD HH:MM\" | --day YYYY-MM-DD | --unschedule\n"
              "  post delete ID [--following]");
}

} // namespace

Command postCommand()
{
    return Command{
        .name = QStringLiteral("post"),
        .summary = tr("add, list, show, move or delete planned posts"),
        .description = postHelp(),
        .options = postOptions().all(),
        .arguments = {{QStringLiteral("action"), tr("add, list, show, move or delete")},
                      {QStringLiteral("id"), tr("The post's id (show, move, delete)."),
                       QStringLiteral("[ID]")}},
        .subcommands = {action("add", &withoutId<postAdd>), action("list", &withoutId<postList>),
                        action("show", &withId<postShow>), action("move", &withId<postMove>),
                        action("delete", &withId<postDelete>)},
        .missing = tr("post needs an action: add, list, show, move or delete."),
        .unknown = tr("Unknown post action \"%1\"; use add, list, show, move or delete.")};
}

} // namespace hearth::cli
