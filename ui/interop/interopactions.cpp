// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/interopactions.h"

#include "interop/bulkimportdialog.h"
#include "interop/csvexporter.h"
#include "interop/exportfilterdialog.h"
#include "interop/feedwriter.h"
#include "interop/icsexporter.h"
#include "interop/icsimporter.h"
#include "interop/importpreviewdialog.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

namespace hearth::ui {

namespace {

constexpr int dailyCheckMinutes = 60;

// A progress dialog for work the core reports in steps; Cancel makes the callback return false.
class Progress final
{
public:
    Progress(QWidget *parent, const QString &label)
        : m_dialog(label, QObject::tr("Cancel"), 0, 0, parent)
    {
        m_dialog.setObjectName(QStringLiteral("interopProgressDialog"));
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
    }
    core::ExportProgress callback()
    {
        return [this](qint64 done, qint64 total) {
            m_dialog.setMaximum(static_cast<int>(std::max<qint64>(total, 1)));
            m_dialog.setValue(static_cast<int>(std::min(done, total)));
            QCoreApplication::processEvents();
            return !m_dialog.wasCanceled();
        };
    }
    // For work without steps: shows a busy bar.
    void busy()
    {
        m_dialog.setMaximum(0);
        m_dialog.setValue(0);
        QCoreApplication::processEvents();
    }

private:
    QProgressDialog m_dialog;
};

QString documentsPath(const QString &name)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
}

} // namespace

InteropDialogs InteropDialogs::standard()
{
    InteropDialogs dialogs;
    dialogs.openFile = [](QWidget *parent, const QString &title, const QString &filter) {
        return QFileDialog::getOpenFileName(parent, title, QString(), filter);
    };
    dialogs.saveFile = [](QWidget *parent, const QString &title, const QString &suggested,
                          const QString &filter) {
        return QFileDialog::getSaveFileName(parent, title, documentsPath(suggested), filter);
    };
    dialogs.inform = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::information(parent, title, text);
    };
    dialogs.warn = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::warning(parent, title, text);
    };
    dialogs.confirm = [](QWidget *parent, const QString &title, const QString &text) {
        return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
    };
    dialogs.reviewImport = [](QWidget *parent, const core::ImportPreview &preview) {
        ImportPreviewDialog dialog(preview, parent);
        return dialog.exec() == QDialog::Accepted;
    };
    dialogs.chooseBulkOptions =
        [](QWidget *parent, core::Database &database, const QString &path,
           const QList<core::Network> &networks) -> std::optional<core::BulkImportOptions> {
        BulkImportDialog dialog(database, path, networks, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.options();
    };
    return dialogs;
}

InteropActions::InteropActions(AppServices &services, QWidget *parentWidget)
    : QObject(parentWidget)
    , m_services(services)
    , m_parentWidget(parentWidget)
    , m_backups(services.database)
    , m_dialogs(InteropDialogs::standard())
{
    setObjectName(QStringLiteral("interopActions"));
}

InteropActions::~InteropActions() = default;

void InteropActions::addTo(QMenu *menu)
{
    struct Entry
    {
        const char *name;
        QString text;
        void (InteropActions::*slot)();
        bool writesPlan = false;
    };
    const QList<Entry> exports{
        {"exportIcsAction", tr("Export i&Calendar…"), &InteropActions::exportIcs},
        {"exportCsvAction", tr("Export &CSV…"), &InteropActions::exportCsv},
        {"calendarFeedAction", tr("Calendar &Feed…"), &InteropActions::chooseFeedFile, true},
    };
    const QList<Entry> imports{
        {"importPostsAction", tr("Import &Posts…"), &InteropActions::importPosts, true},
        {"importIcsAction", tr("Import iCalendar…"), &InteropActions::importIcs, true},
    };
    const QList<Entry> backups{
        {"backUpNowAction", tr("&Back Up Now"), &InteropActions::backUpNow},
        {"restoreBackupAction", tr("&Restore Backup…"), &InteropActions::restoreBackup, true},
        {"exportWholePlanAction", tr("Export &Whole Plan…"), &InteropActions::exportWholePlan},
        {"importWholePlanAction", tr("Import Whole P&lan…"), &InteropActions::importWholePlan,
         true},
    };
    for (const QList<Entry> *group : {&exports, &imports, &backups}) {
        menu->addSeparator();
        for (const Entry &entry : *group) {
            QAction *action = menu->addAction(entry.text, this, entry.slot);
            action->setObjectName(QString::fromLatin1(entry.name));
            // Nothing that writes is offered on a read-only plan.
            action->setEnabled(!(entry.writesPlan && m_services.database.isReadOnly()));
        }
    }
}

