// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/appservices.h"

#include <QWidget>

class QLineEdit;
class QListView;
class QLabel;
class QTimer;

namespace hearth::core {
class IdeaListModel;
}

namespace hearth::ui {

class PillarComboBox;

// A compact idea list to dock beside the calendar: search, pillar filter, and ideas that can
// be dragged onto a day (MIME type mime::ideaId(), payload the idea id).
class IdeaPanel final : public QWidget
{
    Q_OBJECT

public:
    IdeaPanel(AppServices &services, QWidget *parent = nullptr);

    // Runs the search again (after changes made elsewhere).
    void refresh();
    core::IdeaListModel *model() const { return m_model; }

signals:
    // The user double-clicked an idea or pressed Enter on it.
    void ideaActivated(qint64 ideaId);

private:
    AppServices &m_services;
    core::IdeaListModel *m_model;
    QLineEdit *m_search;
    PillarComboBox *m_pillar;
    QListView *m_list;
    QLabel *m_hint;
    QTimer *m_searchDelay;
};

} // namespace hearth::ui
