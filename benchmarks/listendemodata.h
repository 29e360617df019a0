// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>

namespace hearth::core {
class Database;
}

namespace hearth::bench {

// What to generate: `posts` published posts spread over the `weeks` weeks that end on `end`.
struct DemoDataOptions
{
    int posts = 320;
    int weeks = 52;
    QDate end;
    quint32 seed = 2026;
};

// Fills `database` with plausible published posts (titles, pillars, networks, local posting
// times) and one or two metric snapshots each, shaped like real page analytics: audience
// varies by network, community responds to pillar, hour and weekday, and improves slowly.
core::Result<void> generateDemoData(core::Database &database, const DemoDataOptions &options);

} // namespace hearth::bench
