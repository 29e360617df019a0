// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <span>

namespace hearth::core::schema {

// One step from version `version - 1` to `version`, applied atomically.
struct Migration
{
    int version;
    QStringList statements;
};

// Every migration in order; the last one's version is the code's schema version.
std::span<const Migration> migrations();
int currentVersion();
// The same schema for a team plan on PostgreSQL (schemapostgres.cpp); its last version is
// currentVersion() too.
std::span<const Migration> postgresMigrations();

} // namespace hearth::core::schema
