// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// listen_demo_db: writes a Hearth database with a year of plausible posts and metrics, for
// screenshots and trying the Listen workspace.
#include "common/clock.h"
#include "listendemodata.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Write a demo database for the Listen workspace."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Database file to create."), QStringLiteral("FILE"));
    const QCommandLineOption postsOption(QStringLiteral("posts"),
                                         QStringLiteral("Number of posts."), QStringLiteral("N"),
                                         QStringLiteral("320"));
    const QCommandLineOption weeksOption(QStringLiteral("weeks"),
                                         QStringLiteral("Weeks of history."), QStringLiteral("N"),
                                         QStringLiteral("52"));
    const QCommandLineOption endOption(QStringLiteral("end"),
                                       QStringLiteral("Last day (default today)."),
                                       QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({dbOption, postsOption, weeksOption, endOption});
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        std::fprintf(stderr, "listen_demo_db: give --db FILE\n");
        return 2;
    }
    const QString path = parser.value(dbOption);
    if (QFile::exists(path)) {
        std::fprintf(stderr, "listen_demo_db: %s exists; remove it first\n", qPrintable(path));
        return 1;
    }
    auto database = hearth::core::Database::open(path, hearth::core::OpenOptions{},
                                                 hearth::core::SystemClock::instance());
    if (!database) {
        std::fprintf(stderr, "listen_demo_db: %s\n", qPrintable(database.error().message));
        return 1;
    }
    hearth::bench::DemoDataOptions options;
    options.posts = parser.value(postsOption).toInt();
    options.weeks = parser.value(weeksOption).toInt();
    options.end = QDate::fromString(parser.value(endOption), Qt::ISODate);
    if (auto generated = hearth::bench::generateDemoData(**database, options); !generated) {
        std::fprintf(stderr, "listen_demo_db: %s\n", qPrintable(generated.error().message));
        return 1;
    }
    std::printf("wrote %d posts over %d weeks to %s\n", options.posts, options.weeks,
                qPrintable(path));
    return 0;
}
