// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;
class QUndoCommand;
class QUndoStack;

namespace hearth::ui {

// A quiet line under a workspace's toolbar that says what the last step did ("Deleted
// “Weekend special”") with an Undo button for that very step; it goes away after a while or
// as soon as the undo stack moves on.
class UndoMessageBar final : public QFrame
{
    Q_OBJECT

public:
    explicit UndoMessageBar(QUndoStack &stack, QWidget *parent = nullptr);

    // Shows `message` for the step on top of the stack now; Undo undoes exactly that step.
    void showMessage(const QString &message);
    QString message() const;

private:
    void undoShownStep();
    // The step the message is about while it is still the next one to undo; else null.
    const QUndoCommand *shownStepIfCurrent() const;

    QUndoStack &m_stack;
    const QUndoCommand *m_step = nullptr;
    int m_index = -1;
    QLabel *m_label = nullptr;
    QPushButton *m_undo = nullptr;
    QTimer *m_hideTimer = nullptr;
};

} // namespace hearth::ui