void InteropActions::startDailyBackups()
{
    if (!m_dailyTimer) {
        m_dailyTimer = new QTimer(this);
        m_dailyTimer->setObjectName(QStringLiteral("dailyBackupTimer"));
        m_dailyTimer->setInterval(std::chrono::minutes(dailyCheckMinutes));
        connect(m_dailyTimer, &QTimer::timeout, this, &InteropActions::runDailyBackup);
    }
    m_dailyTimer->start();
    runDailyBackup();
}

void InteropActions::runDailyBackup()
{
    if (m_backups.folder().isEmpty())
        return;
    if (auto done = m_backups.backupIfDue(); !done)
        qWarning("daily backup failed: %s", qPrintable(done.error().message));
}

void InteropActions::refreshFeed()
{
    if (m_services.database.isReadOnly())
        return;
    if (auto written = core::FeedWriter(m_services.database).refresh(); !written)
        m_dialogs.warn(
            m_parentWidget, tr("Calendar Feed"),
            tr("The calendar feed could not be updated: %1").arg(written.error().message));
}

std::optional<core::ExportFilter> InteropActions::askFilter(const QString &title)
{
    auto networks = m_services.catalog.networks();
    if (!networks) {
        m_dialogs.warn(m_parentWidget, title, networks.error().message);
        return std::nullopt;
    }
    return m_dialogs.chooseExportFilter(m_parentWidget, *networks);
}

