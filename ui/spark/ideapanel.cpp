// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/ideapanel.h"

#include "spark/ideadelegate.h"
#include "spark/idealistmodel.h"
#include "widgets/dragmime.h"
#include "widgets/pillarcombobox.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hearth::ui {

IdeaPanel::IdeaPanel(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new core::IdeaListModel(services.database, this))
    , m_search(new QLineEdit(this))
    , m_pillar(new PillarComboBox(tr("All pillars"), this))
    , m_list(new QListView(this))
    , m_hint(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("ideaPanel"));
    m_model->setDragMimeType(mime::ideaId());
    core::IdeaFilter filter;
    filter.limit = 200;
    m_model->setFilter(filter);

    m_search->setObjectName(QStringLiteral("ideaPanelSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search ideas"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search ideas"));
    m_pillar->setObjectName(QStringLiteral("ideaPanelPillarComboBox"));
    m_pillar->setAccessibleName(tr("Pillar filter"));
    m_pillar->reload(services.catalog);

    m_list->setObjectName(QStringLiteral("ideaPanelListView"));
    m_list->setAccessibleName(tr("Ideas"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new IdeaDelegate(IdeaDelegate::Density::Compact, m_list));
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_hint->setObjectName(QStringLiteral("ideaPanelHintLabel"));
    m_hint->setText(tr("Drag an idea onto a day to make a draft."));
    m_hint->setWordWrap(true);
    QFont small = m_hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_hint->setFont(small);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_pillar);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);

    // Searching on every key stroke is cheap, but waiting a moment keeps typing smooth.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_searchDelay, &QTimer::timeout, this, &IdeaPanel::refresh);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_pillar, &QComboBox::currentIndexChanged, this, &IdeaPanel::refresh);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        emit ideaActivated(index.data(core::IdeaListModel::IdRole).toLongLong());
    });
    connect(&services.undoStack, &QUndoStack::indexChanged, this, &IdeaPanel::refresh);
    refresh();
}

void IdeaPanel::refresh()
{
    core::IdeaFilter filter = m_model->filter();
    filter.pillarId = m_pillar->selectedPillar();
    m_model->setFilter(filter);
    m_model->setSearchText(m_search->text());
    if (auto refreshed = m_model->refresh(); !refreshed)
        m_hint->setText(refreshed.error().message);
    else
        m_hint->setText(m_model->rowCount() == 0
                            ? tr("No idea matches. Try fewer or shorter words.")
                            : tr("Drag an idea onto a day to make a draft."));
}

} // namespace hearth::ui
