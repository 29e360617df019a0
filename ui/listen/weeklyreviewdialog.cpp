// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/weeklyreviewdialog.h"

#include "common/clock.h"
#include "plan/timeadvisor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

const QString lastWeekKey = QStringLiteral("review/lastWeek");

QString rateText(const std::optional<double> &rate)
{
    return rate ? core::ratePercent(*rate) : QString();
}

QString postText(const std::optional<core::PostMetrics> &post)
{
    if (!post)
        return WeeklyReviewDialog::tr("—");
    return WeeklyReviewDialog::tr("%1 — %2 on %3, %4")
        .arg(post->title.toHtmlEscaped(), rateText(post->communityRate), post->networkName,
             QLocale().toString(post->postedAt.toLocalTime(), QStringLiteral("ddd d MMM HH:mm")));
}

} // namespace

WeeklyReviewDialog::WeeklyReviewDialog(AppServices &services, const QDate &anyDay, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_title(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_best(new QLabel(this))
    , m_quietest(new QLabel(this))
    , m_missingLabel(new QLabel(this))
    , m_missing(new QListWidget(this))
    , m_previous(new QPushButton(tr("‹ Week before"), this))
    , m_next(new QPushButton(tr("Week after ›"), this))
{
    setObjectName(QStringLiteral("weeklyReviewDialog"));
    setWindowTitle(tr("Weekly Review"));
    m_title->setObjectName(QStringLiteral("reviewTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_rate->setObjectName(QStringLiteral("reviewRateLabel"));
    m_best->setObjectName(QStringLiteral("reviewBestLabel"));
    m_quietest->setObjectName(QStringLiteral("reviewQuietestLabel"));
    m_missingLabel->setObjectName(QStringLiteral("reviewMissingLabel"));
    m_missing->setObjectName(QStringLiteral("reviewMissingListWidget"));
    for (QLabel *label : {m_rate, m_best, m_quietest, m_missingLabel})
        label->setWordWrap(true);
    m_previous->setObjectName(QStringLiteral("reviewPreviousButton"));
    m_next->setObjectName(QStringLiteral("reviewNextButton"));
    connect(m_previous, &QPushButton::clicked, this,
            [this] { showWeek(m_review.weekStart.addDays(-7)); });
    connect(m_next, &QPushButton::clicked, this,
            [this] { showWeek(m_review.weekStart.addDays(7)); });
    connect(m_missing, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit postActivated(item->data(Qt::UserRole).toLongLong());
    });

    auto *import = new QPushButton(tr("Import analytics…"), this);
    import->setObjectName(QStringLiteral("reviewImportButton"));
    auto *enter = new QPushButton(tr("Enter figures…"), this);
    enter->setObjectName(QStringLiteral("reviewEnterButton"));
    connect(import, &QPushButton::clicked, this, &WeeklyReviewDialog::importRequested);
    connect(enter, &QPushButton::clicked, this, &WeeklyReviewDialog::enterFiguresRequested);

    auto *weeks = new QHBoxLayout;
    weeks->addWidget(m_title, 1);
    weeks->addWidget(m_previous);
    weeks->addWidget(m_next);
    auto *figures = new QFormLayout;
    figures->addRow(tr("Community rate:"), m_rate);
    figures->addRow(tr("Best post:"), m_best);
    figures->addRow(tr("Quietest post:"), m_quietest);
    auto *missingButtons = new QHBoxLayout;
    missingButtons->addWidget(import);
    missingButtons->addWidget(enter);
    missingButtons->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(weeks);
    layout->addLayout(figures);
    layout->addSpacing(8);
    layout->addWidget(m_missingLabel);
    layout->addWidget(m_missing, 1);
    layout->addLayout(missingButtons);
    layout->addWidget(buttons);
    resize(640, 460);
    showWeek(anyDay);
}

QDate WeeklyReviewDialog::lastShownWeek()
{
    return QDate::fromString(QSettings().value(lastWeekKey).toString(), Qt::ISODate);
}

void WeeklyReviewDialog::rememberShownWeek(const QDate &weekStart)
{
    QSettings().setValue(lastWeekKey, weekStart.toString(Qt::ISODate));
}

void WeeklyReviewDialog::showWeek(const QDate &anyDay)
{
    auto review = core::WeeklyReviewReader(m_services.database).review(anyDay);
    if (!review) {
        m_rate->setText(review.error().message);
        return;
    }
    m_review = *review;
    showReview();
}

QString WeeklyReviewDialog::comparisonText() const
{
    if (!m_review.meanRate)
        return m_review.measured == 0 ? tr("No figures for this week yet.")
                                      : tr("These posts have figures but no community rate.");
    QString text =
        tr("%1 over %n rated post(s)", nullptr, m_review.rated).arg(rateText(m_review.meanRate));
    if (!m_review.previousMeanRate)
        return text + u' ' + tr("(nothing to compare with in the four weeks before)");
    const double before = *m_review.previousMeanRate;
    const QString direction = *m_review.meanRate > before * 1.05   ? tr("up from")
                              : *m_review.meanRate < before * 0.95 ? tr("down from")
                                                                   : tr("about the same as");
    return text + u' ' +
           tr("— %1 %2 over the four weeks before (%n post(s))", nullptr, m_review.previousRated)
               .arg(direction, rateText(before));
}

void WeeklyReviewDialog::showReview()
{
    const QDate start = m_review.weekStart;
    m_title->setText(tr("Week of %1").arg(QLocale().toString(start, QLocale::LongFormat)));
    m_rate->setText(comparisonText());
    m_best->setText(postText(m_review.best));
    m_quietest->setText(m_review.rated > 1 ? postText(m_review.quietest) : tr("—"));
    m_missing->clear();
    for (const core::UnmeasuredPost &post : std::as_const(m_review.unmeasured)) {
        auto *item =
            new QListWidgetItem(tr("%1 — %2, %3")
                                    .arg(post.title, post.networkName,
                                         QLocale().toString(post.postedAt.toLocalTime(),
                                                            QStringLiteral("ddd d MMM HH:mm"))),
                                m_missing);
        item->setData(Qt::UserRole, post.postId);
    }
    m_missingLabel->setText(
        m_review.unmeasured.isEmpty()
            ? tr("Every post of this week that went out has figures.")
            : tr("%n post(s) of this week still have no figures. Import your network's export "
                 "or type the figures in:",
                 nullptr, int(m_review.unmeasured.size())));
    m_missing->setVisible(!m_review.unmeasured.isEmpty());
    // Only full weeks: the running one has no review yet.
    m_next->setEnabled(start < core::WeeklyReviewReader::lastWeekStart(m_services.clock.now()));
}

} // namespace hearth::ui
