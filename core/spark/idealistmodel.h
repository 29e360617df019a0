// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/timeadvisor.h"
#include "spark/ideasearch.h"
#include "storage/database.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace hearth::core {

// The ideas a search and filter select, for list views (Spark workspace, idea panel).
// Needs only Qt Core; refresh() re-runs the search.
class IdeaListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        IdeaTitleRole,
        NotesRole,
        IdeaPillarIdRole,
        IdeaPillarNameRole,
        // The pillar's colour as "#rrggbb"; empty without a pillar.
        IdeaPillarColorRole,
        TagsRole,
        TimesUsedRole,
        // QDateTime in UTC; invalid when never used.
        LastUsedRole,
        FavouriteRole,
        ArchivedRole,
        // "user", "library" or "feedback".
        SourceRole,
        // Search snippet with IdeaSearch's highlight markers; empty without search words.
        SnippetRole,
        // Mean community rate of the rated posts made from the idea (a double between 0 and
        // 1); invalid without rated posts or without rates to ask.
        CommunityRateRole,
        // How many rated posts stand behind CommunityRateRole.
        RatedPostsRole,
    };
    Q_ENUM(Role)

    explicit IdeaListModel(Database &database, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setFilter(const IdeaFilter &filter);
    IdeaFilter filter() const { return m_filter; }
    // Enables dragging rows; the payload of `mimeType` is the idea id as decimal text.
    void setDragMimeType(const QString &mimeType);

    // Where refresh() reads the ideas' community rates; null (the default) shows none.
    void setCommunityRates(const CommunityRates *rates) { m_rates = rates; }

    // Runs the search again and resets the model; keeps the old rows on error.
    Result<void> refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    // The idea in `row`, or null when out of range.
    const Idea *ideaAt(int row) const;
    // The row showing idea `id`, or -1.
    int rowOf(qint64 id) const;

private:
    struct PillarLook
    {
        QString name;
        QString color;
    };

    Database &m_database;
    QString m_searchText;
    IdeaFilter m_filter;
    QString m_dragMimeType;
    QList<IdeaHit> m_hits;
    QHash<qint64, PillarLook> m_pillars;
    const CommunityRates *m_rates = nullptr;
    QHash<qint64, RateSummary> m_ideaRates;
};

} // namespace hearth::core
