// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/appservices.h"

#include <QSettings>

namespace hearth::ui {

AppServices::AppServices(core::Database &planDatabase, const core::Clock &appClock,
                         QUndoStack &appUndoStack)
    : database(planDatabase)
    , clock(appClock)
    , undoStack(appUndoStack)
    , posts(planDatabase)
    , catalog(planDatabase)
    , ideas(planDatabase)
    , metrics(planDatabase)
    , advisor(planDatabase)
{}

QStringList AppServices::defaultNetworks() const
{
    QStringList networks =
        core::networkIdsFromSetting(QSettings().value(QStringLiteral("defaults/networks")));
    const QList<core::Network> known = catalog.networks().valueOr({});
    networks.removeIf([&known](const QString &id) {
        return std::none_of(known.cbegin(), known.cend(), [&id](const core::Network &network) {
            return network.id == id && network.enabled;
        });
    });
    return networks;
}

core::SuggestionAdvice AppServices::suggestionAdvice() const
{
    QStringList networks = defaultNetworks();
    // Without default networks, each day's time comes from whichever network has figures.
    if (networks.isEmpty()) {
        for (const core::Network &network : catalog.networks().valueOr({})) {
            if (network.enabled)
                networks << network.id;
        }
    }
    return core::SuggestionAdvice{
        &advisor, &advisor, networks,
        core::defaultPostTime(QSettings().value(QStringLiteral("defaults/postTime")).toString())};
}

} // namespace hearth::ui
