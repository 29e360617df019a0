// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/exportfilter.h"
#include "plan/catalog.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QListWidget;

namespace hearth::ui {

// Asks which posts an export covers: all, or a range of days, and which networks.
class ExportFilterDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportFilterDialog(const QList<core::Network> &networks, const QDate &today,
                       QWidget *parent = nullptr);

    // Days are local; the filter's ends are UTC instants (the last day is included).
    core::ExportFilter filter() const;

private:
    QCheckBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QListWidget *m_networks;
};

} // namespace hearth::ui
