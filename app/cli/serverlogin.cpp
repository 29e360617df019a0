// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverlogin.h"

#include "storage/serveraddress.h"

#include <cstdio>
#include <libpq-fe.h>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace hearth::cli {

LoginProbe probeLogin(const core::ServerAddress &address)
{
    // Made only after a refused login, so the extra connection costs nothing in the usual case.
    PGconn *probe = PQconnectdb(address.text().toUtf8().constData());
    LoginProbe result;
    if (probe) {
        result.wantsPassword =
            PQstatus(probe) == CONNECTION_BAD && PQconnectionNeedsPassword(probe) == 1;
        result.user = QString::fromUtf8(PQuser(probe));
    }
    PQfinish(probe);
    return result;
}

bool inputIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

std::optional<QString> askPassword(const QString &prompt)
{
    if (!inputIsTerminal())
        return std::nullopt;
    termios saved{};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    // Shown only once echo is off, so nothing typed after it can appear.
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    bool gotLine = false;
    for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
        gotLine = true;
        if (c == '\n')
            break;
        line.push_back(static_cast<char>(c));
    }
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    // The Enter typed was not echoed either.
    std::fputc('\n', stderr);
    if (!gotLine)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromLocal8Bit(line.data(), static_cast<qsizetype>(line.size()));
}

} // namespace hearth::cli
