// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/weeksummarywidget.h"

#include "widgets/appservices.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

QString percent(double share)
{
    return QStringLiteral("%1%").arg(qRound(share * 100));
}

// The pillars' target shares before and after an accepted mix, as one step. A failed write
// is told where the plan's other failures are (the Plan workspace shows them).
class TargetMixCommand final : public QUndoCommand
{
public:
    TargetMixCommand(AppServices &services, QHash<qint64, double> before,
                     QHash<qint64, double> after)
        : QUndoCommand(WeekSummaryWidget::tr("Target mix from results"))
        , m_services(services)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void redo() override
    {
        if (!apply(m_after))
            setObsolete(true);
    }
    void undo() override { apply(m_before); }
    QString error() const { return m_error; }

private:
    bool apply(const QHash<qint64, double> &shares)
    {
        auto stored = m_services.catalog.setTargetShares(shares);
        m_error = stored ? QString() : stored.error().message;
        if (!stored)
            emit m_services.posts.errorOccurred(m_error);
        // The strip and every suggestion read the targets again.
        m_services.posts.reloadViews();
        return stored.ok();
    }

    AppServices &m_services;
    QHash<qint64, double> m_before;
    QHash<qint64, double> m_after;
    QString m_error;
};

} // namespace

WeekSummaryWidget::WeekSummaryWidget(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("weekSummaryWidget"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_suggest = new QToolButton(this);
    m_suggest->setText(tr("Suggest mix from results"));
    m_suggest->setObjectName(QStringLiteral("suggestMixToolButton"));
    m_suggest->setAutoRaise(true);
    QFont small = m_suggest->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_suggest->setFont(small);
    connect(m_suggest, &QToolButton::clicked, this, &WeekSummaryWidget::suggestMix);
    // The bars are painted above; the button sits under them.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    layout->addWidget(m_suggest, 0, Qt::AlignLeft);
    updateSuggestButton();
}

void WeekSummaryWidget::setSummary(const core::WeekSummary &summary)
{
    m_summary = summary;
    QStringList parts;
    for (const core::PillarMix &mix : summary.pillars)
        parts << tr("%1: %2 of %3 posts, target %4%")
                     .arg(mix.pillar.name)
                     .arg(mix.count)
                     .arg(summary.total)
                     .arg(qRound(mix.pillar.targetShare * 100));
    setAccessibleName(tr("Week summary"));
    setAccessibleDescription(parts.join(QStringLiteral("; ")) + QStringLiteral(". ") +
                             emptyDaysText());
    setToolTip(tr("Bars: this week's share of posts per pillar. Marks: your target mix."));
    updateSuggestButton();
    updateGeometry();
    update();
}

QString WeekSummaryWidget::emptyDaysText() const
{
    if (m_summary.emptyDays.isEmpty())
        return tr("Every day has a post.");
    if (m_summary.emptyDays.size() == 7)
        return tr("Nothing planned this week yet.");
    QStringList names;
    for (const QDate &day : m_summary.emptyDays)
        names << QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat);
    return tr("No post on %1.").arg(names.join(QStringLiteral(", ")));
}

core::MixProposal WeekSummaryWidget::mixProposal() const
{
    const core::ChangeStamp stamp = core::changeStamp(m_services.database);
    if (m_proposalStamp == stamp)
        return m_proposal;
    auto pillars = m_services.catalog.pillars();
    if (!pillars)
        return core::MixProposal{{}, pillars.error().message, false};
    auto rates = m_services.advisor.byPillar();
    if (!rates)
        return core::MixProposal{{}, rates.error().message, false};
    m_proposal = core::proposeMix(*pillars, *rates);
    m_proposalStamp = stamp;
    return m_proposal;
}

void WeekSummaryWidget::updateSuggestButton()
{
    const core::MixProposal proposal = mixProposal();
    m_suggest->setEnabled(proposal.fromFigures);
    m_suggest->setToolTip(proposal.fromFigures
                              ? tr("Propose target shares weighted by each pillar's community "
                                   "rate; nothing changes unless you accept.")
                              : proposal.why);
}

