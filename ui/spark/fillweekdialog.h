// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spark/ideasuggester.h"
#include "widgets/appservices.h"

#include <QDate>
#include <QDialog>
#include <QSet>

class QLabel;
class QPushButton;
class QTableWidget;

namespace hearth::ui {

// "Fill my week": proposes one idea per empty posting slot of a week; the user accepts
// (an undoable draft at that slot), rerolls or skips each.
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

signals:
    // A draft post was made for a slot.
    void draftCreated(qint64 postId);

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
    };

    void propose();
    void showRow(int row);

    AppServices &m_services;
    QDate m_weekStart;
    quint32 m_seed;
    quint32 m_rerolls = 0;
    QList<Row> m_rows;
    QSet<qint64> m_rejected;
    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_acceptAll;
};

} // namespace hearth::ui
