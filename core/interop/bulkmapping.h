// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "interop/bulkpostparser.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace hearth::core {

class Database;

// The column mapping of a generic bulk import: guessed from header names, and remembered per
// header layout (import_mappings, kind "posts") so the next file from the same tool maps itself.
class BulkMappingStore final
{
public:
    explicit BulkMappingStore(Database &database);

    // Identifies a header layout: the same column names in the same order, ignoring case and
    // surrounding spaces.
    static QString signature(const QStringList &header);
    // Columns whose names say what they hold ("Posting Time", "Message", "Network"…); each
    // column is used for one field at most.
    static GenericMapping guess(const QStringList &header);
    static QJsonObject toJson(const GenericMapping &mapping);
    static GenericMapping fromJson(const QJsonObject &object);
    // The layout whose required columns `header` has (Buffer, Publer, Metricool, Sprout
    // Social); empty for any other row. Hootsuite files have no header to recognise.
    static std::optional<BulkLayout> layoutOfHeader(const QStringList &header);
    // The header row of a CSV file: its first row that is not blank.
    static Result<QStringList> readHeader(const QString &path);

    // The mapping saved for this header layout, if any.
    Result<std::optional<GenericMapping>> load(const QStringList &header) const;
    Result<void> save(const QStringList &header, const GenericMapping &mapping);

private:
    Database &m_database;
};

} // namespace hearth::core
