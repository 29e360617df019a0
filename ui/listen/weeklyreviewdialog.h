// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listen/weeklyreview.h"
#include "widgets/appservices.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace hearth::ui {

// The weekly review: how last week's posts did against the four weeks before, the best and
// the quietest post, and which posts still lack figures, with one click to import an export
// or type the figures in.
class WeeklyReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    // Shows the week holding `anyDay`.
    WeeklyReviewDialog(AppServices &services, const QDate &anyDay, QWidget *parent = nullptr);

    QDate weekStart() const { return m_review.weekStart; }
    void showWeek(const QDate &anyDay);

    // The last week whose review was shown ("review/lastWeek"), so a new week opens it once.
    static QDate lastShownWeek();
    static void rememberShownWeek(const QDate &weekStart);

signals:
    void importRequested();
    void enterFiguresRequested();
    void postActivated(qint64 postId);

private:
    void showReview();
    QString comparisonText() const;

    AppServices &m_services;
    core::WeeklyReview m_review;
    QLabel *m_title;
    QLabel *m_rate;
    QLabel *m_best;
    QLabel *m_quietest;
    QLabel *m_missingLabel;
    QListWidget *m_missing;
    QPushButton *m_previous;
    QPushButton *m_next;
};

} // namespace hearth::ui
