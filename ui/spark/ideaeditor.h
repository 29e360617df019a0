// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/timeadvisor.h"
#include "spark/idea.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace hearth::core {
class CatalogRepository;
}

namespace hearth::ui {

class PillarComboBox;

// The editor pane of the Spark workspace: title, pillar, tags and notes of one idea, with
// its usage, and the buttons that act on it. It only asks; the workspace does (undoably).
class IdeaEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit IdeaEditor(core::CatalogRepository &catalog, QWidget *parent = nullptr);

    // Shows `idea`, or the empty state when there is none; the shown idea becomes the baseline.
    void setIdea(const std::optional<core::Idea> &idea);
    // The community rate of the shown idea's posts, shown beside its usage.
    void setCommunityRate(const std::optional<core::RateSummary> &rate);
    const std::optional<core::Idea> &idea() const { return m_idea; }
    // The "More like this" button, where the similar ideas' menu opens.
    QPushButton *moreLikeThisButton() const { return m_moreLikeThis; }
    // The shown idea with the user's changes applied.
    core::Idea editedIdea() const;
    // True when the fields differ from the idea as loaded.
    bool isDirty() const;
    void focusTitle();

signals:
    void saveRequested();
    void favouriteRequested(bool favourite);
    void archiveRequested(bool archived);
    void deleteRequested();
    void draftRequested();
    // "More like this": ideas of the same pillar and tags.
    void moreLikeThisRequested();

private:
    void updateButtons();

    std::optional<core::Idea> m_idea;
    std::optional<core::RateSummary> m_rate;
    QPushButton *m_moreLikeThis = nullptr;
    bool m_loading = false;
    QStackedWidget *m_pages;
    QLineEdit *m_title;
    PillarComboBox *m_pillar;
    QLineEdit *m_tags;
    QPlainTextEdit *m_notes;
    QLabel *m_info;
    QPushButton *m_favourite;
    QPushButton *m_archive;
    QPushButton *m_delete;
    QPushButton *m_draft;
    QPushButton *m_save;
};

} // namespace hearth::ui
