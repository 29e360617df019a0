// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/metricentrydialog.h"

#include "common/clock.h"
#include "widgets/appservices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

QString metricLabel(core::CountMetric metric)
{
    switch (metric) {
    case core::CountMetric::Reach:
        return MetricEntryDialog::tr("&Reach:");
    case core::CountMetric::Impressions:
        return MetricEntryDialog::tr("&Impressions:");
    case core::CountMetric::Views:
        return MetricEntryDialog::tr("&Views:");
    case core::CountMetric::Reactions:
        return MetricEntryDialog::tr("Reactions / &likes:");
    case core::CountMetric::Comments:
        return MetricEntryDialog::tr("&Comments / replies:");
    case core::CountMetric::Shares:
        return MetricEntryDialog::tr("&Shares / reposts:");
    case core::CountMetric::Saves:
        return MetricEntryDialog::tr("S&aves:");
    case core::CountMetric::Clicks:
        return MetricEntryDialog::tr("C&licks:");
    case core::CountMetric::Follows:
        return MetricEntryDialog::tr("&Follows gained:");
    case core::CountMetric::ProfileVisits:
        return MetricEntryDialog::tr("&Profile visits:");
    }
    return {};
}

} // namespace

MetricEntryDialog::MetricEntryDialog(AppServices &services, const core::MetricsFilter &period,
                                     std::optional<qint64> postId, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_postCombo(new QComboBox(this))
    , m_networkCombo(new QComboBox(this))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("metricEntryDialog"));
    setWindowTitle(tr("Enter a post's figures"));
    m_postCombo->setObjectName(QStringLiteral("postComboBox"));
    m_postCombo->setAccessibleName(tr("Post"));
    m_networkCombo->setObjectName(QStringLiteral("networkComboBox"));
    m_networkCombo->setAccessibleName(tr("Network"));
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_buttons->setObjectName(QStringLiteral("entryButtonBox"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Type the figures the network shows for this post. Leave a field empty when the "
           "network does not give that figure: empty means “not available”, not zero."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->addRow(tr("P&ost:"), m_postCombo);
    form->addRow(tr("&Network:"), m_networkCombo);
    // Whole numbers, negative allowed (net follows); thousands separators are not.
    const QRegularExpression whole(QStringLiteral("-?[0-9]{0,15}"));
    for (core::CountMetric metric : core::allCountMetrics) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(core::metricKey(metric).remove(u'_') + QStringLiteral("LineEdit"));
        edit->setValidator(new QRegularExpressionValidator(whole, edit));
        edit->setPlaceholderText(tr("not available"));
        form->addRow(metricLabel(metric), edit);
        m_fields.insert(metric, edit);
    }
    layout->addLayout(form);
    auto *formula =
        new QLabel(tr("Community rate = %1").arg(core::MetricsAnalysis::formulaShort()), this);
    formula->setWordWrap(true);
    layout->addWidget(formula);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MetricEntryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MetricEntryDialog::reject);
    connect(m_postCombo, &QComboBox::currentIndexChanged, this, &MetricEntryDialog::postChanged);
    connect(m_networkCombo, &QComboBox::currentIndexChanged, this,
            &MetricEntryDialog::loadCurrentFigures);

    loadPosts(period);
    if (postId)
        selectPost(*postId);
    postChanged();
}

void MetricEntryDialog::loadPosts(const core::MetricsFilter &period)
{
    // Posts of the period, newest first; an open period means the last two years.
    const QDateTime to = period.to.isValid() ? period.to : m_services.clock.now().addDays(1);
    const QDateTime from = period.from.isValid() ? period.from : to.addYears(-2);
    auto posts = m_services.posts.service().posts().scheduledBetween(from, to);
    if (!posts) {
        m_problemLabel->setText(posts.error().message);
        return;
    }
    const QLocale locale;
    for (auto it = posts->crbegin(); it != posts->crend(); ++it) {
        if (it->networks.isEmpty())
            continue;
        QString title = it->title.isEmpty() ? it->body.simplified().left(60) : it->title;
        m_postCombo->addItem(
            QStringLiteral("%1 — %2").arg(
                locale.toString(it->scheduledAt.toLocalTime(), QLocale::ShortFormat), title),
            it->id);
        m_postCombo->setItemData(m_postCombo->count() - 1, it->networkIds(), Qt::UserRole + 1);
    }
}

