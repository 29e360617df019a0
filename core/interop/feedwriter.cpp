// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/feedwriter.h"

#include "interop/icsexporter.h"
#include "storage/database.h"

namespace hearth::core {

namespace {

const QString feedSettingKey = QStringLiteral("ics_feed_path");

} // namespace

FeedWriter::FeedWriter(Database &database)
    : m_database(database)
{}

Result<QString> FeedWriter::feedPath() const
{
    auto value = m_database.scalar(QStringLiteral("SELECT value FROM settings WHERE key = :key"),
                                   {{QStringLiteral(":key"), feedSettingKey}});
    if (!value)
        return value.error();
    return value->toString();
}

Result<void> FeedWriter::setFeedPath(const QString &path)
{
    auto stored = m_database.write([&]() -> Result<void> {
        auto done =
            path.isEmpty()
                ? m_database.exec(QStringLiteral("DELETE FROM settings WHERE key = :key"),
                                  {{QStringLiteral(":key"), feedSettingKey}})
                : m_database.exec(
                      QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {{QStringLiteral(":key"), feedSettingKey}, {QStringLiteral(":value"), path}});
        if (!done)
            return done.error();
        return success();
    });
    if (!stored)
        return stored;
    auto written = refresh();
    if (!written)
        return written.error();
    return success();
}

Result<bool> FeedWriter::refresh()
{
    auto path = feedPath();
    if (!path)
        return path.error();
    if (path->isEmpty())
        return false;
    auto written = IcsExporter(m_database).exportToFile(*path, ExportFilter{});
    if (!written)
        return written.error();
    return true;
}

} // namespace hearth::core
