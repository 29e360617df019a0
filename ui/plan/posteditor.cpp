// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/posteditor.h"

#include "plan/planningservice.h"
#include "plan/postsummary.h"
#include "widgets/networkicons.h"
#include "widgets/newpostnetworks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

constexpr int thumbnailSize = 56;
const QColor overLimitColor(0xc0, 0x2a, 0x2a);

QString nonNull(const QString &text)
{
    // The posts table keeps text columns NOT NULL: an empty field is "", never NULL.
    return text.isNull() ? QStringLiteral("") : text;
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

PostEditor::PostEditor(core::PlanningService &service, const core::Post &post, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_original(post)
{
    setObjectName(QStringLiteral("postEditorDialog"));
    setWindowTitle(post.id == 0 ? tr("New post") : tr("Edit post"));
    m_networks = m_service.catalog().networks().valueOr({});
    m_pillars = m_service.catalog().pillars().valueOr({});

    m_warningTimer = new QTimer(this);
    m_warningTimer->setSingleShot(true);
    m_warningTimer->setInterval(250);
    connect(m_warningTimer, &QTimer::timeout, this, &PostEditor::refreshWarnings);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createTextSide());
    splitter->addWidget(createDetailsSide());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({580, 400});

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(overLimitColor.name()));
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("editorButtonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PostEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PostEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(980, 660);

    // Fill the fields from the post.
    m_syncing = true;
    m_title->setText(post.title);
    m_body->setPlainText(post.body);
    m_syncing = false;
    for (const core::PostNetwork &network : post.networks) {
        if (QCheckBox *check = m_networkChecks.value(network.networkId)) {
            check->setChecked(true);
            if (network.hasVariant() && m_tabs.contains(network.networkId)) {
                NetworkTab &tab = m_tabs[network.networkId];
                m_syncing = true;
                tab.text->setPlainText(network.variantText);
                m_syncing = false;
                tab.customised = network.variantText != post.body;
                updateCounter(tab);
            }
        }
    }
    // A new post starts on the user's networks: the preference, else the ones used last.
    if (post.id == 0 && post.networks.isEmpty()) {
        for (const QString &networkId : NewPostNetworks::forNewPost()) {
            if (QCheckBox *check = m_networkChecks.value(networkId))
                check->setChecked(true);
        }
    }
    const QDateTime local =
        post.scheduledAt.isValid() ? post.scheduledAt.toLocalTime() : QDateTime();
    m_scheduled->setChecked(local.isValid());
    if (local.isValid()) {
        m_date->setDate(local.date());
        m_time->setTime(local.time());
    }
    const core::Recurrence &rule = post.recurrence;
    m_repeat->setChecked(rule.isActive());
    m_repeatWeeks->setValue(rule.isActive() ? rule.everyWeeks : 4);
    m_repeatCountRadio->setChecked(!rule.isActive() || rule.count.has_value());
    m_repeatUntilRadio->setChecked(rule.isActive() && !rule.count && rule.until.isValid());
    if (rule.count)
        m_repeatCount->setValue(*rule.count);
    m_repeatUntil->setDate(rule.until.isValid() ? rule.until.toLocalTime().date()
                                                : m_date->date().addMonths(6));
    updateRepeat();
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(post.status)));
    m_pillar->setCurrentIndex(post.pillarId ? qMax(0, m_pillar->findData(*post.pillarId)) : 0);
    m_tags->setText(post.tags.join(QStringLiteral(", ")));
    m_link->setText(post.link);
    m_link->setCursorPosition(0);
    for (const core::MediaAttachment &media : post.media)
        addMediaItem(media);
    m_firstComment->setPlainText(post.firstComment);
    m_notes->setPlainText(post.notes);
    m_body->setFocus();
    refreshWarnings();
}

