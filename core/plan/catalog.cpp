// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/catalog.h"

#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace hearth::core {

namespace {

Network networkFromRow(const QSqlQuery &row)
{
    Network network;
    network.id = row.value(0).toString();
    network.name = row.value(1).toString();
    network.charLimit = row.value(2).toInt();
    network.countingRule = row.value(3).toString();
    network.builtin = row.value(4).toBool();
    network.enabled = row.value(5).toBool();
    network.settings = QJsonDocument::fromJson(row.value(6).toString().toUtf8()).object();
    return network;
}

Pillar pillarFromRow(const QSqlQuery &row)
{
    return Pillar{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                  row.value(3).toDouble()};
}

// An UPDATE of the network `id` that changed nothing means there is no such network.
Result<void> networkChanged(const Result<QSqlQuery> &updated, const QString &id)
{
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return Error::make(ErrorKind::NotFound,
                           CatalogRepository::tr("\"%1\" is not a known network.").arg(id));
    return success();
}

const QString networkColumns =
    QStringLiteral("id, name, char_limit, counting_rule, builtin, enabled, settings");
const QString pillarColumns = QStringLiteral("id, name, color, target_share");

} // namespace

CatalogRepository::CatalogRepository(Database &database)
    : m_database(database)
{}

Result<QList<Network>> CatalogRepository::networks() const
{
    return sql::readAll(
        m_database.exec(QStringLiteral("SELECT %1 FROM networks ORDER BY sort_order, name")
                            .arg(networkColumns)),
        networkFromRow);
}

Result<Network> CatalogRepository::network(const QString &id) const
{
    return sql::readOne(
        m_database.exec(
            QStringLiteral("SELECT %1 FROM networks WHERE id = :id").arg(networkColumns),
            {{QStringLiteral(":id"), id}}),
        networkFromRow, [&] {
            return Error::make(ErrorKind::NotFound,
                               CatalogRepository::tr("\"%1\" is not a known network. Known "
                                                     "networks are listed by \"hearth-cli network "
                                                     "list\".")
                                   .arg(id));
        });
}

Result<Network> CatalogRepository::addCustomNetwork(const QString &name, int charLimit)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::make(ErrorKind::InvalidInput,
                           CatalogRepository::tr("A network needs a name."));
    if (charLimit <= 0)
        return Error::make(
            ErrorKind::InvalidInput,
            CatalogRepository::tr("The character limit of \"%1\" must be a positive number.")
                .arg(trimmed));
    QString id = trimmed.toLower();
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    id = QStringLiteral("custom-") + id;
    auto added = m_database.write([&]() -> Result<void> {
        auto inserted = m_database.exec(
            QStringLiteral("INSERT INTO networks (id, name, char_limit, counting_rule, builtin, "
                           "sort_order) VALUES (:id, :name, :limit, 'characters', 0, "
                           "(SELECT coalesce(max(sort_order), 0) + 1 FROM networks))"),
            {{QStringLiteral(":id"), id},
             {QStringLiteral(":name"), trimmed},
             {QStringLiteral(":limit"), charLimit}});
        if (!inserted && inserted.error().kind == ErrorKind::Conflict)
            return Error::make(
                ErrorKind::Conflict,
                CatalogRepository::tr("A network named \"%1\" exists already.").arg(trimmed));
        return inserted ? success() : Result<void>(inserted.error());
    });
    if (!added)
        return added.error();
    return network(id);
}

Result<void> CatalogRepository::updateNetworkSettings(const QString &id, int charLimit,
                                                      const QJsonObject &settings)
{
    if (charLimit <= 0)
        return Error::make(ErrorKind::InvalidInput,
                           CatalogRepository::tr("The character limit must be a positive number."));
    return m_database.write([&]() -> Result<void> {
        auto updated = m_database.exec(
            QStringLiteral(
                "UPDATE networks SET char_limit = :limit, settings = :settings WHERE id = :id"),
            {{QStringLiteral(":limit"), charLimit},
             {QStringLiteral(":settings"),
              QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact))},
             {QStringLiteral(":id"), id}});
        return networkChanged(updated, id);
    });
}

