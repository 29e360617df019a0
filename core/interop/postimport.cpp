// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/postimport.h"

#include "common/logging.h"
#include "plan/postrepository.h"
#include "storage/backupservice.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::PostImportWriter", text);
}

QString sortedNetworks(const Post &post)
{
    QStringList ids = post.networkIds();
    std::sort(ids.begin(), ids.end());
    return ids.join(u',');
}

} // namespace

Result<void> openImportFile(QFile &file)
{
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::Io,
                           tr("Cannot read %1: %2")
                               .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    return success();
}

Result<ImportCatalog> ImportCatalog::load(Database &database, const QStringList &chosenNetworks)
{
    CatalogRepository repository(database);
    auto storedNetworks = repository.networks();
    if (!storedNetworks)
        return storedNetworks.error();
    auto storedPillars = repository.pillars();
    if (!storedPillars)
        return storedPillars.error();
    ImportCatalog catalog;
    catalog.m_networks = std::move(*storedNetworks);
    catalog.m_pillars = std::move(*storedPillars);
    for (const QString &id : chosenNetworks) {
        if (catalog.networkId(id).isEmpty())
            return Error::make(ErrorKind::InvalidInput,
                               tr("\"%1\" is not a network in this plan.").arg(id));
    }
    return catalog;
}

QString ImportCatalog::networkId(const QString &key) const
{
    for (const Network &network : m_networks) {
        if (network.id.compare(key, Qt::CaseInsensitive) == 0 ||
            network.name.compare(key, Qt::CaseInsensitive) == 0)
            return network.id;
    }
    return {};
}

Post PostImportWriter::storable(Post post)
{
    // QtSql binds a null QString as SQL NULL, which the NOT NULL text columns refuse.
    for (QString *text : {&post.title, &post.body, &post.link, &post.firstComment, &post.notes}) {
        if (text->isNull())
            *text = QStringLiteral("");
    }
    return post;
}

void ImportPreview::addError(qint64 line, const QString &field, const QString &message)
{
    issues.append(ImportIssue{line, field, message, IssueSeverity::Error});
}

void ImportPreview::addWarning(qint64 line, const QString &field, const QString &message)
{
    issues.append(ImportIssue{line, field, message, IssueSeverity::Warning});
}

bool ImportPreview::hasErrors() const
{
    return errorCount() > 0;
}

int ImportPreview::errorCount() const
{
    return static_cast<int>(
        std::count_if(issues.cbegin(), issues.cend(), [](const ImportIssue &issue) {
            return issue.severity == IssueSeverity::Error;
        }));
}

int ImportPreview::warningCount() const
{
    return static_cast<int>(issues.size()) - errorCount();
}

int ImportPreview::duplicateCount() const
{
    return static_cast<int>(std::count_if(rows.cbegin(), rows.cend(),
                                          [](const ImportRow &row) { return row.isDuplicate(); }));
}

int ImportPreview::newCount() const
{
    return static_cast<int>(rows.size()) - duplicateCount();
}

QStringList ImportPreview::describeIssues() const
{
    QStringList lines;
    for (IssueSeverity severity : {IssueSeverity::Error, IssueSeverity::Warning}) {
        for (const ImportIssue &issue : issues) {
            if (issue.severity != severity)
                continue;
            const QString kind = severity == IssueSeverity::Error ? tr("error") : tr("warning");
            QString where = issue.line > 0 ? tr("%1 line %2").arg(source).arg(issue.line) : source;
            if (!issue.field.isEmpty())
                where += tr(", field \"%1\"").arg(issue.field);
            lines << QStringLiteral("%1: %2: %3").arg(where, kind, issue.message);
        }
    }
    return lines;
}

PostImportWriter::PostImportWriter(Database &database)
    : m_database(database)
{}

QString PostImportWriter::duplicateKey(const Post &post)
{
    const QString when = post.scheduledAt.isValid()
                             ? QString::number(post.scheduledAt.toSecsSinceEpoch())
                             : QStringLiteral("-");
    return when + u'\x1f' + post.body + u'\x1f' + sortedNetworks(post);
}

