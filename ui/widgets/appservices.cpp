// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/appservices.h"

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
{}

} // namespace hearth::ui
