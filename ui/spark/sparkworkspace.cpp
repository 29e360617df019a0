// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/sparkworkspace.h"

#include "common/clock.h"
#include "spark/ideadelegate.h"
#include "spark/ideaeditor.h"
#include "spark/idealistmodel.h"
#include "spark/idearepository.h"
#include "spark/ideasuggester.h"
#include "spark/ideaundocommands.h"
#include "storage/database.h"
#include "widgets/pillarcombobox.h"
#include "widgets/similarideasmenu.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

constexpr int listLimit = 200;

} // namespace

SparkWorkspace::SparkWorkspace(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_seeds(std::random_device{}())
    , m_model(new core::IdeaListModel(services.database, this))
    , m_summary(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_pillar(new PillarComboBox(tr("All pillars"), this))
    , m_tag(new QComboBox(this))
    , m_unused(new QCheckBox(tr("Never used"), this))
    , m_favourites(new QCheckBox(tr("Favourites"), this))
    , m_archived(new QCheckBox(tr("Archived"), this))
    , m_newIdea(new QPushButton(tr("New idea"), this))
    , m_surprise(new QPushButton(tr("Surprise me"), this))
    , m_list(new QListView(this))
    , m_editor(new IdeaEditor(services.catalog, this))
    , m_status(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("sparkWorkspace"));

    auto *heading = new QLabel(tr("Spark"), this);
    heading->setObjectName(QStringLiteral("sparkHeadingLabel"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    m_summary->setObjectName(QStringLiteral("sparkSummaryLabel"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search titles, prompts and tags (3 letters are enough)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search ideas"));
    m_search->setMinimumWidth(200);
    m_pillar->setObjectName(QStringLiteral("pillarComboBox"));
    m_pillar->setAccessibleName(tr("Pillar filter"));
    m_pillar->reload(services.catalog);
    m_tag->setObjectName(QStringLiteral("tagComboBox"));
    m_tag->setAccessibleName(tr("Tag filter"));
    m_tag->setMinimumContentsLength(8);
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unused->setObjectName(QStringLiteral("unusedCheckBox"));
    m_unused->setToolTip(tr("Only ideas no post was made from yet"));
    m_favourites->setObjectName(QStringLiteral("favouritesCheckBox"));
    m_archived->setObjectName(QStringLiteral("archivedCheckBox"));
    m_archived->setToolTip(tr("Show archived ideas instead of the active ones"));
    m_newIdea->setObjectName(QStringLiteral("newIdeaButton"));
    m_newIdea->setToolTip(tr("Jot down a new idea"));
    m_surprise->setObjectName(QStringLiteral("surpriseButton"));
    m_surprise->setToolTip(
        tr("Pick an idea you have not used in a while, for a pillar this week lacks"));

    m_list->setObjectName(QStringLiteral("ideaListView"));
    m_list->setAccessibleName(tr("Ideas"));
    m_model->setCommunityRates(&services.advisor);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new IdeaDelegate(IdeaDelegate::Density::Comfortable, m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMinimumWidth(360);

    m_status->setObjectName(QStringLiteral("sparkStatusLabel"));
    m_status->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(heading);
    header->addSpacing(12);
    header->addWidget(m_summary, 1, Qt::AlignBottom);
    header->addWidget(m_surprise);
    header->addWidget(m_newIdea);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_pillar);
    filters->addWidget(m_tag);
    filters->addWidget(m_unused);
    filters->addWidget(m_favourites);
    filters->addWidget(m_archived);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("sparkSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_searchDelay, &QTimer::timeout, this, &SparkWorkspace::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_pillar, &QComboBox::currentIndexChanged, this, &SparkWorkspace::applyFilters);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &SparkWorkspace::applyFilters);
    for (QCheckBox *box : {m_unused, m_favourites, m_archived})
        connect(box, &QCheckBox::toggled, this, &SparkWorkspace::applyFilters);
    connect(m_newIdea, &QPushButton::clicked, this, &SparkWorkspace::newIdea);
    connect(m_surprise, &QPushButton::clicked, this, &SparkWorkspace::surprise);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SparkWorkspace::currentChanged);
    connect(m_editor, &IdeaEditor::saveRequested, this, &SparkWorkspace::saveEdits);
    connect(m_editor, &IdeaEditor::favouriteRequested, this,
            [this](bool value) { setFlag(true, value); });
    connect(m_editor, &IdeaEditor::archiveRequested, this,
            [this](bool value) { setFlag(false, value); });
    connect(m_editor, &IdeaEditor::deleteRequested, this, &SparkWorkspace::deleteCurrent);
    connect(m_editor, &IdeaEditor::draftRequested, this, &SparkWorkspace::makeDraft);
    connect(m_editor, &IdeaEditor::moreLikeThisRequested, this, &SparkWorkspace::moreLikeThis);
    // Every change, ours or another workspace's, and every undo or redo passes the stack.
    connect(&services.undoStack, &QUndoStack::indexChanged, this, &SparkWorkspace::refresh);

    reloadTags();
    applyFilters();
    showDate(services.clock.now().toLocalTime().date());
}

void SparkWorkspace::showDate(const QDate &date)
{
    m_date = date;
}

qint64 SparkWorkspace::currentId() const
{
    return m_editor->idea() ? m_editor->idea()->id : 0;
}

void SparkWorkspace::selectId(qint64 id)
{
    int row = id > 0 ? m_model->rowOf(id) : -1;
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    const QModelIndex index = m_model->index(row, 0);
    m_list->setCurrentIndex(index);
    if (index.isValid())
        m_list->scrollTo(index);
    else
        currentChanged();
}

void SparkWorkspace::applyFilters()
{
    if (m_editor->isDirty())
        saveEdits();
    core::IdeaFilter filter;
    filter.pillarId = m_pillar->selectedPillar();
    filter.tag = m_tag->currentIndex() > 0 ? m_tag->currentText() : QString();
    filter.unusedOnly = m_unused->isChecked();
    filter.favouritesOnly = m_favourites->isChecked();
    filter.archived =
        m_archived->isChecked() ? core::ArchivedFilter::Only : core::ArchivedFilter::Exclude;
    // The list shows the best 200 (the limit spark_bench measures); a search narrows it.
    filter.limit = listLimit;
    m_model->setFilter(filter);
    m_model->setSearchText(m_search->text());
    refresh();
}

void SparkWorkspace::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const qint64 keep = currentId();
    if (auto refreshed = m_model->refresh(); !refreshed)
        showMessage(refreshed.error().message);
    updateSummary();
    // Keep the user's unsaved typing; otherwise show the idea as stored now.
    if (!m_editor->isDirty())
        m_shownId = 0;
    selectId(keep);
    m_refreshing = false;
}

void SparkWorkspace::reloadTags()
{
    const QString current = m_tag->currentIndex() > 0 ? m_tag->currentText() : QString();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"));
    auto tags = m_services.ideas.tagNames();
    if (tags)
        m_tag->addItems(*tags);
    const int index = current.isEmpty() ? 0 : m_tag->findText(current);
    m_tag->setCurrentIndex(index < 0 ? 0 : index);
}

void SparkWorkspace::updateSummary()
{
    core::IdeaFilter unused;
    unused.unusedOnly = true;
    const qint64 total = m_services.ideas.count().valueOr(0);
    const qint64 fresh = m_services.ideas.count(unused).valueOr(0);
    // Spelled out per number, since English plurals need no translation file this way.
    QString text = (total == 1 ? tr("1 idea in the bank") : tr("%1 ideas in the bank").arg(total)) +
                   QStringLiteral(" · ") + tr("%1 never used").arg(fresh);
    if (!m_search->text().trimmed().isEmpty() || m_model->filter().pillarId ||
        !m_model->filter().tag.isEmpty() || m_unused->isChecked() || m_favourites->isChecked() ||
        m_archived->isChecked())
        text += QStringLiteral(" · ") + tr("%1 shown").arg(m_model->rowCount());
    if (m_model->rowCount() >= listLimit)
        text += QStringLiteral(" · ") + tr("showing the best %1; search to narrow").arg(listLimit);
    m_summary->setText(text);
}

void SparkWorkspace::currentChanged()
{
    const QModelIndex index = m_list->currentIndex();
    const qint64 id = index.isValid() ? index.data(core::IdeaListModel::IdRole).toLongLong() : 0;
    if (id == m_shownId && id != 0)
        return;
    if (m_editor->isDirty() && m_editor->idea() && m_editor->idea()->id != id)
        saveEdits();
    m_shownId = id;
    if (id == 0) {
        m_editor->setIdea(std::nullopt);
        return;
    }
    auto idea = m_services.ideas.find(id);
    m_editor->setIdea(idea ? std::optional<core::Idea>(*idea) : std::nullopt);
    const QVariant rate = index.data(core::IdeaListModel::CommunityRateRole);
    if (rate.isValid())
        m_editor->setCommunityRate(core::RateSummary{
            rate.toDouble(), index.data(core::IdeaListModel::RatedPostsRole).toInt()});
}

void SparkWorkspace::saveEdits()
{
    if (!m_editor->idea() || !m_editor->isDirty())
        return;
    const core::Idea before = *m_editor->idea();
    const core::Idea after = m_editor->editedIdea();
    if (after.title.isEmpty()) {
        showMessage(tr("An idea needs a title; the change was not saved."));
        return;
    }
    m_editor->setIdea(after);
    m_services.undoStack.push(new EditIdeaCommand(
        m_services.ideas, before, after, [this](const QString &error) { showMessage(error); }));
    reloadTags();
    showMessage(tr("Saved “%1”.").arg(after.title));
}

void SparkWorkspace::setFlag(bool favourite, bool value)
{
    if (!m_editor->idea())
        return;
    saveEdits();
    const core::Idea idea = *m_editor->idea();
    m_shownId = 0;
    m_services.undoStack.push(new SetIdeaFlagCommand(
        m_services.ideas, idea.id, idea.title, favourite ? IdeaFlag::Favourite : IdeaFlag::Archived,
        value, [this](const QString &error) { showMessage(error); }));
    if (!favourite)
        showMessage(value ? tr("Archived “%1”. Tick “Archived” to see it again; Ctrl+Z undoes.")
                                .arg(idea.title)
                          : tr("“%1” is active again.").arg(idea.title));
}

void SparkWorkspace::deleteCurrent()
{
    if (!m_editor->idea())
        return;
    const core::Idea idea = *m_editor->idea();
    const int row = m_model->rowOf(idea.id);
    m_editor->setIdea(idea); // drop unsaved edits of the idea that goes away
    m_services.undoStack.push(
        new DeleteIdeaCommand(m_services.ideas, idea.id, idea.title,
                              [this](const QString &error) { showMessage(error); }));
    // Move to the neighbour rather than jumping back to the top of the list.
    const QModelIndex next = m_model->index(std::min(row, m_model->rowCount() - 1), 0);
    if (next.isValid())
        m_list->setCurrentIndex(next);
    showMessage(tr("Deleted “%1”. Ctrl+Z brings it back.").arg(idea.title));
}

void SparkWorkspace::makeDraft()
{
    if (!m_editor->idea())
        return;
    saveEdits();
    const core::Idea idea = *m_editor->idea();
    auto *command =
        new CreateDraftFromIdeaCommand(m_services, idea.id, idea.title, QDateTime(),
                                       [this](const QString &error) { showMessage(error); });
    m_services.undoStack.push(command);
    if (command->postId() != 0) {
        showMessage(tr("Made a draft from “%1”; it waits in Plan's drafts tray.").arg(idea.title));
        emit draftCreated(command->postId());
    }
}

void SparkWorkspace::surprise()
{
    const QDate week =
        core::IdeaSuggester::weekStartFor(m_date.isValid() ? m_date : QDate::currentDate());
    QSet<qint64> exclude;
    if (currentId() != 0)
        exclude.insert(currentId());
    auto pick = core::IdeaSuggester(m_services.database, m_services.suggestionAdvice())
                    .surpriseMe(week, m_seeds(), exclude);
    if (!pick)
        return showMessage(pick.error().message);
    if (!pick->has_value())
        return showMessage(tr("The idea bank is empty. Press “New idea” to add one."));
    showIdea((*pick)->idea.id);
    showMessage(tr("Surprise: “%1” (%2).").arg((*pick)->idea.title, (*pick)->reason));
}

void SparkWorkspace::showIdea(qint64 id)
{
    if (m_model->rowOf(id) < 0) {
        const QSignalBlocker searchBlocker(m_search);
        const QSignalBlocker pillarBlocker(m_pillar);
        const QSignalBlocker tagBlocker(m_tag);
        m_search->clear();
        m_pillar->setSelectedPillar(std::nullopt);
        m_tag->setCurrentIndex(0);
        for (QCheckBox *box : {m_unused, m_favourites, m_archived}) {
            const QSignalBlocker boxBlocker(box);
            box->setChecked(false);
        }
        auto idea = m_services.ideas.find(id);
        if (idea && idea->archived) {
            const QSignalBlocker boxBlocker(m_archived);
            m_archived->setChecked(true);
        }
        applyFilters();
    }
    selectId(id);
}

void SparkWorkspace::newIdea()
{
    saveEdits();
    core::Idea idea;
    idea.title = tr("New idea");
    idea.pillarId = m_pillar->selectedPillar();
    auto *command = new CreateIdeaCommand(m_services.ideas, idea,
                                          [this](const QString &error) { showMessage(error); });
    m_services.undoStack.push(command);
    if (command->ideaId() == 0)
        return;
    showIdea(command->ideaId());
    m_editor->focusTitle();
}

void SparkWorkspace::showMessage(const QString &text)
{
    m_status->setText(text);
}

void SparkWorkspace::moreLikeThis()
{
    const std::optional<core::Idea> idea = m_editor->idea();
    if (!idea)
        return;
    auto similar = m_services.ideas.moreLikeThis(idea->pillarId, idea->tags, idea->id);
    if (!similar) {
        showMessage(similar.error().message);
        return;
    }
    if (similar->isEmpty()) {
        showMessage(tr("No other idea shares this idea's pillar or tags."));
        return;
    }
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("moreLikeThisMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    addSimilarIdeas(*menu, *similar, this, [this](qint64 id) { showIdea(id); });
    QPushButton *button = m_editor->moreLikeThisButton();
    menu->popup(button->mapToGlobal(QPoint(0, button->height())));
}

} // namespace hearth::ui
