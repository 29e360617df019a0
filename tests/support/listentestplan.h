// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A plan on the test engine with published posts and their figures, for the Listen tests that read
// them.
#pragma once

#include "common/clock.h"
#include "plan/post.h"
#include "plan/postrepository.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QTest>

#include <memory>
#include <optional>

namespace hearth::test {

class ListenTestPlan final
{
public:
    explicit ListenTestPlan(const QDateTime &now)
        : m_clock(std::make_unique<core::ManualClock>(now))
    {
        auto database = core::testing::openTestDatabase(*m_clock);
        if (!database)
            qFatal("%s", qPrintable(database.error().message));
        m_database = std::move(*database);
    }

    core::Database &database() { return *m_database; }
    core::ManualClock &clock() { return *m_clock; }

    // A published post at `when` (UTC) on `network`; `status` for the posts the review counts.
    qint64 addPost(const QDateTime &when, const QString &network,
                   std::optional<qint64> ideaId = std::nullopt,
                   std::optional<qint64> pillarId = std::nullopt,
                   core::PostStatus status = core::PostStatus::Published)
    {
        core::Post post;
        post.title = QStringLiteral("Post %1").arg(++m_posts);
        post.body = QStringLiteral("Body of ") + post.title;
        post.link = post.firstComment = post.notes = QStringLiteral("");
        post.scheduledAt = when;
        post.status = status;
        post.ideaId = ideaId;
        post.pillarId = pillarId;
        core::PostNetwork target;
        target.networkId = network;
        post.networks << target;
        auto created = core::PostRepository(*m_database).create(post);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return created->id;
    }

    // Figures with `comments` community signals over `reach`.
    void addFigures(qint64 postId, const QString &network, qint64 comments, qint64 reach)
    {
        auto inserted = m_database->exec(
            QStringLiteral("INSERT INTO metric_snapshots (post_id, network_id, captured_at, "
                           "reach, comments) VALUES (:post, :network, :captured, :reach, "
                           ":comments)"),
            {{QStringLiteral(":post"), postId},
             {QStringLiteral(":network"), network},
             {QStringLiteral(":captured"), m_clock->now().toSecsSinceEpoch()},
             {QStringLiteral(":reach"), reach},
             {QStringLiteral(":comments"), comments}});
        if (!inserted)
            qFatal("%s", qPrintable(inserted.error().message));
    }

    // `count` rated posts at the local `weekday`/`hour` of the weeks before now, each with a
    // rate of comments ÷ 1000.
    void addRatedPosts(const QString &network, int weekday, int hour, int count, qint64 comments,
                       std::optional<qint64> ideaId = std::nullopt,
                       std::optional<qint64> pillarId = std::nullopt, int weeksBack = 1)
    {
        const QDate today = m_clock->now().toLocalTime().date();
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        for (int index = 0; index < count; ++index) {
            const QDate day = monday.addDays(-7 * (weeksBack + index) + weekday - 1);
            const QDateTime at = QDateTime(day, QTime(hour, 0), Qt::LocalTime).toUTC();
            addFigures(addPost(at, network, ideaId, pillarId), network, comments, 1000);
        }
    }

private:
    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<core::Database> m_database;
    int m_posts = 0;
};

} // namespace hearth::test
