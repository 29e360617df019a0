// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/welcomepanel.h"

#include "widgets/postdefaults.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

WelcomePanel::WelcomePanel(const QList<core::Network> &networks, const QList<core::Pillar> &pillars,
                           QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("welcomePanel"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePageWidget"));
    page->setAutoFillBackground(true);
    page->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(10);

    auto *title = new QLabel(tr("Welcome to Hearth"), page);
    title->setObjectName(QStringLiteral("welcomeTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    layout->addWidget(paragraph(
        tr("<b>Plan</b> is your week: what goes out when, and on which network. "
           "<b>Spark</b> is your bank of ideas for when you do not know what to post. "
           "<b>Listen</b> shows who answers back: import your networks' figures and see which "
           "posts build a community."),
        page));
    QStringList names;
    for (const core::Pillar &pillar : pillars)
        names << pillar.name;
    layout->addWidget(paragraph(
        tr("A <b>pillar</b> is a kind of post (%1); mixing them keeps your feed from being all "
           "selling.")
            .arg(QLocale().createSeparatedList(names).toHtmlEscaped()),
        page));

    m_defaults = new PostDefaultsWidget(networks, page);
    layout->addSpacing(4);
    layout->addWidget(m_defaults);
    layout->addSpacing(4);

    auto *buttons = new QHBoxLayout;
    auto *sample = new QPushButton(tr("Start with a sample week"), page);
    sample->setObjectName(QStringLiteral("welcomeSampleWeekPushButton"));
    sample->setToolTip(tr("Drafts for this week from the starter ideas, one per pillar; undo "
                          "takes them away again"));
    auto *empty = new QPushButton(tr("Start empty"), page);
    empty->setObjectName(QStringLiteral("welcomeStartEmptyPushButton"));
    empty->setDefault(true);
    buttons->addWidget(sample);
    buttons->addWidget(empty);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(paragraph(tr("Then try <b>Fill My Week…</b> on the toolbar. Help › User "
                                   "Guide tells more; Help › Show the Welcome brings this back."),
                                page));
    layout->addStretch(1);
    setWidget(page);

    connect(sample, &QPushButton::clicked, this, [this] { start(Start::SampleWeek); });
    connect(empty, &QPushButton::clicked, this, [this] { start(Start::Empty); });
}

void WelcomePanel::start(Start start)
{
    m_defaults->value().save();
    emit started(start);
}

} // namespace hearth::ui
