// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/agendamodel.h"

#include "plan/postrepository.h"

#include <QLocale>

#include <algorithm>

namespace hearth::core {

AgendaModel::AgendaModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{}

Result<void> AgendaModel::setRange(const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return Error::make(ErrorKind::InvalidInput,
                           tr("The agenda needs a first day on or before its last day."));
    auto pillars = CatalogRepository(m_database).pillars();
    if (!pillars)
        return pillars.error();
    auto loaded = PostRepository(m_database)
                      .scheduledBetween(localDayStartUtc(first), localDayStartUtc(last.addDays(1)));
    if (!loaded)
        return loaded.error();
    beginResetModel();
    m_first = first;
    m_last = last;
    m_pillars = PillarDirectory(*pillars);
    m_rows.clear();
    m_rows.reserve(loaded->size());
    for (const Post &post : std::as_const(*loaded))
        m_rows.append(summarize(post, m_pillars));
    endResetModel();
    return success();
}

Result<void> AgendaModel::reload()
{
    if (!m_first.isValid())
        return success();
    return setRange(m_first, m_last);
}

void AgendaModel::applySaved(const Post &post)
{
    applyRemoved(post.id);
    PostSummary summary = summarize(post, m_pillars);
    if (!summary.localDateTime.isValid() || summary.localDateTime.date() < m_first ||
        summary.localDateTime.date() > m_last)
        return;
    const auto at = std::upper_bound(m_rows.begin(), m_rows.end(), summary,
                                     [](const PostSummary &left, const PostSummary &right) {
                                         return left.scheduledAt != right.scheduledAt
                                                    ? left.scheduledAt < right.scheduledAt
                                                    : left.id < right.id;
                                     });
    const int row = static_cast<int>(at - m_rows.begin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, std::move(summary));
    endInsertRows();
}

void AgendaModel::applyRemoved(qint64 postId)
{
    const int row = rowOf(postId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int AgendaModel::rowOf(qint64 postId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == postId)
            return row;
    }
    return -1;
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostSummary &summary = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(summary.localDateTime.date(),
                                      QStringLiteral("ddd d MMM yyyy"));
        case TimeColumn:
            return summaryData(summary, TimeTextRole);
        case NetworksColumn:
            return summary.networks.join(QStringLiteral(", "));
        case PillarColumn:
            return summary.pillarName;
        case StatusColumn:
            return statusText(summary.status);
        case TextColumn:
            return summary.firstWords;
        default:
            return {};
        }
    }
    return summaryData(summary, role);
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Day");
    case TimeColumn:
        return tr("Time");
    case NetworksColumn:
        return tr("Networks");
    case PillarColumn:
        return tr("Pillar");
    case StatusColumn:
        return tr("Status");
    case TextColumn:
        return tr("Post");
    default:
        return {};
    }
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> AgendaModel::roleNames() const
{
    return summaryRoleNames();
}

} // namespace hearth::core
