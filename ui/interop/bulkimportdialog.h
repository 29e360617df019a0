// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/bulkpostparser.h"
#include "plan/catalog.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;

namespace hearth::core {
class Database;
class ImportPreviewModel;
} // namespace hearth::core

namespace hearth::ui {

// Asks what a bulk-import file is: its layout (or, for any other file, which column holds which
// post field), its date order and the networks its posts go to, with a live preview of the rows
// and of every problem by line. A generic mapping is remembered for files with the same header.
class BulkImportDialog final : public QDialog
{
    Q_OBJECT

public:
    BulkImportDialog(core::Database &database, const QString &path,
                     const QList<core::Network> &networks, QWidget *parent = nullptr);

    core::BulkImportOptions options() const;
    // The file's header row, as the column choices list it.
    QStringList header() const { return m_header; }

    void accept() override;

private:
    void updateMappingVisibility();
    void updatePreview();
    void setMapping(const core::GenericMapping &mapping);
    core::GenericMapping mapping() const;

    core::Database &m_database;
    QString m_path;
    QStringList m_header;
    QComboBox *m_layout;
    QComboBox *m_dateOrder;
    QListWidget *m_networks;
    QGroupBox *m_mappingGroup;
    // One choice of column per GenericMapping field, in fields() order (see the .cpp).
    QList<QComboBox *> m_columns;
    QLineEdit *m_dateFormat;
    core::ImportPreviewModel *m_previewModel;
    QTableView *m_preview;
    QLabel *m_summary;
};

} // namespace hearth::ui
