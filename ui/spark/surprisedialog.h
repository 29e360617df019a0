// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/appservices.h"

#include <QDate>
#include <QDialog>
#include <QSet>

#include <optional>
#include <random>

class QLabel;
class QPushButton;

namespace hearth::ui {

// "Surprise me": shows one idea picked for the week (weighted toward unused ideas and
// lacking pillars), with buttons to try another, make a draft, or open it in Spark.
class SurpriseDialog final : public QDialog
{
    Q_OBJECT

public:
    SurpriseDialog(AppServices &services, const QDate &weekStart, quint32 seed,
                   QWidget *parent = nullptr);

    // The idea shown; 0 when the bank had none.
    qint64 ideaId() const { return m_ideaId; }
    void another();

signals:
    void draftCreated(qint64 postId);
    void showIdeaRequested(qint64 ideaId);

private:
    void makeDraft();

    AppServices &m_services;
    QDate m_weekStart;
    std::mt19937 m_seeds;
    qint64 m_ideaId = 0;
    QString m_ideaTitle;
    QSet<qint64> m_seen;
    QLabel *m_pillar;
    QLabel *m_title;
    QLabel *m_notes;
    QLabel *m_reason;
    QPushButton *m_another;
    QPushButton *m_draft;
    QPushButton *m_show;
};

} // namespace hearth::ui
