#pragma once

#include <QString>

namespace hearth::core {

// The per-user database file in the standard data folder (e.g. ~/.local/share/hearth/hearth/).
QString defaultDatabasePath();

} // namespace hearth::core
