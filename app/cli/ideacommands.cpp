// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli idea: add, list, search, suggest, show and delete ideas in the idea bank.
#include "commands.h"
#include "common/clock.h"
#include "plan/catalog.h"
#include "spark/idearepository.h"
#include "spark/ideasearch.h"
#include "spark/ideasuggester.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <random>

namespace hearth::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth_cli", text);
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString localText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
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
        {QStringLiteral("last_used"),
         idea.lastUsed.isValid() ? QJsonValue(isoUtc(idea.lastUsed)) : QJsonValue()},
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

class IdeaCommand final
{
public:
    explicit IdeaCommand(CliContext &context)
        : m_context(context)
    {}

    int run()
    {
        m_parser.addPositionalArgument(
            QStringLiteral("action"),
            tr("add TITLE | list | search TEXT | suggest | show ID | delete ID"));
        m_parser.addPositionalArgument(QStringLiteral("argument"),
                                       tr("The title, search text or idea id."));
        m_parser.addOptions({m_notes, m_pillar, m_tag, m_favouriteOption, m_unused, m_favourites,
                             m_archived, m_all, m_limit, m_seed, m_week, m_surprise});
        int exitCode = ExitOk;
        if (!m_context.parse(m_parser, tr("Work with the idea bank."), exitCode))
            return exitCode;
        const QStringList positional = m_parser.positionalArguments();
        if (positional.isEmpty())
            return m_context.fail(tr("Say what to do: add, list, search, suggest, show or delete. "
                                     "Run \"hearth-cli idea --help\" for usage."),
                                  ExitUsage);
        const QString action = positional.first();
        m_arguments = positional.mid(1);
        if (action == QLatin1String("add"))
            return add();
        if (action == QLatin1String("list"))
            return list(QString());
        if (action == QLatin1String("search")) {
            if (m_arguments.join(u' ').trimmed().isEmpty())
                return m_context.fail(
                    tr("Give the text to search for, e.g. \"hearth-cli idea search cafe\"."),
                    ExitUsage);
            return list(m_arguments.join(u' '));
        }
        if (action == QLatin1String("suggest"))
            return suggest();
        if (action == QLatin1String("show"))
            return show();
        if (action == QLatin1String("delete"))
            return remove();
        return m_context.fail(
            tr("Unknown action \"%1\"; use add, list, search, suggest, show or delete.")
                .arg(action),
            ExitUsage);
    }

private:
    bool open(core::CreateMode create)
    {
        auto database = m_context.openDatabase(create);
        if (!database) {
            m_exitCode = m_context.fail(database.error());
            return false;
        }
        m_database = std::move(*database);
        auto pillars = core::CatalogRepository(*m_database).pillars();
        if (!pillars) {
            m_exitCode = m_context.fail(pillars.error());
            return false;
        }
        m_pillars = *pillars;
        for (const core::Pillar &pillar : std::as_const(m_pillars))
            m_pillarNames.insert(pillar.id, pillar.name);
        return true;
    }

    // The pillar named by --pillar; false (with a message) when it is unknown.
    bool pillarOption(std::optional<qint64> &id)
    {
        if (!m_parser.isSet(m_pillar))
            return true;
        const QString name = m_parser.value(m_pillar).trimmed();
        for (const core::Pillar &pillar : std::as_const(m_pillars)) {
            if (pillar.name.compare(name, Qt::CaseInsensitive) == 0) {
                id = pillar.id;
                return true;
            }
        }
        QStringList known;
        for (const core::Pillar &pillar : std::as_const(m_pillars))
            known << pillar.name;
        m_exitCode = m_context.fail(tr("There is no pillar \"%1\". Known pillars: %2.")
                                        .arg(name, known.join(QStringLiteral(", "))),
                                    ExitUsage);
        return false;
    }

    bool ideaIdArgument(qint64 &id)
    {
        bool ok = false;
        id = m_arguments.value(0).toLongLong(&ok);
        if (!ok || id <= 0) {
            m_exitCode =
                m_context.fail(tr("Give the idea's id (a number, as \"hearth-cli idea list\" "
                                  "shows it)."),
                               ExitUsage);
            return false;
        }
        return true;
    }

    int add()
    {
        const QString title = m_arguments.join(u' ').trimmed();
        if (title.isEmpty())
            return m_context.fail(
                tr("Give the idea's title, e.g. hearth-cli idea add \"Meet the team\"."),
                ExitUsage);
        if (!open(core::CreateMode::CreateIfMissing))
            return m_exitCode;
        core::Idea idea;
        idea.title = title;
        idea.notes = m_parser.value(m_notes);
        idea.tags = tagsFrom(m_parser.values(m_tag));
        idea.favourite = m_parser.isSet(m_favouriteOption);
        if (!pillarOption(idea.pillarId))
            return m_exitCode;
        auto created = core::IdeaRepository(*m_database).create(idea);
        if (!created)
            return m_context.fail(created.error());
        m_context.printRows(ideaHeaders(), {ideaRow(*created, m_pillarNames)},
                            ideaJson(*created, m_pillarNames));
        return ExitOk;
    }

