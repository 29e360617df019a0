// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli post, text-check and network: plan posts and check texts from scripts.
#include "commands.h"
#include "common/clock.h"
#include "plan/catalog.h"
#include "plan/planningservice.h"
#include "plan/textcounter.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace hearth::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth_cli", text);
}

const QString localFormat = QStringLiteral("yyyy-MM-dd HH:mm");

QJsonValue jsonTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

QString localText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(localFormat) : QString();
}

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

// The networks of a comma list, each checked against the catalog.
core::Result<QStringList> parseNetworks(core::CatalogRepository &catalog, const QStringList &values)
{
    QStringList ids;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString id = part.trimmed().toLower();
            if (id.isEmpty() || ids.contains(id))
                continue;
            auto network = catalog.network(id);
            if (!network)
                return network.error();
            ids << id;
        }
    }
    if (ids.isEmpty())
        return core::Error::make(core::ErrorKind::InvalidInput,
                                 tr("Name at least one network with --network."));
    return ids;
}

// Opens the database for reading commands: never creates a file by accident.
core::Result<std::unique_ptr<core::Database>> openExisting(CliContext &context)
{
    return context.openDatabase(core::CreateMode::MustExist);
}

enum class Action
{
    Add,
    List,
    Show,
    Move,
    Delete
};

struct PostOptions
{
    QCommandLineOption text{QStringLiteral("text"), tr("The post's text."), QStringLiteral("TEXT")};
    QCommandLineOption title{QStringLiteral("title"), tr("An optional title."),
                             QStringLiteral("TITLE")};
    QCommandLineOption network{
        QStringLiteral("network"),
        tr("Networks, comma-separated or repeated (see \"hearth-cli network list\")."),
        QStringLiteral("ID[,ID…]")};
    QCommandLineOption at{QStringLiteral("at"), tr("Local date and time, \"YYYY-MM-DD HH:MM\"."),
                          QStringLiteral("WHEN")};
    QCommandLineOption pillar{QStringLiteral("pillar"), tr("Content pillar by name."),
                              QStringLiteral("PILLAR")};
    QCommandLineOption tag{QStringLiteral("tag"), tr("A tag; repeat for more."),
                           QStringLiteral("TAG")};
    QCommandLineOption link{QStringLiteral("link"), tr("A link that goes with the post."),
                            QStringLiteral("URL")};
    QCommandLineOption from{QStringLiteral("from"),
                            tr("First local day, YYYY-MM-DD (default: today)."),
                            QStringLiteral("DAY")};
    QCommandLineOption to{QStringLiteral("to"),
                          tr("Last local day, YYYY-MM-DD (default: six days after --from)."),
                          QStringLiteral("DAY")};
    QCommandLineOption drafts{QStringLiteral("drafts"), tr("List the unscheduled drafts instead.")};
    QCommandLineOption day{QStringLiteral("day"),
                           tr("Move to this local day, keeping the time of day."),
                           QStringLiteral("DAY")};
    QCommandLineOption unschedule{QStringLiteral("unschedule"),
                                  tr("Take the date away (back to the drafts tray).")};
    QCommandLineOption following{QStringLiteral("following"),
                                 tr("Also delete the later posts of its evergreen series.")};
    QCommandLineOption variant{QStringLiteral("variant"),
                               tr("Own text for one of the networks; repeat for more."),
                               QStringLiteral("NETWORK=TEXT")};
};

