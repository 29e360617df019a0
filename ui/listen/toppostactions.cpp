// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/toppostactions.h"

#include "common/clock.h"
#include "listen/listenmodels.h"
#include "plan/postrepository.h"
#include "widgets/similarideasmenu.h"

#include <QAbstractItemView>
#include <QMenu>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

namespace hearth::ui {

namespace {

// Undoable creation through a function that makes the thing and one that removes it again;
// redo after undo makes it anew (its id may differ; nothing points at it yet).
class MakeCommand final : public QUndoCommand
{
public:
    using Make = std::function<core::Result<qint64>()>;
    using Remove = std::function<core::Result<void>(qint64)>;

    MakeCommand(const QString &text, Make make, Remove remove)
        : m_make(std::move(make))
        , m_remove(std::move(remove))
    {
        setText(text);
    }
    void redo() override
    {
        auto made = m_make();
        m_id = made ? *made : 0;
        m_error = made ? QString() : made.error().message;
    }
    void undo() override
    {
        if (m_id != 0) {
            if (auto removed = m_remove(m_id); !removed)
                m_error = removed.error().message;
        }
        m_id = 0;
    }
    qint64 madeId() const { return m_id; }
    QString error() const { return m_error; }

private:
    Make m_make;
    Remove m_remove;
    qint64 m_id = 0;
    QString m_error;
};

} // namespace

TopPostActions::TopPostActions(AppServices &services, QAbstractItemView *view, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_view(view)
{
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &point) {
        const QModelIndex index = m_view->indexAt(point);
        if (!index.isValid())
            return;
        QMenu *menu =
            menuFor(index.data(PostMetricsModel::PostIdRole).toLongLong(), m_view->viewport());
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(point));
    });
}

QMenu *TopPostActions::menuFor(qint64 postId, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("topPostMenu"));
    QAction *again =
        menu->addAction(tr("Plan Again as a Draft"), this, [this, postId] { planAgain(postId); });
    again->setObjectName(QStringLiteral("planAgainAction"));
    QAction *evergreen = menu->addAction(tr("Plan Again Every 4 Weeks"), this,
                                         [this, postId] { planAgainEvery(postId, 4); });
    evergreen->setObjectName(QStringLiteral("planAgainEvergreenAction"));
    QAction *idea =
        menu->addAction(tr("Turn into an Idea"), this, [this, postId] { turnIntoIdea(postId); });
    idea->setObjectName(QStringLiteral("turnIntoIdeaAction"));
    const bool writable = !m_services.database.isReadOnly();
    for (QAction *action : {again, evergreen, idea})
        action->setEnabled(writable);

    // The ideas like the post, read as the context menu opens.
    QMenu *similar = menu->addMenu(tr("More Like This"));
    similar->setObjectName(QStringLiteral("moreLikeThisMenu"));
    similar->menuAction()->setObjectName(QStringLiteral("moreLikeThisAction"));
    const auto ideas = ideasLike(postId);
    addSimilarIdeas(*similar, ideas.valueOr({}), this,
                    [this](qint64 ideaId) { emit ideaRequested(ideaId); });
    if (similar->isEmpty()) {
        QAction *none = similar->addAction(ideas ? tr("No idea shares this post's pillar or tags")
                                                 : ideas.error().message);
        none->setEnabled(false);
    }
    return menu;
}

core::Result<QList<core::Idea>> TopPostActions::ideasLike(qint64 postId) const
{
    auto post = core::PostRepository(m_services.database).find(postId);
    if (!post)
        return post.error();
    if (post->ideaId) {
        // An idea deleted since falls back to the post's own pillar and tags.
        if (auto idea = m_services.ideas.find(*post->ideaId))
            return m_services.ideas.moreLikeThis(idea->pillarId, idea->tags, idea->id);
    }
    return m_services.ideas.moreLikeThis(post->pillarId, post->tags);
}

