// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/timeadvisor.h"

#include <QCoreApplication>
#include <QLocale>

namespace hearth::core {

Result<BestTimesByNetwork> bestTimesOf(const TimeAdvisor *advisor, const QStringList &networks)
{
    if (!advisor || networks.isEmpty())
        return BestTimesByNetwork();
    return advisor->bestTimes(networks);
}

TimeAdvice adviseTime(const BestTimesByNetwork &bestByNetwork, const QStringList &networks,
                      int weekday, const QTime &fallback)
{
    for (const QString &network : networks) {
        const auto advice = bestByNetwork.value(network).constFind(weekday);
        if (advice != bestByNetwork.value(network).constEnd())
            return *advice;
    }
    return TimeAdvice{
        fallback,
        QCoreApplication::translate("hearth::core::TimeAdvisor", "not enough figures yet"),
        QString(), false};
}

QTime defaultPostTime(const QString &setting)
{
    const QTime time = QTime::fromString(setting.trimmed(), QStringLiteral("HH:mm"));
    return time.isValid() ? time : QTime(9, 30);
}

QStringList networkIdsFromSetting(const QVariant &setting)
{
    QStringList ids;
    for (const QString &value : setting.toStringList()) {
        for (const QString &id : value.split(u',', Qt::SkipEmptyParts)) {
            if (!id.trimmed().isEmpty() && !ids.contains(id.trimmed()))
                ids << id.trimmed();
        }
    }
    return ids;
}

QString ratePercent(double rate)
{
    return QLocale().toString(rate * 100, 'f', 1) + QStringLiteral(" %");
}

} // namespace hearth::core
