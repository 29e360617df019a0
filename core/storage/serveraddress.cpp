// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/serveraddress.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
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

// The text as the user wrote it, for a message: any password in it masked.
QString withoutPassword(QString text)
{
    static const QRegularExpression inUri(QStringLiteral("(://[^:@/?]*:)[^@/?]*@"));
    static const QRegularExpression inPairs(
        QStringLiteral("(password\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'?|\\S*)"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(inUri, QStringLiteral("\\1***@"));
    text.replace(inPairs, QStringLiteral("\\1***"));
    return text;
}

// A URI part percent-encoded, so the shown address parses back to the same values.
QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

// 127.0.0.0/8 written as four decimal numbers.
bool isLoopbackIpv4(const QString &name)
{
    const QStringList parts = name.split(QLatin1Char('.'));
    if (parts.size() != 4 || parts.first() != QLatin1String("127"))
        return false;
    for (const QString &part : parts) {
        bool number = false;
        const int value = part.toInt(&number);
        if (!number || value < 0 || value > 255)
            return false;
    }
    return true;
}

bool isLocalHost(const QString &name)
{
    return name.isEmpty() || name.startsWith(QLatin1Char('/')) ||
           name.startsWith(QLatin1Char('@')) ||
           name.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           isLoopbackIpv4(name) || name == QLatin1String("::1") || name == QLatin1String("[::1]") ||
           name == QLatin1String("0:0:0:0:0:0:0:1");
}

} // namespace

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::make(ErrorKind::InvalidInput,
                           tr("No server address was given. Write it as "
                              "postgresql://user@host:5432/database or service=NAME."));
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
                               .arg(withoutPassword(trimmed), reason));
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
        shown += encoded(user()) + QLatin1Char('@');
    // A socket folder or a list of hosts goes in the query; an IPv6 address in brackets.
    const bool hostInQuery = host().startsWith(QLatin1Char('/')) ||
                             host().startsWith(QLatin1Char('@')) ||
                             host().contains(QLatin1Char(','));
    if (!hostInQuery) {
        shown += host().contains(QLatin1Char(':')) && !host().startsWith(QLatin1Char('['))
                     ? QLatin1Char('[') + host() + QLatin1Char(']')
                     : encoded(host());
        if (!port().isEmpty())
            shown += QLatin1Char(':') + encoded(port());
    }
    shown += QLatin1Char('/') + encoded(databaseName());
    QStringList query;
    for (const auto &[key, value] : m_pairs) {
        const bool inAuthority =
            !hostInQuery && (key == QLatin1String("host") || key == QLatin1String("port"));
        if (key == QLatin1String("password") || key == QLatin1String("user") ||
            key == QLatin1String("dbname") || inAuthority)
            continue;
        query << key + QLatin1Char('=') + encoded(value);
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
    // libpq connects to hostaddr when given (host then only names the certificate), else to
    // host; either may be a comma-separated list, and every entry must be local. A service
    // file may name any host, so a service without a host here counts as remote.
    QString hosts = value(QStringLiteral("hostaddr"));
    if (hosts.isEmpty())
        hosts = host();
    if (hosts.isEmpty() && !service().isEmpty())
        return false;
    if (hosts.isEmpty())
        hosts = qEnvironmentVariable("PGHOSTADDR", qEnvironmentVariable("PGHOST"));
    if (hosts.isEmpty())
        return true; // the default: a Unix socket
    const QStringList names = hosts.split(QLatin1Char(','));
    return std::all_of(names.begin(), names.end(),
                       [](const QString &name) { return isLocalHost(name.trimmed()); });
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