Result<void> CatalogRepository::setNetworkEnabled(const QString &id, bool enabled)
{
    return m_database.write([&]() -> Result<void> {
        auto updated = m_database.exec(
            QStringLiteral("UPDATE networks SET enabled = :enabled WHERE id = :id"),
            {{QStringLiteral(":enabled"), enabled ? 1 : 0}, {QStringLiteral(":id"), id}});
        return networkChanged(updated, id);
    });
}

Result<QList<Pillar>> CatalogRepository::pillars() const
{
    return sql::readAll(
        m_database.exec(
            QStringLiteral("SELECT %1 FROM pillars ORDER BY sort_order, name").arg(pillarColumns)),
        pillarFromRow);
}

Result<Pillar> CatalogRepository::addPillar(const QString &name, const QString &color,
                                            double targetShare)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::make(ErrorKind::InvalidInput,
                           CatalogRepository::tr("A pillar needs a name."));
    if (targetShare < 0 || targetShare > 1)
        return Error::make(
            ErrorKind::InvalidInput,
            CatalogRepository::tr("The target share of \"%1\" must be between 0 and 100 %.")
                .arg(trimmed));
    return m_database.write([&]() -> Result<Pillar> {
        auto inserted = m_database.exec(
            QStringLiteral(
                "INSERT INTO pillars (name, color, target_share, sort_order) VALUES "
                "(:name, :color, :share, (SELECT coalesce(max(sort_order), 0) + 1 FROM pillars))"),
            {{QStringLiteral(":name"), trimmed},
             {QStringLiteral(":color"), color},
             {QStringLiteral(":share"), targetShare}});
        if (!inserted) {
            if (inserted.error().kind == ErrorKind::Conflict)
                return Error::make(
                    ErrorKind::Conflict,
                    CatalogRepository::tr("A pillar named \"%1\" exists already.").arg(trimmed));
            return inserted.error();
        }
        return Pillar{inserted->lastInsertId().toLongLong(), trimmed, color, targetShare};
    });
}

Result<void> CatalogRepository::updatePillar(const Pillar &pillar)
{
    return m_database.write([&]() -> Result<void> {
        auto updated = m_database.exec(
            QStringLiteral("UPDATE pillars SET name = :name, color = :color, target_share = :share "
                           "WHERE id = :id"),
            {{QStringLiteral(":name"), pillar.name},
             {QStringLiteral(":color"), pillar.color},
             {QStringLiteral(":share"), pillar.targetShare},
             {QStringLiteral(":id"), pillar.id}});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() == 0)
            return Error::make(ErrorKind::NotFound,
                               CatalogRepository::tr("There is no pillar %1.").arg(pillar.id));
        return success();
    });
}

Result<void> CatalogRepository::setTargetShares(const QHash<qint64, double> &shareByPillar)
{
    for (auto share = shareByPillar.cbegin(); share != shareByPillar.cend(); ++share) {
        if (share.value() < 0 || share.value() > 1)
            return Error::make(
                ErrorKind::InvalidInput,
                CatalogRepository::tr("A target share must be between 0 and 100 %."));
    }
    return m_database.write([&]() -> Result<void> {
        for (auto share = shareByPillar.cbegin(); share != shareByPillar.cend(); ++share) {
            auto updated = m_database.exec(
                QStringLiteral("UPDATE pillars SET target_share = :share WHERE id = :id"),
                {{QStringLiteral(":share"), share.value()}, {QStringLiteral(":id"), share.key()}});
            if (!updated)
                return updated.error();
            if (updated->numRowsAffected() == 0)
                return Error::make(
                    ErrorKind::NotFound,
                    CatalogRepository::tr("There is no pillar %1.").arg(share.key()));
        }
        return success();
    });
}

Result<std::optional<Pillar>> CatalogRepository::pillarByName(const QString &name) const
{
    auto rows = m_database.exec(
        QStringLiteral("SELECT %1 FROM pillars WHERE name = :name").arg(pillarColumns),
        {{QStringLiteral(":name"), name.trimmed()}});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<Pillar>();
    return std::optional<Pillar>(pillarFromRow(*rows));
}

} // namespace hearth::core
