// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/agendamodel.h"

#include "plan/postrepository.h"

#include <QLocale>

#include <algorithm>

namespace hearth::core {

AgendaModel::AgendaModel(Database &database, QObject *parent)
    : PostListModel(database, parent)
{}

Result<void> AgendaModel::setRange(const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return Error::make(ErrorKind::InvalidInput,
                           tr("The agenda needs a first day on or before its last day."));
    return resetRows(
        PostRepository(m_database)
            .scheduledBetween(localDayStartUtc(first), localDayStartUtc(last.addDays(1))),
        [&] {
            m_first = first;
            m_last = last;
        });
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
            return summary.networkNames.join(QStringLiteral(", "));
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

} // namespace hearth::core
