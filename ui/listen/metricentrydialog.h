// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listen/metricsanalysis.h"
#include "listen/metricsnapshot.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hearth::ui {

struct AppServices;

// Manual entry of one post's figures on one network. An empty field means "not available",
// never zero; follows may be negative. Saving records a new snapshot; the history stays.
class MetricEntryDialog final : public QDialog
{
    Q_OBJECT

public:
    // Lists the posts of `period`; preselects `postId` when given.
    MetricEntryDialog(AppServices &services, const core::MetricsFilter &period,
                      std::optional<qint64> postId, QWidget *parent = nullptr);

    qint64 postId() const;
    QString networkId() const;
    void selectPost(qint64 postId, const QString &networkId = {});
    QLineEdit *field(core::CountMetric metric) const { return m_fields.value(metric); }
    // The figures typed, or the reason they cannot be saved.
    std::optional<core::MetricSnapshot> figures(QString *problem = nullptr) const;

    void accept() override;

private:
    void loadPosts(const core::MetricsFilter &period);
    void postChanged();
    void loadCurrentFigures();

    AppServices &m_services;
    QComboBox *m_postCombo;
    QComboBox *m_networkCombo;
    QMap<core::CountMetric, QLineEdit *> m_fields;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace hearth::ui
