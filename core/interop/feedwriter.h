// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace hearth::core {

class Database;

// Keeps an optional .ics feed file (for a calendar app to subscribe to) in step with the plan.
// The path lives in the plan's settings; the UI and the CLI call refresh() after every write.
class FeedWriter final
{
public:
    explicit FeedWriter(Database &database);

    // Empty when no feed is configured.
    Result<QString> feedPath() const;
    // An empty path turns the feed off; a new path is written at once.
    Result<void> setFeedPath(const QString &path);
    // Rewrites the feed when one is configured; returns whether a file was written.
    Result<bool> refresh();

private:
    Database &m_database;
};

} // namespace hearth::core
