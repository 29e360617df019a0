// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// InteropActions offscreen: menu entries by object name, pre-answered dialogs, real files.
#include "common/clock.h"
#include "interop/bulkimportdialog.h"
#include "interop/exportfilterdialog.h"
#include "interop/importpreviewdialog.h"
#include "interop/interopactions.h"
#include "plan/postrepository.h"
#include "storage/backupservice.h"
#include "storage/database.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace hearth;

class TestInteropActions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menuHasEveryEntry();
    void exportIcsWritesFileAndSummarises();
    void exportUsesTheChosenFilter();
    void exportFilterDialogBuildsFilter();
    void importPostsPreviewsThenImports();
    void cancelledPreviewImportsNothing();
    void backUpAndRestoreThroughTheMenu();
    void corruptBackupIsRefusedWithMessage();
    void previewDialogDisablesImportOnErrors();
    void bulkDialogReturnsChoices();

private:
    void trigger(const QString &objectName);

    core::ManualClock m_clock{QDateTime(QDate(2030, 6, 1), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<QMainWindow> m_window;
    QUndoStack m_undo;
    std::unique_ptr<ui::AppServices> m_services;
    QMenu *m_menu = nullptr;
    ui::InteropActions *m_actions = nullptr;
    QStringList m_informed;
    QStringList m_warned;
    QString m_nextFile;
    bool m_acceptPreview = true;
    std::optional<core::ExportFilter> m_filter = core::ExportFilter{};
    int m_previews = 0;
};

void TestInteropActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestInteropActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = core::Database::open(m_dir->filePath(QStringLiteral("plan.sqlite")),
                                   core::OpenOptions{}, m_clock);
    QVERIFY(db.ok());
    m_db = std::move(*db);
    m_window = std::make_unique<QMainWindow>();
    m_menu = new QMenu(m_window.get());
    m_menu->setObjectName(QStringLiteral("fileMenu"));
    m_services = std::make_unique<ui::AppServices>(*m_db, m_clock, m_undo);
    m_actions = new ui::InteropActions(*m_services, m_window.get());
    m_informed.clear();
    m_warned.clear();
    m_acceptPreview = true;
    m_previews = 0;
    m_filter = core::ExportFilter{};
    ui::InteropDialogs dialogs;
    dialogs.openFile = [this](QWidget *, const QString &, const QString &) {
        return m_nextFile;
    };
    dialogs.saveFile = [this](QWidget *, const QString &, const QString &, const QString &) {
        return m_nextFile;
    };
    dialogs.inform = [this](QWidget *, const QString &, const QString &text) {
        m_informed << text;
    };
    dialogs.warn = [this](QWidget *, const QString &, const QString &text) {
        m_warned << text;
    };
    dialogs.confirm = [](QWidget *, const QString &, const QString &) {
        return true;
    };
    dialogs.reviewImport = [this](QWidget *, const core::ImportPreview &) {
        ++m_previews;
        return m_acceptPreview;
    };
    dialogs.chooseExportFilter = [this](QWidget *, const QList<core::Network> &) {
        return m_filter;
    };
    dialogs.chooseBulkOptions = [](QWidget *, core::Database &, const QString &,
                                   const QList<core::Network> &) {
        core::BulkImportOptions options;
        options.layout = core::BulkLayout::Buffer;
        options.networks = {QStringLiteral("mastodon")};
        return std::optional<core::BulkImportOptions>(options);
    };
    m_actions->setDialogs(dialogs);
    m_actions->addTo(m_menu);
}

void TestInteropActions::cleanup()
{
    m_window.reset();
    m_undo.clear();
    m_services.reset();
    m_db.reset();
    m_dir.reset();
}

void TestInteropActions::trigger(const QString &objectName)
{
    auto *action = m_menu->findChild<QAction *>(objectName);
    QVERIFY2(action, qPrintable(objectName));
    QVERIFY(action->isEnabled());
    action->trigger();
}

void TestInteropActions::menuHasEveryEntry()
{
    for (const char *name :
         {"exportIcsAction", "exportCsvAction", "calendarFeedAction", "importPostsAction",
          "importIcsAction", "backUpNowAction", "restoreBackupAction", "exportWholePlanAction",
          "importWholePlanAction"}) {
        auto *action = m_menu->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        QVERIFY(m_menu->actions().contains(action));
        QVERIFY(!action->text().isEmpty());
    }
}

