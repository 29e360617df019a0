// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PostingSlotsModel: the slots dialog's working copy, kept in weekday and time order.
#include "plan/postingslotsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hearth::core;

Q_DECLARE_METATYPE(hearth::core::PostingSlot)

namespace {

PostingSlot slotAt(int weekday, int hour, int minute, const QString &network = {})
{
    return PostingSlot{0, weekday, QTime(hour, minute), network};
}

QStringList rows(const PostingSlotsModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row) {
        const PostingSlot &slot = model.slotAt(row);
        list << QStringLiteral("%1 %2 %3")
                    .arg(slot.weekday)
                    .arg(slot.time.toString(QStringLiteral("HH:mm")), slot.networkId)
                    .trimmed();
    }
    return list;
}

} // namespace

class TestPostingSlotsModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sortsByWeekdayAndTime();
    void addKeepsOrderAndRefusesDuplicates_data();
    void addKeepsOrderAndRefusesDuplicates();
    void updateMovesTheRow_data();
    void updateMovesTheRow();
    void removeAndModified();
    void showsNames();

private:
    std::unique_ptr<PostingSlotsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    const QList<Network> m_networks{Network{QStringLiteral("x"),
                                            QStringLiteral("X"),
                                            280,
                                            QStringLiteral("x-weighted"),
                                            true,
                                            true,
                                            {}}};
};

void TestPostingSlotsModel::init()
{
    m_model = std::make_unique<PostingSlotsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setSlots({PostingSlot{3, 3, QTime(12, 30), QString()},
                       PostingSlot{1, 1, QTime(9, 0), QString()},
                       PostingSlot{2, 1, QTime(9, 0), QStringLiteral("x")}},
                      m_networks);
}

void TestPostingSlotsModel::sortsByWeekdayAndTime()
{
    QCOMPARE(rows(*m_model), (QStringList{QStringLiteral("1 09:00"), QStringLiteral("1 09:00 x"),
                                          QStringLiteral("3 12:30")}));
    QVERIFY(!m_model->isModified());
}

void TestPostingSlotsModel::addKeepsOrderAndRefusesDuplicates_data()
{
    QTest::addColumn<PostingSlot>("slot");
    QTest::addColumn<int>("row");
    QTest::newRow("first") << slotAt(1, 8, 0) << 0;
    QTest::newRow("between networks and days") << slotAt(2, 7, 0) << 2;
    QTest::newRow("last") << slotAt(7, 20, 0) << 3;
    QTest::newRow("same minute other network") << slotAt(3, 12, 30, QStringLiteral("x")) << 3;
    QTest::newRow("duplicate any network") << slotAt(1, 9, 0) << -1;
    QTest::newRow("duplicate for a network") << slotAt(1, 9, 0, QStringLiteral("x")) << -1;
    QTest::newRow("seconds do not make it new") << PostingSlot{0, 3, QTime(12, 30, 15), {}} << -1;
}

void TestPostingSlotsModel::addKeepsOrderAndRefusesDuplicates()
{
    QFETCH(PostingSlot, slot);
    QFETCH(int, row);
    auto added = m_model->addSlot(slot);
    if (row < 0) {
        QVERIFY(!added.ok());
        QCOMPARE(int(added.error().kind), int(ErrorKind::Conflict));
        QCOMPARE(m_model->rowCount(), 3);
        return;
    }
    QVERIFY(added.ok());
    QCOMPARE(*added, row);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->slotAt(row).weekday, slot.weekday);
    QCOMPARE(m_model->slotAt(row).id, qint64(0));
    QVERIFY(m_model->isModified());
}

void TestPostingSlotsModel::updateMovesTheRow_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<PostingSlot>("slot");
    QTest::addColumn<int>("expectedRow");
    QTest::addColumn<bool>("ok");
    QTest::newRow("same place") << 0 << slotAt(1, 8, 30) << 0 << true;
    QTest::newRow("past its neighbour") << 0 << slotAt(1, 9, 15) << 1 << true;
    QTest::newRow("down") << 0 << slotAt(5, 10, 0) << 2 << true;
    QTest::newRow("up") << 2 << slotAt(1, 6, 0) << 0 << true;
    QTest::newRow("onto another") << 2 << slotAt(1, 9, 0) << -1 << false;
    QTest::newRow("no row") << 7 << slotAt(1, 6, 0) << -1 << false;
}

void TestPostingSlotsModel::updateMovesTheRow()
{
    QFETCH(int, row);
    QFETCH(PostingSlot, slot);
    QFETCH(int, expectedRow);
    QFETCH(bool, ok);
    const qint64 id = row < m_model->rowCount() ? m_model->slotAt(row).id : 0;
    auto updated = m_model->updateSlot(row, slot);
    QCOMPARE(updated.ok(), ok);
    if (!ok) {
        QVERIFY(!m_model->isModified());
        return;
    }
    QCOMPARE(*updated, expectedRow);
    QCOMPARE(m_model->slotAt(expectedRow).id, id);
    QCOMPARE(m_model->slotAt(expectedRow).time, slot.time);
    QCOMPARE(m_model->rowCount(), 3);
}

void TestPostingSlotsModel::removeAndModified()
{
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->removeSlot(1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(rows(*m_model), (QStringList{QStringLiteral("1 09:00"), QStringLiteral("3 12:30")}));
    QVERIFY(m_model->isModified());
    m_model->removeSlot(9); // out of range: nothing happens
    QCOMPARE(m_model->rowCount(), 2);
}

void TestPostingSlotsModel::showsNames()
{
    const QModelIndex network = m_model->index(1, PostingSlotsModel::NetworkColumn);
    QCOMPARE(network.data().toString(), QStringLiteral("X"));
    QCOMPARE(m_model->index(0, PostingSlotsModel::NetworkColumn).data().toString(),
             QStringLiteral("Any network"));
    QCOMPARE(m_model->index(0, PostingSlotsModel::DayColumn).data().toString(),
             QLocale().dayName(1, QLocale::LongFormat));
    QCOMPARE(m_model->index(2, 0).data(PostingSlotsModel::SlotTimeRole).toTime(), QTime(12, 30));
    QCOMPARE(m_model->index(1, 0).data(PostingSlotsModel::SlotNetworkRole).toString(),
             QStringLiteral("x"));
}

QTEST_GUILESS_MAIN(TestPostingSlotsModel)
#include "tst_postingslotsmodel.moc"
