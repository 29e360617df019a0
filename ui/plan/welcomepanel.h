// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/catalog.h"

#include <QScrollArea>

namespace hearth::ui {

class PostDefaultsWidget;

// The first-start page in place of the empty week: what Plan, Spark and Listen are for, what a
// pillar is, the networks and posting time new posts start with, and a sample week or an
// empty start. Either button stores the defaults and asks to close the page.
class WelcomePanel final : public QScrollArea
{
    Q_OBJECT

public:
    enum class Start
    {
        Empty,
        SampleWeek
    };

    WelcomePanel(const QList<core::Network> &networks, const QList<core::Pillar> &pillars,
                 QWidget *parent = nullptr);

signals:
    void started(hearth::ui::WelcomePanel::Start start);

private:
    void start(Start start);

    PostDefaultsWidget *m_defaults;
};

} // namespace hearth::ui
