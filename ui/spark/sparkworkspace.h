// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/appservices.h"

#include <QDate>
#include <QWidget>

#include <random>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace hearth::core {
class IdeaListModel;
}

namespace hearth::ui {

class IdeaEditor;
class PillarComboBox;

// The Spark workspace: the idea bank with search, filters, an editor pane, and undoable
// favourite, archive and delete.
class SparkWorkspace final : public QWidget
{
    Q_OBJECT

public:
    SparkWorkspace(AppServices &services, QWidget *parent = nullptr);

    // Shows the period around `date`; "Surprise me" looks at that week.
    void showDate(const QDate &date);
    // Selects idea `id`, clearing filters that hide it.
    void showIdea(qint64 id);
    // Starts a new idea and puts the cursor in its title.
    void newIdea();
    // Runs the search again and reloads the editor (after changes made elsewhere).
    void refresh();

signals:
    // A draft post was made from an idea; the Plan workspace may open it.
    void draftCreated(qint64 postId);

private:
    void applyFilters();
    void reloadTags();
    void updateSummary();
    void currentChanged();
    void saveEdits();
    void setFlag(bool favourite, bool value);
    void deleteCurrent();
    void makeDraft();
    void moreLikeThis();
    void surprise();
    void showMessage(const QString &text);
    qint64 currentId() const;
    void selectId(qint64 id);

    AppServices &m_services;
    QDate m_date;
    std::mt19937 m_seeds;
    core::IdeaListModel *m_model;
    QLabel *m_summary;
    QLineEdit *m_search;
    PillarComboBox *m_pillar;
    QComboBox *m_tag;
    QCheckBox *m_unused;
    QCheckBox *m_favourites;
    QCheckBox *m_archived;
    QPushButton *m_newIdea;
    QPushButton *m_surprise;
    QListView *m_list;
    IdeaEditor *m_editor;
    QLabel *m_status;
    QTimer *m_searchDelay;
    qint64 m_shownId = 0;
    bool m_refreshing = false;
};

} // namespace hearth::ui
