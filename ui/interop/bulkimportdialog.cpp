// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/bulkimportdialog.h"

#include "interop/bulkmapping.h"
#include "interop/importpreviewmodel.h"
#include "storage/database.h"
#include "widgets/dateorderchoice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace hearth::ui {

namespace {

// The post fields a column can be mapped to, with the combo box object name of each.
struct MappedField
{
    const char *objectName;
    QString core::GenericMapping::*member;
    const char *label;
};

const QList<MappedField> &mappedFields()
{
    static const QList<MappedField> list{
        {"dateTimeColumnComboBox", &core::GenericMapping::dateTime,
         QT_TRANSLATE_NOOP("hearth::ui::BulkImportDialog", "Date and &time:")},
        {"dateColumnComboBox", &core::GenericMapping::date,
         QT_TRANSLATE_NOOP("hearth::ui::BulkImportDialog", "or D&ate:")},
        {"timeColumnComboBox", &core::GenericMapping::time,
         QT_TRANSLATE_NOOP("hearth::ui::BulkImportDialog", "and T&ime:")},
        {"textColumnComboBox", &core::GenericMapping::text,
         QT_TRANSLATE_NOOP("hearth::ui::BulkImportDialog", "Te&xt:")},
        {"titleColumnComboBox", &core::GenericMapping::title,
         QT_TRANSLATE_NOOP("hearth::ui::BulkImportDialog", "Tit&le:")},
        {"linkColumnComboBox", &core::GenericMapping::link,
         QT_TRANSLATE_NOOP("hearth::ui::BulkImportDialog", "Lin&k:")},
        {"networksColumnComboBox", &core::GenericMapping::networks,
         QT_TRANSLATE_NOOP("hearth::ui::BulkImportDialog", "Net&works:")},
        {"tagsColumnComboBox", &core::GenericMapping::tags,
         QT_TRANSLATE_NOOP("hearth::ui::BulkImportDialog", "Ta&gs:")},
        {"pillarColumnComboBox", &core::GenericMapping::pillar,
         QT_TRANSLATE_NOOP("hearth::ui::BulkImportDialog", "&Pillar:")},
        {"statusColumnComboBox", &core::GenericMapping::status,
         QT_TRANSLATE_NOOP("hearth::ui::BulkImportDialog", "Stat&us:")},
    };
    return list;
}

} // namespace