QWidget *PostEditor::createTextSide()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 8, 0);

    m_title = new QLineEdit(side);
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_title->setPlaceholderText(tr("Title (optional, only for you)"));
    layout->addWidget(m_title);

    m_body = new QPlainTextEdit(side);
    m_body->setObjectName(QStringLiteral("bodyTextEdit"));
    m_body->setPlaceholderText(
        tr("What do you want to say? Each network below starts from this text."));
    m_body->setAccessibleName(tr("Post text"));
    m_body->setTabChangesFocus(true);
    connect(m_body, &QPlainTextEdit::textChanged, this, &PostEditor::bodyChanged);
    layout->addWidget(m_body, 2);

    layout->addWidget(sectionLabel(tr("Networks"), side));
    // A grid, so nine networks do not make the dialog wider than a laptop screen.
    auto *checks = new QGridLayout;
    checks->setHorizontalSpacing(12);
    checks->setVerticalSpacing(4);
    int column = 0;
    for (const core::Network &network : std::as_const(m_networks)) {
        // A network hidden in Preferences stays offered to the posts that already use it.
        if (!network.enabled && !m_original.network(network.id))
            continue;
        auto *check = new QCheckBox(network.name, side);
        check->setObjectName(network.id + QStringLiteral("NetworkCheckBox"));
        check->setIcon(QIcon(networkBadge(network.id, 16, devicePixelRatioF())));
        check->setToolTip(tr("Post to %1 (limit %2)").arg(network.name).arg(network.charLimit));
        connect(check, &QCheckBox::toggled, this,
                [this, id = network.id](bool chosen) { setNetworkChosen(id, chosen); });
        m_networkChecks.insert(network.id, check);
        checks->addWidget(check, column / 5, column % 5);
        ++column;
    }
    checks->setColumnStretch(5, 1);
    auto *checksWidget = new QWidget(side);
    checksWidget->setLayout(checks);
    layout->addWidget(checksWidget);

    m_tabWidget = new QTabWidget(side);
    m_tabWidget->setObjectName(QStringLiteral("networkTabWidget"));
    m_tabWidget->setDocumentMode(true);
    layout->addWidget(m_tabWidget, 3);

    layout->addWidget(sectionLabel(tr("Warnings"), side));
    m_warnings = new QListWidget(side);
    m_warnings->setObjectName(QStringLiteral("warningsListWidget"));
    m_warnings->setMaximumHeight(92);
    m_warnings->setIconSize(QSize(16, 16));
    m_warnings->setAccessibleName(tr("Warnings"));
    layout->addWidget(m_warnings);
    return side;
}

