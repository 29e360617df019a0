#include "exportfilter.h"

namespace hearth::core {

void appendExportConditions(const ExportFilter &filter, QStringList &where, Bindings &bindings)
{
    if (filter.from.isValid()) {
        where << QStringLiteral("p.scheduled_at >= :from");
        bindings.emplace_back(QStringLiteral(":from"), filter.from.toSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("p.scheduled_at < :to");
        bindings.emplace_back(QStringLiteral(":to"), filter.to.toSecsSinceEpoch());
    }
    if (!filter.networks.isEmpty()) {
        QStringList names;
        for (qsizetype i = 0; i < filter.networks.size(); ++i) {
            names << QStringLiteral(":n%1").arg(i);
            bindings.emplace_back(names.constLast(), filter.networks.at(i));
        }
        where << QStringLiteral("pn.network_id IN (%1)").arg(names.join(u','));
    }
}

} // namespace hearth::core
