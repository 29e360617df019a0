// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/catalog.h"
#include "plan/post.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>

#include <optional>

namespace hearth::core {

class BackupService;

// Opens the file an import reads; the error names it.
Result<void> openImportFile(QFile &file);

// The plan's networks and pillars, which the names in an import file are matched against.
class ImportCatalog final
{
public:
    // Fails when the catalog cannot be read or one of `chosenNetworks` is not in it.
    static Result<ImportCatalog> load(Database &database, const QStringList &chosenNetworks);

    // The network whose id or name is `key` (in any case), or empty.
    QString networkId(const QString &key) const;
    const QList<Network> &networks() const { return m_networks; }
    const QList<Pillar> &pillars() const { return m_pillars; }

private:
    QList<Network> m_networks;
    QList<Pillar> m_pillars;
};

enum class IssueSeverity
{
    Error,
    Warning
};

// One problem found in an import file, with the line and the field it concerns.
struct ImportIssue
{
    qint64 line = 0;
    QString field;
    QString message;
    IssueSeverity severity = IssueSeverity::Error;
};

// One post an import file would create, and whether it is already in the plan.
struct ImportRow
{
    qint64 line = 0;
    Post post;
    // The stored post this row repeats, or the earlier line of the same file.
    std::optional<qint64> duplicateOfPost;
    std::optional<qint64> duplicateOfLine;

    bool isDuplicate() const { return duplicateOfPost.has_value() || duplicateOfLine.has_value(); }
};

// What an import would do, shown to the user before anything is written.
struct ImportPreview
{
    QString source;
    QString format;
    QList<ImportRow> rows;
    QList<ImportIssue> issues;

    void addError(qint64 line, const QString &field, const QString &message);
    void addWarning(qint64 line, const QString &field, const QString &message);
    bool hasErrors() const;
    int errorCount() const;
    int warningCount() const;
    int duplicateCount() const;
    int newCount() const;
    // "file.csv line 4, field Date: …" for each problem, errors first.
    QStringList describeIssues() const;
};

// Opens the import file at `path` and hands it to `parse(QFile &, fileName)`.
template<typename Parse>
Result<ImportPreview> parseImportFile(const QString &path, Parse &&parse)
{
    QFile file(path);
    if (auto opened = openImportFile(file); !opened)
        return opened.error();
    return parse(file, QFileInfo(path).fileName());
}

// What a committed import did.
struct ImportSummary
{
    int created = 0;
    int skipped = 0;
    QList<qint64> createdIds;
    // The backup written just before the import, when one was asked for.
    QString backupPath;
};

// Finds rows an import has already brought in and writes the rest all or nothing.
// A row is a duplicate of a stored post (or of an earlier row) when it has the same
// scheduled time, the same body text and the same set of networks.
class PostImportWriter final
{
public:
    explicit PostImportWriter(Database &database);

    // Marks rows that repeat a stored post or an earlier row of the same file.
    Result<void> markDuplicates(ImportPreview &preview) const;
    Result<ImportPreview> withDuplicatesMarked(ImportPreview preview) const;

    // Refuses a preview with errors; otherwise backs up (when `backup` is given) and creates
    // every new row in one transaction, skipping duplicates.
    Result<ImportSummary> commit(const ImportPreview &preview, BackupService *backup = nullptr);

    static QString duplicateKey(const Post &post);
    // `post` with empty instead of null texts, as the posts table stores them.
    static Post storable(Post post);

private:
    Result<std::optional<qint64>> storedDuplicate(const Post &post) const;

    Database &m_database;
};

} // namespace hearth::core
