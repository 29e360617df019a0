// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth: the desktop application. Parses the command line, opens the plan, shows the window.
#include "common/clock.h"
#include "hearth_version.h"
#include "screenshotwriter.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/startupguard.h"
#include "shell/teamplandialog.h"
#include "shell/teamplanopener.h"
#include "shell/theme.h"
#include "spark/starterlibrary.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/serveraddress.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

namespace {

Q_LOGGING_CATEGORY(lcStartup, "hearth.startup", QtInfoMsg)

// Renders the window offscreen into `file`; returns the process exit code.
int writeScreenshot(hearth::ui::MainWindow &window, const QString &file, const QSize &size,
                    QElapsedTimer &clock)
{
    // Shown but never put on a screen, and with updates off while it is shown and laid out:
    // the window is painted once, by grab(), not first into a backing store nobody sees.
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(size);
    window.setUpdatesEnabled(false);
    window.show();
    for (int pass = 0; pass < 3; ++pass)
        QApplication::processEvents();
    window.setUpdatesEnabled(true);
    qCDebug(lcStartup) << "shown and laid out" << clock.elapsed() << "ms";
    const QImage image = window.grab().toImage();
    qCDebug(lcStartup) << "painted" << clock.elapsed() << "ms";
    if (const QString problem = hearth::app::writeScreenshotPng(image, file); !problem.isEmpty()) {
        std::fprintf(stderr, "hearth: could not write the screenshot %s: %s\n",
                     qPrintable(QDir::toNativeSeparators(file)), qPrintable(problem));
        return 1;
    }
    qCDebug(lcStartup) << "written" << clock.elapsed() << "ms";
    return 0;
}

bool wantsScreenshot(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 ||
            std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

// The value of `--name VALUE` or `--name=VALUE`, read before Qt parses the command line:
// the language must be in place before the options' own texts are translated.
QString earlyOption(int argc, char *argv[], const char *name)
{
    const std::size_t length = std::strlen(name);
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], name, length) == 0 && argv[i][length] == '=')
            return QString::fromLocal8Bit(argv[i] + length + 1);
    }
    return {};
}

// What the command line asks of this run.
struct Launch
{
    bool screenshot = false;
    QString screenshotPath;
    bool readOnly = false;
    QString databasePath;
    // A team plan's libpq URI or service=NAME; empty for the plan file.
    QString server;
    hearth::ui::Workspace workspace = hearth::ui::Workspace::Plan;
    QDate date;
    QSize size{1280, 800};
    QString theme;
};

