// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/fillweekdialog.h"

#include "plan/catalog.h"
#include "spark/ideaundocommands.h"
#include "spark/proposalcommand.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace hearth::ui {

namespace {

enum Column
{
    WhenColumn,
    IdeaColumn,
    TextColumn,
    NetworksColumn,
    StatusColumn,
    ActionsColumn,
    ColumnCount
};

} // namespace

FillWeekDialog::FillWeekDialog(AppServices &services, const QDate &weekStart, quint32 seed,
                               QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_advice(services.suggestionAdvice())
    , m_weekStart(core::IdeaSuggester::weekStartFor(weekStart))
    , m_seed(seed)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_stepLabel(new QLabel(this))
    , m_previous(new QPushButton(tr("‹ Previous"), this))
    , m_next(new QPushButton(tr("Next ›"), this))
    , m_acceptCurrent(new QPushButton(tr("Accept this one"), this))
    , m_acceptAll(new QPushButton(tr("Accept all"), this))
{
    setObjectName(QStringLiteral("fillWeekDialog"));
    setWindowTitle(tr("Fill my week"));
    m_intro->setObjectName(QStringLiteral("fillWeekIntroLabel"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("fillWeekTableWidget"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Idea and why"), tr("Text"), tr("Networks"), tr("Status"), QString()});
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int column : {WhenColumn, NetworksColumn, StatusColumn, ActionsColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IdeaColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(64);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { setCurrentRow(row); });

    m_stepLabel->setObjectName(QStringLiteral("fillWeekStepLabel"));
    m_previous->setObjectName(QStringLiteral("previousProposalButton"));
    m_next->setObjectName(QStringLiteral("nextProposalButton"));
    m_acceptCurrent->setObjectName(QStringLiteral("acceptCurrentButton"));
    m_acceptAll->setObjectName(QStringLiteral("acceptAllButton"));
    connect(m_previous, &QPushButton::clicked, this, [this] { setCurrentRow(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setCurrentRow(m_current + 1); });
    connect(m_acceptCurrent, &QPushButton::clicked, this, [this] {
        const int row = m_current;
        acceptRow(row);
        setCurrentRow(row + 1);
    });
    connect(m_acceptAll, &QPushButton::clicked, this, &FillWeekDialog::acceptAll);

    auto *steps = new QHBoxLayout;
    steps->addWidget(m_previous);
    steps->addWidget(m_stepLabel);
    steps->addWidget(m_next);
    steps->addWidget(m_acceptCurrent);
    steps->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_acceptAll, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    steps->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(steps);
    resize(1100, 480);
    propose();
}

QString FillWeekDialog::introText(const core::WeekProposal &proposal) const
{
    QString intro = tr("Ideas for the week of %1, one per empty posting slot, following your "
                       "pillar mix and what built community. Edit them here, then accept them "
                       "all or one by one.")
                        .arg(QLocale().toString(m_weekStart, QLocale::LongFormat));
    if (proposal.usedDefaultSlots)
        intro += u' ' + tr("You have no posting slots yet, so Hearth proposes Monday to Friday, "
                           "each at the hour your figures show worked best, else at %1.")
                            .arg(m_advice.defaultTime.toString(QStringLiteral("HH:mm")));
    if (proposal.proposals.isEmpty())
        intro += u' ' + tr("Every slot of this week is taken or already past: nothing to fill.");
    return intro;
}

void FillWeekDialog::propose()
{
    auto proposal =
        core::IdeaSuggester(m_services.database, m_advice).fillWeek(m_weekStart, m_seed);
    if (!proposal) {
        m_intro->setText(proposal.error().message);
        m_acceptAll->setEnabled(false);
        return;
    }
    m_intro->setText(introText(*proposal));
    const QStringList defaults = m_services.defaultNetworks();
    m_rows.clear();
    for (const core::SlotProposal &slot : std::as_const(proposal->proposals)) {
        Row row{slot,
                RowState::Open,
                slot.idea ? slot.idea->title : QString(),
                defaults,
                slot.at.toLocalTime().time(),
                core::PostStatus::Draft};
        // Without default networks, the network whose figures chose the time.
        if (row.networks.isEmpty() && !slot.networkId.isEmpty())
            row.networks << slot.networkId;
        m_rows << row;
    }
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row)
        showRow(row);
    m_acceptAll->setEnabled(!m_rows.isEmpty());
    setCurrentRow(0);
}

QString FillWeekDialog::rowWhy(int row) const
{
    const core::SlotProposal &proposal = m_rows.at(row).proposal;
    QStringList why;
    if (!proposal.timeWhy.isEmpty())
        why << QLocale().toString(proposal.at.toLocalTime().time(), QStringLiteral("HH:mm")) +
                   QStringLiteral(" — ") + proposal.timeWhy;
    if (!proposal.ideaWhy.isEmpty())
        why << tr("Idea: %1").arg(proposal.ideaWhy);
    return why.join(u'\n');
}

void FillWeekDialog::showRow(int row)
{
    const Row &entry = m_rows.at(row);
    const bool open = entry.state == RowState::Open && entry.proposal.idea;
    const QDate day = entry.proposal.at.toLocalTime().date();

    auto *when = new QWidget(m_table);
    auto *whenLayout = new QVBoxLayout(when);
    whenLayout->setContentsMargins(4, 2, 4, 2);
    whenLayout->addWidget(new QLabel(QLocale().toString(day, QStringLiteral("ddd d MMM")), when));
    auto *time = new QTimeEdit(entry.time, when);
    time->setObjectName(QStringLiteral("timeEdit%1").arg(row));
    time->setDisplayFormat(QStringLiteral("HH:mm"));
    time->setEnabled(open);
    connect(time, &QTimeEdit::timeChanged, this, [this, row](QTime value) {
        if (m_rows.at(row).time != value)
            m_rows[row].time = value;
    });
    whenLayout->addWidget(time);
    m_table->setCellWidget(row, WhenColumn, when);

    auto *idea = new QLabel(m_table);
    idea->setObjectName(QStringLiteral("ideaWhyLabel%1").arg(row));
    idea->setWordWrap(true);
    idea->setTextFormat(Qt::RichText);
    QString title = entry.proposal.idea ? entry.proposal.idea->title.toHtmlEscaped()
                                        : tr("No idea left to propose");
    if (entry.state == RowState::Skipped)
        title = QStringLiteral("<s>%1</s>").arg(title);
    idea->setText(
        QStringLiteral("<b>%1</b><br><small>%2</small>")
            .arg(title, rowWhy(row).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
    idea->setToolTip(rowWhy(row));
    idea->setContentsMargins(4, 2, 4, 2);
    m_table->setCellWidget(row, IdeaColumn, idea);

    auto *text = new QLineEdit(entry.text, m_table);
    text->setObjectName(QStringLiteral("textEdit%1").arg(row));
    text->setEnabled(open);
    connect(text, &QLineEdit::textEdited, this,
            [this, row](const QString &value) { m_rows[row].text = value; });
    m_table->setCellWidget(row, TextColumn, text);

    m_table->setCellWidget(row, NetworksColumn, networksButton(row));

    auto *status = new QComboBox(m_table);
    status->setObjectName(QStringLiteral("statusCombo%1").arg(row));
    status->addItem(tr("Draft"), int(core::PostStatus::Draft));
    status->addItem(tr("Scheduled"), int(core::PostStatus::Scheduled));
    status->setCurrentIndex(entry.status == core::PostStatus::Scheduled ? 1 : 0);
    status->setEnabled(open);
    connect(status, &QComboBox::currentIndexChanged, this, [this, row, status](int index) {
        m_rows[row].status = core::PostStatus(status->itemData(index).toInt());
    });
    m_table->setCellWidget(row, StatusColumn, status);
    m_table->setCellWidget(row, ActionsColumn, actionsFor(row));
}

QWidget *FillWeekDialog::networksButton(int row)
{
    const Row &entry = m_rows.at(row);
    auto *button = new QToolButton(m_table);
    button->setObjectName(QStringLiteral("networksButton%1").arg(row));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setEnabled(entry.state == RowState::Open && entry.proposal.idea);
    auto *menu = new QMenu(button);
    QStringList names;
    for (const core::Network &network : m_services.catalog.networks().valueOr({})) {
        if (!network.enabled && !entry.networks.contains(network.id))
            continue;
        QAction *action = menu->addAction(network.name);
        action->setCheckable(true);
        action->setChecked(entry.networks.contains(network.id));
        action->setData(network.id);
        if (action->isChecked())
            names << network.name;
        connect(action, &QAction::toggled, this, [this, row, id = network.id](bool checked) {
            QStringList networks = m_rows.at(row).networks;
            networks.removeAll(id);
            if (checked)
                networks << id;
            setRowNetworks(row, networks);
        });
    }
    button->setMenu(menu);
    button->setText(names.isEmpty() ? tr("Choose…") : names.join(QStringLiteral(", ")));
    return button;
}

QWidget *FillWeekDialog::actionsFor(int row)
{
    const Row &entry = m_rows.at(row);
    auto *actions = new QWidget(m_table);
    auto *layout = new QHBoxLayout(actions);
    layout->setContentsMargins(2, 0, 2, 0);
    if (entry.state == RowState::Open && entry.proposal.idea) {
        auto *reroll = new QPushButton(tr("Another"), actions);
        reroll->setObjectName(QStringLiteral("rerollButton%1").arg(row));
        auto *skip = new QPushButton(tr("Skip"), actions);
        skip->setObjectName(QStringLiteral("skipButton%1").arg(row));
        layout->addWidget(reroll);
        layout->addWidget(skip);
        connect(reroll, &QPushButton::clicked, this, [this, row] { rerollRow(row); });
        connect(skip, &QPushButton::clicked, this, [this, row] { skipRow(row); });
    } else {
        // An accepted row names the status it was planned with.
        const QString done =
            entry.status == core::PostStatus::Scheduled ? tr("✓ Scheduled") : tr("✓ Draft");
        auto *state = new QLabel(entry.state == RowState::Accepted  ? done
                                 : entry.state == RowState::Skipped ? tr("Skipped")
                                                                    : QString(),
                                 actions);
        state->setObjectName(QStringLiteral("rowStateLabel%1").arg(row));
        layout->addWidget(state);
    }
    return actions;
}

void FillWeekDialog::setCurrentRow(int row)
{
    if (m_rows.isEmpty()) {
        m_current = 0;
        showStep();
        return;
    }
    row = std::clamp(row, 0, int(m_rows.size()) - 1);
    m_current = row;
    if (m_table->currentRow() != row)
        m_table->selectRow(row);
    showStep();
}

void FillWeekDialog::showStep()
{
    const int count = int(m_rows.size());
    m_stepLabel->setText(count == 0 ? QString() : tr("%1 of %2").arg(m_current + 1).arg(count));
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < count);
    m_acceptCurrent->setEnabled(count > 0 && m_rows.at(m_current).state == RowState::Open &&
                                m_rows.at(m_current).proposal.idea.has_value());
}

void FillWeekDialog::setRowText(int row, const QString &text)
{
    m_rows[row].text = text;
    showRow(row);
}

void FillWeekDialog::setRowNetworks(int row, const QStringList &networks)
{
    m_rows[row].networks = networks;
    // The button's label follows; rebuilt after the menu closes.
    QMetaObject::invokeMethod(
        this,
        [this, row] {
            if (row < m_rows.size())
                m_table->setCellWidget(row, NetworksColumn, networksButton(row));
        },
        Qt::QueuedConnection);
}

void FillWeekDialog::setRowTime(int row, const QTime &time)
{
    m_rows[row].time = time;
    showRow(row);
}

void FillWeekDialog::setRowStatus(int row, core::PostStatus status)
{
    m_rows[row].status = status;
    showRow(row);
}

qint64 FillWeekDialog::planRow(int row)
{
    Row &entry = m_rows[row];
    // The commands outlive this call (undo and redo report through the sink later), so the
    // sink owns its text and reaches the dialog only while it is open.
    const auto failure = std::make_shared<QString>();
    const auto errors = [failure, intro = QPointer<QLabel>(m_intro)](const QString &error) {
        *failure = error;
        if (intro)
            intro->setText(error);
    };
    const QDate day = entry.proposal.at.toLocalTime().date();
    entry.proposal.at = m_services.posts.service().utcFromLocal(day, entry.time);
    auto *created = new CreateDraftFromIdeaCommand(
        m_services, entry.proposal.idea->id, entry.proposal.idea->title, entry.proposal.at, errors);
    m_services.undoStack.push(created);
    if (created->postId() == 0)
        return 0;
    const QString text = entry.text.trimmed().isEmpty() ? entry.proposal.idea->title : entry.text;
    m_services.undoStack.push(new ApplyProposalCommand(
        m_services, *created, ProposalDetails{text, entry.networks, entry.status}, errors));
    entry.state = RowState::Accepted;
    showRow(row);
    return created->postId();
}

void FillWeekDialog::acceptRow(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).state != RowState::Open ||
        !m_rows.at(row).proposal.idea)
        return;
    m_services.undoStack.beginMacro(tr("Plan “%1”").arg(m_rows.at(row).proposal.idea->title));
    const qint64 postId = planRow(row);
    m_services.undoStack.endMacro();
    showStep();
    if (postId != 0)
        emit postsPlanned({postId});
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
    auto next = core::IdeaSuggester(m_services.database, m_advice)
                    .reroll(m_weekStart, entry.proposal, m_seed + ++m_rerolls, exclude);
    if (!next) {
        m_intro->setText(next.error().message);
        return;
    }
    if (!next->has_value()) {
        m_intro->setText(tr("No other idea fits this slot; add more ideas in Spark."));
        return;
    }
    if (entry.proposal.idea) {
        m_rejected.insert(entry.proposal.idea->id);
        // Text the user has not touched follows the new idea.
        if (entry.text == entry.proposal.idea->title)
            entry.text = (*next)->title;
    }
    entry.proposal.idea = **next;
    entry.proposal.ideaWhy = tr("another idea you asked for");
    showRow(row);
}

void FillWeekDialog::skipRow(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).state != RowState::Open)
        return;
    m_rows[row].state = RowState::Skipped;
    showRow(row);
    showStep();
}

void FillWeekDialog::acceptAll()
{
    QList<qint64> planned;
    m_services.undoStack.beginMacro(tr("Fill my week"));
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).state != RowState::Open || !m_rows.at(row).proposal.idea)
            continue;
        if (const qint64 postId = planRow(row))
            planned << postId;
    }
    m_services.undoStack.endMacro();
    m_acceptAll->setEnabled(false);
    showStep();
    if (!planned.isEmpty())
        emit postsPlanned(planned);
}

} // namespace hearth::ui
