// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/serveraddress.h"

#include <QUrl>

#include <libpq-fe.h>

namespace hearth::core {

namespace {

// Qt's PostgreSQL driver builds its connection string from these itself.
bool isDriverArgument(const QString &key)
{
    return key == QLatin1String("host") || key == QLatin1String("port") ||
           key == QLatin1String("dbname") || key == QLatin1String("user") ||
           key == QLatin1String("password");
}

// libpq's quoting for a value in a key=value connection string.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    char *message = nullptr;
    const QByteArray utf8 = trimmed.toUtf8();
    PQconninfoOption *options = PQconninfoParse(utf8.constData(), &message);
    if (!options) {
        QString reason =
            message ? QString::fromUtf8(message).trimmed() : tr("libpq could not read it");
        PQfreemem(message);
        return Error::make(ErrorKind::InvalidInput,
                           tr("\"%1\" is not a PostgreSQL connection address: %2. Write it as "
                              "postgresql://user@host:5432/database or service=NAME.")
                               .arg(trimmed, reason));
    }
    ServerAddress address;
    address.m_text = trimmed;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (option->val && *option->val)
            address.m_pairs.append(
                {QString::fromUtf8(option->keyword), QString::fromUtf8(option->val)});
    }
    PQconninfoFree(options);
    for (const auto &[key, value] : std::as_const(address.m_pairs)) {
        // Qt's driver joins its options with ';' and cannot pass one inside a value.
        if (value.contains(QLatin1Char(';')))
            return Error::make(ErrorKind::InvalidInput,
                               tr("The connection setting %1 contains a semicolon, which Hearth "
                                  "cannot pass to the server. Put it in pg_service.conf and "
                                  "connect with service=NAME.")
                                   .arg(key));
    }
    return address;
}

QString ServerAddress::value(const QString &key) const
{
    for (const auto &[name, value] : m_pairs) {
        if (name == key)
            return value;
    }
    return {};
}

void ServerAddress::setValue(const QString &key, const QString &value)
{
    for (auto &pair : m_pairs) {
        if (pair.first == key) {
            pair.second = value;
            return;
        }
    }
    m_pairs.append({key, value});
}

QString ServerAddress::displayText() const
{
    if (!service().isEmpty() && host().isEmpty())
        return QStringLiteral("service=%1").arg(service());
    QString shown = QStringLiteral("postgresql://");
    if (!user().isEmpty())
        shown += user() + QLatin1Char('@');
    shown += host().contains(QLatin1Char(':')) && !host().startsWith(QLatin1Char('['))
                 ? QLatin1Char('[') + host() + QLatin1Char(']')
                 : host();
    if (!port().isEmpty())
        shown += QLatin1Char(':') + port();
    shown += QLatin1Char('/') + databaseName();
    QStringList query;
    for (const auto &[key, value] : m_pairs) {
        // Encoded, so a value with '=', '&' or spaces (options='-c a=b') reads back the same.
        if (!isDriverArgument(key))
            query << key + QLatin1Char('=') +
                         QString::fromLatin1(QUrl::toPercentEncoding(value, "/:,"));
    }
    if (!query.isEmpty())
        shown += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return shown;
}

QString ServerAddress::shortName() const
{
    if (!service().isEmpty() && host().isEmpty())
        return service();
    const QString shownHost = host().isEmpty() || host().startsWith(QLatin1Char('/'))
                                  ? QStringLiteral("localhost")
                                  : host();
    QString name = shownHost;
    if (!port().isEmpty() && port() != QLatin1String("5432"))
        name += QLatin1Char(':') + port();
    if (!databaseName().isEmpty())
        name += QLatin1Char('/') + databaseName();
    return name;
}

QString ServerAddress::keyringKey() const
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(user(), host().isEmpty() ? service() : host(),
             port().isEmpty() ? QStringLiteral("5432") : port(), databaseName());
}

bool ServerAddress::isLocal() const
{
    // libpq accepts a comma-separated list of hosts; every one must be local.
    const QString hosts = host().isEmpty() ? qEnvironmentVariable("PGHOST") : host();
    if (hosts.isEmpty())
        return service().isEmpty(); // the default: a Unix socket
    for (const QString &one : hosts.split(QLatin1Char(','))) {
        const QString name = one.trimmed();
        if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('@')) ||
            name.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
            continue;
        // Loopback: 127.0.0.0/8 and ::1.
        if (!name.startsWith(QLatin1String("127.")) && name != QLatin1String("::1") &&
            name != QLatin1String("[::1]"))
            return false;
    }
    return true;
}

bool ServerAddress::verifiesServer() const
{
    const QString mode = sslMode().isEmpty() ? qEnvironmentVariable("PGSSLMODE") : sslMode();
    return mode == QLatin1String("verify-ca") || mode == QLatin1String("verify-full");
}

QString ServerAddress::driverOptions() const
{
    QStringList options;
    for (const auto &[key, value] : m_pairs) {
        if (!isDriverArgument(key))
            options << key + QLatin1Char('=') + quoted(value);
    }
    return options.join(QLatin1Char(';'));
}

} // namespace hearth::core