QWidget *PostEditor::createDetailsSide()
{
    auto *side = new QWidget(this);
    auto *form = new QFormLayout(side);
    form->setContentsMargins(8, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_scheduled = new QCheckBox(tr("Planned for a day"), side);
    m_scheduled->setObjectName(QStringLiteral("scheduledCheckBox"));
    m_scheduled->setToolTip(tr("Without a day the post waits in the drafts tray."));
    form->addRow(QString(), m_scheduled);
    auto *when = new QHBoxLayout;
    m_date = new QDateEdit(side);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_date->setDate(QDate::currentDate());
    m_time = new QTimeEdit(side);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(QTime(9, 0));
    when->addWidget(m_date, 1);
    when->addWidget(m_time);
    form->addRow(tr("When"), when);
    connect(m_scheduled, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_scheduled, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    connect(m_scheduled, &QCheckBox::toggled, this, &PostEditor::scheduleWarnings);
    connect(m_date, &QDateEdit::dateChanged, this, &PostEditor::scheduleWarnings);
    connect(m_time, &QTimeEdit::timeChanged, this, &PostEditor::scheduleWarnings);
    form->addRow(tr("Repeat"), createRepeatBox(side));

    m_status = new QComboBox(side);
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    for (core::PostStatus status : {core::PostStatus::Draft, core::PostStatus::Scheduled,
                                    core::PostStatus::Published, core::PostStatus::Skipped})
        m_status->addItem(core::statusText(status), static_cast<int>(status));
    form->addRow(tr("&Status"), m_status);

    m_pillar = new QComboBox(side);
    m_pillar->setObjectName(QStringLiteral("pillarComboBox"));
    m_pillar->addItem(tr("No pillar"));
    for (const core::Pillar &pillar : std::as_const(m_pillars)) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(pillar.color));
        m_pillar->addItem(QIcon(swatch), pillar.name, pillar.id);
    }
    form->addRow(tr("&Pillar"), m_pillar);

    m_tags = new QLineEdit(side);
    m_tags->setObjectName(QStringLiteral("tagsLineEdit"));
    m_tags->setPlaceholderText(tr("e.g. bread, winter"));
    form->addRow(tr("&Tags"), m_tags);

    m_link = new QLineEdit(side);
    m_link->setObjectName(QStringLiteral("linkLineEdit"));
    m_link->setPlaceholderText(QStringLiteral("https://"));
    form->addRow(tr("&Link"), m_link);

    auto *mediaBox = new QWidget(side);
    auto *mediaLayout = new QVBoxLayout(mediaBox);
    mediaLayout->setContentsMargins(0, 0, 0, 0);
    m_media = new QListWidget(mediaBox);
    m_media->setObjectName(QStringLiteral("mediaListWidget"));
    m_media->setViewMode(QListView::IconMode);
    m_media->setIconSize(QSize(thumbnailSize, thumbnailSize));
    m_media->setGridSize(QSize(thumbnailSize + 28, thumbnailSize + 30));
    m_media->setMovement(QListView::Static);
    m_media->setWrapping(true);
    m_media->setFixedHeight(thumbnailSize + 40);
    auto *mediaButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add pictures…"), mediaBox);
    add->setObjectName(QStringLiteral("addMediaButton"));
    auto *remove = new QPushButton(tr("Remove"), mediaBox);
    remove->setObjectName(QStringLiteral("removeMediaButton"));
    connect(add, &QPushButton::clicked, this, &PostEditor::addMedia);
    connect(remove, &QPushButton::clicked, this, &PostEditor::removeMedia);
    mediaButtons->addWidget(add);
    mediaButtons->addWidget(remove);
    mediaButtons->addStretch();
    mediaLayout->addWidget(m_media);
    mediaLayout->addLayout(mediaButtons);
    mediaBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    form->addRow(tr("Media"), mediaBox);

    m_firstComment = new QPlainTextEdit(side);
    m_firstComment->setObjectName(QStringLiteral("firstCommentTextEdit"));
    m_firstComment->setPlaceholderText(tr("Posted as the first reply, e.g. the link or hashtags"));
    m_firstComment->setFixedHeight(64);
    m_firstComment->setTabChangesFocus(true);
    form->addRow(tr("First &comment"), m_firstComment);

    m_notes = new QPlainTextEdit(side);
    m_notes->setObjectName(QStringLiteral("notesTextEdit"));
    m_notes->setPlaceholderText(tr("Only for you"));
    m_notes->setMinimumHeight(64);
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("&Notes"), m_notes);
    return side;
}