    int list(const QString &searchText)
    {
        if (!open(core::CreateMode::MustExist))
            return m_exitCode;
        core::IdeaFilter filter;
        if (!pillarOption(filter.pillarId))
            return m_exitCode;
        filter.tag = m_parser.value(m_tag);
        filter.unusedOnly = m_parser.isSet(m_unused);
        filter.favouritesOnly = m_parser.isSet(m_favourites);
        if (m_parser.isSet(m_archived))
            filter.archived = core::ArchivedFilter::Only;
        else if (m_parser.isSet(m_all))
            filter.archived = core::ArchivedFilter::Include;
        if (m_parser.isSet(m_limit)) {
            bool ok = false;
            filter.limit = m_parser.value(m_limit).toInt(&ok);
            if (!ok || filter.limit <= 0)
                return m_context.fail(tr("--limit needs a positive number."), ExitUsage);
        }
        auto hits = core::IdeaSearch(*m_database).search(searchText, filter);
        if (!hits)
            return m_context.fail(hits.error());
        const bool searching = !core::IdeaSearch::ftsQuery(searchText).isEmpty();
        QStringList headers = ideaHeaders();
        if (searching)
            headers << tr("match");
        QList<QStringList> rows;
        QJsonArray json;
        for (const core::IdeaHit &hit : std::as_const(*hits)) {
            QStringList row = ideaRow(hit.idea, m_pillarNames);
            QJsonObject object = ideaJson(hit.idea, m_pillarNames);
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
        m_context.printRows(headers, rows, json);
        return ExitOk;
    }

    int show()
    {
        qint64 id = 0;
        if (!ideaIdArgument(id) || !open(core::CreateMode::MustExist))
            return m_exitCode;
        auto idea = core::IdeaRepository(*m_database).find(id);
        if (!idea)
            return m_context.fail(idea.error());
        const QStringList values = ideaRow(*idea, m_pillarNames);
        const QStringList headers = ideaHeaders();
        QList<QStringList> rows;
        for (qsizetype index = 0; index < headers.size(); ++index)
            rows << QStringList{headers.at(index), values.at(index)};
        rows << QStringList{tr("notes"), idea->notes};
        if (idea->feedbackPostId)
            rows << QStringList{tr("from post"), QString::number(*idea->feedbackPostId)};
        m_context.printRows({tr("item"), tr("value")}, rows, ideaJson(*idea, m_pillarNames));
        return ExitOk;
    }

    int remove()
    {
        qint64 id = 0;
        if (!ideaIdArgument(id) || !open(core::CreateMode::MustExist))
            return m_exitCode;
        auto deleted = core::IdeaRepository(*m_database).remove(id);
        if (!deleted)
            return m_context.fail(deleted.error());
        QJsonObject json{{QStringLiteral("deleted"), id},
                         {QStringLiteral("title"), deleted->idea.title},
                         {QStringLiteral("unlinked_posts"), qint64(deleted->postIds.size())}};
        m_context.printRows(
            {tr("deleted"), tr("title"), tr("unlinked posts")},
            {{QString::number(id), deleted->idea.title, QString::number(deleted->postIds.size())}},
            json);
        return ExitOk;
    }

    int suggest()
    {
        if (!open(core::CreateMode::MustExist))
            return m_exitCode;
        quint32 seed = 0;
        if (m_parser.isSet(m_seed)) {
            bool ok = false;
            seed = m_parser.value(m_seed).toUInt(&ok);
            if (!ok)
                return m_context.fail(tr("--seed needs a whole number from 0 to 4294967295."),
                                      ExitUsage);
        } else {
            seed = std::random_device{}();
        }
        QDate week = m_database->clock().now().toLocalTime().date();
        if (m_parser.isSet(m_week)) {
            week = QDate::fromString(m_parser.value(m_week), Qt::ISODate);
            if (!week.isValid())
                return m_context.fail(
                    tr("--week \"%1\" is not a date like 2026-11-23.").arg(m_parser.value(m_week)),
                    ExitUsage);
        }
        week = core::IdeaSuggester::weekStartFor(week);
        core::IdeaSuggester suggester(*m_database);

        if (m_parser.isSet(m_surprise)) {
            auto pick = suggester.surpriseMe(week, seed);
            if (!pick)
                return m_context.fail(pick.error());
            if (!pick->has_value())
                return m_context.fail(tr(
                    "The idea bank has no idea to suggest; add one with \"hearth-cli idea add\"."));
            const core::Suggestion &suggestion = **pick;
            m_context.printRows(
                {tr("id"), tr("title"), tr("pillar"), tr("why")},
                {{QString::number(suggestion.idea.id), suggestion.idea.title,
                  pillarName(m_pillarNames, suggestion.idea.pillarId), suggestion.reason}},
                QJsonObject{{QStringLiteral("week"), week.toString(Qt::ISODate)},
                            {QStringLiteral("seed"), qint64(seed)},
                            {QStringLiteral("reason"), suggestion.reason},
                            {QStringLiteral("idea"), ideaJson(suggestion.idea, m_pillarNames)}});
            return ExitOk;
        }

        auto proposal = suggester.fillWeek(week, seed);
        if (!proposal)
            return m_context.fail(proposal.error());
        if (proposal->usedDefaultSlots && m_context.format() == OutputFormat::Table)
            m_context.note(
                tr("You have no posting slots yet, so these use Monday to Friday at 9:30."));
        QList<QStringList> rows;
        QJsonArray proposals;
        for (const core::SlotProposal &slot : std::as_const(proposal->proposals)) {
            const QString wanted = pillarName(m_pillarNames, slot.pillarId);
            rows << QStringList{localText(slot.at), wanted,
                                slot.idea ? QString::number(slot.idea->id) : QString(),
                                slot.idea ? slot.idea->title : tr("(no idea left)")};
            proposals.append(QJsonObject{
                {QStringLiteral("slot"), slot.at.toLocalTime().toString(Qt::ISODate)},
                {QStringLiteral("slot_utc"), isoUtc(slot.at)},
                {QStringLiteral("pillar"), slot.pillarId ? QJsonValue(wanted) : QJsonValue()},
                {QStringLiteral("idea"),
                 slot.idea ? QJsonValue(ideaJson(*slot.idea, m_pillarNames)) : QJsonValue()},
            });
        }
        m_context.printRows(
            {tr("slot"), tr("pillar"), tr("id"), tr("idea")}, rows,
            QJsonObject{{QStringLiteral("week"), week.toString(Qt::ISODate)},
                        {QStringLiteral("seed"), qint64(seed)},
                        {QStringLiteral("default_slots"), proposal->usedDefaultSlots},
                        {QStringLiteral("proposals"), proposals}});
        return ExitOk;
    }

    CliContext &m_context;
    QCommandLineParser m_parser;
    QStringList m_arguments;
    std::unique_ptr<core::Database> m_database;
    QList<core::Pillar> m_pillars;
    PillarNames m_pillarNames;
    int m_exitCode = ExitFailure;

    const QCommandLineOption m_notes{QStringLiteral("notes"), tr("add: the prompt or notes."),
                                     QStringLiteral("TEXT")};
    const QCommandLineOption m_pillar{QStringLiteral("pillar"),
                                      tr("add: the idea's pillar; list, search: only this pillar."),
                                      QStringLiteral("NAME")};
    const QCommandLineOption m_tag{
        QStringLiteral("tag"),
        tr("add: tags (repeat or separate with commas); list, search: only this tag."),
        QStringLiteral("TAG")};
    const QCommandLineOption m_favouriteOption{QStringLiteral("favourite"),
                                               tr("add: mark the idea as a favourite.")};
    const QCommandLineOption m_unused{QStringLiteral("unused"),
                                      tr("list, search: only ideas never used in a post.")};
    const QCommandLineOption m_favourites{QStringLiteral("favourites"),
                                          tr("list, search: only favourites.")};
    const QCommandLineOption m_archived{QStringLiteral("archived"),
                                        tr("list, search: only archived ideas.")};
    const QCommandLineOption m_all{QStringLiteral("all"), tr("list, search: archived ideas too.")};
    const QCommandLineOption m_limit{QStringLiteral("limit"), tr("list, search: at most N ideas."),
                                     QStringLiteral("N")};
    const QCommandLineOption m_seed{QStringLiteral("seed"),
                                    tr("suggest: repeat the suggestions of this seed."),
                                    QStringLiteral("N")};
    const QCommandLineOption m_week{QStringLiteral("week"),
                                    tr("suggest: the week holding this date (default: this week)."),
                                    QStringLiteral("YYYY-MM-DD")};
    const QCommandLineOption m_surprise{
        QStringLiteral("surprise"),
        tr("suggest: one idea (\"Surprise me\") instead of filling the week.")};
};

} // namespace

int runIdea(CliContext &context)
{
    return IdeaCommand(context).run();
}

} // namespace hearth::cli
