// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/bulkpostparser.h"
#include "interop/exportfilter.h"
#include "interop/postimport.h"
#include "plan/catalog.h"
#include "storage/backupservice.h"
#include "widgets/appservices.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QTimer;
class QWidget;

namespace hearth::ui {

// Every question InteropActions asks the user, replaceable so tests can pre-answer them offscreen.
struct InteropDialogs
{
    // Empty string = cancelled.
    std::function<QString(QWidget *parent, const QString &title, const QString &filter)> openFile;
    std::function<QString(QWidget *parent, const QString &title, const QString &suggestedName,
                          const QString &filter)>
        saveFile;
    std::function<void(QWidget *parent, const QString &title, const QString &text)> inform;
    std::function<void(QWidget *parent, const QString &title, const QString &text)> warn;
    std::function<bool(QWidget *parent, const QString &title, const QString &text)> confirm;
    // Shows the preview; true = import.
    std::function<bool(QWidget *parent, const core::ImportPreview &preview)> reviewImport;
    // Which posts an export covers; nullopt = cancelled.
    std::function<std::optional<core::ExportFilter>(QWidget *parent,
                                                    const QList<core::Network> &networks)>
        chooseExportFilter;
    // Layout (or column mapping), date order and networks of the bulk file at `path`;
    // nullopt = cancelled.
    std::function<std::optional<core::BulkImportOptions>(QWidget *parent, core::Database &database,
                                                         const QString &path,
                                                         const QList<core::Network> &networks)>
        chooseBulkOptions;

    // File dialogs, message boxes, ImportPreviewDialog, BulkImportDialog and ExportFilterDialog.
    static InteropDialogs standard();
};

// The File menu's import, export and backup entries, with progress and a summary at the end,
// plus the daily backup timer and the calendar feed refresh.
class InteropActions final : public QObject
{
    Q_OBJECT

public:
    InteropActions(AppServices &services, QWidget *parentWidget);
    ~InteropActions() override;

    void setDialogs(InteropDialogs dialogs) { m_dialogs = std::move(dialogs); }
    // Adds the entries (with object names such as exportIcsAction) to `menu`.
    void addTo(QMenu *menu);
    core::BackupService &backups() { return m_backups; }

    // Checks every hour whether the daily backup is due, and once right away.
    void startDailyBackups();

public slots:
    void exportIcs();
    void exportCsv();
    void importPosts();
    void importIcs();
    void backUpNow();
    void restoreBackup();
    void exportWholePlan();
    void importWholePlan();
    void chooseFeedFile();
    // Rewrites the calendar feed if one is set up; call after every change to the plan.
    void refreshFeed();
    void runDailyBackup();

signals:
    // The plan was changed behind the workspaces' back (import or restore): reload everything.
    void planReplaced();

private:
    bool commitImport(const core::ImportPreview &preview);
    std::optional<core::ExportFilter> askFilter(const QString &title);
    void restoreFrom(const QString &path, const QString &what);

    AppServices &m_services;
    QWidget *m_parentWidget;
    core::BackupService m_backups;
    InteropDialogs m_dialogs;
    QTimer *m_dailyTimer = nullptr;
};

} // namespace hearth::ui
