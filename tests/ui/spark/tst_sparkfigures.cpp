// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Spark with the plan's figures, offscreen: "Fill my week" at the hours that worked, saying
// why; an idea showing the community rate its posts reached; "More like this".
#include "plan/catalog.h"
#include "shell/theme.h"
#include "spark/fillweekdialog.h"
#include "spark/idealistmodel.h"
#include "spark/idearepository.h"
#include "spark/sparkworkspace.h"
#include "spark/starterlibrary.h"
#include "support/listentestplan.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <ctime>

using namespace hearth;
using hearth::test::ListenTestPlan;

class TestSparkFigures final : public QObject
{
    Q_OBJECT

private:
    // Monday 1 June 2026, noon UTC; the week to fill is the next one.
    const QDateTime m_now{QDate(2026, 6, 1), QTime(12, 0), Qt::UTC};
    const QDate m_nextWeek{2026, 6, 8};

    static QString shotPath(const QString &name)
    {
        const QString shots = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
        return shots.isEmpty() ? QString() : QDir(shots).filePath(name);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "Europe/Berlin");
        tzset();
        ui::applyTheme(ui::ThemeChoice::Light);
    }

    void cleanup() { QSettings().remove(QStringLiteral("defaults")); }

    void fillWeekProposesTheHoursThatWorked()
    {
        ListenTestPlan plan(m_now);
        QVERIFY(core::StarterLibrary::ensureLoaded(plan.database()).ok());
        // Facebook: Thursday 04:00 at 1.2 % over three posts, Tuesday 17:00 at 0.8 %.
        plan.addRatedPosts(QStringLiteral("facebook"), 4, 4, 3, 12);
        plan.addRatedPosts(QStringLiteral("facebook"), 2, 17, 3, 8);
        QSettings().setValue(QStringLiteral("defaults/networks"),
                             QStringList{QStringLiteral("facebook")});
        QUndoStack undo;
        ui::AppServices services(plan.database(), plan.clock(), undo);

        ui::FillWeekDialog dialog(services, m_nextWeek, 7);
        QCOMPARE(dialog.proposalCount(), 5);
        QCOMPARE(dialog.rowTime(3), QTime(4, 0));
        QVERIFY2(dialog.rowWhy(3).contains(QStringLiteral("your Facebook posts at this hour "
                                                          "averaged a 1.2 % community rate "
                                                          "over 3 posts")),
                 qPrintable(dialog.rowWhy(3)));
        QCOMPARE(dialog.rowTime(1), QTime(17, 0));
        QCOMPARE(dialog.rowTime(0), QTime(9, 30));
        QVERIFY(dialog.rowWhy(0).contains(QStringLiteral("not enough figures yet")));
        for (int row = 0; row < 5; ++row) {
            QCOMPARE(dialog.rowNetworks(row), QStringList{QStringLiteral("facebook")});
            // Which rule picked the idea is said too.
            QVERIFY2(dialog.rowWhy(row).contains(QStringLiteral("Idea: ")),
                     qPrintable(dialog.rowWhy(row)));
        }
        if (const QString path = shotPath(QStringLiteral("fill-week-best-times.png"));
            !path.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(path));
        }
    }

    void ideaShowsTheRateOfItsPosts()
    {
        ListenTestPlan plan(m_now);
        core::IdeaRepository ideas(plan.database());
        const qint64 educate =
            (*core::CatalogRepository(plan.database()).pillarByName(QStringLiteral("Educate")))->id;
        core::Idea idea;
        idea.title = QStringLiteral("How our sourdough starter lives");
        idea.notes = QStringLiteral("Show the starter, the feeding, the jar on the shelf.");
        idea.pillarId = educate;
        idea.tags = {QStringLiteral("bread"), QStringLiteral("sourdough")};
        const qint64 made = ideas.create(idea)->id;
        core::Idea other = idea;
        other.title = QStringLiteral("Sourdough questions, answered");
        other.tags = {QStringLiteral("sourdough")};
        const qint64 similar = ideas.create(other)->id;
        core::Idea unrelated;
        unrelated.title = QStringLiteral("Our new opening hours");
        QVERIFY(ideas.create(unrelated));
        // Two posts from the idea: 2 % and 3 %.
        plan.addRatedPosts(QStringLiteral("instagram"), 3, 11, 1, 20, made, educate);
        plan.addRatedPosts(QStringLiteral("instagram"), 5, 11, 1, 30, made, educate, 2);
        QUndoStack undo;
        ui::AppServices services(plan.database(), plan.clock(), undo);

        core::IdeaListModel model(plan.database());
        QAbstractItemModelTester tester(&model);
        model.setCommunityRates(&services.advisor);
        QVERIFY(model.refresh());
        const QModelIndex row = model.index(model.rowOf(made), 0);
        QCOMPARE(row.data(core::IdeaListModel::CommunityRateRole).toDouble(), 0.025);
        QCOMPARE(row.data(core::IdeaListModel::RatedPostsRole).toInt(), 2);
        QVERIFY(!model.index(model.rowOf(similar), 0)
                     .data(core::IdeaListModel::CommunityRateRole)
                     .isValid());

        ui::SparkWorkspace workspace(services);
        workspace.resize(1000, 620);
        workspace.showIdea(made);
        const QString info = workspace.findChild<QLabel *>(QStringLiteral("ideaInfoLabel"))->text();
        QVERIFY2(info.contains(QStringLiteral("2.5 % community")), qPrintable(info));
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        if (const QString path = shotPath(QStringLiteral("idea-community-rate.png"));
            !path.isEmpty())
            QVERIFY(workspace.grab().save(path));

        QTest::mouseClick(workspace.findChild<QPushButton *>(QStringLiteral("moreLikeThisButton")),
                          Qt::LeftButton);
        auto *menu = workspace.findChild<QMenu *>(QStringLiteral("moreLikeThisMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 1);
        QCOMPARE(menu->actions().first()->text(), other.title);
        menu->actions().first()->trigger();
        auto *list = workspace.findChild<QListView *>(QStringLiteral("ideaListView"));
        QCOMPARE(list->currentIndex().data(core::IdeaListModel::IdRole).toLongLong(), similar);
        menu->close();
    }
};

QTEST_MAIN(TestSparkFigures)
#include "tst_sparkfigures.moc"
