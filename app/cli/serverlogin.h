// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace hearth::core {
class ServerAddress;
}

// The login to a team plan's server from a terminal, the way psql does it.
namespace hearth::cli {

// What a login attempt learnt: whether the server asks for a password that neither the
// address, PGPASSWORD nor ~/.pgpass gave (libpq's own answer, so it holds whatever language
// libpq's messages are in), and the user name libpq logged in as.
struct LoginProbe
{
    bool wantsPassword = false;
    QString user;
};
LoginProbe probeLogin(const core::ServerAddress &address);

// Standard input is a terminal someone can type into.
bool inputIsTerminal();

// Asks on the terminal with `prompt` on stderr, without echoing what is typed; nullopt when
// standard input is not a terminal or was closed.
std::optional<QString> askPassword(const QString &prompt);

} // namespace hearth::cli
