// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/quickcapturedialog.h"

#include "spark/ideaundocommands.h"
#include "storage/database.h"
#include "widgets/pillarcombobox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hearth::ui {

QuickCaptureDialog::QuickCaptureDialog(AppServices &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_title(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_pillar(new PillarComboBox(tr("No pillar"), this))
    , m_tags(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("quickCaptureDialog"));
    setWindowTitle(tr("Jot down an idea"));
    m_title->setObjectName(QStringLiteral("captureTitleLineEdit"));
    m_title->setPlaceholderText(tr("What could you post about?"));
    m_notes->setObjectName(QStringLiteral("captureNotesTextEdit"));
    m_notes->setPlaceholderText(tr("Notes, a first line, a link… (optional)"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 5);
    m_pillar->setObjectName(QStringLiteral("capturePillarComboBox"));
    m_pillar->reload(services.catalog);
    m_tags->setObjectName(QStringLiteral("captureTagsLineEdit"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas (optional)"));
    m_error->setObjectName(QStringLiteral("captureErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("captureSaveButton"));
    m_save->setText(tr("Save idea"));
    m_save->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_save->setEnabled(!text.trimmed().isEmpty()); });

    auto *form = new QFormLayout;
    form->addRow(tr("Idea"), m_title);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(tr("Pillar"), m_pillar);
    form->addRow(tr("Tags"), m_tags);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    if (services.database.isReadOnly()) {
        m_title->setEnabled(false);
        m_error->setText(tr("This plan is open read-only; ideas cannot be saved."));
        m_error->show();
    }
}

void QuickCaptureDialog::accept()
{
    core::Idea idea;
    idea.title = m_title->text().trimmed();
    idea.notes = m_notes->toPlainText().trimmed();
    idea.pillarId = m_pillar->selectedPillar();
    idea.tags = m_tags->text().split(u',', Qt::SkipEmptyParts);
    QString failure;
    auto *command = new CreateIdeaCommand(m_services.ideas, idea,
                                          [&failure](const QString &error) { failure = error; });
    m_services.undoStack.push(command);
    if (command->ideaId() == 0) {
        // Nothing typed is lost: the dialog stays open with the reason.
        m_services.undoStack.undo();
        m_error->setText(failure);
        m_error->show();
        return;
    }
    emit ideaCaptured(command->ideaId());
    QDialog::accept();
}

} // namespace hearth::ui