// "-" means the text comes on standard input (long or multi-line texts from scripts).
QString textArgument(const QString &value)
{
    if (value != QLatin1String("-"))
        return value;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return QString();
    QString text = QString::fromUtf8(input.readAll());
    if (text.endsWith(u'\n'))
        text.chop(1);
    if (text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

int postAdd(CliContext &context, QCommandLineParser &parser, const PostOptions &options)
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

int postList(CliContext &context, QCommandLineParser &parser, const PostOptions &options)
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

std::optional<qint64> parseId(const QStringList &positional)
{
    if (positional.size() != 2)
        return std::nullopt;
    bool ok = false;
    const qint64 id = positional.at(1).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

int postShow(CliContext &context, qint64 id)
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

int postMove(CliContext &context, QCommandLineParser &parser, const PostOptions &options, qint64 id)
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

int postDelete(CliContext &context, QCommandLineParser &parser, const PostOptions &options,
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

} // namespace

int runPost(CliContext &context)
{
    QCommandLineParser parser;
    const PostOptions options;
    for (const QCommandLineOption *option :
         {&options.text, &options.title, &options.network, &options.at, &options.pillar,
          &options.tag, &options.link, &options.from, &options.to, &options.drafts, &options.day,
          &options.unschedule, &options.following, &options.variant})
        parser.addOption(*option);
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, list, show, move or delete"));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The post's id (show, move, delete)."),
                                 QStringLiteral("[ID]"));
    int exitCode = ExitOk;
    if (!context.parse(
            parser,
            tr("Plan posts.\n"
               "  post add --text T --network x[,linkedin] [--at \"YYYY-MM-DD HH:MM\"]\n"
               "           [--pillar P] [--tag T]… [--variant NETWORK=TEXT]…\n"
               "           (--text - reads the text from standard input)\n"
               "  post list [--from YYYY-MM-DD] [--to YYYY-MM-DD] | post list --drafts\n"
               "  post show ID\n"
               "  post move ID --at \"YYYY-MM-DD HH:MM\" | --day YYYY-MM-DD | --unschedule\n"
               "  post delete ID [--following]"),
            exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.fail(tr("post needs an action: add, list, show, move or delete."),
                            ExitUsage);
    const QString name = positional.first();
    std::optional<Action> action;
    if (name == QLatin1String("add"))
        action = Action::Add;
    else if (name == QLatin1String("list"))
        action = Action::List;
    else if (name == QLatin1String("show"))
        action = Action::Show;
    else if (name == QLatin1String("move"))
        action = Action::Move;
    else if (name == QLatin1String("delete"))
        action = Action::Delete;
    if (!action)
        return context.fail(
            tr("Unknown post action \"%1\"; use add, list, show, move or delete.").arg(name),
            ExitUsage);

    // Options that mean nothing to the chosen action are mistakes, not silently ignored.
    QList<const QCommandLineOption *> allowed;
    switch (*action) {
    case Action::Add:
        allowed = {&options.text,   &options.title, &options.network, &options.at,
                   &options.pillar, &options.tag,   &options.link,    &options.variant};
        break;
    case Action::List:
        allowed = {&options.from, &options.to, &options.drafts};
        break;
    case Action::Show:
        break;
    case Action::Move:
        allowed = {&options.at, &options.day, &options.unschedule};
        break;
    case Action::Delete:
        allowed = {&options.following};
        break;
    }
    for (const QCommandLineOption *option :
         {&options.text, &options.title, &options.network, &options.at, &options.pillar,
          &options.tag, &options.link, &options.from, &options.to, &options.drafts, &options.day,
          &options.unschedule, &options.following, &options.variant}) {
        if (parser.isSet(*option) && !allowed.contains(option))
            return context.fail(
                tr("post %1 does not take --%2.").arg(name, option->names().constFirst()),
                ExitUsage);
    }

    if (*action == Action::Add || *action == Action::List) {
        if (positional.size() > 1)
            return context.fail(tr("post %1 takes no id.").arg(name), ExitUsage);
        return *action == Action::Add ? postAdd(context, parser, options)
                                      : postList(context, parser, options);
    }
    const auto id = parseId(positional);
    if (!id)
        return context.fail(tr("post %1 needs one post id (a positive number).").arg(name),
                            ExitUsage);
    switch (*action) {
    case Action::Show:
        return postShow(context, *id);
    case Action::Move:
        return postMove(context, parser, options, *id);
    case Action::Delete:
        return postDelete(context, parser, options, *id);
    default:
        return ExitUsage;
    }
}

int runTextCheck(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption networkOption(
        QStringLiteral("network"),
        tr("Network ids, comma-separated (see \"hearth-cli network list\")."),
        QStringLiteral("ID[,ID…]"));
    const QCommandLineOption textOption(QStringLiteral("text"), tr("The text to check."),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption fieldOption(
        QStringLiteral("field"), tr("Which text: body (default), title or comment."),
        QStringLiteral("body|title|comment"), QStringLiteral("body"));
    parser.addOption(networkOption);
    parser.addOption(textOption);
    parser.addOption(fieldOption);
    int exitCode = ExitOk;
    if (!context.parse(parser,
                       tr("Count a text the way each network counts it and say whether it fits. "
                          "Exits 0 when the check ran, whatever its verdict."),
                       exitCode))
        return exitCode;
    if (!parser.isSet(networkOption) || !parser.isSet(textOption))
        return context.fail(tr("text-check needs --network and --text."), ExitUsage);
    core::TextCheckOptions checkOptions;
    const QString field = parser.value(fieldOption).toLower();
    if (field == QLatin1String("title"))
        checkOptions.field = core::TextField::Title;
    else if (field == QLatin1String("comment"))
        checkOptions.field = core::TextField::Comment;
    else if (field != QLatin1String("body"))
        return context.fail(tr("Unknown --field \"%1\"; use body, title or comment.").arg(field),
                            ExitUsage);

    // The user's own limits and custom networks live in the database; without one, the
    // built-in networks still count correctly.
    auto database = QFileInfo::exists(context.databasePath())
                        ? context.openDatabase(core::CreateMode::MustExist)
                        : core::Database::openInMemory(core::SystemClock::instance());
    if (!database)
        return context.fail(database.error());
    core::CatalogRepository catalog(**database);
    auto ids = parseNetworks(catalog, parser.values(networkOption));
    if (!ids)
        return context.fail(ids.error());

    const QString text = textArgument(parser.value(textOption));
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

int runNetwork(CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), tr("list"));
    int exitCode = ExitOk;
    if (!context.parse(parser,
                       tr("The networks posts can go to, with their limits and counting rules."),
                       exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("list")})
        return context.fail(tr("network needs the action \"list\"."), ExitUsage);
    auto database = QFileInfo::exists(context.databasePath())
                        ? context.openDatabase(core::CreateMode::MustExist)
                        : core::Database::openInMemory(core::SystemClock::instance());
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

} // namespace hearth::cli
