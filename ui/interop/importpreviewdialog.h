// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/postimport.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace hearth::core {
class ImportPreviewModel;
}

namespace hearth::ui {

// Shows what an import would do (new rows, skipped duplicates, errors and warnings by line)
// and lets the user import or cancel; Import is disabled while the file has errors.
class ImportPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const core::ImportPreview &preview, QWidget *parent = nullptr);

private:
    core::ImportPreviewModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace hearth::ui
