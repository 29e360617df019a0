// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The first week of a new user, counted in clicks and keys: five posts planned for next week
// from the idea bank, then last month's Facebook export imported and shown in Listen.
#include "common/clock.h"
#include "listen/metricrepository.h"
#include "plan/planworkspace.h"
#include "plan/postlistview.h"
#include "plan/postrepository.h"
#include "plan/weekmodel.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "spark/starterlibrary.h"
#include "storage/database.h"
#include "support/guitestsupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QWizard>

using namespace hearth;
using hearth::test::child;

class TestFirstWeek final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        hearth::test::useFreshSettings(QStringLiteral("hearth-firstweek-test"));
        ui::applyTheme(ui::ThemeChoice::Light);
        auto database =
            core::Database::open(m_dir.filePath(QStringLiteral("plan.sqlite")), {}, m_clock);
        QVERIFY(database.ok());
        m_database = std::move(*database);
        // What hearth does on opening a plan: the starter ideas are the idea bank.
        QVERIFY(core::StarterLibrary::ensureLoaded(*m_database).ok());
    }

    void cleanupTestCase() { m_database.reset(); }

    void fivePostsForNextWeekFromIdeas()
    {
        ui::MainWindow window(*m_database, m_clock);
        window.resize(1366, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *plan = child<ui::PlanWorkspace>(window, QStringLiteral("planWorkspace"));
        QVERIFY(plan->isWelcomeVisible());
        int actions = 0;
        auto click = [&](QWidget *widget) {
            QVERIFY(widget && widget->isVisible() && widget->isEnabled());
            QTest::mouseClick(widget, Qt::LeftButton);
            ++actions;
        };

        // The welcome: the two networks the bakery uses, then an empty start.
        click(child<QCheckBox>(window, QStringLiteral("instagramDefaultNetworkCheckBox")));
        click(child<QCheckBox>(window, QStringLiteral("facebookDefaultNetworkCheckBox")));
        click(child<QPushButton>(window, QStringLiteral("welcomeStartEmptyPushButton")));
        QVERIFY(!plan->isWelcomeVisible());

        // Every editor that opens on a draft: tick the networks it does not offer yet, mark it
        // scheduled (a click on the status box, then S), save.
        plan->setDialogRunner([&](QDialog &editor) {
            editor.show();
            for (const QString &network :
                 {QStringLiteral("instagram"), QStringLiteral("facebook")}) {
                auto *box =
                    editor.findChild<QCheckBox *>(network + QStringLiteral("NetworkCheckBox"));
                if (box && !box->isChecked())
                    click(box);
            }
            auto *status = editor.findChild<QComboBox *>(QStringLiteral("statusComboBox"));
            if (status->currentData().toInt() != int(core::PostStatus::Scheduled)) {
                status->setFocus();
                QTest::keyClick(status, Qt::Key_S);
                actions += 2;
            }
            auto *buttons = editor.findChild<QDialogButtonBox *>(QStringLiteral("editorButtonBox"));
            click(buttons->button(QDialogButtonBox::Save));
            return editor.result();
        });
        // Next week, Fill My Week, accept every proposal, close.
        click(child<QAbstractButton>(window, QStringLiteral("nextToolButton")));
        click(child<QAbstractButton>(window, QStringLiteral("fillWeekActionToolButton")));
        QDialog *fill = nullptr;
        QTRY_VERIFY((fill = window.findChild<QDialog *>(QStringLiteral("fillWeekDialog"))) &&
                    fill->isVisible());
        click(child<QPushButton>(*fill, QStringLiteral("acceptAllButton")));
        QTest::keyClick(fill, Qt::Key_Escape);
        ++actions;
        QTRY_VERIFY(!fill->isVisible());

        const QDate nextMonday(2026, 11, 30);
        core::PostRepository posts(*m_database);
        auto planned =
            posts.scheduledBetween(QDateTime(nextMonday, QTime(0, 0)).toUTC(),
                                   QDateTime(nextMonday.addDays(7), QTime(0, 0)).toUTC());
        QVERIFY(planned.ok());
        QCOMPARE(planned->size(), 5);

        // Drafts no editor was opened on: open the card.
        for (const core::Post &draft : std::as_const(*planned)) {
            const core::Post post = posts.find(draft.id).value();
            if (post.network(QStringLiteral("instagram")) &&
                post.network(QStringLiteral("facebook")))
                continue;
            const QModelIndex index = plan->weekModel().indexOfPost(post.id);
            QVERIFY(index.isValid());
            auto *list = child<ui::PostListView>(
                window, QStringLiteral("day%1PostListView").arg(index.parent().row()));
            const QPoint centre = list->visualRect(index).center();
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
            QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
            ++actions;
        }

        auto after = posts.scheduledBetween(QDateTime(nextMonday, QTime(0, 0)).toUTC(),
                                            QDateTime(nextMonday.addDays(7), QTime(0, 0)).toUTC());
        QVERIFY(after.ok());
        QCOMPARE(after->size(), 5);
        for (const core::Post &post : std::as_const(*after)) {
            QVERIFY(post.ideaId.has_value());
            QVERIFY(post.status == core::PostStatus::Scheduled);
            QVERIFY2(post.network(QStringLiteral("instagram")) &&
                         post.network(QStringLiteral("facebook")),
                     qPrintable(post.networkIds().join(u',')));
        }
        qInfo("first week: five posts planned for next week from ideas in %d actions", actions);
        QVERIFY2(actions <= 40, qPrintable(QString::number(actions)));
    }

    void facebookExportImportedIntoListen()
    {
        ui::MainWindow window(*m_database, m_clock);
        window.resize(1366, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int actions = 0;
        bool finished = false;

        // The wizard runs its own event loop; it is driven from a timer inside that loop.
        std::function<void()> driveWizard = [&] {
            auto *wizard = qobject_cast<QWizard *>(QApplication::activeModalWidget());
            if (!wizard) {
                QTimer::singleShot(20, this, driveWizard);
                return;
            }
            while (wizard->isVisible()) {
                QAbstractButton *next = wizard->button(QWizard::NextButton);
                QAbstractButton *button =
                    next->isVisible() ? next : wizard->button(QWizard::FinishButton);
                QTRY_VERIFY(button->isEnabled());
                QTest::mouseClick(button, Qt::LeftButton);
                ++actions;
                QVERIFY(actions < 10);
            }
            finished = true;
        };
        QTimer::singleShot(0, this, driveWizard);

        // Last month's export, dragged from the file manager onto the window.
        const QString file = QStringLiteral(HEARTH_TEST_DATA_DIR "/metrics/meta_facebook.csv");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        const QPoint where(window.width() / 2, window.height() / 2);
        QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        ++actions;
        QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);

        QCOMPARE(window.currentWorkspace(), ui::Workspace::Listen);
        auto imports = core::MetricRepository(*m_database).imports();
        QVERIFY(imports.ok());
        QCOMPARE(imports->size(), 1);
        qInfo("first week: the Facebook export imported and shown in Listen in %d actions",
              actions);
        QVERIFY2(actions <= 5, qPrintable(QString::number(actions)));
    }

private:
    QTemporaryDir m_dir;
    // Wednesday morning in Berlin.
    core::ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<core::Database> m_database;
};

QTEST_MAIN(TestFirstWeek)
#include "tst_firstweek.moc"
