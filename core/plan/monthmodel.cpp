// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/monthmodel.h"

#include "common/clock.h"
#include "plan/postrepository.h"

#include <QLocale>

#include <algorithm>

namespace hearth::core {

MonthModel::MonthModel(Database &database, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_clock(clock)
{}

Result<void> MonthModel::setMonth(const QDate &day)
{
    const QDate first(day.year(), day.month(), 1);
    const QDate gridStart = first.addDays(1 - first.dayOfWeek());
    const QDate last = first.addMonths(1).addDays(-1);
    const QDate gridEnd = last.addDays(7 - last.dayOfWeek());
    const int weeks = static_cast<int>((gridStart.daysTo(gridEnd) + 1) / 7);

    auto directory = PillarDirectory::load(m_database);
    if (!directory)
        return directory.error();
    auto loaded =
        PostRepository(m_database)
            .scheduledBetween(localDayStartUtc(gridStart), localDayStartUtc(gridEnd.addDays(1)));
    if (!loaded)
        return loaded.error();

    beginResetModel();
    m_month = first;
    m_firstDay = gridStart;
    m_weeks = weeks;
    m_pillars = std::move(*directory);
    m_cells = QList<QList<PostSummary>>(weeks * 7);
    for (const Post &post : std::as_const(*loaded)) {
        PostSummary summary = summarize(post, m_pillars);
        const int cell = cellOf(summary);
        if (cell >= 0)
            m_cells[cell].append(std::move(summary));
    }
    endResetModel();
    return success();
}

Result<void> MonthModel::reload()
{
    return setMonth(m_month.isValid() ? m_month : m_clock.now().toLocalTime().date());
}

int MonthModel::cellOf(const PostSummary &summary) const
{
    if (!summary.localDateTime.isValid() || !m_firstDay.isValid())
        return -1;
    const qint64 offset = m_firstDay.daysTo(summary.localDateTime.date());
    return offset >= 0 && offset < m_cells.size() ? static_cast<int>(offset) : -1;
}

void MonthModel::removeFromCells(qint64 postId)
{
    for (int cell = 0; cell < m_cells.size(); ++cell) {
        QList<PostSummary> &posts = m_cells[cell];
        const auto found = std::find_if(posts.begin(), posts.end(),
                                        [postId](const PostSummary &s) { return s.id == postId; });
        if (found == posts.end())
            continue;
        posts.erase(found);
        const QModelIndex changed = index(cell / 7, cell % 7);
        emit dataChanged(changed, changed);
        return;
    }
}

void MonthModel::applySaved(const Post &post)
{
    removeFromCells(post.id);
    PostSummary summary = summarize(post, m_pillars);
    const int cell = cellOf(summary);
    if (cell < 0)
        return;
    QList<PostSummary> &posts = m_cells[cell];
    const auto at = std::upper_bound(
        posts.begin(), posts.end(), summary, [](const PostSummary &left, const PostSummary &right) {
            return left.scheduledAt != right.scheduledAt ? left.scheduledAt < right.scheduledAt
                                                         : left.id < right.id;
        });
    posts.insert(at, std::move(summary));
    const QModelIndex changed = index(cell / 7, cell % 7);
    emit dataChanged(changed, changed);
}

void MonthModel::applyRemoved(qint64 postId)
{
    removeFromCells(postId);
}

QModelIndex MonthModel::indexOfDate(const QDate &date) const
{
    if (!m_firstDay.isValid())
        return {};
    const qint64 offset = m_firstDay.daysTo(date);
    if (offset < 0 || offset >= m_cells.size())
        return {};
    return index(static_cast<int>(offset / 7), static_cast<int>(offset % 7));
}

QDate MonthModel::dateAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return m_firstDay.addDays(index.row() * 7 + index.column());
}

const QList<PostSummary> &MonthModel::postsOn(const QModelIndex &index) const
{
    static const QList<PostSummary> none;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return none;
    return m_cells.at(index.row() * 7 + index.column());
}

int MonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_weeks;
}

int MonthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDate date = dateAt(index);
    const QList<PostSummary> &posts = m_cells.at(index.row() * 7 + index.column());
    switch (role) {
    case Qt::DisplayRole:
        return date.day();
    case Qt::AccessibleTextRole:
        return tr("%1, %n post(s)", nullptr, static_cast<int>(posts.size()))
            .arg(QLocale().toString(date, QLocale::LongFormat));
    case DateRole:
        return date;
    case IsTodayRole:
        return date == m_clock.now().toLocalTime().date();
    case InPeriodRole:
        return date.month() == m_month.month() && date.year() == m_month.year();
    case PostCountRole:
        return static_cast<int>(posts.size());
    case SummariesRole:
        return QVariant::fromValue(posts);
    case Qt::ToolTipRole: {
        // Each post of the day as its card's tool tip says it, a blank line between them.
        QStringList tips;
        for (const PostSummary &post : posts)
            tips << summaryToolTip(post);
        return tips.isEmpty() ? QVariant() : QVariant(tips.join(QStringLiteral("\n\n")));
    }
    default:
        return {};
    }
}

QVariant MonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal && section < ColumnCount)
        return QLocale().dayName(section + 1, QLocale::ShortFormat);
    if (orientation == Qt::Vertical && section < m_weeks)
        return m_firstDay.addDays(section * 7).weekNumber();
    return {};
}

Qt::ItemFlags MonthModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
}

QHash<int, QByteArray> MonthModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"}, {DateRole, "date"},           {IsTodayRole, "isToday"},
        {InPeriodRole, "inPeriod"},   {PostCountRole, "postCount"}, {SummariesRole, "summaries"},
    };
}

} // namespace hearth::core
