// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/surprisedialog.h"

#include "plan/catalog.h"
#include "spark/ideasuggester.h"
#include "spark/ideaundocommands.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hearth::ui {

SurpriseDialog::SurpriseDialog(AppServices &services, const QDate &weekStart, quint32 seed,
                               QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_weekStart(core::IdeaSuggester::weekStartFor(weekStart))
    , m_seeds(seed)
    , m_pillar(new QLabel(this))
    , m_title(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_another(new QPushButton(tr("Another idea"), this))
    , m_draft(new QPushButton(tr("Make a draft"), this))
    , m_show(new QPushButton(tr("Open in Spark"), this))
{
    setObjectName(QStringLiteral("surpriseDialog"));
    setWindowTitle(tr("Surprise me"));
    m_pillar->setObjectName(QStringLiteral("surprisePillarLabel"));
    m_title->setObjectName(QStringLiteral("surpriseTitleLabel"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("surpriseNotesLabel"));
    m_notes->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("surpriseReasonLabel"));
    m_reason->setWordWrap(true);
    m_reason->setForegroundRole(QPalette::PlaceholderText);
    m_another->setObjectName(QStringLiteral("anotherButton"));
    m_draft->setObjectName(QStringLiteral("surpriseDraftButton"));
    m_draft->setToolTip(
        tr("Create an unscheduled draft from this idea, prefilled from the prompt."));
    m_show->setObjectName(QStringLiteral("openInSparkButton"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_another, QDialogButtonBox::ActionRole);
    buttons->addButton(m_show, QDialogButtonBox::ActionRole);
    buttons->addButton(m_draft, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_another, &QPushButton::clicked, this, &SurpriseDialog::another);
    connect(m_draft, &QPushButton::clicked, this, &SurpriseDialog::makeDraft);
    connect(m_show, &QPushButton::clicked, this, [this] {
        emit showIdeaRequested(m_ideaId);
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pillar);
    layout->addWidget(m_title);
    layout->addWidget(m_notes);
    layout->addWidget(m_reason);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumSize(460, 260);
    another();
}

void SurpriseDialog::another()
{
    core::IdeaSuggester suggester(m_services.database, m_services.suggestionAdvice());
    auto pick = suggester.surpriseMe(m_weekStart, m_seeds(), m_seen);
    // Once every idea was shown, start over rather than run dry.
    if (pick && !pick->has_value() && !m_seen.isEmpty()) {
        m_seen.clear();
        pick = suggester.surpriseMe(m_weekStart, m_seeds(), m_seen);
    }
    if (!pick || !pick->has_value()) {
        m_ideaId = 0;
        m_title->setText(tr("Your idea bank is empty"));
        m_notes->setText(
            pick ? tr("Add a few ideas in Spark (Ctrl+Shift+N jots one down) and try again.")
                 : pick.error().message);
        m_reason->clear();
        m_pillar->clear();
        m_draft->setEnabled(false);
        m_show->setEnabled(false);
        m_another->setEnabled(false);
        return;
    }
    const core::Suggestion &suggestion = **pick;
    m_ideaId = suggestion.idea.id;
    m_ideaTitle = suggestion.idea.title;
    m_seen.insert(m_ideaId);
    m_title->setText(suggestion.idea.title);
    m_notes->setText(suggestion.idea.notes);
    m_reason->setText(tr("Why this one: %1.").arg(suggestion.reason));
    QString pillarText;
    for (const core::Pillar &pillar : m_services.catalog.pillars().valueOr({})) {
        if (suggestion.idea.pillarId && pillar.id == *suggestion.idea.pillarId)
            pillarText = QStringLiteral("<span style=\"color:%1\">■</span> %2")
                             .arg(pillar.color, pillar.name.toHtmlEscaped());
    }
    m_pillar->setText(pillarText);
    m_draft->setEnabled(!m_services.database.isReadOnly());
    m_show->setEnabled(true);
}

void SurpriseDialog::makeDraft()
{
    if (m_ideaId == 0)
        return;
    QString failure;
    auto *command =
        new CreateDraftFromIdeaCommand(m_services, m_ideaId, m_ideaTitle, QDateTime(),
                                       [&failure](const QString &error) { failure = error; });
    m_services.undoStack.push(command);
    if (command->postId() == 0) {
        m_reason->setText(failure);
        return;
    }
    emit draftCreated(command->postId());
    accept();
}

} // namespace hearth::ui