void InteropActions::exportIcs()
{
    const auto filter = askFilter(tr("Export iCalendar"));
    if (!filter)
        return;
    const QString path =
        m_dialogs.saveFile(m_parentWidget, tr("Export iCalendar"),
                           QStringLiteral("hearth-plan.ics"), tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    Progress progress(m_parentWidget, tr("Writing the calendar…"));
    auto written =
        core::IcsExporter(m_services.database).exportToFile(path, *filter, progress.callback());
    if (!written) {
        m_dialogs.warn(m_parentWidget, tr("Export iCalendar"), written.error().message);
        return;
    }
    m_dialogs.inform(m_parentWidget, tr("Export iCalendar"),
                     tr("%n post(s) written as %1 calendar event(s) to %2.", nullptr,
                        static_cast<int>(written->posts))
                         .arg(written->entries)
                         .arg(QDir::toNativeSeparators(path)));
}

void InteropActions::exportCsv()
{
    const auto filter = askFilter(tr("Export CSV"));
    if (!filter)
        return;
    const QString path =
        m_dialogs.saveFile(m_parentWidget, tr("Export CSV"), QStringLiteral("hearth-posts.csv"),
                           tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    Progress progress(m_parentWidget, tr("Writing the spreadsheet…"));
    // With a byte order mark, because spreadsheet programs are the readers of this file.
    core::CsvExportOptions options;
    options.byteOrderMark = true;
    auto written = core::CsvExporter(m_services.database)
                       .exportToFile(path, *filter, options, progress.callback());
    if (!written) {
        m_dialogs.warn(m_parentWidget, tr("Export CSV"), written.error().message);
        return;
    }
    m_dialogs.inform(m_parentWidget, tr("Export CSV"),
                     tr("%n post(s) written as %1 row(s) with their current metrics to %2.",
                        nullptr, static_cast<int>(written->posts))
                         .arg(written->entries)
                         .arg(QDir::toNativeSeparators(path)));
}

bool InteropActions::commitImport(const core::ImportPreview &preview)
{
    if (!m_dialogs.reviewImport(m_parentWidget, preview))
        return false;
    if (preview.hasErrors())
        return false;
    Progress progress(m_parentWidget, tr("Importing…"));
    progress.busy();
    auto summary = core::PostImportWriter(m_services.database).commit(preview, &m_backups);
    if (!summary) {
        m_dialogs.warn(m_parentWidget, tr("Import"), summary.error().message);
        return false;
    }
    refreshFeed();
    emit planReplaced();
    QString text =
        tr("%n post(s) imported from %1.", nullptr, summary->created).arg(preview.source);
    if (summary->skipped > 0)
        text += u' ' + tr("%n row(s) were already in the plan and were skipped.", nullptr,
                          summary->skipped);
    if (!summary->backupPath.isEmpty())
        text += u' ' + tr("The plan as it was before is backed up in %1.")
                           .arg(QDir::toNativeSeparators(summary->backupPath));
    m_dialogs.inform(m_parentWidget, tr("Import"), text);
    return true;
}

void InteropActions::importPosts()
{
    const QString path = m_dialogs.openFile(m_parentWidget, tr("Import Posts"),
                                            tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    auto networks = m_services.catalog.networks();
    if (!networks) {
        m_dialogs.warn(m_parentWidget, tr("Import Posts"), networks.error().message);
        return;
    }
    const auto options =
        m_dialogs.chooseBulkOptions(m_parentWidget, m_services.database, path, *networks);
    if (!options)
        return;
    auto preview = core::BulkPostParser(m_services.database).parseFile(path, *options);
    if (!preview) {
        m_dialogs.warn(m_parentWidget, tr("Import Posts"), preview.error().message);
        return;
    }
    commitImport(*preview);
}

void InteropActions::importIcs()
{
    const QString path = m_dialogs.openFile(m_parentWidget, tr("Import iCalendar"),
                                            tr("iCalendar files (*.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    // Statuses come from the file: Hearth's own exports keep theirs, TENTATIVE events become
    // drafts.
    auto preview = core::IcsImporter(m_services.database).parseFile(path, core::IcsImportOptions{});
    if (!preview) {
        m_dialogs.warn(m_parentWidget, tr("Import iCalendar"), preview.error().message);
        return;
    }
    commitImport(*preview);
}

void InteropActions::backUpNow()
{
    Progress progress(m_parentWidget, tr("Backing up…"));
    progress.busy();
    auto written = m_backups.backupNow(core::BackupReason::Manual);
    if (!written) {
        m_dialogs.warn(m_parentWidget, tr("Back Up Now"), written.error().message);
        return;
    }
    m_dialogs.inform(
        m_parentWidget, tr("Back Up Now"),
        tr("The plan is backed up in %1. Hearth keeps the newest %2 backups of each kind.")
            .arg(QDir::toNativeSeparators(written->path))
            .arg(m_backups.keepCount()));
}

void InteropActions::restoreFrom(const QString &path, const QString &what)
{
    if (!m_dialogs.confirm(
            m_parentWidget, what,
            tr("Replace the whole plan with %1? The current plan is kept aside first, so you can "
               "restore it again.")
                .arg(QDir::toNativeSeparators(path))))
        return;
    Progress progress(m_parentWidget, tr("Checking and restoring…"));
    progress.busy();
    auto restored = m_backups.restore(path);
    if (!restored) {
        m_dialogs.warn(m_parentWidget, what, restored.error().message);
        return;
    }
    // Commands on the undo stack refer to posts of the replaced plan.
    m_services.undoStack.clear();
    refreshFeed();
    emit planReplaced();
    m_dialogs.inform(
        m_parentWidget, what,
        tr("The plan was restored from %1. The plan as it was is kept in %2; restore that file to "
           "undo.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(restored->keptAside)));
}

void InteropActions::restoreBackup()
{
    QDir().mkpath(m_backups.folder());
    const QString path =
        m_dialogs.openFile(m_parentWidget, tr("Restore Backup"),
                           tr("Hearth backups (*.sqlite *.hearth);;All files (*)"));
    if (!path.isEmpty())
        restoreFrom(path, tr("Restore Backup"));
}

void InteropActions::exportWholePlan()
{
    const QString path =
        m_dialogs.saveFile(m_parentWidget, tr("Export Whole Plan"), QStringLiteral("plan.hearth"),
                           tr("Hearth plans (*.hearth)"));
    if (path.isEmpty())
        return;
    Progress progress(m_parentWidget, tr("Writing the plan…"));
    progress.busy();
    if (auto written = m_backups.exportWholePlan(path); !written) {
        m_dialogs.warn(m_parentWidget, tr("Export Whole Plan"), written.error().message);
        return;
    }
    m_dialogs.inform(
        m_parentWidget, tr("Export Whole Plan"),
        tr("The whole plan is in %1. Open it on another computer with File > Import Whole Plan.")
            .arg(QDir::toNativeSeparators(path)));
}

void InteropActions::importWholePlan()
{
    const QString path = m_dialogs.openFile(m_parentWidget, tr("Import Whole Plan"),
                                            tr("Hearth plans (*.hearth *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        restoreFrom(path, tr("Import Whole Plan"));
}

void InteropActions::chooseFeedFile()
{
    core::FeedWriter feed(m_services.database);
    const QString path =
        m_dialogs.saveFile(m_parentWidget, tr("Calendar Feed"), QStringLiteral("hearth-feed.ics"),
                           tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (auto stored = feed.setFeedPath(path); !stored) {
        m_dialogs.warn(m_parentWidget, tr("Calendar Feed"), stored.error().message);
        return;
    }
    m_dialogs.inform(m_parentWidget, tr("Calendar Feed"),
                     tr("Hearth now rewrites %1 after every change. Subscribe to that file in your "
                        "calendar app.")
                         .arg(QDir::toNativeSeparators(path)));
}

} // namespace hearth::ui
