// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/catalog.h"
#include "plan/planningservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimeEdit;

namespace hearth::core {
class PostingSlotsModel;
}

namespace hearth::ui {

// Edits the weekly posting slots (weekday, time, optionally one network). Nothing is stored
// until OK; the caller stores slotList() as one undoable change.
class PostingSlotsDialog final : public QDialog
{
    Q_OBJECT

public:
    PostingSlotsDialog(const QList<core::PostingSlot> &slotList,
                       const QList<core::Network> &networks, QWidget *parent = nullptr);

    QList<core::PostingSlot> slotList() const;
    bool isModified() const;

private:
    core::PostingSlot slotFromFields() const;
    void addSlot();
    void changeSlot();
    void removeSlot();
    void currentRowChanged();
    void showProblem(const QString &message);

    core::PostingSlotsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_weekday = nullptr;
    QTimeEdit *m_time = nullptr;
    QComboBox *m_network = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace hearth::ui