// Reads the command line into `launch`; a non-empty result is the reason to refuse it.
QString readCommandLine(const QApplication &app, Launch &launch)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Plan social posts and see which ones build community."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Open the plan in FILE instead of the default one."),
        QStringLiteral("FILE"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("main",
                                    "Open the team plan on a PostgreSQL server: a libpq URI "
                                    "(postgresql://user@host/database) or service=NAME."),
        QStringLiteral("URI"));
    const QCommandLineOption readOnlyOption(
        QStringLiteral("read-only"),
        QCoreApplication::translate("main", "Open the plan read-only."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "Render the window offscreen into the PNG FILE and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QCoreApplication::translate("main", "Workspace to show: plan, spark or listen."),
        QStringLiteral("plan|spark|listen"), QStringLiteral("plan"));
    const QCommandLineOption dateOption(
        QStringLiteral("date"), QCoreApplication::translate("main", "Show the period around DATE."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QCoreApplication::translate("main", "Window size for --screenshot."), QStringLiteral("WxH"),
        QStringLiteral("1280x800"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Language for this run: en or de."),
        QStringLiteral("en|de"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "Theme for this run: light, dark or system (the "
                                            "default of --screenshot is light)."),
        QStringLiteral("light|dark|system"));
    parser.addOptions({dbOption, serverOption, readOnlyOption, screenshotOption, viewOption,
                       dateOption, sizeOption, languageOption, themeOption});
    parser.process(app);

    launch.screenshot = parser.isSet(screenshotOption);
    launch.screenshotPath = parser.value(screenshotOption);
    launch.readOnly = parser.isSet(readOnlyOption);
    launch.databasePath =
        parser.isSet(dbOption) ? parser.value(dbOption) : hearth::core::defaultDatabasePath();
    launch.server = parser.value(serverOption);
    if (parser.isSet(serverOption) && parser.isSet(dbOption))
        return QCoreApplication::translate("main", "Give either --db or --server, not both.");

    const QString view = parser.value(viewOption).toLower();
    if (view == QLatin1String("spark"))
        launch.workspace = hearth::ui::Workspace::Spark;
    else if (view == QLatin1String("listen"))
        launch.workspace = hearth::ui::Workspace::Listen;
    else if (view != QLatin1String("plan"))
        return QCoreApplication::translate("main",
                                           "Unknown --view \"%1\"; use plan, spark or listen.")
            .arg(view);

    if (parser.isSet(languageOption) &&
        !hearth::ui::Language::available().contains(parser.value(languageOption)))
        return QCoreApplication::translate("main", "Unknown --language \"%1\"; use %2.")
            .arg(parser.value(languageOption),
                 hearth::ui::Language::available().join(QStringLiteral(", ")));
    launch.theme = parser.value(themeOption).toLower();
    if (parser.isSet(themeOption) && launch.theme != QLatin1String("light") &&
        launch.theme != QLatin1String("dark") && launch.theme != QLatin1String("system"))
        return QCoreApplication::translate("main",
                                           "Unknown --theme \"%1\"; use light, dark or system.")
            .arg(launch.theme);

    if (parser.isSet(dateOption)) {
        launch.date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!launch.date.isValid())
            return QCoreApplication::translate("main",
                                               "--date \"%1\" is not a date like 2026-11-23.")
                .arg(parser.value(dateOption));
    }
    const QStringList parts = parser.value(sizeOption).split(u'x');
    bool widthOk = false;
    bool heightOk = false;
    if (parts.size() == 2)
        launch.size = QSize(parts.at(0).toInt(&widthOk), parts.at(1).toInt(&heightOk));
    if (!widthOk || !heightOk || launch.size.width() < 200 || launch.size.height() < 150)
        return QCoreApplication::translate("main", "--size \"%1\" is not a size like 1280x800.")
            .arg(parser.value(sizeOption));
    return {};
}

// Readies an opened plan for the window: what fails here leaves the plan usable, so it becomes
// the notice the window shows instead of keeping the plan closed.
void prepare(hearth::ui::StartupOutcome &opened)
{
    QStringList problems;
    if (!opened.notice.isEmpty())
        problems << opened.notice;
    // A plan opened for writing gets the starter library's prompts (once per library version).
    if (auto loaded = hearth::core::StarterLibrary::ensureLoaded(*opened.database); !loaded)
        problems << loaded.error().message;
    // The starter pillars in the language shown; a failure only leaves their names as they are.
    if (auto renamed = hearth::core::StarterLibrary::localizeDefaultPillars(*opened.database);
        !renamed)
        problems << renamed.error().message;
    opened.notice = problems.join(u' ');
}

} // namespace