void TestInteropActions::exportIcsWritesFileAndSummarises()
{
    m_nextFile = m_dir->filePath(QStringLiteral("plan.ics"));
    trigger(QStringLiteral("exportIcsAction"));
    QVERIFY(QFile::exists(m_nextFile));
    QCOMPARE(m_informed.size(), 1);
    QVERIFY2(m_informed.first().contains(QStringLiteral("calendar event")),
             qPrintable(m_informed.first()));
    m_nextFile.clear();
    trigger(QStringLiteral("exportCsvAction"));
    QCOMPARE(m_informed.size(), 1);
}

void TestInteropActions::exportUsesTheChosenFilter()
{
    m_nextFile = QStringLiteral(HEARTH_TEST_DATA_DIR "/interop/buffer.csv");
    trigger(QStringLiteral("importPostsAction"));
    core::ExportFilter filter;
    filter.from = QDateTime(QDate(2031, 2, 11), QTime(0, 0), Qt::UTC);
    m_filter = filter;
    m_nextFile = m_dir->filePath(QStringLiteral("later.ics"));
    trigger(QStringLiteral("exportIcsAction"));
    QVERIFY2(m_informed.last().contains(QStringLiteral("1 post(s) written")),
             qPrintable(m_informed.last()));
    // Cancelling the filter question writes nothing.
    m_filter.reset();
    m_nextFile = m_dir->filePath(QStringLiteral("never.csv"));
    trigger(QStringLiteral("exportCsvAction"));
    QVERIFY(!QFile::exists(m_nextFile));
}

void TestInteropActions::exportFilterDialogBuildsFilter()
{
    auto networks = core::CatalogRepository(*m_db).networks();
    QVERIFY(networks.ok());
    ui::ExportFilterDialog dialog(*networks, QDate(2031, 5, 1));
    QVERIFY(dialog.filter().from.isNull() || !dialog.filter().from.isValid());
    QVERIFY(dialog.filter().networks.isEmpty());
    auto *range = dialog.findChild<QCheckBox *>(QStringLiteral("rangeCheckBox"));
    auto *to = dialog.findChild<QDateEdit *>(QStringLiteral("toDateEdit"));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("networksListWidget"));
    QVERIFY(range && to && list);
    QVERIFY(!to->isEnabled());
    range->setChecked(true);
    QVERIFY(to->isEnabled());
    to->setDate(QDate(2031, 5, 31));
    list->item(0)->setCheckState(Qt::Checked);
    const core::ExportFilter filter = dialog.filter();
    QCOMPARE(filter.from, QDateTime(QDate(2031, 5, 1), QTime(0, 0)).toUTC());
    QCOMPARE(filter.to, QDateTime(QDate(2031, 6, 1), QTime(0, 0)).toUTC());
    QCOMPARE(filter.networks, QStringList{networks->at(0).id});
}

void TestInteropActions::importPostsPreviewsThenImports()
{
    QSignalSpy replaced(m_actions, &ui::InteropActions::planReplaced);
    m_nextFile = QStringLiteral(HEARTH_TEST_DATA_DIR "/interop/buffer.csv");
    trigger(QStringLiteral("importPostsAction"));
    QCOMPARE(m_previews, 1);
    QVERIFY2(m_warned.isEmpty(), qPrintable(m_warned.join(u'\n')));
    QCOMPARE(m_informed.size(), 1);
    QVERIFY2(m_informed.first().contains(QStringLiteral("2 post(s) imported")),
             qPrintable(m_informed.first()));
    QVERIFY(m_informed.first().contains(QStringLiteral("backed up")));
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(core::PostRepository(*m_db).count().valueOr(-1), qint64(2));
    // The same file again: nothing new, both rows reported as skipped.
    trigger(QStringLiteral("importPostsAction"));
    QVERIFY(m_informed.last().contains(QStringLiteral("2 row(s) were already in the plan")));
    QCOMPARE(core::PostRepository(*m_db).count().valueOr(-1), qint64(2));
}

