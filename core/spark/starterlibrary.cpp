// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/starterlibrary.h"

#include "common/logging.h"
#include "plan/catalog.h"
#include "spark/idearepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::StarterLibrary", text);
}

const QString builtinPath = QStringLiteral(":/hearth/starter-library.json");
// The names localizeDefaultPillars() gave the default pillars, as a JSON object keyed by the
// English name.
const QString givenPillarNamesKey = QStringLiteral("default_pillar_names");

// The schema's English names, marked for translation in this class's context.
constexpr const char *defaultPillars[] = {
    QT_TRANSLATE_NOOP("hearth::core::StarterLibrary", "Educate"),
    QT_TRANSLATE_NOOP("hearth::core::StarterLibrary", "Entertain"),
    QT_TRANSLATE_NOOP("hearth::core::StarterLibrary", "Inspire"),
    QT_TRANSLATE_NOOP("hearth::core::StarterLibrary", "Promote"),
    QT_TRANSLATE_NOOP("hearth::core::StarterLibrary", "Community"),
    QT_TRANSLATE_NOOP("hearth::core::StarterLibrary", "Behind the scenes"),
};

// English default name -> the name Hearth last gave it.
Result<QJsonObject> givenPillarNames(const Database &database)
{
    auto value = database.scalar(QStringLiteral("SELECT value FROM settings WHERE key = :key"),
                                 {{QStringLiteral(":key"), givenPillarNamesKey}});
    if (!value)
        return value.error();
    return QJsonDocument::fromJson(value->toString().toUtf8()).object();
}
const QString formatName = QStringLiteral("hearth-starter-library");

QString requiredString(const QJsonObject &object, const QString &field, const QString &where,
                       QString &error)
{
    const QJsonValue value = object.value(field);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        error = tr("%1: the field \"%2\" must be a non-empty text.").arg(where, field);
    return value.toString().trimmed();
}

} // namespace

QString StarterLibrary::versionSettingKey()
{
    return QStringLiteral("starter_library_version");
}

Result<StarterLibraryData> StarterLibrary::parse(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(ErrorKind::InvalidInput, tr("%1 is not valid JSON at byte %2: %3.")
                                                        .arg(sourceName)
                                                        .arg(parseError.offset)
                                                        .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName)
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1 is not a Hearth starter library: the field \"format\" must be "
                              "\"%2\".")
                               .arg(sourceName, formatName));
    StarterLibraryData library;
    library.version = root.value(QStringLiteral("library_version")).toInt(0);
    if (library.version <= 0)
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1: the field \"library_version\" must be a positive whole number.")
                               .arg(sourceName));
    const QJsonValue prompts = root.value(QStringLiteral("prompts"));
    if (!prompts.isArray())
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1: the field \"prompts\" must be a list.").arg(sourceName));
    QSet<QString> keys;
    const QJsonArray list = prompts.toArray();
    for (qsizetype index = 0; index < list.size(); ++index) {
        const QString where = tr("%1, prompt %2").arg(sourceName).arg(index + 1);
        if (!list.at(index).isObject())
            return Error::make(ErrorKind::InvalidInput, tr("%1 is not an object.").arg(where));
        const QJsonObject object = list.at(index).toObject();
        QString error;
        LibraryPrompt prompt;
        prompt.key = requiredString(object, QStringLiteral("key"), where, error);
        prompt.pillar = requiredString(object, QStringLiteral("pillar"), where, error);
        prompt.title = requiredString(object, QStringLiteral("title"), where, error);
        prompt.prompt = requiredString(object, QStringLiteral("prompt"), where, error);
        if (!error.isEmpty())
            return Error::make(ErrorKind::InvalidInput, error);
        if (keys.contains(prompt.key))
            return Error::make(
                ErrorKind::InvalidInput,
                tr("%1: the key \"%2\" is used twice; every prompt needs its own key.")
                    .arg(where, prompt.key));
        keys.insert(prompt.key);
        const QJsonValue tags = object.value(QStringLiteral("tags"));
        if (!tags.isUndefined() && !tags.isArray())
            return Error::make(ErrorKind::InvalidInput,
                               tr("%1: the field \"tags\" must be a list of texts.").arg(where));
        for (const QJsonValue &tag : tags.toArray()) {
            if (!tag.isString())
                return Error::make(
                    ErrorKind::InvalidInput,
                    tr("%1: the field \"tags\" must be a list of texts.").arg(where));
            prompt.tags << tag.toString();
        }
        library.prompts << prompt;
    }
    return library;
}

Result<StarterLibraryData> StarterLibrary::builtin()
{
    QFile file(builtinPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            ErrorKind::Internal,
            tr("The built-in starter library is missing from this build (%1).").arg(builtinPath));
    return parse(file.readAll(), tr("the built-in starter library"));
}

Result<int> StarterLibrary::loadedVersion(const Database &database)
{
    auto value = database.scalar(QStringLiteral("SELECT value FROM settings WHERE key = :key"),
                                 {{QStringLiteral(":key"), versionSettingKey()}});
    if (!value)
        return value.error();
    return value->isNull() ? 0 : value->toInt();
}

