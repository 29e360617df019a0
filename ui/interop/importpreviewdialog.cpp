// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/importpreviewdialog.h"

#include "interop/importpreviewmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hearth::ui {

ImportPreviewDialog::ImportPreviewDialog(const core::ImportPreview &preview, QWidget *parent)
    : QDialog(parent)
    , m_model(new core::ImportPreviewModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import %1").arg(preview.source));
    m_model->setPreview(preview);
    m_table->setObjectName(QStringLiteral("importPreviewTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    // Short columns fit their content; the text takes the rest. Row heights stay fixed (fast).
    for (int column : {core::ImportPreviewModel::LineColumn, core::ImportPreviewModel::KindColumn,
                       core::ImportPreviewModel::FieldColumn, core::ImportPreviewModel::WhenColumn,
                       core::ImportPreviewModel::NetworksColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAccessibleName(tr("Rows and problems of the file"));

    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    QString text = tr("%n new post(s)", nullptr, preview.newCount());
    if (preview.duplicateCount() > 0)
        text += tr(", %n already in the plan (skipped)", nullptr, preview.duplicateCount());
    if (preview.warningCount() > 0)
        text += tr(", %n warning(s)", nullptr, preview.warningCount());
    if (preview.hasErrors())
        text = tr("%n error(s): nothing can be imported until the file is fixed. ", nullptr,
                  preview.errorCount()) +
               text;
    m_summary->setText(text + u'.');

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("importButtonBox"));
    QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importPushButton"));
    import->setEnabled(!preview.hasErrors() && preview.newCount() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 460);
}

} // namespace hearth::ui
