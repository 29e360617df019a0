// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace hearth::core {

// The one writer of import_mappings: remembers the column mapping chosen for a header layout
// (kind "posts" for the bulk post import, "metrics" for the metric import), replacing an
// earlier one of the same layout.
inline Result<void> saveImportMapping(Database &database, const QString &headerSignature,
                                      const QString &kind, const QJsonObject &mapping)
{
    return database.write([&]() -> Result<void> {
        auto saved = database.exec(
            QStringLiteral(
                "INSERT INTO import_mappings (header_signature, kind, mapping, updated_at) "
                "VALUES (:signature, :kind, :mapping, :at) ON CONFLICT (header_signature) "
                "DO UPDATE SET kind = excluded.kind, mapping = excluded.mapping, "
                "updated_at = excluded.updated_at"),
            {{QStringLiteral(":signature"), headerSignature},
             {QStringLiteral(":kind"), kind},
             {QStringLiteral(":mapping"),
              QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact))},
             {QStringLiteral(":at"), sql::fromTime(database.clock().now())}});
        if (!saved)
            return saved.error();
        return success();
    });
}

} // namespace hearth::core
