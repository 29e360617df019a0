// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/appservices.h"

#include <QDate>
#include <QObject>

#include <random>

class QAction;
class QWidget;

namespace hearth::ui {

// The Spark actions other parts of the window offer: quick capture (Ctrl+Shift+N, from
// anywhere), "Surprise me" and "Fill my week" (for the Plan workspace's toolbar).
// Each opens its dialog over `window`; results come back as signals.
class SparkActions final : public QObject
{
    Q_OBJECT

public:
    SparkActions(AppServices &services, QWidget *window);

    QAction *quickCaptureAction() const { return m_quickCapture; }
    QAction *surpriseAction() const { return m_surprise; }
    QAction *fillWeekAction() const { return m_fillWeek; }

    // The week "Surprise me" and "Fill my week" look at (any day of it).
    void setWeek(const QDate &date) { m_week = date; }

    void quickCapture();
    void surprise();
    void fillWeek();

signals:
    void ideaCaptured(qint64 ideaId);
    void draftCreated(qint64 postId);
    void postsPlanned(const QList<qint64> &postIds);
    void showIdeaRequested(qint64 ideaId);

private:
    AppServices &m_services;
    QWidget *m_window;
    QDate m_week;
    std::mt19937 m_seeds;
    QAction *m_quickCapture;
    QAction *m_surprise;
    QAction *m_fillWeek;
};

} // namespace hearth::ui
