// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/catalog.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace hearth::core {

// Which text of a post is being checked; some networks limit titles and comments apart.
enum class TextField
{
    Body,    // the post text or caption (the network's char_limit)
    Title,   // Pinterest pin title (100), TikTok photo title (90)
    Comment, // LinkedIn comment / first comment (1250)
};

// Overrides for one check; unset fields fall back to Network::settings, then to the
// built-in defaults of formats.md section 1.
struct TextCheckOptions
{
    TextField field = TextField::Body;
    // Replaces the limit (e.g. a Mastodon account allowing 1000 characters).
    std::optional<int> limit;
    // Instagram: warn above this many hashtags (setting "hashtag_cap", default 30).
    std::optional<int> hashtagCap;
};

// The verdict on one text for one network, as the editor's counter and the CLI show it.
struct TextCheck
{
    QString networkId;
    // In the network's own unit (weighted characters, graphemes, characters).
    int count = 0;
    int limit = 0;
    // False when the network would refuse the text (over a limit, too many links or tags).
    bool ok = true;
    // Human sentences: how this text was counted when it differs from plain characters
    // ("X counts each link as 23 characters") and every rule the text breaks.
    QStringList reasons;
    // Things the network accepts but the user should know (hashtags above the cap).
    QStringList warnings;

    int remaining() const { return limit - count; }
};

// Counts `text` the way `network` counts it (network.countingRule: "x-weighted",
// "mastodon", "bluesky", "threads", "characters") and checks it against its limits.
TextCheck checkText(const Network &network, const QString &text,
                    const TextCheckOptions &options = {});

} // namespace hearth::core