QWidget *PostEditor::createRepeatBox(QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setObjectName(QStringLiteral("repeatWidget"));
    auto *layout = new QGridLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);

    m_repeat = new QCheckBox(tr("Evergreen: comes back every"), box);
    m_repeat->setObjectName(QStringLiteral("repeatCheckBox"));
    m_repeat->setToolTip(tr("Plan this post again every few weeks; each time is its own post "
                            "that you can move or edit."));
    m_repeatWeeks = new QSpinBox(box);
    m_repeatWeeks->setObjectName(QStringLiteral("repeatWeeksSpinBox"));
    m_repeatWeeks->setRange(1, 52);
    m_repeatWeeks->setSuffix(tr(" weeks"));
    m_repeatWeeks->setAccessibleName(tr("Weeks between repeats"));
    m_repeatCountRadio = new QRadioButton(tr("in all"), box);
    m_repeatCountRadio->setObjectName(QStringLiteral("repeatCountRadioButton"));
    m_repeatCount = new QSpinBox(box);
    m_repeatCount->setObjectName(QStringLiteral("repeatCountSpinBox"));
    m_repeatCount->setRange(2, 520);
    m_repeatCount->setValue(4);
    m_repeatCount->setSuffix(tr(" times"));
    m_repeatCount->setAccessibleName(tr("How many times the post goes out, this one included"));
    m_repeatUntilRadio = new QRadioButton(tr("until"), box);
    m_repeatUntilRadio->setObjectName(QStringLiteral("repeatUntilRadioButton"));
    m_repeatUntil = new QDateEdit(box);
    m_repeatUntil->setObjectName(QStringLiteral("repeatUntilDateEdit"));
    m_repeatUntil->setCalendarPopup(true);
    m_repeatUntil->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_repeatUntil->setAccessibleName(tr("Last day of the repeats"));
    m_repeatSummary = new QLabel(box);
    m_repeatSummary->setObjectName(QStringLiteral("repeatSummaryLabel"));
    m_repeatSummary->setWordWrap(true);
    m_repeatSummary->setStyleSheet(
        QStringLiteral("color: %1;").arg(palette().color(QPalette::PlaceholderText).name()));

    layout->addWidget(m_repeat, 0, 0, 1, 2);
    layout->addWidget(m_repeatWeeks, 0, 2);
    layout->addWidget(m_repeatCountRadio, 1, 0, Qt::AlignRight);
    layout->addWidget(m_repeatCount, 1, 1, 1, 2);
    layout->addWidget(m_repeatUntilRadio, 2, 0, Qt::AlignRight);
    layout->addWidget(m_repeatUntil, 2, 1, 1, 2);
    layout->addWidget(m_repeatSummary, 3, 0, 1, 3);
    layout->setColumnStretch(1, 1);

    for (QSpinBox *spin : {m_repeatWeeks, m_repeatCount})
        connect(spin, &QSpinBox::valueChanged, this, &PostEditor::updateRepeat);
    for (QAbstractButton *button : std::initializer_list<QAbstractButton *>{
             m_repeat, m_repeatCountRadio, m_repeatUntilRadio, m_scheduled})
        connect(button, &QAbstractButton::toggled, this, &PostEditor::updateRepeat);
    connect(m_repeatUntil, &QDateEdit::dateChanged, this, &PostEditor::updateRepeat);
    connect(m_date, &QDateEdit::dateChanged, this, &PostEditor::updateRepeat);
    return box;
}

core::Recurrence PostEditor::recurrence() const
{
    core::Recurrence rule;
    if (!m_repeat->isChecked() || !m_repeat->isEnabled())
        return m_original.repeatOf ? m_original.recurrence : rule;
    rule.everyWeeks = m_repeatWeeks->value();
    if (m_repeatCountRadio->isChecked())
        rule.count = m_repeatCount->value();
    else
        // The whole last day counts: a repeat at 18:00 on that day still goes out.
        rule.until = m_service.utcFromLocal(m_repeatUntil->date(), QTime(23, 59, 59));
    // The fields show days, not seconds: an untouched rule stays exactly as stored, so saving
    // other changes does not re-create the series.
    const core::Recurrence &old = m_original.recurrence;
    if (old.isActive() && old.everyWeeks == rule.everyWeeks && old.count == rule.count &&
        old.until.isValid() == rule.until.isValid() &&
        (!old.until.isValid() || old.until.toLocalTime().date() == m_repeatUntil->date()))
        return old;
    return rule;
}

