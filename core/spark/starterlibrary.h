// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace hearth::core {

// One prompt of the starter library, keyed so later library versions can recognise it.
struct LibraryPrompt
{
    QString key;
    QString pillar;
    QString title;
    QString prompt;
    QStringList tags;
};

// A parsed starter library: its version and its prompts.
struct StarterLibraryData
{
    int version = 0;
    QList<LibraryPrompt> prompts;
};

// What loading a library did to the idea bank.
struct LibraryLoadReport
{
    int previousVersion = 0;
    int version = 0;
    int added = 0;
    // Unedited prompts whose text the newer library changed.
    int updated = 0;
    // Prompts the user edited, left as they are.
    int keptEdited = 0;
    // Prompts the user deleted, not brought back.
    int skippedDismissed = 0;
    // True when the database already had this version (or newer) and nothing was done.
    bool upToDate = false;
};

// The writer's-block prompts Hearth ships with (a JSON resource in the core), and loading
// them into a plan once per library version without duplicating prompts, overwriting the
// user's edits or bringing back prompts the user deleted.
class StarterLibrary final
{
public:
    // The settings key holding the library version a plan has loaded.
    static QString versionSettingKey();

    // Parses a library in Hearth's JSON layout; errors name the prompt and field.
    static Result<StarterLibraryData> parse(const QByteArray &json, const QString &sourceName);
    // The library compiled into this build.
    static Result<StarterLibraryData> builtin();

    // The library version the plan has loaded; 0 when none.
    static Result<int> loadedVersion(const Database &database);
    // Loads `library` into the plan in one transaction unless this or a newer version is
    // loaded already. Does nothing on a read-only database.
    static Result<LibraryLoadReport> apply(Database &database, const StarterLibraryData &library);
    // apply() with the built-in library: call it whenever a plan is opened read-write.
    static Result<LibraryLoadReport> ensureLoaded(Database &database);

    // The six pillars a new plan starts with, as the schema names them (English).
    static QStringList defaultPillarNames();
    // A default pillar's name in the language in use; other names come back unchanged.
    static QString translatedPillarName(const QString &defaultName);
    // Renames the default pillars the user has not renamed into the language in use,
    // remembering the names it gave so another language can rename them again. Returns how
    // many it renamed; nothing on a read-only plan.
    static Result<int> localizeDefaultPillars(Database &database);
};

} // namespace hearth::core