int main(int argc, char *argv[])
{
    // A screenshot needs no display; pick the offscreen platform before Qt starts.
    if (wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("hearth"));
    QCoreApplication::setApplicationName(QStringLiteral("hearth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Hearth"));
    QGuiApplication::setDesktopFileName(QStringLiteral(HEARTH_APP_ID));
    // --language outranks Preferences for this run only, e.g. for German screenshots.
    const QString language = earlyOption(argc, argv, "--language");
    hearth::ui::Language::apply(hearth::ui::Language::available().contains(language)
                                    ? language
                                    : hearth::ui::Language::chosen());

    Launch launch;
    const QString commandLineProblem = readCommandLine(app, launch);
    const bool screenshot = launch.screenshot;
    auto refuse = [&](const QString &message) {
        std::fprintf(stderr, "hearth: %s\n", qPrintable(message));
        if (!screenshot)
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "Hearth cannot open the plan"),
                message);
        return 1;
    };
    if (!commandLineProblem.isEmpty())
        return refuse(commandLineProblem);

    hearth::core::OpenOptions options;
    options.mode =
        launch.readOnly ? hearth::core::OpenMode::ReadOnly : hearth::core::OpenMode::ReadWrite;
    const hearth::core::Clock &clock = hearth::core::SystemClock::instance();
    const hearth::ui::StartupInteraction interaction =
        screenshot ? hearth::ui::StartupInteraction::Never : hearth::ui::StartupInteraction::Ask;
    // Another window on the same plan, or a damaged file, is settled with the user first; the
    // lock it returns is held for as long as this window runs.
    hearth::ui::StartupGuard guard(clock, interaction);
    hearth::ui::StartupOutcome opened;
    if (launch.server.isEmpty()) {
        opened = guard.open(launch.databasePath, options);
    } else {
        auto address = hearth::core::ServerAddress::parse(launch.server);
        if (!address)
            return refuse(address.error().message);
        hearth::ui::TeamPlanOpener opener(clock, interaction);
        opened = opener.open(*address, hearth::ui::TeamPlanSettings::remembersPassword(*address),
                             options);
    }
    if (opened.quit)
        return 1;
    if (!opened.database)
        return refuse(opened.error);

    hearth::ui::ThemeChoice themeChoice =
        screenshot ? hearth::ui::ThemeChoice::Light
                   : hearth::ui::themeChoiceFromString(
                         QSettings().value(QStringLiteral("ui/theme")).toString());
    if (!launch.theme.isEmpty())
        themeChoice = hearth::ui::themeChoiceFromString(launch.theme);
    hearth::ui::applyTheme(themeChoice);

    // File > Open Team Plan / Open Local Plan replace the window and its plan; each turn of
    // this loop runs one.
    for (;;) {
        prepare(opened);
        if (!opened.notice.isEmpty())
            std::fprintf(stderr, "hearth: %s\n", qPrintable(opened.notice));
        qCDebug(lcStartup) << "plan open" << startup.elapsed() << "ms";
        // The window reads the week of --date (or today) once, in its constructor.
        auto window =
            std::make_unique<hearth::ui::MainWindow>(*opened.database, clock, launch.date);
        qCDebug(lcStartup) << "window built" << startup.elapsed() << "ms";
        if (!screenshot)
            window->restoreSettings();
        window->showWorkspace(launch.workspace);

        if (screenshot)
            return writeScreenshot(*window, launch.screenshotPath, launch.size, startup);
        std::optional<hearth::ui::StartupOutcome> next;
        window->setPlanSwitcher([&](hearth::ui::StartupOutcome chosen) {
            // The plan file is opened before this window goes, so a refusal keeps it.
            if (!chosen.database)
                chosen = guard.open(launch.databasePath, options);
            if (!chosen.database) {
                if (!chosen.quit)
                    QMessageBox::warning(
                        window.get(),
                        QCoreApplication::translate("main", "Hearth cannot open the plan"),
                        chosen.error);
                return;
            }
            next = std::move(chosen);
            window->close();
            // Open dialogs of this window must not keep the old plan running.
            QCoreApplication::exit(0);
        });
        window->startDailyBackups();
        window->show();
        window->reviewNewWeek();
        if (!opened.notice.isEmpty())
            window->statusBar()->showMessage(opened.notice);
        const int code = QApplication::exec();
        if (!next)
            return code;
        // The window uses the plan: it goes first, then the plan (and its lock).
        window.reset();
        opened = std::move(*next);
        launch.workspace = hearth::ui::Workspace::Plan;
    }
}
