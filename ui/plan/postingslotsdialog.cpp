// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/postingslotsdialog.h"

#include "plan/postingslotsmodel.h"
#include "widgets/networkicons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace hearth::ui {

PostingSlotsDialog::PostingSlotsDialog(const QList<core::PostingSlot> &slotList,
                                       const QList<core::Network> &networks, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("postingSlotsDialog"));
    setWindowTitle(tr("Posting Slots"));

    auto *intro = new QLabel(tr("The times you like to post each week. The week view offers "
                                "free slots as “+ 09:00” invitations, and a new post takes "
                                "the day's first free slot."),
                             this);
    intro->setWordWrap(true);

    m_model = new core::PostingSlotsModel(this);
    m_model->setSlots(slotList, networks);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("slotsTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnWidth(core::PostingSlotsModel::DayColumn, 140);
    m_table->setColumnWidth(core::PostingSlotsModel::TimeColumn, 90);
    m_table->setAccessibleName(tr("Posting slots"));

    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(QStringLiteral("weekdayComboBox"));
    m_weekday->setAccessibleName(tr("Day of the week"));
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day, QLocale::LongFormat), day);
    m_time = new QTimeEdit(QTime(9, 0), this);
    m_time->setObjectName(QStringLiteral("slotTimeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Time of day"));
    m_network = new QComboBox(this);
    m_network->setObjectName(QStringLiteral("slotNetworkComboBox"));
    m_network->setAccessibleName(tr("Network"));
    m_network->addItem(tr("Any network"), QString());
    for (const core::Network &network : networks) {
        if (network.enabled)
            m_network->addItem(QIcon(networkBadge(network.id, 16, devicePixelRatioF())),
                               network.name, network.id);
    }
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addSlotButton"));
    m_add->setToolTip(tr("Add a slot at this day and time"));
    m_change = new QPushButton(tr("C&hange"), this);
    m_change->setObjectName(QStringLiteral("changeSlotButton"));
    m_change->setToolTip(tr("Give the chosen slot this day, time and network"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeSlotButton"));
    connect(m_add, &QPushButton::clicked, this, &PostingSlotsDialog::addSlot);
    connect(m_change, &QPushButton::clicked, this, &PostingSlotsDialog::changeSlot);
    connect(m_remove, &QPushButton::clicked, this, &PostingSlotsDialog::removeSlot);

    auto *fields = new QHBoxLayout;
    fields->addWidget(m_weekday, 2);
    fields->addWidget(m_time, 1);
    fields->addWidget(m_network, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("slotProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #c02a2a;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->setObjectName(QStringLiteral("slotsButtonBox"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(fields);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(box);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PostingSlotsDialog::currentRowChanged);
    currentRowChanged();
    resize(520, 460);
}

QList<core::PostingSlot> PostingSlotsDialog::slotList() const
{
    return m_model->slotList();
}

bool PostingSlotsDialog::isModified() const
{
    return m_model->isModified();
}

core::PostingSlot PostingSlotsDialog::slotFromFields() const
{
    core::PostingSlot slot;
    slot.weekday = m_weekday->currentData().toInt();
    slot.time = m_time->time();
    slot.networkId = m_network->currentData().toString();
    return slot;
}

void PostingSlotsDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void PostingSlotsDialog::addSlot()
{
    auto row = m_model->addSlot(slotFromFields());
    if (!row) {
        showProblem(row.error().message);
        return;
    }
    showProblem({});
    m_table->selectRow(*row);
}

void PostingSlotsDialog::changeSlot()
{
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    auto row = m_model->updateSlot(current, slotFromFields());
    if (!row) {
        showProblem(row.error().message);
        return;
    }
    showProblem({});
    m_table->selectRow(*row);
}

void PostingSlotsDialog::removeSlot()
{
    if (!m_table->currentIndex().isValid())
        return;
    m_model->removeSlot(m_table->currentIndex().row());
    showProblem({});
    currentRowChanged();
}

void PostingSlotsDialog::currentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const bool chosen = current.isValid();
    m_change->setEnabled(chosen);
    m_remove->setEnabled(chosen);
    if (!chosen)
        return;
    // The fields show the chosen slot, ready to change.
    const core::PostingSlot &slot = m_model->slotAt(current.row());
    m_weekday->setCurrentIndex(m_weekday->findData(slot.weekday));
    m_time->setTime(slot.time);
    m_network->setCurrentIndex(qMax(0, m_network->findData(slot.networkId)));
}

} // namespace hearth::ui
