// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A post's card offscreen: every network badge, the whole pillar name or its chip, the
// warning mark, and the first line of the text elided to the lines it has.
#include "plan/post.h"
#include "plan/postcarddelegate.h"
#include "plan/postsummary.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace hearth;
using Delegate = ui::PostCardDelegate;

class TestPostCardDelegate final : public QObject
{
    Q_OBJECT

private:
    // What the footer shows besides the status dot.
    enum Footer
    {
        StatusAndName,
        NameOnly,
        Chip,
        StatusOnly
    };

    static QFont cardFont()
    {
        QFont font = QApplication::font();
        font.setPointSizeF(10);
        return font;
    }

    static QStyleOptionViewItem optionFor(int width, const Delegate &delegate)
    {
        QStyleOptionViewItem option;
        option.font = cardFont();
        option.palette = QApplication::palette();
        option.rect = QRect(0, 0, width, 100);
        option.rect.setHeight(delegate.sizeHint(option, {}).height());
        return option;
    }

private slots:
    void layoutShowsEverything_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("networks");
        QTest::addColumn<bool>("warning");
        QTest::addColumn<QString>("pillar");
        QTest::addColumn<bool>("badgesBesideTime");
        QTest::addColumn<int>("footer");

        const QString educate = QStringLiteral("Educate");
        const QString behind = QStringLiteral("Behind the scenes");
        // Day columns of the week from 1366 pixels down to narrow windows.
        QTest::newRow("wide, two networks")
            << 260 << 2 << false << behind << true << int(StatusAndName);
        QTest::newRow("wide, eight networks")
            << 200 << 8 << false << educate << false << int(StatusAndName);
        QTest::newRow("narrow, one network")
            << 130 << 1 << false << educate << true << int(NameOnly);
        QTest::newRow("narrow, two networks, warning")
            << 150 << 2 << true << educate << true << int(NameOnly);
        QTest::newRow("narrow, six networks")
            << 130 << 6 << false << educate << false << int(NameOnly);
        QTest::newRow("very narrow, long pillar")
            << 100 << 1 << false << behind << true << int(Chip);
        QTest::newRow("very narrow, three networks, warning")
            << 100 << 3 << true << behind << false << int(Chip);
        QTest::newRow("no pillar") << 130 << 1 << false << QString() << true << int(StatusOnly);
    }

    void layoutShowsEverything()
    {
        QFETCH(int, width);
        QFETCH(int, networks);
        QFETCH(bool, warning);
        QFETCH(QString, pillar);
        QFETCH(bool, badgesBesideTime);
        QFETCH(int, footer);

        const Delegate delegate;
        const QStyleOptionViewItem option = optionFor(width, delegate);
        Delegate::Content content;
        content.time = QStringLiteral("09:30");
        content.networks = networks;
        content.warning = warning;
        content.status = QStringLiteral("Scheduled");
        content.pillar = pillar;
        const Delegate::Layout layout =
            Delegate::layoutCard(option.rect, option.font, content, Delegate::Density::Comfortable);

        // Every network has its badge, inside the card, none on the time or the warning.
        QCOMPARE(layout.badges.size(), networks);
        for (const QRect &badge : layout.badges) {
            QVERIFY(layout.card.contains(badge));
            QVERIFY(!badge.intersects(layout.time));
            QVERIFY(!badge.intersects(layout.warning));
            QVERIFY(layout.badgeSize >= 11);
        }
        QCOMPARE(layout.badges.first().top() <= layout.time.bottom(), badgesBesideTime);
        // The time is never cut to "09:…".
        QFont bold = option.font;
        bold.setBold(true);
        QCOMPARE(QFontMetrics(bold).elidedText(content.time, Qt::ElideRight, layout.time.width()),
                 content.time);
        // A row of badges of their own takes one text line, never the footer.
        QCOMPARE(layout.textLines, badgesBesideTime ? 4 : 3);
        QVERIFY(layout.text.bottom() < layout.status.top());
        QVERIFY(layout.card.contains(layout.status));
        QCOMPARE(!layout.warning.isNull(), warning);

        // The pillar: its whole name, or a chip (its name is in the tool tip).
        const QFontMetrics small([&] {
            QFont font = option.font;
            font.setPointSizeF(font.pointSizeF() * 0.88);
            return font;
        }());
        QCOMPARE(layout.status.width() > 0, footer != NameOnly);
        QCOMPARE(!layout.pillarName.isNull(), footer == StatusAndName || footer == NameOnly);
        QCOMPARE(!layout.pillarChip.isNull(), footer == Chip);
        if (!layout.pillarName.isNull()) {
            QCOMPARE(layout.pillarName.width(), small.horizontalAdvance(pillar));
            QVERIFY(layout.card.contains(layout.pillarName));
            QVERIFY(!layout.pillarName.intersects(layout.status));
        }
        if (!layout.pillarChip.isNull()) {
            QVERIFY(layout.card.contains(layout.pillarChip));
            QVERIFY(!layout.pillarChip.intersects(layout.status));
        }
    }

    void textLinesElideWhatIsLeft_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("expectedLines");
        QTest::addColumn<bool>("elided");
        QTest::newRow("short") << QStringLiteral("Rye is back!") << 3 << 1 << false;
        QTest::newRow("wraps") << QStringLiteral("Rye is back and the spelt loaves too") << 3 << 2
                               << false;
        QTest::newRow("cut on the last line")
            << QStringLiteral("Five ways to keep sourdough starter alive through the winter "
                              "months without feeding it every single day")
            << 2 << 2 << true;
        QTest::newRow("no room") << QStringLiteral("Rye") << 0 << 0 << false;
    }

    void textLinesElideWhatIsLeft()
    {
        QFETCH(QString, text);
        QFETCH(int, lines);
        QFETCH(int, expectedLines);
        QFETCH(bool, elided);
        const int width = 150;
        const QStringList found = Delegate::textLines(text, cardFont(), width, lines);
        QCOMPARE(found.size(), expectedLines);
        for (const QString &line : found)
            QVERIFY(QFontMetrics(cardFont()).horizontalAdvance(line) <= width);
        QCOMPARE(!found.isEmpty() && found.last().endsWith(QChar(0x2026)), elided);
    }

    void paintsBadgesAndChip()
    {
        // A narrow card of a post to three networks with a long pillar name and a warning.
        QStandardItemModel model;
        auto *item = new QStandardItem;
        item->setData(QStringLiteral("09:30"), core::TimeTextRole);
        item->setData(QStringList{QStringLiteral("x"), QStringLiteral("instagram"),
                                  QStringLiteral("linkedin")},
                      core::NetworksRole);
        item->setData(QStringLiteral("Behind the scenes"), core::PillarNameRole);
        item->setData(QStringLiteral("#8c7a5b"), core::PillarColorRole);
        item->setData(int(core::PostStatus::Scheduled), core::StatusRole);
        item->setData(QStringLiteral("Scheduled"), core::StatusTextRole);
        item->setData(QStringLiteral("Our baker starts at four in the morning"),
                      core::FirstWordsRole);
        item->setData(QStringList{QStringLiteral("Instagram needs a picture")}, core::WarningsRole);
        model.appendRow(item);

        const Delegate delegate;
        const QStyleOptionViewItem option = optionFor(110, delegate);
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, model.index(0, 0));
        }
        Delegate::Content content;
        content.time = QStringLiteral("09:30");
        content.networks = 3;
        content.warning = true;
        content.status = QStringLiteral("Scheduled");
        content.pillar = QStringLiteral("Behind the scenes");
        const Delegate::Layout layout =
            Delegate::layoutCard(option.rect, option.font, content, Delegate::Density::Comfortable);
        QVERIFY(!layout.pillarChip.isNull());
        QCOMPARE(layout.badges.size(), 3);
        // Each badge left paint inside its square; the chip has the pillar's colour.
        const QColor base = option.palette.color(QPalette::Base);
        for (const QRect &badge : layout.badges) {
            int painted = 0;
            for (int y = badge.top(); y <= badge.bottom(); ++y) {
                for (int x = badge.left(); x <= badge.right(); ++x)
                    painted += image.pixelColor(x, y) != base;
            }
            QVERIFY2(painted > badge.width() * badge.height() / 4,
                     qPrintable(QString::number(painted)));
        }
        QCOMPARE(image.pixelColor(layout.pillarChip.center()), QColor(0x8c, 0x7a, 0x5b));
    }
};

QTEST_MAIN(TestPostCardDelegate)
#include "tst_postcarddelegate.moc"
