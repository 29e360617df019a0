// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/postactions.h"

#include "plan/postundocommands.h"
#include "widgets/appservices.h"
#include "widgets/networkicons.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QUndoStack>

namespace hearth::ui {

PostActions::PostActions(AppServices &services, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
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

void PostActions::deletePost(qint64 postId)
{
    if (auto post = find(postId))
        m_services.undoStack.push(new DeletePostCommand(m_services.posts, *post));
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
    m_services.undoStack.push(command);
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
