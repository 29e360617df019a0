// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/fillweekdialog.h"

#include "plan/catalog.h"
#include "spark/ideaundocommands.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

enum Column
{
    WhenColumn,
    PillarColumn,
    IdeaColumn,
    ActionsColumn,
    ColumnCount
};

} // namespace

FillWeekDialog::FillWeekDialog(AppServices &services, const QDate &weekStart, quint32 seed,
                               QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_weekStart(core::IdeaSuggester::weekStartFor(weekStart))
    , m_seed(seed)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_acceptAll(new QPushButton(tr("Accept all"), this))
{
    setObjectName(QStringLiteral("fillWeekDialog"));
    setWindowTitle(tr("Fill my week"));
    m_intro->setObjectName(QStringLiteral("fillWeekIntroLabel"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("fillWeekTableWidget"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Pillar"), tr("Idea"), QString()});
    m_table->horizontalHeader()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PillarColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IdeaColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultSectionSize(40);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(ActionsColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_acceptAll->setObjectName(QStringLiteral("acceptAllButton"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_acceptAll, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_acceptAll, &QPushButton::clicked, this, &FillWeekDialog::acceptAll);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(800, 340);
    propose();
}

void FillWeekDialog::propose()
{
    auto proposal = core::IdeaSuggester(m_services.database).fillWeek(m_weekStart, m_seed);
    if (!proposal) {
        m_intro->setText(proposal.error().message);
        m_acceptAll->setEnabled(false);
        return;
    }
    QString intro =
        tr("Ideas for the week of %1, one per empty posting slot, following your pillar mix.")
            .arg(QLocale().toString(m_weekStart, QLocale::LongFormat));
    if (proposal->usedDefaultSlots)
        intro += u' ' +
                 tr("You have no posting slots yet, so Hearth proposes Monday to Friday at 9:30.");
    if (proposal->proposals.isEmpty())
        intro += u' ' + tr("Every slot of this week is taken or already past: nothing to fill.");
    m_intro->setText(intro);
    m_rows.clear();
    for (const core::SlotProposal &slot : std::as_const(proposal->proposals))
        m_rows << Row{slot, RowState::Open};
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row)
        showRow(row);
    m_acceptAll->setEnabled(!m_rows.isEmpty());
}

void FillWeekDialog::showRow(int row)
{
    const Row &entry = m_rows.at(row);
    QString pillarName;
    QColor pillarColor;
    if (entry.proposal.idea && entry.proposal.idea->pillarId) {
        auto pillars = m_services.catalog.pillars();
        for (const core::Pillar &pillar : pillars.valueOr({})) {
            if (pillar.id == *entry.proposal.idea->pillarId) {
                pillarName = pillar.name;
                pillarColor = QColor(pillar.color);
            }
        }
    }
    const QDateTime local = entry.proposal.at.toLocalTime();
    m_table->setItem(
        row, WhenColumn,
        new QTableWidgetItem(QLocale().toString(local, QStringLiteral("ddd d MMM, HH:mm"))));
    auto *pillarItem = new QTableWidgetItem(pillarName);
    if (pillarColor.isValid())
        pillarItem->setForeground(pillarColor.darker(110));
    m_table->setItem(row, PillarColumn, pillarItem);
    auto *ideaItem = new QTableWidgetItem(entry.proposal.idea ? entry.proposal.idea->title
                                                              : tr("No idea left to propose"));
    if (entry.proposal.idea)
        ideaItem->setToolTip(entry.proposal.idea->notes);
    QFont font = ideaItem->font();
    font.setStrikeOut(entry.state == RowState::Skipped);
    ideaItem->setFont(font);
    m_table->setItem(row, IdeaColumn, ideaItem);

    auto *actions = new QWidget(m_table);
    auto *layout = new QHBoxLayout(actions);
    layout->setContentsMargins(2, 0, 2, 0);
    if (entry.state == RowState::Open && entry.proposal.idea) {
        auto *accept = new QPushButton(tr("Accept"), actions);
        accept->setObjectName(QStringLiteral("acceptButton%1").arg(row));
        auto *reroll = new QPushButton(tr("Another"), actions);
        reroll->setObjectName(QStringLiteral("rerollButton%1").arg(row));
        auto *skip = new QPushButton(tr("Skip"), actions);
        skip->setObjectName(QStringLiteral("skipButton%1").arg(row));
        layout->addWidget(accept);
        layout->addWidget(reroll);
        layout->addWidget(skip);
        connect(accept, &QPushButton::clicked, this, [this, row] { acceptRow(row); });
        connect(reroll, &QPushButton::clicked, this, [this, row] { rerollRow(row); });
        connect(skip, &QPushButton::clicked, this, [this, row] { skipRow(row); });
    } else {
        auto *label = new QLabel(entry.state == RowState::Accepted  ? tr("✓ Draft added")
                                 : entry.state == RowState::Skipped ? tr("Skipped")
                                                                    : QString(),
                                 actions);
        layout->addWidget(label);
    }
    m_table->setCellWidget(row, ActionsColumn, actions);
}

void FillWeekDialog::acceptRow(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).state != RowState::Open ||
        !m_rows.at(row).proposal.idea)
        return;
    Row &entry = m_rows[row];
    QString failure;
    auto *command = new CreateDraftFromIdeaCommand(
        m_services, entry.proposal.idea->id, entry.proposal.idea->title, entry.proposal.at,
        [&failure](const QString &error) { failure = error; });
    m_services.undoStack.push(command);
    if (command->postId() == 0) {
        m_intro->setText(failure);
        return;
    }
    entry.state = RowState::Accepted;
    showRow(row);
    emit draftCreated(command->postId());
}

void FillWeekDialog::rerollRow(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).state != RowState::Open)
        return;
    Row &entry = m_rows[row];
    QSet<qint64> exclude = m_rejected;
    for (const Row &other : std::as_const(m_rows)) {
        if (other.proposal.idea)
            exclude.insert(other.proposal.idea->id);
    }
    auto next = core::IdeaSuggester(m_services.database)
                    .reroll(m_weekStart, entry.proposal, m_seed + ++m_rerolls, exclude);
    if (!next) {
        m_intro->setText(next.error().message);
        return;
    }
    if (!next->has_value()) {
        m_intro->setText(tr("No other idea fits this slot; add more ideas in Spark."));
        return;
    }
    if (entry.proposal.idea)
        m_rejected.insert(entry.proposal.idea->id);
    entry.proposal.idea = **next;
    showRow(row);
}

void FillWeekDialog::skipRow(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).state != RowState::Open)
        return;
    m_rows[row].state = RowState::Skipped;
    showRow(row);
}

void FillWeekDialog::acceptAll()
{
    m_services.undoStack.beginMacro(tr("Fill my week"));
    for (int row = 0; row < m_rows.size(); ++row)
        acceptRow(row);
    m_services.undoStack.endMacro();
    m_acceptAll->setEnabled(false);
}

} // namespace hearth::ui
