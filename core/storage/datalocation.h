// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hearth::core {

// The per-user database file in the standard data folder (e.g. ~/.local/share/hearth/hearth/).
QString defaultDatabasePath();

} // namespace hearth::core
