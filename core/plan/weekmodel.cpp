// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/weekmodel.h"

#include "common/clock.h"
#include "plan/postrepository.h"

#include <QLocale>

#include <algorithm>

namespace hearth::core {

namespace {

// Child indexes carry their day + 1 as internal id; day rows carry 0.
constexpr quintptr dayRowId = 0;

bool earlier(const PostSummary &left, const PostSummary &right)
{
    if (left.scheduledAt != right.scheduledAt)
        return left.scheduledAt < right.scheduledAt;
    return left.id < right.id;
}

} // namespace

WeekModel::WeekModel(Database &database, const Clock &clock, QObject *parent)
    : QAbstractItemModel(parent)
    , m_database(database)
    , m_clock(clock)
{}

Result<void> WeekModel::setWeek(const QDate &day)
{
    const QDate start = day.addDays(1 - day.dayOfWeek());
    auto directory = PillarDirectory::load(m_database);
    if (!directory)
        return directory.error();
    auto loaded =
        PostRepository(m_database)
            .scheduledBetween(localDayStartUtc(start), localDayStartUtc(start.addDays(7)));
    if (!loaded)
        return loaded.error();

    beginResetModel();
    m_weekStart = start;
    m_pillars = std::move(*directory);
    for (QList<PostSummary> &posts : m_days)
        posts.clear();
    for (const Post &post : std::as_const(*loaded)) {
        PostSummary summary = summarize(post, m_pillars);
        const int index = dayOf(summary);
        if (index >= 0)
            m_days[index].append(std::move(summary));
    }
    endResetModel();
    return success();
}

Result<void> WeekModel::reload()
{
    return setWeek(m_weekStart.isValid() ? m_weekStart : m_clock.now().toLocalTime().date());
}

int WeekModel::dayOf(const PostSummary &summary) const
{
    if (!summary.localDateTime.isValid() || !m_weekStart.isValid())
        return -1;
    const qint64 offset = m_weekStart.daysTo(summary.localDateTime.date());
    return offset >= 0 && offset < 7 ? static_cast<int>(offset) : -1;
}

void WeekModel::applySaved(const Post &post)
{
    removeRowOf(post.id);
    PostSummary summary = summarize(post, m_pillars);
    const int day = dayOf(summary);
    if (day < 0)
        return;
    QList<PostSummary> &posts = m_days[day];
    const auto at = std::upper_bound(posts.begin(), posts.end(), summary, earlier);
    const int row = static_cast<int>(at - posts.begin());
    const QModelIndex parentIndex = dayIndex(day);
    beginInsertRows(parentIndex, row, row);
    posts.insert(row, std::move(summary));
    endInsertRows();
    emit dataChanged(parentIndex, parentIndex, {PostCountRole});
}

void WeekModel::applyRemoved(qint64 postId)
{
    removeRowOf(postId);
}

void WeekModel::removeRowOf(qint64 postId)
{
    for (int day = 0; day < 7; ++day) {
        QList<PostSummary> &posts = m_days[day];
        for (int row = 0; row < posts.size(); ++row) {
            if (posts.at(row).id != postId)
                continue;
            const QModelIndex parentIndex = dayIndex(day);
            beginRemoveRows(parentIndex, row, row);
            posts.removeAt(row);
            endRemoveRows();
            emit dataChanged(parentIndex, parentIndex, {PostCountRole});
            return;
        }
    }
}

QModelIndex WeekModel::dayIndex(int day) const
{
    return m_weekStart.isValid() && day >= 0 && day < 7 ? createIndex(day, 0, dayRowId)
                                                        : QModelIndex();
}

QModelIndex WeekModel::indexOfPost(qint64 postId) const
{
    for (int day = 0; day < 7; ++day) {
        const QList<PostSummary> &posts = m_days[day];
        for (int row = 0; row < posts.size(); ++row) {
            if (posts.at(row).id == postId)
                return createIndex(row, 0, static_cast<quintptr>(day + 1));
        }
    }
    return {};
}

QList<PostSummary> WeekModel::posts() const
{
    QList<PostSummary> all;
    for (const QList<PostSummary> &posts : m_days)
        all += posts;
    return all;
}

QModelIndex WeekModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < rowCount() ? createIndex(row, 0, dayRowId) : QModelIndex();
    if (parent.internalId() != dayRowId || parent.column() != 0)
        return {};
    if (row >= m_days[parent.row()].size())
        return {};
    return createIndex(row, 0, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex WeekModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == dayRowId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, dayRowId);
}

int WeekModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_weekStart.isValid() ? 7 : 0;
    if (parent.column() != 0 || parent.internalId() != dayRowId)
        return 0;
    return static_cast<int>(m_days[parent.row()].size());
}

int WeekModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.internalId() != dayRowId)
        return 0;
    return 1;
}

QVariant WeekModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == dayRowId) {
        const QDate date = m_weekStart.addDays(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return QLocale().toString(date, QStringLiteral("ddd d"));
        case DateRole:
            return date;
        case IsTodayRole:
            return date == m_clock.now().toLocalTime().date();
        case PostCountRole:
            return static_cast<int>(m_days[index.row()].size());
        default:
            return {};
        }
    }
    const int day = static_cast<int>(index.internalId() - 1);
    return summaryData(m_days[day].at(index.row()), role);
}

Qt::ItemFlags WeekModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == dayRowId)
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> WeekModel::roleNames() const
{
    QHash<int, QByteArray> names = summaryRoleNames();
    names.insert(IsTodayRole, "isToday");
    names.insert(PostCountRole, "postCount");
    return names;
}

} // namespace hearth::core
