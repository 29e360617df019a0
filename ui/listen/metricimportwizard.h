// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listen/metricimporter.h"

#include <QWizard>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hearth::ui {

struct AppServices;

class MetricPreviewModel;

// Imports an analytics export in three steps: choose the file, look at the preview (detected
// format, counts, every skipped line with its reason), confirm. Only the confirmation writes,
// in one transaction.
class MetricImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        PreviewPage,
        ConfirmPage
    };

    explicit MetricImportWizard(AppServices &services, QWidget *parent = nullptr);
    ~MetricImportWizard() override;

    QString filePath() const;
    void setFilePath(const QString &path);
    // The last preview read (empty before the preview page or when the file could not be read).
    const std::optional<core::MetricImportPreview> &preview() const { return m_preview; }
    MetricPreviewModel *previewModel() const { return m_previewModel; }
    // Whether the import was committed.
    bool committed() const { return m_committed; }

    core::MetricImportOptions options() const;
    // Reads the file again and fills the preview page; false when it cannot be read.
    bool runPreview();
    // Writes the previewed import; false (with the reason shown) when it fails.
    bool commitImport();

    static QString formatName(core::MetricFormat format);

    // The column mapping chosen on the preview page for a generic CSV (empty until chosen).
    const std::optional<core::MetricColumnMapping> &mapping() const { return m_mapping; }
    // Reads the mapping form and previews again with it; false when it is incomplete.
    bool applyMapping();

private:
    void fillMappingForm(const core::MetricImportPreview &preview);
    void showDateOrder(const core::MetricImportPreview &preview);
    QWizardPage *createFilePage();
    QWizardPage *createPreviewPage();
    QWizardPage *createConfirmPage();

    AppServices &m_services;
    std::optional<core::MetricImportPreview> m_preview;
    std::optional<core::MetricColumnMapping> m_mapping;
    bool m_committed = false;

    QLineEdit *m_pathEdit = nullptr;
    QComboBox *m_sourceCombo = nullptr;
    QCheckBox *m_latin1Check = nullptr;
    QLabel *m_formatLabel = nullptr;
    // How numeric dates were read, with a link that shows m_dateOrderCombo to change it.
    QLabel *m_dateOrderLabel = nullptr;
    QComboBox *m_dateOrderCombo = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_warningsLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTableView *m_previewView = nullptr;
    QWidget *m_mappingBox = nullptr;
    QComboBox *m_networkMappingCombo = nullptr;
    QComboBox *m_postIdCombo = nullptr;
    QComboBox *m_permalinkCombo = nullptr;
    QComboBox *m_publishedCombo = nullptr;
    QComboBox *m_textCombo = nullptr;
    QList<std::pair<core::CountMetric, QComboBox *>> m_metricCombos;
    QLabel *m_confirmLabel = nullptr;
    MetricPreviewModel *m_previewModel;
};

} // namespace hearth::ui
