// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QPushButton;
class QTableView;

namespace hearth::ui {

struct AppServices;
class PostMetricsModel;

// Listen's list of every post with figures in the period, where several posts (imported ones,
// typically) are given a pillar at once: "Set pillar…" is one undoable step.
class ListenPostsPage final : public QWidget
{
    Q_OBJECT

public:
    // The pillar chosen for the selection: empty when cancelled, a null pillar for "No pillar".
    using PillarChoice = std::optional<std::optional<qint64>>;
    // Asks which pillar to set; replaced in tests.
    using PillarChooser = std::function<PillarChoice(QWidget *parent, int postCount)>;

    ListenPostsPage(AppServices &services, PostMetricsModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    void setPillarChooser(PillarChooser chooser);
    // The posts of the selected rows (a post on two networks is two rows, one post).
    QList<qint64> selectedPostIds() const;

public slots:
    // Asks for a pillar and gives it to the selected posts; false when nothing changed.
    bool setPillarOfSelection();

signals:
    void postActivated(qint64 postId);

private:
    void updateButton();

    AppServices &m_services;
    PostMetricsModel *m_model;
    QTableView *m_view;
    QPushButton *m_setPillarButton;
    PillarChooser m_chooser;
};

} // namespace hearth::ui
