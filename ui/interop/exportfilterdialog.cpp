// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/exportfilterdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QListWidget>

namespace hearth::ui {

ExportFilterDialog::ExportFilterDialog(const QList<core::Network> &networks, const QDate &today,
                                       QWidget *parent)
    : QDialog(parent)
    , m_range(new QCheckBox(tr("Only posts &between"), this))
    , m_from(new QDateEdit(today, this))
    , m_to(new QDateEdit(today.addDays(27), this))
    , m_networks(new QListWidget(this))
{
    setObjectName(QStringLiteral("exportFilterDialog"));
    setWindowTitle(tr("What to Export"));
    m_range->setObjectName(QStringLiteral("rangeCheckBox"));
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(m_range, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_networks->setObjectName(QStringLiteral("networksListWidget"));
    m_networks->setAccessibleName(tr("Networks to export; none checked means all"));
    for (const core::Network &network : networks) {
        auto *item = new QListWidgetItem(network.name, m_networks);
        item->setData(Qt::UserRole, network.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("exportFilterButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(m_range);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Networks (none = all):"), m_networks);
    form->addRow(buttons);
}

core::ExportFilter ExportFilterDialog::filter() const
{
    core::ExportFilter filter;
    if (m_range->isChecked()) {
        filter.from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
        filter.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    }
    for (int row = 0; row < m_networks->count(); ++row) {
        if (m_networks->item(row)->checkState() == Qt::Checked)
            filter.networks << m_networks->item(row)->data(Qt::UserRole).toString();
    }
    return filter;
}

} // namespace hearth::ui