BulkImportDialog::BulkImportDialog(core::Database &database, const QString &path,
                                   const QList<core::Network> &networks, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_path(path)
    , m_layout(new QComboBox(this))
    , m_dateOrder(new QComboBox(this))
    , m_networks(new QListWidget(this))
    , m_mappingGroup(new QGroupBox(tr("Columns"), this))
    , m_dateFormat(new QLineEdit(this))
    , m_previewModel(new core::ImportPreviewModel(this))
    , m_preview(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("bulkImportDialog"));
    setWindowTitle(tr("Import Posts from %1").arg(QFileInfo(path).fileName()));
    auto header = core::BulkMappingStore::readHeader(path);
    if (header)
        m_header = *header;

    m_layout->setObjectName(QStringLiteral("layoutComboBox"));
    m_layout->addItem(tr("Hootsuite (no header: date, message, link)"),
                      static_cast<int>(core::BulkLayout::Hootsuite));
    m_layout->addItem(tr("Buffer"), static_cast<int>(core::BulkLayout::Buffer));
    m_layout->addItem(tr("Publer"), static_cast<int>(core::BulkLayout::Publer));
    m_layout->addItem(tr("Metricool (networks in the file)"),
                      static_cast<int>(core::BulkLayout::Metricool));
    m_layout->addItem(tr("Sprout Social"), static_cast<int>(core::BulkLayout::Sprout));
    m_layout->addItem(tr("Any other file: choose the columns"),
                      static_cast<int>(core::BulkLayout::Generic));
    m_dateOrder->setObjectName(QStringLiteral("dateOrderComboBox"));
    addDateOrders(m_dateOrder);
    m_networks->setObjectName(QStringLiteral("networksListWidget"));
    m_networks->setAccessibleName(tr("Networks for the imported posts"));
    m_networks->setMaximumHeight(120);
    for (const core::Network &network : networks) {
        auto *item = new QListWidgetItem(network.name, m_networks);
        item->setData(Qt::UserRole, network.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }

    // The mapping page: one choice of column per post field.
    m_mappingGroup->setObjectName(QStringLiteral("mappingGroupBox"));
    auto *mappingForm = new QFormLayout(m_mappingGroup);
    for (const MappedField &field : mappedFields()) {
        auto *combo = new QComboBox(m_mappingGroup);
        combo->setObjectName(QString::fromLatin1(field.objectName));
        combo->addItem(tr("(none)"), QString());
        for (const QString &column : std::as_const(m_header))
            combo->addItem(column, column);
        mappingForm->addRow(tr(field.label), combo);
        m_columns << combo;
    }
    m_dateFormat->setObjectName(QStringLiteral("dateFormatLineEdit"));
    m_dateFormat->setPlaceholderText(
        tr("Numbers in the order chosen above, or e.g. dd.MM.yyyy HH:mm"));
    mappingForm->addRow(tr("Date &format:"), m_dateFormat);

    m_preview->setObjectName(QStringLiteral("previewTableView"));
    m_preview->setModel(m_previewModel);
    m_preview->setAccessibleName(tr("Rows and problems of the file"));
    m_preview->verticalHeader()->hide();
    m_preview->setWordWrap(false);
    m_preview->setTextElideMode(Qt::ElideRight);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("previewSummaryLabel"));
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("bulkImportButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Layout:"), m_layout);
    form->addRow(tr("&Dates:"), m_dateOrder);
    form->addRow(tr("&Networks:"), m_networks);
    auto *top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(m_mappingGroup, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(900, 620);

    // A header seen before brings back its mapping; otherwise the names suggest one.
    auto saved = core::BulkMappingStore(m_database).load(m_header);
    if (saved && *saved) {
        setMapping(**saved);
        m_layout->setCurrentIndex(m_layout->findData(static_cast<int>(core::BulkLayout::Generic)));
    } else {
        setMapping(core::BulkMappingStore::guess(m_header));
    }
    if (!header)
        m_summary->setText(header.error().message);

    connect(m_layout, &QComboBox::currentIndexChanged, this, [this] {
        updateMappingVisibility();
        updatePreview();
    });
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, &BulkImportDialog::updatePreview);
    connect(m_networks, &QListWidget::itemChanged, this, &BulkImportDialog::updatePreview);
    for (QComboBox *combo : std::as_const(m_columns))
        connect(combo, &QComboBox::currentIndexChanged, this, &BulkImportDialog::updatePreview);
    connect(m_dateFormat, &QLineEdit::textChanged, this, &BulkImportDialog::updatePreview);
    updateMappingVisibility();
    updatePreview();
}

core::GenericMapping BulkImportDialog::mapping() const
{
    core::GenericMapping mapping;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        mapping.*mappedFields().at(i).member = m_columns.at(i)->currentData().toString();
    mapping.dateFormat = m_dateFormat->text().trimmed();
    return mapping;
}

void BulkImportDialog::setMapping(const core::GenericMapping &mapping)
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const int index = m_columns.at(i)->findData(mapping.*mappedFields().at(i).member);
        m_columns.at(i)->setCurrentIndex(std::max(index, 0));
    }
    m_dateFormat->setText(mapping.dateFormat);
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
    if (options.layout == core::BulkLayout::Generic)
        options.mapping = mapping();
    return options;
}

void BulkImportDialog::updateMappingVisibility()
{
    m_mappingGroup->setEnabled(static_cast<core::BulkLayout>(m_layout->currentData().toInt()) ==
                               core::BulkLayout::Generic);
}

void BulkImportDialog::updatePreview()
{
    // The whole file is read again on each change: bulk files hold hundreds of rows, and the
    // preview must show exactly what the import will do.
    auto preview = core::BulkPostParser(m_database).parseFile(m_path, options());
    if (!preview) {
        m_previewModel->setPreview(core::ImportPreview{});
        m_summary->setText(preview.error().message);
        return;
    }
    m_previewModel->setPreview(*preview);
    QString text = tr("%n post(s) to import", nullptr, preview->newCount());
    if (preview->duplicateCount() > 0)
        text += tr(", %n already in the plan", nullptr, preview->duplicateCount());
    if (preview->warningCount() > 0)
        text += tr(", %n warning(s)", nullptr, preview->warningCount());
    if (preview->hasErrors())
        text += tr(", %n error(s) (see the lines below)", nullptr, preview->errorCount());
    m_summary->setText(text + u'.');
}

void BulkImportDialog::accept()
{
    if (options().layout == core::BulkLayout::Generic && !m_header.isEmpty()) {
        // Remembered for the next file with the same header; failing to remember it does not
        // stop this import.
        if (auto saved = core::BulkMappingStore(m_database).save(m_header, mapping()); !saved)
            qWarning("the column mapping was not saved: %s", qPrintable(saved.error().message));
    }
    QDialog::accept();
}

} // namespace hearth::ui
