// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Help > Keyboard Shortcuts lists what the actions say; Help > User Guide shows the shipped page.
#include "common/clock.h"
#include "shell/helpdialogs.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "support/guitestsupport.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>

using namespace hearth;

namespace {

QString plain(QString text)
{
    text.remove(u'&');
    return text;
}

} // namespace

class TestHelpDialogs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { hearth::test::useFreshSettings(QStringLiteral("hearth-help-test")); }

    void init()
    {
        auto database = core::Database::openInMemory(m_clock);
        QVERIFY(database.ok());
        m_database = std::move(*database);
    }

    void cleanup() { m_database.reset(); }

    void shortcutsListEveryActionWithAKey()
    {
        ui::MainWindow window(*m_database, m_clock);
        ui::ShortcutsDialog dialog(&window);
        const QStringList rows = dialog.rows();
        int withKeys = 0;
        for (const QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut().isEmpty() || action->text().isEmpty())
                continue;
            ++withKeys;
            const QString entry = plain(action->text()) + QStringLiteral(" / ") +
                                  action->shortcut().toString(QKeySequence::NativeText);
            bool listed = false;
            for (const QString &row : rows)
                listed = listed || row.contains(entry);
            QVERIFY2(listed,
                     qPrintable(entry + QStringLiteral(" missing from:\n") + rows.join(u'\n')));
        }
        QCOMPARE(rows.size(), withKeys);
        // Undo lists every key the platform gives it, the standard one among them.
        const QString undoKey = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [&undoKey](const QString &row) {
            return row.startsWith(QStringLiteral("Edit / Undo / ")) && row.contains(undoKey);
        }));
        // An action added later shows up without anyone editing a list.
        auto *extra = new QAction(QStringLiteral("Zoom &Way In"), &window);
        extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W));
        window.addAction(extra);
        ui::ShortcutsDialog again(&window);
        QVERIFY(again.rows().join(u'\n').contains(QStringLiteral("Zoom Way In / Ctrl+Alt+W")));
    }

    void helpMenuOpensBothDialogs_data()
    {
        QTest::addColumn<QString>("actionName");
        QTest::addColumn<QString>("dialogName");
        QTest::newRow("guide") << QStringLiteral("userGuideAction")
                               << QStringLiteral("userGuideDialog");
        QTest::newRow("shortcuts")
            << QStringLiteral("keyboardShortcutsAction") << QStringLiteral("shortcutsDialog");
    }

    void helpMenuOpensBothDialogs()
    {
        QFETCH(QString, actionName);
        QFETCH(QString, dialogName);
        ui::MainWindow window(*m_database, m_clock);
        QString shown;
        window.setDialogRunner([&](QDialog &dialog) {
            shown = dialog.objectName();
            return int(QDialog::Rejected);
        });
        auto *action = window.findChild<QAction *>(actionName);
        QVERIFY(action);
        action->trigger();
        QCOMPARE(shown, dialogName);
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("userGuideAction"))->shortcut(),
                 QKeySequence(QKeySequence::HelpContents));
    }

    void userGuideCoversTheTopicsOffline()
    {
        ui::UserGuideDialog dialog;
        auto *browser = dialog.findChild<QTextBrowser *>(QStringLiteral("userGuideTextBrowser"));
        QVERIFY(browser);
        const QString text = browser->toPlainText();
        for (const QString &topic :
             {QStringLiteral("Plan: your week"), QStringLiteral("Spark: ideas"),
              QStringLiteral("Listen: who answers back"), QStringLiteral("Pillars"),
              QStringLiteral("Importing"), QStringLiteral("Undo"),
              QStringLiteral("Keyboard shortcuts"), QStringLiteral("Team plans (coming)")})
            QVERIFY2(text.contains(topic), qPrintable(topic));
        // Nothing in the guide reaches for the network.
        QFile page(QStringLiteral(":/help/guide.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray html = page.readAll();
        QVERIFY(!html.contains("http:") && !html.contains("https:") && !html.contains("src="));
        QVERIFY(!browser->openExternalLinks());
    }

private:
    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<core::Database> m_database;
};

QTEST_MAIN(TestHelpDialogs)
#include "tst_helpdialogs.moc"
