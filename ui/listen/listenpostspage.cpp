// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/listenpostspage.h"

#include "listen/listenmodels.h"
#include "listen/setpillarcommand.h"
#include "storage/database.h"
#include "widgets/appservices.h"
#include "widgets/pillarcombobox.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

ListenPostsPage::PillarChoice askForPillar(AppServices &services, QWidget *parent, int postCount)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("setPillarDialog"));
    dialog.setWindowTitle(ListenPostsPage::tr("Set pillar"));
    auto *layout = new QFormLayout(&dialog);
    auto *pillars = new PillarComboBox(ListenPostsPage::tr("No pillar"), &dialog);
    pillars->setObjectName(QStringLiteral("pillarComboBox"));
    pillars->reload(services.catalog);
    if (pillars->count() > 1)
        pillars->setCurrentIndex(1);
    layout->addRow(ListenPostsPage::tr("Pillar of the selected posts (%1):").arg(postCount),
                   pillars);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return pillars->selectedPillar();
}

} // namespace

ListenPostsPage::ListenPostsPage(AppServices &services, PostMetricsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_setPillarButton(new QPushButton(tr("Set &pillar…"), this))
{
    setObjectName(QStringLiteral("postsPage"));
    m_chooser = [this](QWidget *dialogParent, int postCount) {
        return askForPillar(m_services, dialogParent, postCount);
    };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *hint = new QLabel(
        tr("Select posts (Shift or Ctrl for several) to give them a pillar in one step."), this);
    hint->setWordWrap(true);
    bar->addWidget(hint, 1);
    m_setPillarButton->setObjectName(QStringLiteral("setPillarPushButton"));
    m_setPillarButton->setToolTip(tr("Give the selected posts a content pillar"));
    bar->addWidget(m_setPillarButton);
    layout->addLayout(bar);

    m_view->setObjectName(QStringLiteral("postsTableView"));
    m_view->setAccessibleName(tr("Posts with figures in this period"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Fixed widths: sizing thousands of rows to their contents would take seconds.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setColumnWidth(PostMetricsModel::PostedColumn, 130);
    m_view->setColumnWidth(PostMetricsModel::TitleColumn, 300);
    m_view->setColumnWidth(PostMetricsModel::PillarColumn, 130);
    layout->addWidget(m_view, 1);

    connect(m_setPillarButton, &QPushButton::clicked, this, &ListenPostsPage::setPillarOfSelection);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit postActivated(index.data(PostMetricsModel::PostIdRole).toLongLong());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        if (selectedPostIds().isEmpty())
            return;
        QMenu menu(this);
        QAction *setPillar = menu.addAction(tr("Set &pillar…"));
        setPillar->setEnabled(m_setPillarButton->isEnabled());
        if (menu.exec(m_view->viewport()->mapToGlobal(position)) == setPillar)
            setPillarOfSelection();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListenPostsPage::updateButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListenPostsPage::updateButton);
    updateButton();
}

void ListenPostsPage::setPillarChooser(PillarChooser chooser)
{
    m_chooser = std::move(chooser);
}

QList<qint64> ListenPostsPage::selectedPostIds() const
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const qint64 id = index.data(PostMetricsModel::PostIdRole).toLongLong();
        if (!seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    }
    return ids;
}

bool ListenPostsPage::setPillarOfSelection()
{
    const QList<qint64> ids = selectedPostIds();
    if (ids.isEmpty() || m_services.database.isReadOnly())
        return false;
    const PillarChoice choice = m_chooser(this, int(ids.size()));
    if (!choice)
        return false;
    // Each post's pillar now, from the rows listed, so undo can give it back.
    SetPillarCommand::Pillars before;
    for (const qint64 id : ids) {
        for (const core::PostMetrics &row : m_model->rows()) {
            if (row.postId == id) {
                before.append({id, row.pillarId});
                break;
            }
        }
    }
    QString name = tr("No pillar");
    if (*choice) {
        if (auto pillars = m_services.catalog.pillars()) {
            for (const core::Pillar &pillar : *pillars) {
                if (pillar.id == **choice)
                    name = pillar.name;
            }
        }
    }
    m_services.undoStack.push(new SetPillarCommand(m_services.posts, before, *choice, name));
    return true;
}

void ListenPostsPage::updateButton()
{
    m_setPillarButton->setEnabled(!m_services.database.isReadOnly() &&
                                  m_view->selectionModel()->hasSelection());
}

} // namespace hearth::ui
