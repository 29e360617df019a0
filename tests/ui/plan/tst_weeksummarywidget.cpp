// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The week strip's "Suggest mix from results": proposed, then accepted as one undo step or
// ignored; without figures there is nothing to suggest.
#include "plan/weeksummarywidget.h"
#include "support/guitestsupport.h"
#include "support/listentestplan.h"
#include "support/testpictures.h"
#include "widgets/appservices.h"

#include <QDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace hearth;
using hearth::test::child;
using hearth::test::ListenTestPlan;

class TestWeekSummaryWidget final : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now{QDate(2026, 6, 10), QTime(12, 0), Qt::UTC};
    static constexpr qint64 behindTheScenes = 6;

    // The strip over a plan, shown, as the Plan workspace holds it.
    struct Fixture
    {
        explicit Fixture(const QDateTime &now)
            : plan(now)
        {}
        void show()
        {
            services = std::make_unique<ui::AppServices>(plan.database(), plan.clock(), undo);
            strip = std::make_unique<ui::WeekSummaryWidget>(*services);
            strip->resize(260, strip->sizeHint().height());
            strip->show();
            if (!QTest::qWaitForWindowExposed(strip.get()))
                qFatal("the week strip was never shown");
        }
        QList<int> targets()
        {
            QList<int> percents;
            const QList<core::Pillar> pillars = services->catalog.pillars().value();
            for (const core::Pillar &pillar : pillars)
                percents << qRound(pillar.targetShare * 100);
            return percents;
        }
        ListenTestPlan plan;
        QUndoStack undo;
        std::unique_ptr<ui::AppServices> services;
        std::unique_ptr<ui::WeekSummaryWidget> strip;
    };

    // Six Behind the scenes posts with a 3.1 % community rate; the other pillars have none.
    static void addFigures(ListenTestPlan &plan)
    {
        plan.addRatedPosts(QStringLiteral("x"), 2, 9, 6, 31, std::nullopt, behindTheScenes);
    }

    QDialog *openSuggestion(Fixture &fixture)
    {
        auto *suggest = child<QToolButton>(*fixture.strip, QStringLiteral("suggestMixToolButton"));
        if (!suggest->isEnabled())
            return nullptr;
        QTest::mouseClick(suggest, Qt::LeftButton);
        return fixture.strip->findChild<QDialog *>(QStringLiteral("suggestMixDialog"));
    }

private slots:
    void initTestCase()
    {
        test::useFreshSettings(QStringLiteral("tst_weeksummarywidget"));
        QLocale::setDefault(QLocale::c());
    }

    void withoutFiguresTheButtonSaysWhy()
    {
        Fixture fixture(m_now);
        fixture.show();
        auto *suggest = child<QToolButton>(*fixture.strip, QStringLiteral("suggestMixToolButton"));
        QVERIFY(!suggest->isEnabled());
        QVERIFY2(suggest->toolTip().contains(QStringLiteral("figures")),
                 qPrintable(suggest->toolTip()));
        QVERIFY(!fixture.strip->suggestMix());
    }

    void acceptSetsTheTargetsAsOneUndoStep()
    {
        Fixture fixture(m_now);
        addFigures(fixture.plan);
        fixture.show();
        const QList<int> before{25, 15, 15, 15, 20, 10};
        QCOMPARE(fixture.targets(), before);
        QDialog *dialog = openSuggestion(fixture);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        // Nothing changes by itself.
        QCOMPARE(fixture.targets(), before);
        QCOMPARE(child<QLabel>(*dialog, QStringLiteral("suggestMixWhyLabel"))->text(),
                 QStringLiteral("Behind the scenes built the most community: 3.1 % over 6 "
                                "posts."));
        // Twice Behind the scenes' weight, the rest scaled back to 100 %.
        QVERIFY(child<QLabel>(*dialog, QStringLiteral("suggestedShareLabel%1").arg(behindTheScenes))
                    ->text()
                    .contains(QStringLiteral("18%")));
        // The current target is shown next to it.
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text() == QStringLiteral("10%");
        }));

        QVERIFY(fixture.strip->grab().save(test::picturePath(QStringLiteral("mix-strip.png"))));
        QVERIFY(dialog->grab().save(test::picturePath(QStringLiteral("mix-suggestion.png"))));

        QSignalSpy reloaded(&fixture.services->posts, &ui::PostStore::planChanged);
        QTest::mouseClick(child<QPushButton>(*dialog, QStringLiteral("acceptMixPushButton")),
                          Qt::LeftButton);
        const QList<int> after{23, 14, 14, 13, 18, 18};
        QCOMPARE(fixture.targets(), after);
        QVERIFY(!reloaded.isEmpty());
        QCOMPARE(fixture.undo.count(), 1);
        fixture.undo.undo();
        QCOMPARE(fixture.targets(), before);
        fixture.undo.redo();
        QCOMPARE(fixture.targets(), after);
    }

    void ignoreChangesNothing()
    {
        Fixture fixture(m_now);
        addFigures(fixture.plan);
        fixture.show();
        QDialog *dialog = openSuggestion(fixture);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(*dialog, QStringLiteral("ignoreMixPushButton")),
                          Qt::LeftButton);
        QCOMPARE(fixture.targets(), (QList<int>{25, 15, 15, 15, 20, 10}));
        QCOMPARE(fixture.undo.count(), 0);
    }
};

QTEST_MAIN(TestWeekSummaryWidget)
#include "tst_weeksummarywidget.moc"
