// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// listen_screenshots: renders every tab of the Listen workspace over a database into PNG
// files, for the README (the main window's --screenshot shows only the first tab).
#include "common/clock.h"
#include "listen/listenworkspace.h"
#include "shell/theme.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTabWidget>
#include <QUndoStack>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Render the Listen workspace's tabs to PNG files."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database to show."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Folder for listen-<tab>.png."),
                                       QStringLiteral("DIR"), QStringLiteral("."));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        QStringLiteral("Show the period ending on DATE."),
                                        QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({dbOption, outOption, dateOption});
    parser.process(app);

    hearth::core::OpenOptions options;
    options.create = hearth::core::CreateMode::MustExist;
    auto database = hearth::core::Database::open(parser.value(dbOption), options,
                                                 hearth::core::SystemClock::instance());
    if (!database) {
        std::fprintf(stderr, "listen_screenshots: %s\n", qPrintable(database.error().message));
        return 1;
    }
    hearth::ui::applyTheme(hearth::ui::ThemeChoice::Light);
    QUndoStack undo;
    hearth::ui::AppServices services(**database, hearth::core::SystemClock::instance(), undo);
    hearth::ui::ListenWorkspace workspace(services);
    workspace.resize(1132, 780);
    workspace.show();
    const QDate date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
    if (date.isValid())
        workspace.showDate(date);
    workspace.refresh();
    auto *tabs = workspace.findChild<QTabWidget *>(QStringLiteral("listenTabWidget"));
    const QStringList names{QStringLiteral("overview"), QStringLiteral("heatmap"),
                            QStringLiteral("top-posts")};
    for (int tab = 0; tab < tabs->count() && tab < names.size(); ++tab) {
        tabs->setCurrentIndex(tab);
        for (int pass = 0; pass < 3; ++pass)
            QApplication::processEvents();
        const QString file = QDir(parser.value(outOption))
                                 .filePath(QStringLiteral("listen-%1.png").arg(names.at(tab)));
        if (!workspace.grab().save(file, "PNG")) {
            std::fprintf(stderr, "listen_screenshots: could not write %s\n", qPrintable(file));
            return 1;
        }
        std::printf("wrote %s\n", qPrintable(file));
    }
    return 0;
}
