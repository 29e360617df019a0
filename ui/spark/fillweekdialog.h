// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/post.h"
#include "spark/ideasuggester.h"
#include "widgets/appservices.h"

#include <QDate>
#include <QDialog>
#include <QSet>

class QLabel;
class QPushButton;
class QTableWidget;

namespace hearth::ui {

// "Fill my week": proposes one idea per empty posting slot of a week, each at the time the
// plan's figures advise and saying why. Every proposal's text, networks, time and status are
// edited in place; the user accepts them all in one go (one undo step), or steps through them
// ("2 of 5") accepting, rerolling or skipping each.
class FillWeekDialog final : public QDialog
{
    Q_OBJECT

public:
    // `weekStart` is any day of the week to fill; `seed` makes the proposals repeatable.
    FillWeekDialog(AppServices &services, const QDate &weekStart, quint32 seed,
                   QWidget *parent = nullptr);

    int proposalCount() const { return int(m_rows.size()); }
    void acceptRow(int row);
    void rerollRow(int row);
    void skipRow(int row);
    void acceptAll();
    // The proposal the step controls act on.
    int currentRow() const { return m_current; }
    void setCurrentRow(int row);

    // The editable parts of a proposal, as shown.
    QString rowText(int row) const { return m_rows.at(row).text; }
    void setRowText(int row, const QString &text);
    QStringList rowNetworks(int row) const { return m_rows.at(row).networks; }
    void setRowNetworks(int row, const QStringList &networks);
    QTime rowTime(int row) const { return m_rows.at(row).time; }
    void setRowTime(int row, const QTime &time);
    core::PostStatus rowStatus(int row) const { return m_rows.at(row).status; }
    void setRowStatus(int row, core::PostStatus status);
    QString rowWhy(int row) const;

signals:
    // Posts were planned from accepted proposals (already complete: no editor needed).
    void postsPlanned(const QList<qint64> &postIds);

private:
    enum class RowState
    {
        Open,
        Accepted,
        Skipped
    };
    struct Row
    {
        core::SlotProposal proposal;
        RowState state = RowState::Open;
        QString text;
        QStringList networks;
        QTime time;
        core::PostStatus status = core::PostStatus::Draft;
    };

    void propose();
    void showRow(int row);
    QWidget *networksButton(int row);
    QWidget *actionsFor(int row);
    // Plans the proposal of `row` inside the current undo macro; its post id, or 0.
    qint64 planRow(int row);
    void showStep();
    QString introText(const core::WeekProposal &proposal) const;

    AppServices &m_services;
    core::SuggestionAdvice m_advice;
    QDate m_weekStart;
    quint32 m_seed;
    quint32 m_rerolls = 0;
    QList<Row> m_rows;
    QSet<qint64> m_rejected;
    int m_current = 0;
    QLabel *m_intro;
    QTableWidget *m_table;
    QLabel *m_stepLabel;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_acceptCurrent;
    QPushButton *m_acceptAll;
};

} // namespace hearth::ui