void MetricEntryDialog::selectPost(qint64 postId, const QString &networkId)
{
    int index = m_postCombo->findData(postId);
    if (index < 0) {
        // A post outside the period: add it so any post can get figures.
        auto post = m_services.posts.service().posts().find(postId);
        if (!post || post->networks.isEmpty())
            return;
        m_postCombo->insertItem(
            0, post->title.isEmpty() ? post->body.simplified().left(60) : post->title, postId);
        m_postCombo->setItemData(0, post->networkIds(), Qt::UserRole + 1);
        index = 0;
    }
    m_postCombo->setCurrentIndex(index);
    postChanged();
    if (!networkId.isEmpty())
        m_networkCombo->setCurrentIndex(qMax(0, m_networkCombo->findData(networkId)));
}

qint64 MetricEntryDialog::postId() const
{
    return m_postCombo->currentData().toLongLong();
}

QString MetricEntryDialog::networkId() const
{
    return m_networkCombo->currentData().toString();
}

void MetricEntryDialog::postChanged()
{
    const QStringList ids = m_postCombo->currentData(Qt::UserRole + 1).toStringList();
    const QSignalBlocker blocker(m_networkCombo);
    m_networkCombo->clear();
    auto networks = m_services.catalog.networks();
    for (const QString &id : ids) {
        QString name = id;
        if (networks) {
            for (const core::Network &network : *networks) {
                if (network.id == id)
                    name = network.name;
            }
        }
        m_networkCombo->addItem(name, id);
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_postCombo->count() > 0);
    if (m_postCombo->count() == 0)
        m_problemLabel->setText(
            tr("There are no posts in this period. Plan or import posts first."));
    loadCurrentFigures();
}

void MetricEntryDialog::loadCurrentFigures()
{
    for (QLineEdit *edit : std::as_const(m_fields))
        edit->clear();
    if (postId() == 0 || networkId().isEmpty())
        return;
    auto current = m_services.metrics.current(postId(), networkId(), core::RawValueLoading::Skip);
    if (!current || !current->has_value())
        return;
    for (core::CountMetric metric : core::allCountMetrics) {
        const std::optional<qint64> value = (*current)->value(metric);
        if (value)
            m_fields.value(metric)->setText(QString::number(*value));
    }
}

std::optional<core::MetricSnapshot> MetricEntryDialog::figures(QString *problem) const
{
    core::MetricSnapshot snapshot;
    for (core::CountMetric metric : core::allCountMetrics) {
        const QString text = m_fields.value(metric)->text().trimmed();
        if (text.isEmpty() || text == QLatin1String("-"))
            continue;
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok) {
            if (problem)
                *problem = tr("“%1” is not a whole number.").arg(text);
            return std::nullopt;
        }
        if (value < 0 && metric != core::CountMetric::Follows) {
            if (problem)
                *problem = tr("Only follows can be negative (people who unfollowed).");
            return std::nullopt;
        }
        snapshot.setValue(metric, value);
    }
    if (snapshot.isEmpty()) {
        if (problem)
            *problem = tr("Type at least one figure.");
        return std::nullopt;
    }
    return snapshot;
}

void MetricEntryDialog::accept()
{
    QString problem;
    const auto snapshot = figures(&problem);
    if (!snapshot) {
        m_problemLabel->setText(problem);
        return;
    }
    if (postId() == 0 || networkId().isEmpty()) {
        m_problemLabel->setText(tr("Choose a post and a network."));
        return;
    }
    auto recorded = m_services.metrics.recordManual(postId(), networkId(), *snapshot);
    if (!recorded) {
        m_problemLabel->setText(recorded.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace hearth::ui
