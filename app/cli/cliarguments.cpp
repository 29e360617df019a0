// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliarguments.h"

#include "clicontext.h"
#include "plan/catalog.h"

#include <QFile>

#include <cstdio>

namespace hearth::cli {

QString textArgument(const QString &value)
{
    if (value != QLatin1String("-"))
        return value;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return QString();
    QString text = QString::fromUtf8(input.readAll());
    if (text.endsWith(u'\n'))
        text.chop(1);
    if (text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

core::Result<QStringList> parseNetworks(core::CatalogRepository &catalog, const QStringList &values)
{
    QStringList ids;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString id = part.trimmed().toLower();
            if (id.isEmpty() || ids.contains(id))
                continue;
            auto network = catalog.network(id);
            if (!network)
                return network.error();
            ids << id;
        }
    }
    if (ids.isEmpty())
        return core::Error::make(core::ErrorKind::InvalidInput,
                                 tr("Name at least one network with --network."));
    return ids;
}

} // namespace hearth::cli
