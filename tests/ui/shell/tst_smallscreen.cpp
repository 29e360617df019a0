// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Small screens: every workspace fits 1024×640 and 1366×800 in English and German, with its key
// controls inside the window, not cut off by it or by a scroll area.
#include "common/clock.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "storage/database.h"
#include "support/guitestsupport.h"
#include "support/testpictures.h"

#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {

// The part of `widget` that is not clipped by any of its parents, in window coordinates.
QRect shownRect(const QWidget *widget, const QWidget *window)
{
    QRect shown(widget->mapTo(window, QPoint(0, 0)), widget->size());
    for (const QWidget *parent = widget->parentWidget(); parent && parent != window;
         parent = parent->parentWidget())
        shown &= QRect(parent->mapTo(window, QPoint(0, 0)), parent->size());
    return shown & window->rect();
}

} // namespace

class TestSmallScreen final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        hearth::test::useFreshSettings(QStringLiteral("hearth-smallscreen-test"));
        ui::applyTheme(ui::ThemeChoice::Light);
    }

    void cleanupTestCase() { ui::Language::apply(QStringLiteral("en")); }

    void workspacesFit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("workspace");
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<bool>("welcome");
        QTest::addColumn<QStringList>("keyWidgets");
        const QStringList plan{
            QStringLiteral("newPostPushButton"),        QStringLiteral("agendaToolButton"),
            QStringLiteral("weekSummaryWidget"),        QStringLiteral("draftsPostListView"),
            QStringLiteral("fillWeekActionToolButton"), QStringLiteral("day6HeaderWidget")};
        const QStringList welcome{
            QStringLiteral("newPostPushButton"), QStringLiteral("welcomeSampleWeekPushButton"),
            QStringLiteral("welcomeStartEmptyPushButton"), QStringLiteral("defaultPostTimeEdit"),
            QStringLiteral("draftsPostListView")};
        const QStringList spark{QStringLiteral("searchLineEdit"), QStringLiteral("newIdeaButton"),
                                QStringLiteral("ideaListView")};
        const QStringList listen{QStringLiteral("importMetricsPushButton"),
                                 QStringLiteral("periodComboBox"),
                                 QStringLiteral("listenTabWidget")};
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
            for (const QSize screen : {QSize(1024, 640), QSize(1366, 800)}) {
                const QByteArray size =
                    QByteArray::number(screen.width()) + 'x' + QByteArray::number(screen.height());
                const QByteArray tag = language.toLatin1() + ' ' + size;
                QTest::newRow(QByteArray(tag + " plan").constData())
                    << language << 0 << screen << false << plan;
                QTest::newRow(QByteArray(tag + " welcome").constData())
                    << language << 0 << screen << true << welcome;
                QTest::newRow(QByteArray(tag + " spark").constData())
                    << language << 1 << screen << false << spark;
                QTest::newRow(QByteArray(tag + " listen").constData())
                    << language << 2 << screen << false << listen;
            }
        }
    }

    void workspacesFit()
    {
        QFETCH(QString, language);
        QFETCH(int, workspace);
        QFETCH(QSize, screen);
        QFETCH(bool, welcome);
        QFETCH(QStringList, keyWidgets);
        ui::Language::apply(language);
        QSettings().setValue(ui::MainWindow::welcomeDoneKey(), !welcome);
        QTemporaryDir dir;
        auto database =
            core::Database::open(dir.filePath(QStringLiteral("plan.sqlite")), {}, m_clock);
        QVERIFY(database.ok());

        ui::MainWindow window(**database, m_clock);
        // Every workspace once, as a user going through them would (Listen's charts used to
        // widen the window for good).
        for (int other : {1, 2, 0})
            window.showWorkspace(static_cast<ui::Workspace>(other));
        window.showWorkspace(static_cast<ui::Workspace>(workspace));
        window.resize(screen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::processEvents();

        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(
            minimum.width() <= screen.width() && minimum.height() <= screen.height(),
            qPrintable(QStringLiteral("minimum %1x%2").arg(minimum.width()).arg(minimum.height())));
        QCOMPARE(window.size(), screen);
        for (const QString &name : keyWidgets) {
            auto *widget = window.findChild<QWidget *>(name);
            QVERIFY2(widget, qPrintable(name));
            QVERIFY2(widget->isVisible(), qPrintable(name));
            const QRect whole(widget->mapTo(&window, QPoint(0, 0)), widget->size());
            QVERIFY2(shownRect(widget, &window) == whole,
                     qPrintable(QStringLiteral("%1 is cut off: %2,%3 %4x%5 in %6x%7")
                                    .arg(name)
                                    .arg(whole.x())
                                    .arg(whole.y())
                                    .arg(whole.width())
                                    .arg(whole.height())
                                    .arg(window.width())
                                    .arg(window.height())));
        }
        // Day headers keep their whole count text ("No posts") in either language.
        if (workspace == 0 && !welcome) {
            for (int day = 0; day < 7; ++day) {
                auto *count =
                    window.findChild<QLabel *>(QStringLiteral("day%1CountLabel").arg(day));
                QVERIFY(count);
                QVERIFY2(count->fontMetrics().horizontalAdvance(count->text()) <=
                             count->contentsRect().width(),
                         qPrintable(count->text()));
            }
        }
        window.grab().save(
            hearth::test::picturePath(QStringLiteral("smallscreen-%1-%2-%3x%4%5.png")
                                          .arg(language)
                                          .arg(workspace)
                                          .arg(screen.width())
                                          .arg(screen.height())
                                          .arg(welcome ? QStringLiteral("-welcome") : QString())));
    }

private:
    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC)};
};

QTEST_MAIN(TestSmallScreen)
#include "tst_smallscreen.moc"