Result<std::optional<qint64>> PostImportWriter::storedDuplicate(const Post &post) const
{
    // Same time and same body narrow it to a handful of rows; the network set decides. The
    // time is compared with "=": "scheduled_at IS :when" cannot use the partial index on
    // scheduled_at (the value might be NULL), so every row scanned the whole plan and 2,000 rows
    // into 100k posts took 27 times as long as into an empty plan. Import rows always have a
    // time; IS NULL is for a post without one.
    const QString timeTerm = post.scheduledAt.isValid() ? QStringLiteral("p.scheduled_at = :when")
                                                        : QStringLiteral("p.scheduled_at IS NULL");
    Bindings bindings{
        // Stored as storable() keeps it: a null text is an empty one, never NULL.
        {QStringLiteral(":body"), post.body.isNull() ? QStringLiteral("") : post.body}};
    if (post.scheduledAt.isValid())
        bindings.emplace_back(QStringLiteral(":when"), sql::fromTime(post.scheduledAt));
    // One row per candidate and network, joined here: SQLite 3.40 has no string_agg and
    // PostgreSQL no group_concat.
    auto candidates = m_database.exec(
        QStringLiteral("SELECT p.id, pn.network_id FROM posts p LEFT JOIN post_networks pn ON "
                       "pn.post_id = p.id WHERE %1 AND p.body = :body ORDER BY p.id")
            .arg(timeTerm),
        bindings);
    if (!candidates)
        return candidates.error();
    const QString wanted = sortedNetworks(post);
    std::optional<qint64> candidate;
    QStringList networks;
    auto matches = [&]() {
        std::sort(networks.begin(), networks.end());
        return candidate && networks.join(u',') == wanted;
    };
    while (candidates->next()) {
        const qint64 id = candidates->value(0).toLongLong();
        if (candidate != id) {
            if (matches())
                return candidate;
            candidate = id;
            networks.clear();
        }
        if (!candidates->value(1).isNull())
            networks << candidates->value(1).toString();
    }
    if (matches())
        return candidate;
    return std::optional<qint64>();
}

Result<ImportPreview> PostImportWriter::withDuplicatesMarked(ImportPreview preview) const
{
    if (auto marked = markDuplicates(preview); !marked)
        return marked.error();
    return preview;
}

Result<void> PostImportWriter::markDuplicates(ImportPreview &preview) const
{
    QHash<QString, qint64> firstLineByKey;
    for (ImportRow &row : preview.rows) {
        row.duplicateOfPost.reset();
        row.duplicateOfLine.reset();
        auto stored = storedDuplicate(row.post);
        if (!stored)
            return stored.error();
        if (stored->has_value()) {
            row.duplicateOfPost = **stored;
            continue;
        }
        const QString key = duplicateKey(row.post);
        if (auto earlier = firstLineByKey.constFind(key); earlier != firstLineByKey.cend())
            row.duplicateOfLine = *earlier;
        else
            firstLineByKey.insert(key, row.line);
    }
    return success();
}

Result<ImportSummary> PostImportWriter::commit(const ImportPreview &preview, BackupService *backup)
{
    if (preview.hasErrors())
        return Error::make(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("hearth::core::PostImportWriter",
                                        "%1 has %n problem(s); nothing was imported. Fix the "
                                        "file and import it again. First problem: %2",
                                        nullptr, preview.errorCount())
                .arg(preview.source, preview.describeIssues().value(0)));
    ImportSummary summary;
    if (backup && preview.newCount() > 0) {
        auto written = backup->backupNow(BackupReason::BeforeImport);
        if (!written)
            return Error::make(written.error().kind,
                               tr("Could not back up the plan before importing, so nothing was "
                                  "imported: %1")
                                   .arg(written.error().message));
        summary.backupPath = written->path;
    }
    PostRepository posts(m_database);
    auto written = m_database.write([&]() -> Result<ImportSummary> {
        // Checked again inside the transaction: the plan may have changed since the preview.
        ImportPreview current = preview;
        if (auto marked = markDuplicates(current); !marked)
            return marked.error();
        for (const ImportRow &row : std::as_const(current.rows)) {
            if (row.isDuplicate()) {
                ++summary.skipped;
                continue;
            }
            auto created = posts.create(storable(row.post));
            if (!created)
                return Error::make(created.error().kind, tr("%1 line %2: %3")
                                                             .arg(preview.source)
                                                             .arg(row.line)
                                                             .arg(created.error().message));
            summary.createdIds << created->id;
            ++summary.created;
        }
        return summary;
    });
    if (written)
        qCInfo(lcImport) << "imported" << written->created << "posts from" << preview.source
                         << "skipped" << written->skipped;
    return written;
}

} // namespace hearth::core