QDialog *WeekSummaryWidget::suggestMix()
{
    const core::MixProposal proposal = mixProposal();
    const QList<core::Pillar> pillars = m_services.catalog.pillars().valueOr({});
    if (!proposal.fromFigures) {
        updateSuggestButton();
        return nullptr;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("suggestMixDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Suggested target mix"));
    auto *layout = new QVBoxLayout(dialog);
    auto *why = new QLabel(proposal.why + u'.', dialog);
    why->setObjectName(QStringLiteral("suggestMixWhyLabel"));
    why->setWordWrap(true);
    layout->addWidget(why);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    const QStringList headers{tr("Pillar"), tr("Target now"), tr("Suggested")};
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = new QLabel(QStringLiteral("<b>%1</b>").arg(headers.at(column)), dialog);
        grid->addWidget(header, 0, column, column == 0 ? Qt::AlignLeft : Qt::AlignRight);
    }
    int row = 1;
    for (const core::Pillar &pillar : pillars) {
        const double suggested = proposal.shares.value(pillar.id, pillar.targetShare);
        auto *proposed = new QLabel(percent(suggested), dialog);
        proposed->setObjectName(QStringLiteral("suggestedShareLabel%1").arg(pillar.id));
        if (qRound(suggested * 100) != qRound(pillar.targetShare * 100))
            proposed->setText(QStringLiteral("<b>%1</b>").arg(percent(suggested)));
        grid->addWidget(new QLabel(pillar.name, dialog), row, 0);
        grid->addWidget(new QLabel(percent(pillar.targetShare), dialog), row, 1, Qt::AlignRight);
        grid->addWidget(proposed, row, 2, Qt::AlignRight);
        ++row;
    }
    layout->addLayout(grid);
    auto *note = new QLabel(tr("Nothing changes unless you accept; Undo takes it back."), dialog);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(dialog);
    QPushButton *accept = buttons->addButton(tr("Accept"), QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptMixPushButton"));
    QPushButton *ignore = buttons->addButton(tr("Ignore"), QDialogButtonBox::RejectRole);
    ignore->setObjectName(QStringLiteral("ignoreMixPushButton"));
    connect(buttons, &QDialogButtonBox::accepted, dialog,
            [this, proposal, dialog] { acceptMix(proposal, dialog); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->open();
    return dialog;
}

void WeekSummaryWidget::acceptMix(const core::MixProposal &proposal, QDialog *dialog)
{
    QHash<qint64, double> before;
    for (const core::Pillar &pillar : m_services.catalog.pillars().valueOr({})) {
        if (proposal.shares.contains(pillar.id))
            before.insert(pillar.id, pillar.targetShare);
    }
    auto *command = new TargetMixCommand(m_services, before, proposal.shares);
    // Run once before the stack has it, so a failed write never becomes an undo step.
    command->redo();
    if (command->isObsolete()) {
        // The dialog stays, saying why, so the proposal is not lost.
        dialog->findChild<QLabel *>(QStringLiteral("suggestMixWhyLabel"))
            ->setText(command->error());
        delete command;
        return;
    }
    m_services.undoStack.push(command);
    dialog->accept();
}

int WeekSummaryWidget::rowHeight() const
{
    return fontMetrics().height() + 12;
}

int WeekSummaryWidget::paintedHeight() const
{
    const int rows = int(m_summary.pillars.size());
    // Two lines say which days are empty, even in the narrow side panel.
    return rows * rowHeight() + fontMetrics().height() * 2 + 8;
}

QSize WeekSummaryWidget::sizeHint() const
{
    return QSize(240, paintedHeight() + m_suggest->sizeHint().height());
}

QSize WeekSummaryWidget::minimumSizeHint() const
{
    return QSize(180, sizeHint().height());
}

void WeekSummaryWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics metrics = fontMetrics();
    const int width = this->width();
    int y = 0;

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(small);
    const int countWidth = smallMetrics.horizontalAdvance(QStringLiteral("00 · 100%")) + 4;
    for (const core::PillarMix &mix : m_summary.pillars) {
        const QColor colour(mix.pillar.color);
        painter.setFont(font());
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRect(0, y, width - countWidth, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(mix.pillar.name, Qt::ElideRight, width - countWidth));
        painter.setFont(small);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(width - countWidth, y, countWidth, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("%1 · %2%").arg(mix.count).arg(qRound(mix.share * 100)));
        // Track, actual share, and a tick at the target share.
        const QRectF track(0, y + metrics.height() + 2, width - 1, 5);
        QPainterPath trackPath;
        trackPath.addRoundedRect(track, 2.5, 2.5);
        painter.fillPath(trackPath, pal.color(QPalette::Button).darker(104));
        if (mix.share > 0) {
            QPainterPath bar;
            bar.addRoundedRect(QRectF(track.left(), track.top(),
                                      qMax(5.0, track.width() * qMin(1.0, mix.share)),
                                      track.height()),
                               2.5, 2.5);
            painter.fillPath(bar, colour);
        }
        const qreal tick = track.left() + track.width() * mix.pillar.targetShare;
        painter.setPen(QPen(pal.color(QPalette::WindowText), 1.5));
        painter.drawLine(QPointF(tick, track.top() - 2), QPointF(tick, track.bottom() + 2));
        y += rowHeight();
    }

    painter.setFont(font());
    painter.setPen(m_summary.emptyDays.isEmpty() ? pal.color(QPalette::WindowText)
                                                 : QColor(0xb0, 0x5a, 0x20));
    painter.drawText(QRect(0, y + 4, width, paintedHeight() - y - 4),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, emptyDaysText());
}

} // namespace hearth::ui
