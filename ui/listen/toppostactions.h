// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/post.h"
#include "spark/idea.h"
#include "widgets/appservices.h"

#include <QObject>

class QAbstractItemView;
class QMenu;

namespace hearth::ui {

// Reuse what worked: the context menu of Listen's top posts. "Plan again" makes a new draft
// from the post's text (or an evergreen repeat of it from next week on); "Turn into an idea"
// puts the post into the idea bank; "More like this" lists the ideas like the post's. Every
// change is one undo step.
class TopPostActions final : public QObject
{
    Q_OBJECT

public:
    // `view` shows posts with PostMetricsModel::PostIdRole.
    TopPostActions(AppServices &services, QAbstractItemView *view, QObject *parent = nullptr);

    // The new draft's id, or 0 (the error went to messageShown()).
    qint64 planAgain(qint64 postId);
    // An evergreen copy every `everyWeeks` weeks for about half a year, from the same weekday
    // and time next week on; its first post's id, or 0.
    qint64 planAgainEvery(qint64 postId, int everyWeeks);
    // The new idea's id, or 0.
    qint64 turnIntoIdea(qint64 postId);

    // The ideas of the same pillar and tags as the post's idea, or, for a post without one, as
    // the post itself; never the post's own idea.
    core::Result<QList<core::Idea>> ideasLike(qint64 postId) const;

    // The menu for the post at the view's row, for tests and the context menu.
    QMenu *menuFor(qint64 postId, QWidget *parent);

    // A post made from a top post: the copy, ready for the post as it was.
    static core::Post copyOf(const core::Post &post);
    // The idea a post becomes: its title (or the start of its text), text, pillar and tags.
    static core::Idea ideaFrom(const core::Post &post);

signals:
    void messageShown(const QString &message);
    // An idea of "More like this" was chosen: Spark shows it.
    void ideaRequested(qint64 ideaId);

private:
    qint64 plan(qint64 postId, int everyWeeks);

    AppServices &m_services;
    QAbstractItemView *m_view;
};

} // namespace hearth::ui
