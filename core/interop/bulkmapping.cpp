// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/bulkmapping.h"

#include "common/clock.h"
#include "interop/csv.h"
#include "interop/importmappings.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::BulkMappingStore", text);
}

const QString kind = QStringLiteral("posts");

QString normalised(const QString &name)
{
    QString text = name.toLower();
    text.replace(u'_', u' ');
    return text.simplified();
}

// The mapping's fields with their JSON keys, in the order guesses are made: specific names
// ("posting time") before general ones ("time").
struct Field
{
    const char *key;
    QString GenericMapping::*member;
    QStringList names;
};

const QList<Field> &fields()
{
    static const QList<Field> list{
        {"datetime",
         &GenericMapping::dateTime,
         {QStringLiteral("date time"), QStringLiteral("datetime"), QStringLiteral("date/time"),
          QStringLiteral("date & time"), QStringLiteral("date and time"),
          QStringLiteral("posting time"), QStringLiteral("publish time"),
          QStringLiteral("publishing time"), QStringLiteral("scheduled"),
          QStringLiteral("scheduled at"), QStringLiteral("scheduled time"),
          QStringLiteral("schedule"), QStringLiteral("when")}},
        {"date",
         &GenericMapping::date,
         {QStringLiteral("date"), QStringLiteral("day"), QStringLiteral("post date"),
          QStringLiteral("publish date"), QStringLiteral("publishing date")}},
        {"time",
         &GenericMapping::time,
         {QStringLiteral("time"), QStringLiteral("time 24hr"), QStringLiteral("hour"),
          QStringLiteral("post time")}},
        {"text",
         &GenericMapping::text,
         {QStringLiteral("text"), QStringLiteral("message"), QStringLiteral("message text"),
          QStringLiteral("post text"), QStringLiteral("caption"), QStringLiteral("content"),
          QStringLiteral("body"), QStringLiteral("post"), QStringLiteral("copy"),
          QStringLiteral("description")}},
        {"title",
         &GenericMapping::title,
         {QStringLiteral("title"), QStringLiteral("headline"), QStringLiteral("subject")}},
        {"link",
         &GenericMapping::link,
         {QStringLiteral("link"), QStringLiteral("links"), QStringLiteral("link(s)"),
          QStringLiteral("url"), QStringLiteral("link url")}},
        {"networks",
         &GenericMapping::networks,
         {QStringLiteral("network"), QStringLiteral("networks"), QStringLiteral("channel"),
          QStringLiteral("channels"), QStringLiteral("platform"), QStringLiteral("platforms"),
          QStringLiteral("social network"), QStringLiteral("profile"), QStringLiteral("profiles")}},
        {"tags",
         &GenericMapping::tags,
         {QStringLiteral("tags"), QStringLiteral("tag"), QStringLiteral("hashtags"),
          QStringLiteral("labels"), QStringLiteral("label"), QStringLiteral("label(s)")}},
        {"pillar",
         &GenericMapping::pillar,
         {QStringLiteral("pillar"), QStringLiteral("content pillar"), QStringLiteral("category"),
          QStringLiteral("theme")}},
        {"status", &GenericMapping::status, {QStringLiteral("status"), QStringLiteral("state")}},
    };
    return list;
}

} // namespace

BulkMappingStore::BulkMappingStore(Database &database)
    : m_database(database)
{}

QString BulkMappingStore::signature(const QStringList &header)
{
    QStringList names;
    for (const QString &name : header)
        names << name.trimmed().toLower();
    // The hash keeps the key short whatever the number of columns; the prefix keeps these keys
    // apart from the analytics imports' in the same table.
    return kind + u':' +
           QString::fromLatin1(
               QCryptographicHash::hash(names.join(u'\n').toUtf8(), QCryptographicHash::Sha256)
                   .toHex());
}

GenericMapping BulkMappingStore::guess(const QStringList &header)
{
    GenericMapping mapping;
    QList<bool> used(header.size(), false);
    for (const Field &field : fields()) {
        for (const QString &name : field.names) {
            qsizetype found = -1;
            for (qsizetype column = 0; column < header.size() && found < 0; ++column) {
                if (!used.at(column) && normalised(header.at(column)) == name)
                    found = column;
            }
            if (found >= 0) {
                mapping.*field.member = header.at(found);
                used[found] = true;
                break;
            }
        }
    }
    // A date and a date-time column: the date-time one already says it all.
    if (!mapping.dateTime.isEmpty() && !mapping.date.isEmpty() && mapping.time.isEmpty())
        mapping.date.clear();
    return mapping;
}

