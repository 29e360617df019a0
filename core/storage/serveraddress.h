// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace hearth::core {

// Where a team plan lives: a PostgreSQL server and database, given the way PostgreSQL users
// write it: a libpq URI ("postgresql://ana@db.example.org/plan?sslmode=verify-full"), a
// "service=NAME" entry of pg_service.conf, or "key=value" pairs. What is not given here libpq
// takes from its environment (PGHOST, PGSERVICE, ~/.pgpass, …), as psql does.
class ServerAddress final
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    // Parses with libpq's own parser, so every spelling psql accepts is accepted.
    static Result<ServerAddress> parse(const QString &text);

    QString text() const { return m_text; }
    QString host() const { return value(QStringLiteral("host")); }
    QString port() const { return value(QStringLiteral("port")); }
    QString databaseName() const { return value(QStringLiteral("dbname")); }
    QString user() const { return value(QStringLiteral("user")); }
    QString password() const { return value(QStringLiteral("password")); }
    QString service() const { return value(QStringLiteral("service")); }
    QString sslMode() const { return value(QStringLiteral("sslmode")); }
    QString value(const QString &key) const;

    void setPassword(const QString &password) { setValue(QStringLiteral("password"), password); }
    void setValue(const QString &key, const QString &value);

    // The address as shown to people and kept in recent servers: never the password.
    QString displayText() const;
    // "host:port/database" or the service name: the short form for the status bar.
    QString shortName() const;
    // A key for the password in the keyring: user, host, port and database.
    QString keyringKey() const;

    // A Unix socket or the loopback interface: nothing leaves the machine.
    bool isLocal() const;
    // The server's certificate is checked against a trusted root (sslmode verify-ca or
    // verify-full): only then is a remote connection safe from someone in the middle.
    bool verifiesServer() const;

    // Every pair except those Qt's driver takes as its own arguments, in "k='v';…" form for
    // QSqlDatabase::setConnectOptions.
    QString driverOptions() const;

    QList<QPair<QString, QString>> pairs() const { return m_pairs; }

private:
    QString m_text;
    QList<QPair<QString, QString>> m_pairs;
};

} // namespace hearth::core
