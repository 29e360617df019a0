#include "bulkimportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QListWidget>

namespace hearth::ui {

BulkImportDialog::BulkImportDialog(const QList<core::Network> &networks, QWidget *parent)
    : QDialog(parent)
    , m_layout(new QComboBox(this))
    , m_dateOrder(new QComboBox(this))
    , m_networks(new QListWidget(this))
{
    setObjectName(QStringLiteral("bulkImportDialog"));
    setWindowTitle(tr("Import Posts"));
    m_layout->setObjectName(QStringLiteral("layoutComboBox"));
    m_layout->addItem(tr("Hootsuite (no header: date, message, link)"),
                      static_cast<int>(core::BulkLayout::Hootsuite));
    m_layout->addItem(tr("Buffer"), static_cast<int>(core::BulkLayout::Buffer));
    m_layout->addItem(tr("Publer"), static_cast<int>(core::BulkLayout::Publer));
    m_layout->addItem(tr("Metricool (networks in the file)"),
                      static_cast<int>(core::BulkLayout::Metricool));
    m_layout->addItem(tr("Sprout Social"), static_cast<int>(core::BulkLayout::Sprout));
    m_dateOrder->setObjectName(QStringLiteral("dateOrderComboBox"));
    m_dateOrder->addItem(tr("Month/day/year (12/31/2026)"),
                         static_cast<int>(core::DateOrder::MonthDayYear));
    m_dateOrder->addItem(tr("Day/month/year (31/12/2026)"),
                         static_cast<int>(core::DateOrder::DayMonthYear));
    m_dateOrder->addItem(tr("Year-month-day (2026-12-31)"),
                         static_cast<int>(core::DateOrder::YearMonthDay));
    m_networks->setObjectName(QStringLiteral("networksListWidget"));
    m_networks->setAccessibleName(tr("Networks for the imported posts"));
    for (const core::Network &network : networks) {
        auto *item = new QListWidgetItem(network.name, m_networks);
        item->setData(Qt::UserRole, network.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("bulkImportButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Layout:"), m_layout);
    form->addRow(tr("&Dates:"), m_dateOrder);
    form->addRow(tr("&Networks:"), m_networks);
    form->addRow(buttons);
}

core::BulkImportOptions BulkImportDialog::options() const
{
    core::BulkImportOptions options;
    options.layout = static_cast<core::BulkLayout>(m_layout->currentData().toInt());
    options.dateOrder = static_cast<core::DateOrder>(m_dateOrder->currentData().toInt());
    for (int row = 0; row < m_networks->count(); ++row) {
        if (m_networks->item(row)->checkState() == Qt::Checked)
            options.networks << m_networks->item(row)->data(Qt::UserRole).toString();
    }
    return options;
}

} // namespace hearth::ui
