// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/idealistmodel.h"

#include "plan/catalog.h"

#include <QMimeData>

#include <utility>

namespace hearth::core {

IdeaListModel::IdeaListModel(Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
{}

void IdeaListModel::setSearchText(const QString &text)
{
    m_searchText = text;
}

void IdeaListModel::setFilter(const IdeaFilter &filter)
{
    m_filter = filter;
}

void IdeaListModel::setDragMimeType(const QString &mimeType)
{
    m_dragMimeType = mimeType;
}

Result<void> IdeaListModel::refresh()
{
    auto hits = IdeaSearch(m_database).search(m_searchText, m_filter);
    if (!hits)
        return hits.error();
    auto pillars = CatalogRepository(m_database).pillars();
    if (!pillars)
        return pillars.error();
    QHash<qint64, RateSummary> rates;
    if (m_rates) {
        auto read = m_rates->byIdea();
        if (!read)
            return read.error();
        rates = std::move(*read);
    }
    beginResetModel();
    m_ideaRates = std::move(rates);
    m_hits = std::move(*hits);
    m_pillars.clear();
    for (const Pillar &pillar : std::as_const(*pillars))
        m_pillars.insert(pillar.id, PillarLook{pillar.name, pillar.color});
    endResetModel();
    return success();
}

int IdeaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant IdeaListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IdeaHit &hit = m_hits.at(index.row());
    const Idea &idea = hit.idea;
    switch (role) {
    case Qt::DisplayRole:
    case IdeaTitleRole:
        return idea.title;
    case Qt::ToolTipRole:
    case NotesRole:
        return idea.notes;
    case IdRole:
        return idea.id;
    case IdeaPillarIdRole:
        return idea.pillarId ? QVariant(*idea.pillarId) : QVariant();
    case IdeaPillarNameRole:
        return idea.pillarId ? m_pillars.value(*idea.pillarId).name : QString();
    case IdeaPillarColorRole:
        return idea.pillarId ? m_pillars.value(*idea.pillarId).color : QString();
    case TagsRole:
        return idea.tags;
    case TimesUsedRole:
        return idea.timesUsed;
    case LastUsedRole:
        return idea.lastUsed;
    case FavouriteRole:
        return idea.favourite;
    case ArchivedRole:
        return idea.archived;
    case SourceRole:
        return toString(idea.source);
    case SnippetRole:
        return hit.snippet;
    case CommunityRateRole:
        if (const auto rate = m_ideaRates.constFind(idea.id); rate != m_ideaRates.cend())
            return rate->meanRate;
        return {};
    case RatedPostsRole:
        return m_ideaRates.value(idea.id).posts;
    default:
        return {};
    }
}

QHash<int, QByteArray> IdeaListModel::roleNames() const
{
    static const std::pair<int, const char *> ideaRoles[] = {
        {IdRole, "id"},
        {IdeaTitleRole, "title"},
        {NotesRole, "notes"},
        {IdeaPillarIdRole, "pillarId"},
        {IdeaPillarNameRole, "pillarName"},
        {IdeaPillarColorRole, "pillarColor"},
        {TagsRole, "tags"},
        {TimesUsedRole, "timesUsed"},
        {LastUsedRole, "lastUsed"},
        {FavouriteRole, "favourite"},
        {ArchivedRole, "archived"},
        {SourceRole, "source"},
        {SnippetRole, "snippet"},
        {CommunityRateRole, "communityRate"},
        {RatedPostsRole, "ratedPosts"},
    };
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    for (const auto &[role, name] : ideaRoles)
        names.insert(role, name);
    return names;
}

Qt::ItemFlags IdeaListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractListModel::flags(index);
    if (index.isValid() && !m_dragMimeType.isEmpty())
        result |= Qt::ItemIsDragEnabled;
    return result;
}

QStringList IdeaListModel::mimeTypes() const
{
    return m_dragMimeType.isEmpty() ? QStringList() : QStringList{m_dragMimeType};
}

QMimeData *IdeaListModel::mimeData(const QModelIndexList &indexes) const
{
    if (m_dragMimeType.isEmpty())
        return nullptr;
    for (const QModelIndex &index : indexes) {
        if (const Idea *idea = ideaAt(index.row()); idea && index.isValid()) {
            auto *mime = new QMimeData;
            mime->setData(m_dragMimeType, QByteArray::number(idea->id));
            mime->setText(idea->title);
            return mime;
        }
    }
    return nullptr;
}

const Idea *IdeaListModel::ideaAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row).idea : nullptr;
}

int IdeaListModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_hits.size(); ++row) {
        if (m_hits.at(row).idea.id == id)
            return int(row);
    }
    return -1;
}

} // namespace hearth::core
