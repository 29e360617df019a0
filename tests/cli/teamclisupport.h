// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the team plan tests of hearth-cli share: running the real binary in a home of its own,
// new schemas on the test server, a local plan with something in every table, and its rows.
#include "common/clock.h"
#include "plan/catalog.h"
#include "plan/postingslots.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTime>

#include <algorithm>

namespace hearth::cli::testing {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// Every table a plan copy moves, compared row by row after a round trip.
inline const QStringList &planTables()
{
    static const QStringList tables{QStringLiteral("networks"),
                                    QStringLiteral("pillars"),
                                    QStringLiteral("tags"),
                                    QStringLiteral("posts"),
                                    QStringLiteral("ideas"),
                                    QStringLiteral("idea_tags"),
                                    QStringLiteral("library_dismissed"),
                                    QStringLiteral("post_networks"),
                                    QStringLiteral("post_tags"),
                                    QStringLiteral("post_media"),
                                    QStringLiteral("posting_slots"),
                                    QStringLiteral("metric_imports"),
                                    QStringLiteral("metric_raw_layouts"),
                                    QStringLiteral("metric_snapshots"),
                                    QStringLiteral("import_mappings"),
                                    QStringLiteral("settings")};
    return tables;
}

// Every row of `table` in a SQLite file, each as its cells' text, in a stable order.
inline QList<QStringList> fileRows(const QString &path, const QString &table)
{
    QList<QStringList> rows;
    const QString name = QStringLiteral("rows-%1").arg(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT * FROM %1").arg(table));
            while (query.next()) {
                QStringList row;
                for (int c = 0; c < query.record().count(); ++c)
                    row << query.record().fieldName(c) + u'=' + query.value(c).toString();
                rows << row;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    std::sort(rows.begin(), rows.end());
    return rows;
}

// A home folder for hearth-cli and the plans a test makes.
class TeamCliHarness final
{
public:
    Run cli(const QStringList &arguments, const QProcessEnvironment &extra = {}) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("config")));
        for (const QString &key : extra.keys()) {
            if (extra.value(key).isNull())
                environment.remove(key);
            else
                environment.insert(key, extra.value(key));
        }
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HEARTH_CLI_PATH), arguments);
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    // A new, empty schema on the test server, as the text --server takes.
    QString path(const QString &name) const { return m_home.filePath(name); }
    bool isValid() const { return m_home.isValid(); }

    static QString newServer()
    {
        auto address = core::testing::newTestServerAddress();
        if (!address)
            qFatal("%s", qPrintable(address.error().message));
        return address->text();
    }

    static bool onServer() { return core::testing::testsOnPostgreSql(); }

    // A plan file with something in every table a team plan gets: posts with network texts,
    // ideas with tags, a pillar of its own, a posting slot, and imported metrics with raw cells.
    QString makeLocalPlan() const
    {
        static int counter = 0;
        const QString path = m_home.filePath(QStringLiteral("local%1.db").arg(++counter));
        const QString db = QStringLiteral("--db");
        if (cli({db, path, QStringLiteral("init")}).exitCode != 0)
            return {};
        {
            auto database =
                core::Database::open(path, core::OpenOptions{}, core::SystemClock::instance());
            if (!database)
                return {};
            if (!core::CatalogRepository(**database)
                     .addPillar(QStringLiteral("Flour & friends"), QStringLiteral("#aa5500"), 0.25))
                return {};
            if (!core::PostingSlotStore(**database)
                     .add(core::PostingSlot{0, 3, QTime(9, 30), QStringLiteral("x")}))
                return {};
        }
        const QList<QStringList> commands{
            {QStringLiteral("post"), QStringLiteral("add"), QStringLiteral("--text"),
             QStringLiteral("Rye's back — \"today\" \\o/"), QStringLiteral("--network"),
             QStringLiteral("x,mastodon"), QStringLiteral("--variant"),
             QStringLiteral("mastodon=Hello fediverse"), QStringLiteral("--at"),
             QStringLiteral("2026-12-01 08:30")},
            {QStringLiteral("post"), QStringLiteral("add"), QStringLiteral("--text"),
             QStringLiteral("'); DROP TABLE posts; --"), QStringLiteral("--network"),
             QStringLiteral("linkedin")},
            {QStringLiteral("idea"), QStringLiteral("add"), QStringLiteral("Oven tour"),
             QStringLiteral("--notes"), QStringLiteral("Line one\nLine two"),
             QStringLiteral("--pillar"), QStringLiteral("Flour & friends"), QStringLiteral("--tag"),
             QStringLiteral("bakery,tour")},
            {QStringLiteral("import"), QStringLiteral("metrics"),
             QStringLiteral(HEARTH_TEST_DATA_DIR "/metrics/youtube.csv"),
             QStringLiteral("--time-zone"), QStringLiteral("UTC")},
        };
        for (const QStringList &command : commands) {
            const Run run = cli(QStringList{db, path} + command);
            if (run.exitCode != 0) {
                qWarning("%s", run.err.constData());
                return {};
            }
        }
        return path;
    }

private:
    QTemporaryDir m_home;
};

} // namespace hearth::cli::testing
