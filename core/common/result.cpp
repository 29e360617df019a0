// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/result.h"

#include <QCoreApplication>

namespace hearth::core {

QString toString(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ErrorKind::InvalidInput:
        return QStringLiteral("invalid-input");
    case ErrorKind::NotADatabase:
        return QStringLiteral("not-a-database");
    case ErrorKind::NotHearthDatabase:
        return QStringLiteral("not-a-hearth-database");
    case ErrorKind::NewerSchema:
        return QStringLiteral("newer-schema");
    case ErrorKind::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorKind::ReadOnly:
        return QStringLiteral("read-only");
    case ErrorKind::Busy:
        return QStringLiteral("busy");
    case ErrorKind::DiskFull:
        return QStringLiteral("disk-full");
    case ErrorKind::MissingFeature:
        return QStringLiteral("missing-feature");
    case ErrorKind::Io:
        return QStringLiteral("io");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::ConnectionFailed:
        return QStringLiteral("connection-failed");
    case ErrorKind::AuthenticationFailed:
        return QStringLiteral("authentication-failed");
    case ErrorKind::PermissionDenied:
        return QStringLiteral("permission-denied");
    case ErrorKind::ConnectionLost:
        return QStringLiteral("connection-lost");
    case ErrorKind::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace hearth::core