void TestInteropActions::cancelledPreviewImportsNothing()
{
    m_acceptPreview = false;
    m_nextFile = QStringLiteral(HEARTH_TEST_DATA_DIR "/interop/buffer.csv");
    trigger(QStringLiteral("importPostsAction"));
    QCOMPARE(m_previews, 1);
    QVERIFY(m_informed.isEmpty());
    QCOMPARE(core::PostRepository(*m_db).count().valueOr(-1), qint64(0));
}

void TestInteropActions::backUpAndRestoreThroughTheMenu()
{
    trigger(QStringLiteral("backUpNowAction"));
    QCOMPARE(m_informed.size(), 1);
    auto backups = m_actions->backups().backups();
    QVERIFY(backups.ok());
    QCOMPARE(backups->size(), 1);
    const QString backup = backups->first().path;

    m_nextFile = QStringLiteral(HEARTH_TEST_DATA_DIR "/interop/buffer.csv");
    trigger(QStringLiteral("importPostsAction"));
    QCOMPARE(core::PostRepository(*m_db).count().valueOr(-1), qint64(2));
    m_undo.push(new QUndoCommand(QStringLiteral("something")));

    m_nextFile = backup;
    trigger(QStringLiteral("restoreBackupAction"));
    QVERIFY2(m_warned.isEmpty(), qPrintable(m_warned.join(u'\n')));
    QVERIFY(m_informed.last().contains(QStringLiteral("restore that file to undo")));
    QCOMPARE(core::PostRepository(*m_db).count().valueOr(-1), qint64(0));
    QCOMPARE(m_undo.count(), 0);

    m_nextFile = m_dir->filePath(QStringLiteral("whole.hearth"));
    trigger(QStringLiteral("exportWholePlanAction"));
    QVERIFY(QFile::exists(m_nextFile));
}

void TestInteropActions::corruptBackupIsRefusedWithMessage()
{
    m_nextFile = m_dir->filePath(QStringLiteral("broken.sqlite"));
    QFile file(m_nextFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a plan");
    file.close();
    trigger(QStringLiteral("importWholePlanAction"));
    QCOMPARE(m_warned.size(), 1);
    QVERIFY2(m_warned.first().contains(QStringLiteral("cannot be restored")),
             qPrintable(m_warned.first()));
}

void TestInteropActions::previewDialogDisablesImportOnErrors()
{
    core::ImportPreview preview;
    preview.source = QStringLiteral("bad.csv");
    preview.addError(3, QStringLiteral("Date"), QStringLiteral("no date"));
    core::Post post;
    post.body = QStringLiteral("fine row");
    preview.rows << core::ImportRow{2, post, std::nullopt, std::nullopt};
    ui::ImportPreviewDialog dialog(preview);
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("importPushButton"));
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("importPreviewTableView"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, 0).data().toLongLong(), qint64(2));

    core::ImportPreview clean;
    clean.source = QStringLiteral("good.csv");
    clean.rows << core::ImportRow{1, post, std::nullopt, std::nullopt};
    ui::ImportPreviewDialog good(clean);
    QVERIFY(good.findChild<QPushButton *>(QStringLiteral("importPushButton"))->isEnabled());
}

void TestInteropActions::bulkDialogReturnsChoices()
{
    auto networks = core::CatalogRepository(*m_db).networks();
    QVERIFY(networks.ok());
    ui::BulkImportDialog dialog(*m_db, QStringLiteral(HEARTH_TEST_DATA_DIR "/interop/publer.csv"),
                                *networks);
    auto *layout = dialog.findChild<QComboBox *>(QStringLiteral("layoutComboBox"));
    auto *order = dialog.findChild<QComboBox *>(QStringLiteral("dateOrderComboBox"));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("networksListWidget"));
    QVERIFY(layout && order && list);
    layout->setCurrentIndex(layout->findData(static_cast<int>(core::BulkLayout::Publer)));
    order->setCurrentIndex(order->findData(static_cast<int>(core::DateOrder::DayMonthYear)));
    list->item(1)->setCheckState(Qt::Checked);
    const core::BulkImportOptions options = dialog.options();
    QVERIFY(options.layout == core::BulkLayout::Publer);
    QVERIFY(options.dateOrder == core::DateOrder::DayMonthYear);
    QCOMPARE(options.networks, QStringList{networks->at(1).id});
}

QTEST_MAIN(TestInteropActions)
#include "tst_interopactions.moc"