void PostEditor::updateRepeat()
{
    // An empty summary takes no room in the form.
    auto setSummary = [this](const QString &text) {
        m_repeatSummary->setText(text);
        m_repeatSummary->setVisible(!text.isEmpty());
    };
    if (m_original.repeatOf) {
        // Occurrences follow their series; its rule lives on the first post.
        m_repeat->setChecked(true);
        m_repeat->setEnabled(false);
        for (QWidget *field :
             std::initializer_list<QWidget *>{m_repeatWeeks, m_repeatCountRadio, m_repeatCount,
                                              m_repeatUntilRadio, m_repeatUntil})
            field->setEnabled(false);
        for (QWidget *field : std::initializer_list<QWidget *>{m_repeatCountRadio, m_repeatCount,
                                                               m_repeatUntilRadio, m_repeatUntil})
            field->hide();
        setSummary(tr("A repeat of an evergreen post; change how often it comes back on the first "
                      "post of the series (post %1).")
                       .arg(*m_original.repeatOf));
        return;
    }
    const bool scheduled = m_scheduled->isChecked();
    m_repeat->setEnabled(scheduled);
    const bool on = scheduled && m_repeat->isChecked();
    // The end fields only matter for an evergreen post; hidden otherwise to keep the form calm.
    for (QWidget *field : std::initializer_list<QWidget *>{m_repeatCountRadio, m_repeatCount,
                                                           m_repeatUntilRadio, m_repeatUntil})
        field->setVisible(on);
    m_repeatWeeks->setEnabled(on);
    m_repeatCountRadio->setEnabled(on);
    m_repeatUntilRadio->setEnabled(on);
    m_repeatCount->setEnabled(on && m_repeatCountRadio->isChecked());
    m_repeatUntil->setEnabled(on && m_repeatUntilRadio->isChecked());
    if (!scheduled) {
        setSummary(tr("Give the post a day first; it comes back from there."));
        return;
    }
    if (!on) {
        setSummary(QString());
        return;
    }
    // The same arithmetic as the planning service: local days, a fixed step in weeks.
    const QDate first = m_date->date();
    const int step = 7 * m_repeatWeeks->value();
    int total = 1;
    QDate last = first;
    if (m_repeatCountRadio->isChecked()) {
        total = m_repeatCount->value();
        last = first.addDays(qint64(total - 1) * step);
    } else {
        while (last.addDays(step) <= m_repeatUntil->date() && total < 521) {
            last = last.addDays(step);
            ++total;
        }
    }
    const QString lastText = QLocale().toString(last, QStringLiteral("ddd d MMM yyyy"));
    if (total <= 1)
        setSummary(tr("The last day is before the next repeat: the post goes out only once."));
    else
        setSummary(tr("%1 posts in all, the last on %2.").arg(total).arg(lastText));
}

void PostEditor::setNetworkChosen(const QString &networkId, bool chosen)
{
    if (!chosen) {
        if (m_tabs.contains(networkId)) {
            NetworkTab tab = m_tabs.take(networkId);
            m_tabWidget->removeTab(m_tabWidget->indexOf(tab.page));
            tab.page->deleteLater();
        }
        scheduleWarnings();
        return;
    }
    if (m_tabs.contains(networkId))
        return;
    const auto found = std::find_if(m_networks.cbegin(), m_networks.cend(),
                                    [&](const core::Network &n) { return n.id == networkId; });
    if (found == m_networks.cend())
        return;
    NetworkTab tab;
    tab.network = *found;
    tab.page = new QWidget(m_tabWidget);
    tab.page->setObjectName(networkId + QStringLiteral("TabWidget"));
    auto *layout = new QVBoxLayout(tab.page);
    layout->setContentsMargins(0, 6, 0, 0);
    tab.text = new QPlainTextEdit(tab.page);
    tab.text->setObjectName(networkId + QStringLiteral("VariantTextEdit"));
    tab.text->setAccessibleName(tr("Text for %1").arg(found->name));
    tab.text->setTabChangesFocus(true);
    tab.text->setPlainText(m_body->toPlainText());
    auto *row = new QHBoxLayout;
    tab.counter = new QLabel(tab.page);
    tab.counter->setObjectName(networkId + QStringLiteral("CounterLabel"));
    QFont counterFont = tab.counter->font();
    counterFont.setBold(true);
    tab.counter->setFont(counterFont);
    auto *reset = new QPushButton(tr("Use the main text"), tab.page);
    reset->setObjectName(networkId + QStringLiteral("ResetButton"));
    reset->setToolTip(tr("Replace this network's text with the main text and follow it again"));
    row->addWidget(tab.counter);
    row->addStretch();
    row->addWidget(reset);
    tab.reasons = new QLabel(tab.page);
    tab.reasons->setObjectName(networkId + QStringLiteral("ReasonsLabel"));
    tab.reasons->setWordWrap(true);
    layout->addWidget(tab.text, 1);
    layout->addLayout(row);
    layout->addWidget(tab.reasons);

    // Keep the tabs in the catalogue's order.
    int position = 0;
    for (const core::Network &network : std::as_const(m_networks)) {
        if (network.id == networkId)
            break;
        if (m_tabs.contains(network.id))
            ++position;
    }
    m_tabWidget->insertTab(position, tab.page,
                           QIcon(networkBadge(networkId, 16, devicePixelRatioF())), found->name);
    m_tabs.insert(networkId, tab);

    connect(tab.text, &QPlainTextEdit::textChanged, this, [this, networkId] {
        if (!m_tabs.contains(networkId))
            return;
        NetworkTab &current = m_tabs[networkId];
        if (!m_syncing)
            current.customised = current.text->toPlainText() != m_body->toPlainText();
        updateCounter(current);
        scheduleWarnings();
    });
    connect(reset, &QPushButton::clicked, this, [this, networkId] {
        NetworkTab &current = m_tabs[networkId];
        m_syncing = true;
        current.text->setPlainText(m_body->toPlainText());
        m_syncing = false;
        current.customised = false;
        updateCounter(current);
    });
    updateCounter(m_tabs[networkId]);
    scheduleWarnings();
}

