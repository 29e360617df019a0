// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/weeksummary.h"

#include <QWidget>

namespace hearth::ui {

// The week at a glance: one bar per pillar (this week's share against the target mark)
// and the days that still have nothing planned.
class WeekSummaryWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit WeekSummaryWidget(QWidget *parent = nullptr);

    void setSummary(const core::WeekSummary &summary);
    const core::WeekSummary &summary() const { return m_summary; }
    // The sentence about empty days, as shown (for tests and accessibility).
    QString emptyDaysText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;

    core::WeekSummary m_summary;
};

} // namespace hearth::ui
