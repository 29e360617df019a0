// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/ideaeditor.h"

#include "plan/catalog.h"
#include "spark/ideadelegate.h"
#include "widgets/pillarcombobox.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

QStringList tagsFromText(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        QString tag = part.trimmed();
        while (tag.startsWith(u'#'))
            tag.remove(0, 1);
        if (!tag.isEmpty())
            tags << tag;
    }
    return tags;
}

QString sourceText(const core::Idea &idea)
{
    switch (idea.source) {
    case core::IdeaSource::Library:
        return idea.libraryEdited ? IdeaEditor::tr("From the starter library, edited by you")
                                  : IdeaEditor::tr("From the starter library");
    case core::IdeaSource::Feedback:
        return idea.feedbackPostId
                   ? IdeaEditor::tr("From a comment on post %1").arg(*idea.feedbackPostId)
                   : IdeaEditor::tr("From a community comment");
    case core::IdeaSource::User:
        break;
    }
    return IdeaEditor::tr("Your own idea");
}

} // namespace

IdeaEditor::IdeaEditor(core::CatalogRepository &catalog, QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_title(new QLineEdit(this))
    , m_pillar(new PillarComboBox(tr("No pillar"), this))
    , m_tags(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_info(new QLabel(this))
    , m_favourite(new QPushButton(tr("Favourite"), this))
    , m_archive(new QPushButton(tr("Archive"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_draft(new QPushButton(tr("Make a draft"), this))
    , m_save(new QPushButton(tr("Save"), this))
{
    setObjectName(QStringLiteral("ideaEditor"));
    m_title->setObjectName(QStringLiteral("ideaTitleLineEdit"));
    m_title->setAccessibleName(tr("Title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setPlaceholderText(tr("A few words that name the idea"));
    m_pillar->setObjectName(QStringLiteral("ideaPillarComboBox"));
    m_pillar->setAccessibleName(tr("Pillar"));
    m_pillar->reload(catalog);
    m_tags->setObjectName(QStringLiteral("ideaTagsLineEdit"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_notes->setObjectName(QStringLiteral("ideaNotesTextEdit"));
    m_notes->setAccessibleName(tr("Prompt or notes"));
    m_notes->setPlaceholderText(tr("The prompt, your notes, a first sentence…"));
    m_info->setObjectName(QStringLiteral("ideaInfoLabel"));
    m_info->setWordWrap(true);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_favourite->setObjectName(QStringLiteral("favouriteButton"));
    m_favourite->setCheckable(true);
    m_favourite->setToolTip(tr("Favourites come first and are suggested a little more often."));
    m_archive->setObjectName(QStringLiteral("archiveButton"));
    m_archive->setCheckable(true);
    m_archive->setToolTip(tr("Archived ideas are hidden and never suggested, but kept."));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_draft->setObjectName(QStringLiteral("draftButton"));
    m_draft->setToolTip(
        tr("Create an unscheduled draft post from this idea, prefilled from the prompt."));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);

    auto *editorPage = new QWidget(m_pages);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Pillar"), m_pillar);
    form->addRow(tr("Tags"), m_tags);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_favourite);
    flags->addWidget(m_archive);
    flags->addStretch();
    flags->addWidget(m_delete);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_draft);
    m_moreLikeThis = new QPushButton(tr("More like this"), editorPage);
    m_moreLikeThis->setObjectName(QStringLiteral("moreLikeThisButton"));
    m_moreLikeThis->setToolTip(tr("Ideas of the same pillar and tags"));
    connect(m_moreLikeThis, &QPushButton::clicked, this, &IdeaEditor::moreLikeThisRequested);
    actions->addWidget(m_moreLikeThis);
    actions->addStretch();
    actions->addWidget(m_save);
    auto *layout = new QVBoxLayout(editorPage);
    layout->setContentsMargins(12, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_info);
    layout->addLayout(flags);
    layout->addLayout(actions);

    auto *emptyPage =
        new QLabel(tr("Pick an idea on the left, or press “New idea” to jot one down."), m_pages);
    emptyPage->setObjectName(QStringLiteral("ideaEmptyLabel"));
    emptyPage->setAlignment(Qt::AlignCenter);
    emptyPage->setWordWrap(true);
    emptyPage->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(emptyPage);
    m_pages->addWidget(editorPage);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(m_title, &QLineEdit::textChanged, this, &IdeaEditor::updateButtons);
    connect(m_tags, &QLineEdit::textChanged, this, &IdeaEditor::updateButtons);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &IdeaEditor::updateButtons);
    connect(m_pillar, &QComboBox::currentIndexChanged, this, &IdeaEditor::updateButtons);
    connect(m_title, &QLineEdit::returnPressed, this, &IdeaEditor::saveRequested);
    connect(m_save, &QPushButton::clicked, this, &IdeaEditor::saveRequested);
    connect(m_favourite, &QPushButton::clicked, this, &IdeaEditor::favouriteRequested);
    connect(m_archive, &QPushButton::clicked, this, &IdeaEditor::archiveRequested);
    connect(m_delete, &QPushButton::clicked, this, &IdeaEditor::deleteRequested);
    connect(m_draft, &QPushButton::clicked, this, &IdeaEditor::draftRequested);
    setIdea(std::nullopt);
}

void IdeaEditor::setCommunityRate(const std::optional<core::RateSummary> &rate)
{
    m_rate = rate;
    setIdea(m_idea);
}

void IdeaEditor::setIdea(const std::optional<core::Idea> &idea)
{
    m_loading = true;
    // The rate belongs to the idea it was read for.
    if (!idea || !m_idea || idea->id != m_idea->id)
        m_rate.reset();
    m_idea = idea;
    m_pages->setCurrentIndex(idea ? 1 : 0);
    if (idea) {
        m_title->setText(idea->title);
        m_pillar->setSelectedPillar(idea->pillarId);
        m_tags->setText(idea->tags.join(QStringLiteral(", ")));
        m_notes->setPlainText(idea->notes);
        QStringList info{sourceText(*idea),
                         IdeaDelegate::usageText(idea->timesUsed, idea->lastUsed, m_rate)};
        info << tr("added %1")
                    .arg(QLocale().toString(idea->createdAt.toLocalTime().date(),
                                            QLocale::ShortFormat));
        m_info->setText(info.join(QStringLiteral(" · ")));
        m_info->setToolTip(m_rate ? tr("The mean community rate of the posts made from this "
                                       "idea that have figures.")
                                  : QString());
        m_favourite->setChecked(idea->favourite);
        m_favourite->setText(idea->favourite ? tr("★ Favourite") : tr("☆ Favourite"));
        m_archive->setChecked(idea->archived);
        m_archive->setText(idea->archived ? tr("Unarchive") : tr("Archive"));
    }
    m_loading = false;
    updateButtons();
}

core::Idea IdeaEditor::editedIdea() const
{
    core::Idea edited = m_idea.value_or(core::Idea{});
    edited.title = m_title->text().trimmed();
    edited.pillarId = m_pillar->selectedPillar();
    edited.tags = tagsFromText(m_tags->text());
    edited.notes = m_notes->toPlainText();
    return edited;
}

bool IdeaEditor::isDirty() const
{
    if (!m_idea)
        return false;
    const core::Idea edited = editedIdea();
    return edited.title != m_idea->title || edited.notes != m_idea->notes ||
           edited.pillarId != m_idea->pillarId || edited.tags != m_idea->tags;
}

void IdeaEditor::focusTitle()
{
    m_title->setFocus();
    m_title->selectAll();
}

void IdeaEditor::updateButtons()
{
    if (m_loading)
        return;
    const bool dirty = isDirty();
    m_save->setEnabled(dirty && !m_title->text().trimmed().isEmpty());
    m_save->setText(dirty ? tr("Save") : tr("Saved"));
}

} // namespace hearth::ui
