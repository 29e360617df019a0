// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/postactions.h"

#include "plan/postundocommands.h"
#include "widgets/appservices.h"
#include "widgets/networkicons.h"
#include "widgets/newpostnetworks.h"
#include "widgets/undomessagebar.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QTimer>
#include <QUndoStack>

namespace hearth::ui {

namespace {

// QUndoStack has no call for it: while a macro is recorded the macro is listed already but not
// yet undoable, and nothing can be redone.
bool recordingMacro(const QUndoStack &stack)
{
    return stack.count() > stack.index() && !stack.canRedo();
}

} // namespace

PostActions::PostActions(AppServices &services, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
    , m_messageBar(new UndoMessageBar(services.undoStack, window))
{
    m_askLink = [this](const core::Post &, const QString &networkId) -> std::optional<QString> {
        bool ok = false;
        const QString name =
            m_services.posts.service().catalog().network(networkId).valueOr({}).name;
        const QString link = QInputDialog::getText(
            m_window, tr("Mark as published"),
            tr("Link to the post on %1 (optional; it lets Hearth match the metrics later):")
                .arg(name),
            QLineEdit::Normal, QString(), &ok);
        return ok ? std::optional<QString>(link.trimmed()) : std::nullopt;
    };
}

std::optional<core::Post> PostActions::find(qint64 postId)
{
    auto post = m_services.posts.service().find(postId);
    if (!post) {
        emit errorOccurred(post.error().message);
        return std::nullopt;
    }
    return *post;
}

qint64 PostActions::saveEdited(const core::Post &before, const core::Post &edited)
{
    PostStore &store = m_services.posts;
    QUndoCommand *command = nullptr;
    std::function<qint64()> savedId;
    if (before.id != 0 && edited == before)
        return before.id;
    if (before.id == 0 && !edited.recurrence.isActive()) {
        auto *create = new CreatePostCommand(store, edited);
        command = create;
        savedId = [create] {
            return create->postId();
        };
    } else if (before.id == 0 || edited.recurrence != before.recurrence) {
        // The service creates or re-creates the occurrences: undo must put the old ones back.
        auto *series = new SeriesCommand(
            store, before.id,
            [&store, before, edited] {
                return before.id == 0 ? store.create(edited) : store.update(edited);
            },
            before.id == 0                 ? tr("New evergreen post")
            : edited.recurrence.isActive() ? tr("Change how an evergreen post comes back")
                                           : tr("Stop an evergreen post"));
        command = series;
        savedId = [series] {
            return series->firstId();
        };
    } else {
        command = new ChangePostCommand(
            store, before, [&store, edited] { return store.update(edited); },
            tr("Edit post \"%1\"").arg(PostStore::shortName(edited)));
        savedId = [id = before.id] {
            return id;
        };
    }
    if (!pushIfApplied(m_services.undoStack, command))
        return 0;
    const qint64 id = savedId();
    if (auto stored = store.service().find(before.id != 0 ? before.id : id)) {
        NewPostNetworks::rememberLastUsed(stored->networkIds());
        m_messageBar->showMessage(savedMessage(*stored));
    }
    return id;
}

QString PostActions::savedMessage(const core::Post &stored) const
{
    const QString name = PostStore::shortName(stored);
    const QString when = stored.isScheduled()
                             ? QLocale().toString(stored.scheduledAt.toTimeZone(
                                                      m_services.posts.service().timeZone()),
                                                  QStringLiteral("ddd d MMM, HH:mm"))
                             : QString();
    switch (stored.status) {
    case core::PostStatus::Scheduled:
        return tr("Scheduled “%1” for %2.").arg(name, when);
    case core::PostStatus::Published:
        return tr("Saved “%1” as published.").arg(name);
    case core::PostStatus::Skipped:
        return tr("Saved “%1” as skipped.").arg(name);
    case core::PostStatus::Draft:
        break;
    }
    return stored.isScheduled() ? tr("Saved “%1” as a draft for %2.").arg(name, when)
                                : tr("Saved “%1” as a draft in the drafts tray.").arg(name);
}

void PostActions::openWhenStackIsFree(qint64 postId)
{
    m_waitingToOpen.append(postId);
    // One is open already: it takes the next one when it is done.
    if (m_waitingToOpen.size() > 1)
        return;
    if (recordingMacro(m_services.undoStack))
        QTimer::singleShot(0, this, &PostActions::openWaitingPosts);
    else
        openWaitingPosts();
}

void PostActions::openWaitingPosts()
{
    if (recordingMacro(m_services.undoStack)) {
        QTimer::singleShot(0, this, &PostActions::openWaitingPosts);
        return;
    }
    while (!m_waitingToOpen.isEmpty()) {
        emit openRequested(m_waitingToOpen.constFirst());
        m_waitingToOpen.removeFirst();
    }
}

void PostActions::deletePost(qint64 postId)
{
    auto post = find(postId);
    if (!post)
        return;
    if (pushIfApplied(m_services.undoStack, new DeletePostCommand(m_services.posts, *post)))
        m_messageBar->showMessage(tr("Deleted “%1”.").arg(PostStore::shortName(*post)));
}

void PostActions::duplicatePost(qint64 postId)
{
    std::optional<core::Post> copy = find(postId);
    if (!copy)
        return;
    copy->id = 0;
    copy->recurrence = {};
    copy->repeatOf.reset();
    copy->status = copy->isScheduled() ? core::PostStatus::Scheduled : core::PostStatus::Draft;
    for (core::PostNetwork &network : copy->networks) {
        network.externalId.clear();
        network.permalink.clear();
        network.publishedAt = QDateTime();
    }
    auto *command = new CreatePostCommand(m_services.posts, *copy, tr("Duplicate post"));
    if (pushIfApplied(m_services.undoStack, command))
        emit selectRequested(command->postId());
}

void PostActions::movePost(qint64 postId, const QDate &day)
{
    auto post = find(postId);
    if (!post)
        return;
    if (post->isScheduled() && m_services.posts.service().localDay(post->scheduledAt) == day)
        return;
    m_services.undoStack.push(new ChangePostCommand(
        m_services.posts, *post,
        [this, postId, day] { return m_services.posts.reschedule(postId, day); },
        tr("Move post to %1").arg(QLocale().toString(day, QLocale::ShortFormat))));
    emit selectRequested(postId);
}

void PostActions::shiftPost(qint64 postId, int days, int minutes)
{
    auto post = find(postId);
    if (!post || !post->isScheduled() || (days == 0 && minutes == 0))
        return;
    core::PlanningService &service = m_services.posts.service();
    // Wall-clock steps: an hour later is the next hour on the clock, also across DST.
    const QDateTime local = post->scheduledAt.toTimeZone(service.timeZone());
    const QDateTime moved =
        QDateTime(local.date().addDays(days), local.time(), Qt::UTC).addSecs(qint64(minutes) * 60);
    const QDateTime when = service.utcFromLocal(moved.date(), moved.time());
    m_services.undoStack.push(new ChangePostCommand(
        m_services.posts, *post,
        [this, postId, when] { return m_services.posts.scheduleAt(postId, when); },
        tr("Move post to %1")
            .arg(QLocale().toString(moved.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                 QLocale().toString(moved.time(), QLocale::ShortFormat))));
    emit selectRequested(postId);
}

void PostActions::unschedulePost(qint64 postId)
{
    auto post = find(postId);
    if (!post || !post->isScheduled())
        return;
    m_services.undoStack.push(new ChangePostCommand(
        m_services.posts, *post, [this, postId] { return m_services.posts.unschedule(postId); },
        tr("Move post to the drafts")));
}

void PostActions::markPublished(qint64 postId, const QString &networkId)
{
    auto post = find(postId);
    if (!post)
        return;
    const std::optional<QString> link = m_askLink(*post, networkId);
    if (!link)
        return;
    m_services.undoStack.push(new ChangePostCommand(
        m_services.posts, *post,
        [this, postId, networkId, link] {
            return m_services.posts.markPublished(postId, networkId, *link);
        },
        tr("Mark as published")));
}

void PostActions::copyText(qint64 postId, const QString &networkId)
{
    if (auto post = find(postId))
        QGuiApplication::clipboard()->setText(post->textFor(networkId));
}

void PostActions::openComposePage(qint64 postId, const QString &networkId)
{
    auto url = m_services.posts.service().composeUrlFor(postId, networkId);
    if (!url) {
        emit errorOccurred(url.error().message);
        return;
    }
    // Only ever on the user's click: Hearth itself never goes online.
    if (!QDesktopServices::openUrl(*url))
        emit errorOccurred(tr("No browser could open %1.").arg(url->toDisplayString()));
}

void PostActions::showContextMenu(qint64 postId, const QPoint &globalPos)
{
    auto post = m_services.posts.service().find(postId);
    if (!post)
        return;
    const QList<core::Network> networks =
        m_services.posts.service().catalog().networks().valueOr({});
    auto nameOf = [&](const QString &id) {
        for (const core::Network &network : networks) {
            if (network.id == id)
                return network.name;
        }
        return id;
    };

    QMenu menu(m_window);
    menu.setObjectName(QStringLiteral("postContextMenu"));
    menu.addAction(tr("&Open…"), this, [this, postId] { emit openRequested(postId); });
    menu.addAction(tr("D&uplicate"), this, [this, postId] { duplicatePost(postId); });
    QMenu *copy = menu.addMenu(tr("&Copy text"));
    QMenu *compose = menu.addMenu(tr("Open &compose page"));
    QMenu *publish = menu.addMenu(tr("Mark as &published"));
    for (const core::PostNetwork &network : post->networks) {
        const QIcon icon(networkBadge(network.networkId, 16, m_window->devicePixelRatioF()));
        const QString name = nameOf(network.networkId);
        copy->addAction(icon, name, this,
                        [this, postId, id = network.networkId] { copyText(postId, id); });
        compose->addAction(icon, name, this,
                           [this, postId, id = network.networkId] { openComposePage(postId, id); });
        QAction *published =
            publish->addAction(icon, name, this, [this, postId, id = network.networkId] {
                markPublished(postId, id);
            });
        published->setEnabled(!network.publishedAt.isValid());
    }
    for (QMenu *sub : {copy, compose, publish})
        sub->setEnabled(!post->networks.isEmpty());
    menu.addSeparator();
    if (post->isScheduled())
        menu.addAction(tr("Move to &drafts"), this, [this, postId] { unschedulePost(postId); });
    menu.addAction(tr("&Delete"), this, [this, postId] { deletePost(postId); });
    menu.exec(globalPos);
}

} // namespace hearth::ui
