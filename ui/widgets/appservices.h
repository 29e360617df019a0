// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QUndoStack;

namespace hearth::core {
class Clock;
class Database;
} // namespace hearth::core

namespace hearth::ui {

// What every workspace needs from the application: the open database, the clock and
// the one undo stack behind Edit > Undo/Redo.
struct AppServices
{
    core::Database &database;
    const core::Clock &clock;
    QUndoStack &undoStack;
};

} // namespace hearth::ui