void PostEditor::bodyChanged()
{
    if (m_syncing)
        return;
    const QString body = m_body->toPlainText();
    m_syncing = true;
    for (NetworkTab &tab : m_tabs) {
        if (!tab.customised)
            tab.text->setPlainText(body);
    }
    m_syncing = false;
    for (NetworkTab &tab : m_tabs)
        updateCounter(tab);
    scheduleWarnings();
}

core::TextCheck PostEditor::checkFor(const QString &networkId) const
{
    const auto found = m_tabs.constFind(networkId);
    if (found == m_tabs.constEnd())
        return {};
    return core::checkText(found->network, found->text->toPlainText());
}

void PostEditor::updateCounter(NetworkTab &tab)
{
    const core::TextCheck check = core::checkText(tab.network, tab.text->toPlainText());
    tab.counter->setText(tr("%1 / %2").arg(check.count).arg(check.limit));
    const QColor colour = check.ok ? palette().color(QPalette::WindowText) : overLimitColor;
    tab.counter->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
    QStringList lines;
    lines += check.reasons;
    lines += check.warnings;
    tab.reasons->setText(lines.join(u'\n'));
    tab.reasons->setStyleSheet(
        check.ok
            ? QStringLiteral("color: %1;").arg(palette().color(QPalette::PlaceholderText).name())
            : QStringLiteral("color: %1;").arg(overLimitColor.name()));
    const int index = m_tabWidget->indexOf(tab.page);
    if (index >= 0) {
        m_tabWidget->setTabText(
            index, QStringLiteral("%1  %2").arg(tab.network.name).arg(check.limit - check.count));
        m_tabWidget->tabBar()->setTabTextColor(index, check.ok ? QColor() : overLimitColor);
        m_tabWidget->setTabToolTip(
            index, check.ok ? tr("%n character(s) left", nullptr, check.limit - check.count)
                            : lines.join(u'\n'));
    }
}

void PostEditor::scheduleWarnings()
{
    m_warningTimer->start();
}

void PostEditor::refreshWarnings()
{
    m_warnings->clear();
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const NetworkTab &tab : std::as_const(m_tabs)) {
        const core::TextCheck check = core::checkText(tab.network, tab.text->toPlainText());
        if (!check.ok) {
            auto *item =
                new QListWidgetItem(warningIcon,
                                    tr("%1: the text is too long or breaks a rule (%2 / %3).")
                                        .arg(tab.network.name)
                                        .arg(check.count)
                                        .arg(check.limit),
                                    m_warnings);
            item->setForeground(overLimitColor);
        }
        for (const QString &warning : check.warnings)
            new QListWidgetItem(warningIcon, tab.network.name + QStringLiteral(": ") + warning,
                                m_warnings);
    }
    for (int row = 0; row < m_media->count(); ++row) {
        const QString path = m_media->item(row)->data(Qt::UserRole).toString();
        if (!QFileInfo::exists(path))
            new QListWidgetItem(warningIcon,
                                tr("The picture %1 is missing; it was moved or deleted.").arg(path),
                                m_warnings);
    }
    const core::Post current = post();
    if (!current.networks.isEmpty()) {
        const auto plan = m_service.warningsFor(current);
        if (plan) {
            for (const core::PlanWarning &warning : *plan)
                new QListWidgetItem(warningIcon, warning.message, m_warnings);
        }
    }
    if (m_warnings->count() == 0) {
        auto *fine = new QListWidgetItem(tr("No warnings."), m_warnings);
        fine->setForeground(palette().color(QPalette::PlaceholderText));
        fine->setFlags(Qt::NoItemFlags);
    }
}

