// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listen/listenadvisor.h"
#include "listen/metricrepository.h"
#include "plan/catalog.h"
#include "spark/idearepository.h"
#include "spark/ideasuggester.h"
#include "widgets/poststore.h"

class QUndoStack;

namespace hearth::core {
class Clock;
class Database;
} // namespace hearth::core

namespace hearth::ui {

// What every workspace needs from the application, made once by the shell for the open plan:
// the database, the clock, the one undo stack behind Edit > Undo/Redo, the repositories the
// workspaces read and the post store, the one place the UI changes posts.
struct AppServices final
{
    AppServices(core::Database &planDatabase, const core::Clock &appClock,
                QUndoStack &appUndoStack);
    Q_DISABLE_COPY_MOVE(AppServices)

    core::Database &database;
    const core::Clock &clock;
    QUndoStack &undoStack;
    PostStore posts;
    core::CatalogRepository catalog;
    core::IdeaRepository ideas;
    core::MetricRepository metrics;
    // Best times and community rates from the plan's figures, for planning and suggestions.
    core::ListenAdvisor advisor;

    // The networks new posts go to ("defaults/networks"), enabled ones only.
    QStringList defaultNetworks() const;
    // The advice suggestions take: the figures, the default networks and the default time.
    core::SuggestionAdvice suggestionAdvice() const;
};

} // namespace hearth::ui
