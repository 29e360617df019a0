// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/poststore.h"

#include <QChar>

namespace hearth::ui {

PostStore::PostStore(core::Database &database, QObject *parent)
    : QObject(parent)
    , m_service(database)
{}

core::Result<core::Post> PostStore::announce(core::Result<core::Post> result)
{
    if (result)
        emit postSaved(*result);
    else
        emit errorOccurred(result.error().message);
    return result;
}

core::Result<core::Post> PostStore::create(const core::Post &post)
{
    auto created = announce(m_service.create(post));
    if (created && created->recurrence.isActive())
        emit planChanged();
    return created;
}

core::Result<core::Post> PostStore::update(const core::Post &post)
{
    // A changed recurrence re-creates the series' occurrences: more than one post changes.
    const auto before = m_service.find(post.id);
    auto updated = announce(m_service.update(post));
    if (updated && before && before->recurrence != updated->recurrence)
        emit planChanged();
    return updated;
}

core::Result<QList<core::Post>> PostStore::restoreSeries(qint64 firstId,
                                                         const QList<core::Post> &series)
{
    auto restored = m_service.restoreSeries(firstId, series);
    if (restored)
        emit planChanged();
    else
        emit errorOccurred(restored.error().message);
    return restored;
}

core::Result<QList<core::Post>>
PostStore::setPillars(const QList<std::pair<qint64, std::optional<qint64>>> &pillarByPost)
{
    auto stored = m_service.setPillars(pillarByPost);
    if (stored)
        emit planChanged();
    else
        emit errorOccurred(stored.error().message);
    return stored;
}

core::Result<QList<core::PostingSlot>>
PostStore::replacePostingSlots(const QList<core::PostingSlot> &slotList)
{
    auto replaced = m_service.replacePostingSlots(slotList);
    if (replaced)
        emit slotsChanged();
    else
        emit errorOccurred(replaced.error().message);
    return replaced;
}

core::Result<core::Post> PostStore::restore(const core::Post &post)
{
    return announce(m_service.restore(post));
}

core::Result<void> PostStore::remove(qint64 postId)
{
    // The first post of a series hands the series on: its repeats change too.
    const auto before = m_service.find(postId);
    const bool headsSeries =
        before && !before->repeatOf && m_service.seriesOf(postId).valueOr({}).size() > 1;
    auto removed = m_service.remove(postId);
    if (removed) {
        emit postRemoved(postId);
        if (headsSeries)
            emit planChanged();
    } else
        emit errorOccurred(removed.error().message);
    return removed;
}

core::Result<core::Post> PostStore::reschedule(qint64 postId, const QDate &day)
{
    return announce(m_service.reschedule(postId, day));
}

core::Result<core::Post> PostStore::scheduleAt(qint64 postId, const QDateTime &when)
{
    return announce(m_service.scheduleAt(postId, when));
}

core::Result<core::Post> PostStore::unschedule(qint64 postId)
{
    return announce(m_service.unschedule(postId));
}

core::Result<core::Post> PostStore::markPublished(qint64 postId, const QString &networkId,
                                                  const QString &link)
{
    return announce(m_service.markPublished(postId, networkId, link));
}

core::Result<core::Post> PostStore::createDraftFromIdea(core::IdeaRepository &ideas, qint64 ideaId,
                                                        const QDateTime &at)
{
    return announce(ideas.createDraftFromIdea(ideaId, at));
}

bool PostStore::sameWriting(const core::Post &a, const core::Post &b)
{
    core::Post left = a;
    core::Post right = b;
    left.createdAt = right.createdAt = QDateTime();
    left.updatedAt = right.updatedAt = QDateTime();
    return left == right;
}

QString PostStore::shortName(const core::Post &post)
{
    QString words = post.title.isEmpty() ? post.body.simplified() : post.title.simplified();
    if (words.isEmpty())
        return tr("post %1").arg(post.id);
    if (words.size() > 30)
        words = words.left(29) + QChar(0x2026);
    return words;
}

core::Error PostStore::changedSince(const core::Post &stored)
{
    core::Error error =
        core::Error::make(core::ErrorKind::Conflict,
                          tr("“%1” was changed after this step, so it was kept as it is now.")
                              .arg(shortName(stored)));
    emit errorOccurred(error.message);
    return error;
}

core::Result<void> PostStore::removeIfUnchanged(const core::Post &expected)
{
    auto stored = m_service.find(expected.id);
    if (!stored) {
        if (stored.error().kind == core::ErrorKind::NotFound)
            return core::success();
        emit errorOccurred(stored.error().message);
        return stored.error();
    }
    if (!sameWriting(*stored, expected))
        return changedSince(*stored);
    return remove(expected.id);
}

core::Result<core::Post> PostStore::replaceIfUnchanged(const core::Post &expected,
                                                       const core::Post &next)
{
    auto stored = m_service.find(expected.id);
    if (!stored) {
        emit errorOccurred(stored.error().message);
        return stored;
    }
    if (sameWriting(*stored, next))
        return stored;
    if (!sameWriting(*stored, expected))
        return changedSince(*stored);
    return update(next);
}

core::Result<core::Post> PostStore::restoreIfMissing(const core::Post &post)
{
    auto stored = m_service.find(post.id);
    if (stored)
        return stored;
    if (stored.error().kind != core::ErrorKind::NotFound) {
        emit errorOccurred(stored.error().message);
        return stored;
    }
    return restore(post);
}

} // namespace hearth::ui
