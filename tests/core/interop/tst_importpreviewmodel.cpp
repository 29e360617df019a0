// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ImportPreviewModel: rows and problems of an import in file order.
#include "interop/importpreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace hearth::core;

class TestImportPreviewModel final : public QObject
{
    Q_OBJECT

private slots:
    void listsRowsAndProblemsInFileOrder();
};

void TestImportPreviewModel::listsRowsAndProblemsInFileOrder()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ImportPreview preview;
    preview.source = QStringLiteral("posts.csv");
    Post post;
    post.body = QStringLiteral("First line\nsecond line");
    post.scheduledAt = QDateTime(QDate(2031, 1, 2), QTime(9, 0), Qt::UTC);
    post.networks = {PostNetwork{QStringLiteral("x"), {}, {}, {}, {}},
                     PostNetwork{QStringLiteral("mastodon"), {}, {}, {}, {}}};
    preview.rows << ImportRow{4, post, std::nullopt, std::nullopt};
    preview.rows << ImportRow{2, post, qint64(7), std::nullopt};
    preview.addError(3, QStringLiteral("Date"), QStringLiteral("no date"));
    preview.addWarning(4, QString(), QStringLiteral("in the past"));
    model.setPreview(preview, QTimeZone("Europe/Berlin"));

    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(ImportPreviewModel::ColumnCount));
    const auto cell = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(cell(0, ImportPreviewModel::LineColumn), QStringLiteral("2"));
    QCOMPARE(cell(0, ImportPreviewModel::KindColumn), QStringLiteral("skipped"));
    QCOMPARE(cell(0, ImportPreviewModel::TextColumn),
             QStringLiteral("Already planned (post 7): First line"));
    QCOMPARE(cell(1, ImportPreviewModel::KindColumn), QStringLiteral("error"));
    QCOMPARE(cell(1, ImportPreviewModel::FieldColumn), QStringLiteral("Date"));
    QCOMPARE(cell(2, ImportPreviewModel::KindColumn), QStringLiteral("warning"));
    QCOMPARE(cell(3, ImportPreviewModel::KindColumn), QStringLiteral("new"));
    QCOMPARE(cell(3, ImportPreviewModel::WhenColumn), QStringLiteral("2031-01-02 10:00"));
    QCOMPARE(cell(3, ImportPreviewModel::NetworksColumn), QStringLiteral("x, mastodon"));
    QCOMPARE(model.index(1, 0).data(ImportPreviewModel::KindRole).toInt(),
             int(ImportPreviewModel::Kind::Error));
    QCOMPARE(model.headerData(ImportPreviewModel::TextColumn, Qt::Horizontal).toString(),
             QStringLiteral("Text or problem"));

    model.setPreview(ImportPreview{});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestImportPreviewModel)
#include "tst_importpreviewmodel.moc"
