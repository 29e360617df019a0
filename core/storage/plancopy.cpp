// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/plancopy.h"

#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QSqlRecord>

#include <cstdio>

namespace hearth::core {

namespace {

struct Table
{
    const char *name;
    const char *order;
    bool identity; // ids come from a sequence on PostgreSQL
};

// In reference order. posts.idea_id and posts.repeat_of are written in a second pass: ideas
// point at posts too, and a repeat may point at a later row.
constexpr Table planTables[] = {
    {"networks", "id", false},
    {"pillars", "id", true},
    {"tags", "id", true},
    {"posts", "id", true},
    {"ideas", "id", true},
    {"idea_tags", "idea_id, tag_id", false},
    {"library_dismissed", "library_key", false},
    {"post_networks", "post_id, network_id", false},
    {"post_tags", "post_id, tag_id", false},
    {"post_media", "post_id, position", false},
    {"posting_slots", "id", true},
    {"metric_imports", "id", true},
    {"metric_raw_layouts", "id", true},
    {"metric_snapshots", "id", true},
    {"import_mappings", "header_signature", false},
    {"settings", "key", false},
};

// Rows per INSERT: well under both engines' limits on bound values (SQLite 32,766).
constexpr int rowsPerInsert = 100;

QString translated(const char *text)
{
    return QCoreApplication::translate("hearth::core::PlanCopy", text);
}

Result<void> refuseNonEmpty(const Database &to)
{
    // A new plan holds only the built-in networks and starter pillars; anything else is a
    // plan someone already uses.
    for (const char *table : {"posts", "ideas", "tags", "posting_slots", "metric_imports",
                              "metric_snapshots", "settings", "import_mappings"}) {
        auto rows = to.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        if (!rows)
            return rows.error();
        if (rows->toLongLong() > 0)
            return Error::make(ErrorKind::Conflict,
                               translated("%1 already holds a plan (its table %2 has rows). Copy "
                                          "into an empty database, or remove that plan first.")
                                   .arg(to.path(), QLatin1String(table)));
    }
    return success();
}

Result<void> copyTable(const Database &from, Database &to, const Table &table)
{
    const QString name = QLatin1String(table.name);
    auto source = from.exec(
        QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(name, QLatin1String(table.order)));
    if (!source)
        return source.error();
    const QSqlRecord record = source->record();
    QStringList columns;
    for (int c = 0; c < record.count(); ++c)
        columns << record.fieldName(c);
    const bool isPosts = name == QLatin1String("posts");
    // posts.idea_id and repeat_of are written by linkPosts() once the ideas exist.
    const qsizetype ideaColumn = columns.indexOf(QLatin1String("idea_id"));
    const qsizetype repeatColumn = columns.indexOf(QLatin1String("repeat_of"));

    Bindings bindings;
    QStringList rows;
    auto flush = [&]() -> Result<void> {
        if (rows.isEmpty())
            return success();
        auto inserted = to.exec(
            QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                .arg(name, columns.join(QStringLiteral(", ")), rows.join(QStringLiteral(", "))),
            bindings);
        rows.clear();
        bindings.clear();
        if (!inserted)
            return inserted.error();
        return success();
    };
    while (source->next()) {
        QStringList placeholders;
        for (int c = 0; c < columns.size(); ++c) {
            const QString placeholder = QStringLiteral(":v%1_%2").arg(rows.size()).arg(c);
            placeholders << placeholder;
            QVariant value = source->value(c);
            if (isPosts && (c == ideaColumn || c == repeatColumn))
                value = QVariant();
            bindings.emplace_back(placeholder, value);
        }
        rows << QLatin1Char('(') + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
        if (rows.size() == rowsPerInsert) {
            if (auto done = flush(); !done)
                return done;
        }
    }
    return flush();
}

Result<void> linkPosts(const Database &from, Database &to)
{
    auto links = from.exec(QStringLiteral(
        "SELECT id, idea_id, repeat_of FROM posts WHERE idea_id IS NOT NULL OR repeat_of IS NOT "
        "NULL ORDER BY id"));
    if (!links)
        return links.error();
    while (links->next()) {
        auto linked = to.exec(QStringLiteral("UPDATE posts SET idea_id = :idea, repeat_of = "
                                             ":repeat WHERE id = :id"),
                              {{QStringLiteral(":idea"), links->value(1)},
                               {QStringLiteral(":repeat"), links->value(2)},
                               {QStringLiteral(":id"), links->value(0)}});
        if (!linked)
            return linked.error();
    }
    return success();
}

Result<void> copyAll(const Database &from, Database &to)
{
    return to.write([&]() -> Result<void> {
        if (auto empty = refuseNonEmpty(to); !empty)
            return empty;
        // The new plan's built-in networks and starter pillars make way for the copied ones.
        for (const char *table : {"pillars", "networks"}) {
            if (auto cleared = to.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
                !cleared)
                return cleared.error();
        }
        for (const Table &table : planTables) {
            if (auto copied = copyTable(from, to, table); !copied)
                return copied;
        }
        if (auto linked = linkPosts(from, to); !linked)
            return linked;
        if (to.engine() == Engine::PostgreSql) {
            // Rows came with their ids; the next id a sequence hands out follows them.
            for (const Table &table : planTables) {
                if (!table.identity)
                    continue;
                const QString name = QLatin1String(table.name);
                if (auto moved =
                        to.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                               "coalesce((SELECT max(id) FROM %1), 0) + 1, false)")
                                    .arg(name));
                    !moved)
                    return moved.error();
            }
        }
        return success();
    });
}

} // namespace

Result<void> copyPlan(const Database &from, Database &to)
{
    if (&from == &to)
        return Error::make(ErrorKind::InvalidInput,
                           translated("A plan cannot be copied into itself."));
    // A team plan is read in one snapshot, so members' edits during the copy cannot tear it.
    const bool snapshot = from.isServer();
    if (snapshot) {
        if (auto begun =
                from.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
            !begun)
            return begun.error();
    }
    auto copied = copyAll(from, to);
    if (snapshot)
        (void)from.exec(QStringLiteral("COMMIT"));
    return copied;
}

Result<void> copyPlanToFile(const Database &from, const QString &target)
{
    const QString partial = target + QStringLiteral(".part");
    // What an interrupted copy left behind; its log would otherwise be replayed into the new one.
    for (const QString &leftover :
         QStringList{partial, partial + QStringLiteral("-wal"), partial + QStringLiteral("-shm")})
        QFile::remove(leftover);
    {
        OpenOptions options;
        options.backup = MigrationBackup::Skip;
        auto file = Database::open(partial, options, from.clock());
        if (!file)
            return file.error();
        if (auto copied = copyPlan(from, **file); !copied) {
            file->reset();
            QFile::remove(partial);
            QFile::remove(partial + QStringLiteral("-wal"));
            QFile::remove(partial + QStringLiteral("-shm"));
            return copied;
        }
        // Closing checkpoints the write-ahead log into the file.
    }
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(partial).constData(),
                    QFile::encodeName(target).constData()) != 0) {
        QFile::remove(partial);
        return Error::make(ErrorKind::Io, translated("Could not move the copy into place at %1.")
                                              .arg(QDir::toNativeSeparators(target)));
    }
    return success();
}

Result<QList<TableCount>> planRowCounts(const Database &database)
{
    QList<TableCount> counts;
    for (const Table &table : planTables) {
        const QString name = QLatin1String(table.name);
        auto rows = database.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(name));
        if (!rows)
            return rows.error();
        counts << TableCount{name, rows->toLongLong()};
    }
    return counts;
}

} // namespace hearth::core