std::optional<BulkLayout> BulkMappingStore::layoutOfHeader(const QStringList &header)
{
    // The columns each layout's parser requires (formats.md section 3).
    static const std::pair<BulkLayout, QStringList> layouts[] = {
        {BulkLayout::Buffer, {QStringLiteral("text"), QStringLiteral("posting time")}},
        {BulkLayout::Publer,
         {QStringLiteral("date"), QStringLiteral("text"), QStringLiteral("link(s)"),
          QStringLiteral("media url(s)")}},
        {BulkLayout::Metricool,
         {QStringLiteral("text"), QStringLiteral("date"), QStringLiteral("time"),
          QStringLiteral("draft")}},
        {BulkLayout::Sprout,
         {QStringLiteral("date"), QStringLiteral("time 24hr"), QStringLiteral("message text")}},
    };
    QStringList names;
    for (const QString &name : header)
        names << normalised(QString(name).remove(QChar(0xFEFF)));
    for (const auto &[layout, required] : layouts) {
        if (std::all_of(required.cbegin(), required.cend(),
                        [&](const QString &name) { return names.contains(name); }))
            return layout;
    }
    return std::nullopt;
}

QJsonObject BulkMappingStore::toJson(const GenericMapping &mapping)
{
    QJsonObject object;
    for (const Field &field : fields()) {
        if (!(mapping.*field.member).isEmpty())
            object.insert(QLatin1String(field.key), mapping.*field.member);
    }
    if (!mapping.dateFormat.isEmpty())
        object.insert(QLatin1String("date_format"), mapping.dateFormat);
    return object;
}

GenericMapping BulkMappingStore::fromJson(const QJsonObject &object)
{
    GenericMapping mapping;
    for (const Field &field : fields())
        mapping.*field.member = object.value(QLatin1String(field.key)).toString();
    mapping.dateFormat = object.value(QLatin1String("date_format")).toString();
    return mapping;
}

Result<QStringList> BulkMappingStore::readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            ErrorKind::Io,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    CsvReader reader(&file);
    CsvRecord record;
    while (reader.readNext(record)) {
        const bool blank =
            std::all_of(record.fields.cbegin(), record.fields.cend(),
                        [](const QString &field) { return field.trimmed().isEmpty(); });
        if (!blank)
            return record.fields;
    }
    if (reader.hasError())
        return Error::make(ErrorKind::InvalidInput, tr("%1 line %2: %3")
                                                        .arg(QDir::toNativeSeparators(path))
                                                        .arg(reader.errorLine())
                                                        .arg(reader.errorString()));
    return QStringList();
}

Result<std::optional<GenericMapping>> BulkMappingStore::load(const QStringList &header) const
{
    auto value = m_database.scalar(
        QStringLiteral("SELECT mapping FROM import_mappings WHERE header_signature = :signature "
                       "AND kind = :kind"),
        {{QStringLiteral(":signature"), signature(header)}, {QStringLiteral(":kind"), kind}});
    if (!value)
        return value.error();
    if (value->isNull())
        return std::optional<GenericMapping>();
    const QJsonObject object = QJsonDocument::fromJson(value->toString().toUtf8()).object();
    GenericMapping mapping = fromJson(object);
    // Names are spelled as in this file (the layout matches ignoring case and spaces).
    for (const Field &field : fields()) {
        QString &column = mapping.*field.member;
        if (column.isEmpty())
            continue;
        const auto found = std::find_if(header.cbegin(), header.cend(), [&](const QString &name) {
            return name.trimmed().compare(column.trimmed(), Qt::CaseInsensitive) == 0;
        });
        column = found == header.cend() ? QString() : *found;
    }
    return std::optional<GenericMapping>(mapping);
}

Result<void> BulkMappingStore::save(const QStringList &header, const GenericMapping &mapping)
{
    return saveImportMapping(m_database, signature(header), kind, toJson(mapping));
}

} // namespace hearth::core
