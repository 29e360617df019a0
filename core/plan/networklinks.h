// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>
#include <QUrl>

// Building and reading the addresses of the networks' own pages: compose pages to post from,
// and the links of published posts.
namespace hearth::core {

// What a published post's link tells us: the network's own post id, when the URL has one.
struct PublishedLink
{
    QString externalId;
    QString permalink;
};

// Settings the compose-page address needs.
struct ComposeOptions
{
    // Mastodon has no central site: the user's instance host, e.g. "mastodon.social".
    QString mastodonInstance;
    // A user-defined network's compose address with "{text}" where the text goes.
    QString urlTemplate;
};

// The share/compose page of `networkId` pre-filled with `text`; empty when the network has
// none. Pure: the UI opens the address in the user's browser, the core never does.
QUrl composeUrl(const QString &networkId, const QString &text, const ComposeOptions &options = {});

// Parses the network post id out of `link` where the network's URL shape allows:
// X /status/<id>, Mastodon /@user/<id>, Bluesky /post/<rkey>, LinkedIn urn:li:activity:<id>;
// Facebook and Instagram keep only the permalink. Fails for a link that is not a URL.
Result<PublishedLink> parsePublishedLink(const QString &networkId, const QString &link);

} // namespace hearth::core