void PostEditor::addMediaItem(const core::MediaAttachment &media)
{
    const QFileInfo info(media.path);
    auto *item = new QListWidgetItem(m_media);
    item->setData(Qt::UserRole, media.path);
    item->setData(Qt::UserRole + 1, media.altText);
    item->setText(info.fileName());
    if (!info.exists()) {
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setToolTip(
            tr("Missing: %1\nHearth does not copy your files; put it back or remove it here.")
                .arg(media.path));
        item->setForeground(overLimitColor);
        return;
    }
    QImageReader reader(media.path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(thumbnailSize, thumbnailSize, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (!image.isNull())
        item->setIcon(QIcon(QPixmap::fromImage(image)));
    else
        item->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    item->setToolTip(media.path);
}

void PostEditor::addMedia()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add pictures or videos"), QString(),
        tr("Pictures and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov);;All files (*)"));
    for (const QString &file : files)
        addMediaItem(core::MediaAttachment{file, QStringLiteral("")});
    if (!files.isEmpty())
        scheduleWarnings();
}

void PostEditor::removeMedia()
{
    delete m_media->currentItem();
    scheduleWarnings();
}

core::Post PostEditor::post() const
{
    core::Post post = m_original;
    post.title = nonNull(m_title->text().trimmed());
    post.body = nonNull(m_body->toPlainText());
    QList<core::PostNetwork> networks;
    for (const core::Network &network : std::as_const(m_networks)) {
        const auto tab = m_tabs.constFind(network.id);
        if (tab == m_tabs.constEnd())
            continue;
        core::PostNetwork entry;
        if (const core::PostNetwork *old = m_original.network(network.id))
            entry = *old;
        entry.networkId = network.id;
        const QString text = tab->text->toPlainText();
        entry.variantText = tab->customised && text != post.body ? text : QString();
        networks << entry;
    }
    post.networks = networks;
    post.scheduledAt = m_scheduled->isChecked()
                           ? m_service.utcFromLocal(m_date->date(), m_time->time())
                           : QDateTime();
    post.status = static_cast<core::PostStatus>(m_status->currentData().toInt());
    // A post dated before and after keeps the status the user chose (a dated draft stays one).
    if (!post.isScheduled() || !m_original.isScheduled())
        post.status = core::PlanningService::statusFor(post.status, post.scheduledAt);
    const QVariant pillar = m_pillar->currentData();
    post.pillarId = pillar.isValid() ? std::optional<qint64>(pillar.toLongLong()) : std::nullopt;
    post.tags.clear();
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !post.tags.contains(trimmed, Qt::CaseInsensitive))
            post.tags << trimmed;
    }
    post.link = nonNull(m_link->text().trimmed());
    post.media.clear();
    for (int row = 0; row < m_media->count(); ++row) {
        const QListWidgetItem *item = m_media->item(row);
        post.media << core::MediaAttachment{item->data(Qt::UserRole).toString(),
                                            nonNull(item->data(Qt::UserRole + 1).toString())};
    }
    post.firstComment = nonNull(m_firstComment->toPlainText());
    post.notes = nonNull(m_notes->toPlainText());
    post.recurrence = recurrence();
    return post;
}

void PostEditor::accept()
{
    const core::Post edited = post();
    QString problem;
    if (edited.body.trimmed().isEmpty() && edited.title.isEmpty())
        problem = tr("Write something first: the post has no text.");
    else if (edited.networks.isEmpty())
        problem = tr("Choose at least one network for this post.");
    else if (edited.recurrence.isActive() && !edited.repeatOf &&
             edited.recurrence.until.isValid() && edited.recurrence.until < edited.scheduledAt)
        problem = tr("The evergreen post's last day is before its first day.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace hearth::ui
