// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "plan/planworkspace.h"
#include "storage/database.h"
#include "widgets/appservices.h"
#include "widgets/poststore.h"

#include <QSettings>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace hearth::ui::testing {

// A Plan workspace shown over an in-memory plan, as the Plan GUI tests use it: the clock on
// Wednesday 2026-11-25 08:00, the week from Monday 2026-11-23, no remembered editor defaults.
// Tests inherit it (after QObject) and call setUp() and tearDown() from init() and cleanup().
class PlanWorkspaceFixture
{
protected:
    void setUp()
    {
        // A new post starts on the networks used last: each test starts without any.
        QSettings().remove(QStringLiteral("editor"));
        QSettings().remove(QStringLiteral("defaults"));
        m_clock = std::make_unique<core::ManualClock>(
            QDateTime(m_today, QTime(8, 0), Qt::LocalTime).toUTC());
        auto database = core::Database::openInMemory(*m_clock);
        if (!database)
            qFatal("no in-memory plan: %s", qPrintable(database.error().message));
        m_database = std::move(*database);
        m_undo = std::make_unique<QUndoStack>();
        m_services = std::make_unique<AppServices>(*m_database, *m_clock, *m_undo);
        m_workspace = std::make_unique<PlanWorkspace>(*m_services);
        m_workspace->resize(1280, 760);
        m_workspace->show();
        if (!QTest::qWaitForWindowExposed(m_workspace.get()))
            qFatal("the Plan workspace was never shown");
    }

    void tearDown()
    {
        m_workspace.reset();
        m_undo.reset();
        m_services.reset();
        m_database.reset();
    }

    // `hour`:`minute` local time, `dayOffset` days after Monday, in UTC.
    QDateTime local(int dayOffset, int hour, int minute = 0) const
    {
        return QDateTime(m_monday.addDays(dayOffset), QTime(hour, minute), Qt::LocalTime).toUTC();
    }

    // Stores a post through the post store, tagged "bread", as the views see it.
    core::Post store(const QString &body, const QDateTime &when,
                     const QStringList &networks = {QStringLiteral("x")})
    {
        core::Post post;
        post.title = post.link = post.firstComment = post.notes = QStringLiteral("");
        post.body = body;
        post.scheduledAt = when;
        post.status = when.isValid() ? core::PostStatus::Scheduled : core::PostStatus::Draft;
        post.tags = {QStringLiteral("bread")};
        for (const QString &network : networks)
            post.networks << core::PostNetwork{network, QString(), QString(), QString(),
                                               QDateTime()};
        auto created = m_services->posts.create(post);
        if (!created)
            qFatal("could not store a test post: %s", qPrintable(created.error().message));
        return *created;
    }

    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<core::Database> m_database;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<PlanWorkspace> m_workspace;
    // Wednesday; the week starts on Monday 2026-11-23.
    const QDate m_today{2026, 11, 25};
    const QDate m_monday{2026, 11, 23};
};

} // namespace hearth::ui::testing
