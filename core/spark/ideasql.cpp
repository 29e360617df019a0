// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/ideasql.h"

#include "storage/sqlvalues.h"

#include <algorithm>

namespace hearth::core::ideasql {

namespace {

// Tag names are joined with the ASCII unit separator, which no tag contains.
constexpr char16_t tagSeparator = 0x1f;

} // namespace

QString columns(const Database &database)
{
    // SQLite 3.40 has no string_agg, PostgreSQL no group_concat.
    const QString joinedTags = database.engine() == Engine::PostgreSql
                                   ? QStringLiteral("string_agg(t.name, chr(31))")
                                   : QStringLiteral("group_concat(t.name, char(31))");
    return QStringLiteral(
               "i.id, i.title, i.notes, i.pillar_id, i.favourite, i.archived, i.source, "
               "i.library_key, i.library_edited, i.feedback_post_id, i.feedback_text, "
               "i.created_at, i.updated_at, "
               "(SELECT count(*) FROM posts p WHERE p.idea_id = i.id AND p.status <> 'skipped'), "
               "(SELECT max(coalesce(p.scheduled_at, p.created_at)) FROM posts p "
               " WHERE p.idea_id = i.id AND p.status <> 'skipped'), "
               "(SELECT %1 FROM idea_tags it JOIN tags t ON t.id = it.tag_id "
               " WHERE it.idea_id = i.id)")
        .arg(joinedTags);
}

int columnCount()
{
    return 16;
}

Idea fromRow(const QSqlQuery &row, int offset)
{
    Idea idea;
    idea.id = row.value(offset + 0).toLongLong();
    idea.title = row.value(offset + 1).toString();
    idea.notes = row.value(offset + 2).toString();
    idea.pillarId = sql::toOptionalId(row.value(offset + 3));
    idea.favourite = row.value(offset + 4).toBool();
    idea.archived = row.value(offset + 5).toBool();
    idea.source = ideaSourceFromString(row.value(offset + 6).toString()).value_or(IdeaSource::User);
    idea.libraryKey = row.value(offset + 7).toString();
    idea.libraryEdited = row.value(offset + 8).toBool();
    idea.feedbackPostId = sql::toOptionalId(row.value(offset + 9));
    idea.feedbackText = row.value(offset + 10).toString();
    idea.createdAt = sql::toTime(row.value(offset + 11));
    idea.updatedAt = sql::toTime(row.value(offset + 12));
    idea.timesUsed = row.value(offset + 13).toInt();
    idea.lastUsed = sql::toTime(row.value(offset + 14));
    const QString tags = row.value(offset + 15).toString();
    if (!tags.isEmpty()) {
        idea.tags = tags.split(QChar(tagSeparator));
        std::sort(idea.tags.begin(), idea.tags.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
    }
    return idea;
}

void appendConditions(const IdeaFilter &filter, QStringList &conditions, Bindings &bindings)
{
    if (filter.pillarId) {
        conditions << QStringLiteral("i.pillar_id = :filter_pillar");
        bindings.emplace_back(QStringLiteral(":filter_pillar"), *filter.pillarId);
    }
    if (!filter.tag.trimmed().isEmpty()) {
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM idea_tags ft JOIN tags tt ON tt.id = ft.tag_id "
            "WHERE ft.idea_id = i.id AND tt.name = :filter_tag)");
        QString tag = filter.tag.trimmed();
        if (tag.startsWith(u'#'))
            tag.remove(0, 1);
        bindings.emplace_back(QStringLiteral(":filter_tag"), tag);
    }
    if (filter.unusedOnly)
        conditions << QStringLiteral("NOT EXISTS (SELECT 1 FROM posts up WHERE up.idea_id = i.id "
                                     "AND up.status <> 'skipped')");
    if (filter.favouritesOnly)
        conditions << QStringLiteral("i.favourite = 1");
    switch (filter.archived) {
    case ArchivedFilter::Exclude:
        conditions << QStringLiteral("i.archived = 0");
        break;
    case ArchivedFilter::Only:
        conditions << QStringLiteral("i.archived = 1");
        break;
    case ArchivedFilter::Include:
        break;
    }
}

Result<QList<Idea>> list(const Database &database, const IdeaFilter &filter)
{
    QStringList conditions{QStringLiteral("TRUE")};
    Bindings bindings;
    appendConditions(filter, conditions, bindings);
    QString sqlText = QStringLiteral("SELECT %1 FROM ideas i WHERE %2 "
                                     "ORDER BY i.favourite DESC, i.created_at DESC, i.id DESC")
                          .arg(columns(database), conditions.join(QStringLiteral(" AND ")));
    if (filter.limit > 0)
        sqlText += QStringLiteral(" LIMIT %1").arg(filter.limit);
    return sql::readAll(database.exec(sqlText, bindings),
                        [](const QSqlQuery &row) { return fromRow(row); });
}

QStringList normalisedTags(const QStringList &tags)
{
    QStringList result;
    for (const QString &tag : tags) {
        QString name = tag.simplified();
        while (name.startsWith(u'#'))
            name.remove(0, 1);
        if (name.isEmpty())
            continue;
        const bool seen = std::any_of(result.cbegin(), result.cend(), [&](const QString &other) {
            return other.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!seen)
            result << name;
    }
    std::sort(result.begin(), result.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return result;
}

} // namespace hearth::core::ideasql