core::Post TopPostActions::copyOf(const core::Post &post)
{
    core::Post copy;
    copy.title = post.title;
    copy.body = post.body;
    copy.pillarId = post.pillarId;
    copy.ideaId = post.ideaId;
    copy.tags = post.tags;
    copy.link = post.link;
    copy.media = post.media;
    copy.firstComment = post.firstComment;
    copy.notes = post.notes;
    // The networks and their texts, without what the published post got from them.
    for (const core::PostNetwork &network : post.networks)
        copy.networks << core::PostNetwork{network.networkId, network.variantText, {}, {}, {}};
    return copy;
}

core::Idea TopPostActions::ideaFrom(const core::Post &post)
{
    core::Idea idea;
    const QString text = post.body.simplified();
    idea.title = !post.title.trimmed().isEmpty() ? post.title.trimmed()
                 : text.size() > 80              ? text.left(79) + QStringLiteral("…")
                                                 : text;
    idea.notes = post.body;
    idea.pillarId = post.pillarId;
    idea.tags = post.tags;
    return idea;
}

qint64 TopPostActions::plan(qint64 postId, int everyWeeks)
{
    auto post = core::PostRepository(m_services.database).find(postId);
    if (!post) {
        emit messageShown(post.error().message);
        return 0;
    }
    core::Post copy = copyOf(*post);
    if (everyWeeks > 0) {
        // Same weekday and time, from next week on.
        const QDateTime original =
            post->scheduledAt.isValid() ? post->scheduledAt : m_services.clock.now();
        QDateTime next = original;
        while (next <= m_services.clock.now())
            next = next.addDays(7);
        copy.scheduledAt = next;
        copy.status = core::PostStatus::Scheduled;
        copy.recurrence.everyWeeks = everyWeeks;
        // An evergreen post needs an end: half a year of repeats, which the editor can change.
        copy.recurrence.count = std::max(1, 26 / everyWeeks);
    }
    auto *command = new MakeCommand(
        everyWeeks > 0 ? tr("Plan “%1” again every %2 weeks").arg(post->title).arg(everyWeeks)
                       : tr("Plan “%1” again").arg(post->title),
        [this, copy]() -> core::Result<qint64> {
            auto created = m_services.posts.create(copy);
            if (!created)
                return created.error();
            return created->id;
        },
        [this, everyWeeks](qint64 id) -> core::Result<void> {
            if (everyWeeks == 0)
                return m_services.posts.remove(id);
            // The whole series goes; the views reload as after any series change.
            auto removed =
                m_services.posts.service().remove(id, core::SeriesScope::ThisAndFollowing);
            emit m_services.posts.planChanged();
            return removed;
        });
    m_services.undoStack.push(command);
    if (command->madeId() == 0)
        emit messageShown(command->error());
    else
        emit messageShown(everyWeeks > 0 ? tr("Planned again every %1 weeks.").arg(everyWeeks)
                                         : tr("A new draft waits in the drafts tray."));
    return command->madeId();
}

qint64 TopPostActions::planAgain(qint64 postId)
{
    return plan(postId, 0);
}

qint64 TopPostActions::planAgainEvery(qint64 postId, int everyWeeks)
{
    return plan(postId, qMax(1, everyWeeks));
}

qint64 TopPostActions::turnIntoIdea(qint64 postId)
{
    auto post = core::PostRepository(m_services.database).find(postId);
    if (!post) {
        emit messageShown(post.error().message);
        return 0;
    }
    const core::Idea idea = ideaFrom(*post);
    auto *command = new MakeCommand(
        tr("Idea from “%1”").arg(idea.title),
        [this, idea]() -> core::Result<qint64> {
            auto created = m_services.ideas.create(idea);
            if (!created)
                return created.error();
            return created->id;
        },
        [this](qint64 id) -> core::Result<void> {
            auto removed = m_services.ideas.remove(id);
            if (!removed)
                return removed.error();
            return core::success();
        });
    m_services.undoStack.push(command);
    emit messageShown(command->madeId() == 0 ? command->error()
                                             : tr("“%1” is now an idea in Spark.").arg(idea.title));
    return command->madeId();
}

} // namespace hearth::ui
