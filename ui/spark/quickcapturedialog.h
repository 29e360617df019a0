// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/appservices.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QLabel;

namespace hearth::ui {

class PillarComboBox;

// A small dialog to jot an idea down from anywhere (Ctrl+Shift+N); saving is undoable.
class QuickCaptureDialog final : public QDialog
{
    Q_OBJECT

public:
    QuickCaptureDialog(AppServices &services, QWidget *parent = nullptr);

    void accept() override;

signals:
    void ideaCaptured(qint64 ideaId);

private:
    AppServices &m_services;
    QLineEdit *m_title;
    QPlainTextEdit *m_notes;
    PillarComboBox *m_pillar;
    QLineEdit *m_tags;
    QLabel *m_error;
    QPushButton *m_save;
};

} // namespace hearth::ui
