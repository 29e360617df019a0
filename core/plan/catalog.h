// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hearth::core {

// A social network posts go to, with its length limit and the rule that counts it.
struct Network
{
    QString id;
    QString name;
    int charLimit = 0;
    QString countingRule;
    bool builtin = false;
    bool enabled = true;
    QJsonObject settings;
};

// A content pillar and the share of the week the user wants it to take.
struct Pillar
{
    qint64 id = 0;
    QString name;
    QString color;
    double targetShare = 0;
};

// The networks and pillars a plan uses.
class CatalogRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogRepository)

public:
    explicit CatalogRepository(Database &database);

    Result<QList<Network>> networks() const;
    Result<Network> network(const QString &id) const;
    // Adds a user-defined network counted by characters; its id is derived from the name.
    Result<Network> addCustomNetwork(const QString &name, int charLimit);
    Result<void> updateNetworkSettings(const QString &id, int charLimit,
                                       const QJsonObject &settings);
    // Whether the post editor offers the network; posts that use it keep it.
    Result<void> setNetworkEnabled(const QString &id, bool enabled);

    Result<QList<Pillar>> pillars() const;
    Result<Pillar> addPillar(const QString &name, const QString &color, double targetShare);
    Result<void> updatePillar(const Pillar &pillar);
    // Sets the target shares of several pillars (by id) as one change: a mix is one decision.
    Result<void> setTargetShares(const QHash<qint64, double> &shareByPillar);
    // Finds a pillar by name, ignoring case.
    Result<std::optional<Pillar>> pillarByName(const QString &name) const;

private:
    Database &m_database;
};

} // namespace hearth::core
