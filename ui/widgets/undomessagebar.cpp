// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/undomessagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

namespace hearth::ui {

UndoMessageBar::UndoMessageBar(QUndoStack &stack, QWidget *parent)
    : QFrame(parent)
    , m_stack(stack)
{
    setObjectName(QStringLiteral("undoMessageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#undoMessageBar { background: palette(alternate-base); "
                                 "border: 1px solid palette(mid); border-radius: 4px; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 3, 3);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("undoMessageLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_undo = new QPushButton(tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoMessagePushButton"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("undoMessageCloseToolButton"));
    close->setText(QStringLiteral("\u2715"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close this message"));
    close->setAccessibleName(tr("Close this message"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_undo);
    layout->addWidget(close);
    m_hideTimer = new QTimer(this);
    m_hideTimer->setSingleShot(true);
    // Long enough to read and reach for the button; Ctrl+Z works after it is gone.
    m_hideTimer->setInterval(12000);
    connect(m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_undo, &QPushButton::clicked, this, &UndoMessageBar::undoShownStep);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    // Any other step (or an undo from the menu) makes the message stale.
    connect(&m_stack, &QUndoStack::indexChanged, this, [this] {
        if (!shownStepIfCurrent())
            hide();
    });
    hide();
}

void UndoMessageBar::showMessage(const QString &message)
{
    m_index = m_stack.index();
    m_step = m_index > 0 ? m_stack.command(m_index - 1) : nullptr;
    m_label->setText(message);
    m_label->setAccessibleName(message);
    m_undo->setVisible(m_step != nullptr);
    m_undo->setToolTip(m_step ? m_step->actionText() : QString());
    show();
    m_hideTimer->start();
}

QString UndoMessageBar::message() const
{
    return isVisible() ? m_label->text() : QString();
}

const QUndoCommand *UndoMessageBar::shownStepIfCurrent() const
{
    if (!m_step || m_stack.index() != m_index || m_stack.command(m_index - 1) != m_step)
        return nullptr;
    return m_step;
}

void UndoMessageBar::undoShownStep()
{
    if (shownStepIfCurrent())
        m_stack.undo();
    hide();
}

} // namespace hearth::ui
