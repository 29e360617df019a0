// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/communitymix.h"
#include "plan/weeksummary.h"
#include "storage/sqlitehandle.h"

#include <QWidget>

#include <optional>

class QDialog;
class QToolButton;

namespace hearth::ui {

struct AppServices;

// The week at a glance: one bar per pillar (this week's share against the target mark)
// and the days that still have nothing planned. Its "Suggest mix from results" proposes
// targets weighted by each pillar's community rate; only an accepted proposal is stored.
class WeekSummaryWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit WeekSummaryWidget(AppServices &services, QWidget *parent = nullptr);

    void setSummary(const core::WeekSummary &summary);
    const core::WeekSummary &summary() const { return m_summary; }
    // The sentence about empty days, as shown (for tests and accessibility).
    QString emptyDaysText() const;
    // The mix the figures propose for the summary's pillars; read again only after the plan
    // changed (week navigation refreshes the strip and must not re-read every figure).
    core::MixProposal mixProposal() const;
    // Shows the proposal next to the current targets, with Accept and Ignore; not modal.
    QDialog *suggestMix();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    int paintedHeight() const;
    void updateSuggestButton();
    void acceptMix(const core::MixProposal &proposal, QDialog *dialog);

    AppServices &m_services;
    core::WeekSummary m_summary;
    QToolButton *m_suggest = nullptr;
    mutable std::optional<core::ChangeStamp> m_proposalStamp;
    mutable core::MixProposal m_proposal;
};

} // namespace hearth::ui