Result<LibraryLoadReport> StarterLibrary::apply(Database &database,
                                                const StarterLibraryData &library)
{
    LibraryLoadReport report;
    report.version = library.version;
    auto loaded = loadedVersion(database);
    if (!loaded)
        return loaded.error();
    report.previousVersion = *loaded;
    if (*loaded >= library.version || database.isReadOnly()) {
        report.upToDate = true;
        return report;
    }

    auto done = database.write([&]() -> Result<void> {
        auto pillars = CatalogRepository(database).pillars();
        if (!pillars)
            return pillars.error();
        QHash<QString, qint64> pillarIds;
        for (const Pillar &pillar : std::as_const(*pillars))
            pillarIds.insert(pillar.name.toCaseFolded(), pillar.id);
        // Prompts name the default pillars in English; a translated default still matches.
        auto given = givenPillarNames(database);
        if (!given)
            return given.error();
        for (auto it = given->constBegin(); it != given->constEnd(); ++it) {
            const auto id = pillarIds.constFind(it.value().toString().toCaseFolded());
            if (id != pillarIds.cend())
                pillarIds.insert(it.key().toCaseFolded(), *id);
        }

        QSet<QString> dismissed;
        auto dismissedRows =
            database.exec(QStringLiteral("SELECT library_key FROM library_dismissed"));
        if (!dismissedRows)
            return dismissedRows.error();
        while (dismissedRows->next())
            dismissed.insert(dismissedRows->value(0).toString());

        IdeaRepository ideas(database);
        QHash<QString, Idea> existing;
        IdeaFilter everything;
        everything.archived = ArchivedFilter::Include;
        auto all = ideas.list(everything);
        if (!all)
            return all.error();
        for (const Idea &idea : std::as_const(*all)) {
            if (!idea.libraryKey.isEmpty())
                existing.insert(idea.libraryKey, idea);
        }

        // Insert in reverse so the newest-first list shows the library in its own order.
        for (auto it = library.prompts.crbegin(); it != library.prompts.crend(); ++it) {
            const LibraryPrompt &prompt = *it;
            if (dismissed.contains(prompt.key)) {
                ++report.skippedDismissed;
                continue;
            }
            Idea idea;
            idea.title = prompt.title;
            idea.notes = prompt.prompt;
            // A pillar the user renamed or removed leaves the prompt without one.
            const auto pillar = pillarIds.constFind(prompt.pillar.toCaseFolded());
            if (pillar != pillarIds.cend())
                idea.pillarId = *pillar;
            idea.tags = prompt.tags;
            idea.source = IdeaSource::Library;
            idea.libraryKey = prompt.key;
            const auto found = existing.constFind(prompt.key);
            if (found == existing.cend()) {
                auto created = ideas.create(idea);
                if (!created)
                    return created.error();
                ++report.added;
                continue;
            }
            if (found->libraryEdited) {
                ++report.keptEdited;
                continue;
            }
            idea.id = found->id;
            Idea current = *found;
            current.tags.sort(Qt::CaseInsensitive);
            QStringList newTags = idea.tags;
            newTags.sort(Qt::CaseInsensitive);
            if (current.title == idea.title && current.notes == idea.notes &&
                current.pillarId == idea.pillarId && current.tags == newTags)
                continue;
            auto refreshed = ideas.refreshFromLibrary(idea);
            if (!refreshed)
                return refreshed.error();
            ++report.updated;
        }
        auto stored =
            database.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          {{QStringLiteral(":key"), versionSettingKey()},
                           {QStringLiteral(":value"), QString::number(library.version)}});
        if (!stored)
            return stored.error();
        return success();
    });
    if (!done)
        return Error::make(
            done.error().kind,
            tr("Loading the starter library failed; the idea bank was not changed. %1")
                .arg(done.error().message));
    qCDebug(lcStorage) << "starter library" << library.version << "added" << report.added
                       << "updated" << report.updated;
    return report;
}

Result<LibraryLoadReport> StarterLibrary::ensureLoaded(Database &database)
{
    if (database.isReadOnly()) {
        LibraryLoadReport report;
        report.upToDate = true;
        return report;
    }
    auto library = builtin();
    if (!library)
        return library.error();
    return apply(database, *library);
}

QStringList StarterLibrary::defaultPillarNames()
{
    QStringList names;
    for (const char *name : defaultPillars)
        names << QString::fromLatin1(name);
    return names;
}

QString StarterLibrary::translatedPillarName(const QString &defaultName)
{
    if (!defaultPillarNames().contains(defaultName))
        return defaultName;
    return QCoreApplication::translate("hearth::core::StarterLibrary",
                                       defaultName.toLatin1().constData());
}

Result<int> StarterLibrary::localizeDefaultPillars(Database &database)
{
    if (database.isReadOnly())
        return 0;
    auto pillars = CatalogRepository(database).pillars();
    if (!pillars)
        return pillars.error();
    auto given = givenPillarNames(database);
    if (!given)
        return given.error();
    QSet<QString> taken;
    for (const Pillar &pillar : std::as_const(*pillars))
        taken.insert(pillar.name.toCaseFolded());
    QList<Pillar> renames;
    QJsonObject names = *given;
    for (const QString &english : defaultPillarNames()) {
        const QString wanted = translatedPillarName(english);
        const QString last = given->value(english).toString(english);
        for (const Pillar &pillar : std::as_const(*pillars)) {
            // A pillar the user renamed is theirs; only Hearth's own names change.
            if (pillar.name != last || pillar.name == wanted ||
                taken.contains(wanted.toCaseFolded()))
                continue;
            Pillar renamed = pillar;
            renamed.name = wanted;
            renames << renamed;
            names.insert(english, wanted);
        }
    }
    if (renames.isEmpty())
        return 0;
    auto done = database.write([&]() -> Result<void> {
        CatalogRepository catalog(database);
        for (const Pillar &pillar : std::as_const(renames)) {
            if (auto updated = catalog.updatePillar(pillar); !updated)
                return updated.error();
        }
        auto stored = database.exec(
            QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            {{QStringLiteral(":key"), givenPillarNamesKey},
             {QStringLiteral(":value"),
              QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact))}});
        if (!stored)
            return stored.error();
        return success();
    });
    if (!done)
        return done.error();
    return int(renames.size());
}

} // namespace hearth::core
