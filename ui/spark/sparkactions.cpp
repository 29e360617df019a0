// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/sparkactions.h"

#include "common/clock.h"
#include "spark/fillweekdialog.h"
#include "spark/quickcapturedialog.h"
#include "spark/surprisedialog.h"
#include "storage/database.h"

#include <QAction>
#include <QWidget>

namespace hearth::ui {

SparkActions::SparkActions(AppServices &services, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
    , m_week(services.clock.now().toLocalTime().date())
    , m_seeds(std::random_device{}())
    , m_quickCapture(new QAction(tr("&Jot Down an Idea…"), this))
    , m_surprise(new QAction(tr("Surprise Me"), this))
    , m_fillWeek(new QAction(tr("Fill My Week…"), this))
{
    setObjectName(QStringLiteral("sparkActions"));
    m_quickCapture->setObjectName(QStringLiteral("quickCaptureAction"));
    m_quickCapture->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_quickCapture->setShortcutContext(Qt::ApplicationShortcut);
    m_quickCapture->setIcon(QIcon(QStringLiteral(":/icons/spark.svg")));
    m_surprise->setObjectName(QStringLiteral("surpriseAction"));
    m_surprise->setToolTip(
        tr("Pick an idea you have not used in a while, for a pillar this week lacks"));
    m_fillWeek->setObjectName(QStringLiteral("fillWeekAction"));
    m_fillWeek->setToolTip(tr("Propose an idea for every empty posting slot of this week"));
    const bool writable = !services.database.isReadOnly();
    m_quickCapture->setEnabled(writable);
    m_fillWeek->setEnabled(writable);
    connect(m_quickCapture, &QAction::triggered, this, &SparkActions::quickCapture);
    connect(m_surprise, &QAction::triggered, this, &SparkActions::surprise);
    connect(m_fillWeek, &QAction::triggered, this, &SparkActions::fillWeek);
}

void SparkActions::quickCapture()
{
    auto *dialog = new QuickCaptureDialog(m_services, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QuickCaptureDialog::ideaCaptured, this, &SparkActions::ideaCaptured);
    dialog->open();
}

void SparkActions::surprise()
{
    auto *dialog = new SurpriseDialog(m_services, m_week, m_seeds(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SurpriseDialog::draftCreated, this, &SparkActions::draftCreated);
    connect(dialog, &SurpriseDialog::showIdeaRequested, this, &SparkActions::showIdeaRequested);
    dialog->open();
}

void SparkActions::fillWeek()
{
    auto *dialog = new FillWeekDialog(m_services, m_week, m_seeds(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Fill my week plans complete posts: no editor to open for each.
    connect(dialog, &FillWeekDialog::postsPlanned, this, &SparkActions::postsPlanned);
    dialog->open();
}

} // namespace hearth::ui
