// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// BulkImportDialog offscreen: the column mapping page of a generic bulk import, found by object
// name: guesses from header names, a live preview with errors by line, and a mapping remembered
// for the next file with the same header.
#include "common/clock.h"
#include "interop/bulkimportdialog.h"
#include "interop/bulkmapping.h"
#include "interop/exportfilterdialog.h"
#include "interop/importpreviewdialog.h"
#include "interop/importpreviewmodel.h"
#include "plan/catalog.h"
#include "storage/database.h"
#include "support/labeltexts.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

class TestBulkImportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void guessesColumnsFromHeaderNames_data();
    void guessesColumnsFromHeaderNames();
    void mappingPageOnlyForGenericLayout();
    void previewFollowsTheMappingWithErrorsByLine();
    void remembersTheMappingPerHeader();
    void labelsShowNoLoneAmpersand();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    QComboBox *combo(QWidget &dialog, const char *name);

    core::ManualClock m_clock{QDateTime(QDate(2030, 6, 1), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Database> m_db;
    QList<core::Network> m_networks;
};

void TestBulkImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBulkImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = core::Database::openInMemory(m_clock);
    QVERIFY(db.ok());
    m_db = std::move(*db);
    auto networks = core::CatalogRepository(*m_db).networks();
    QVERIFY(networks.ok());
    m_networks = *networks;
}

QString TestBulkImportDialog::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QComboBox *TestBulkImportDialog::combo(QWidget &dialog, const char *name)
{
    return dialog.findChild<QComboBox *>(QString::fromLatin1(name));
}

void TestBulkImportDialog::guessesColumnsFromHeaderNames_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("dateTime");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("networks");
    QTest::newRow("one date-time column")
        << QStringList{QStringLiteral("Posting Time"), QStringLiteral("Message"),
                       QStringLiteral("Channel")}
        << QStringLiteral("Posting Time") << QString() << QString() << QStringLiteral("Message")
        << QStringLiteral("Channel");
    QTest::newRow("date and time apart")
        << QStringList{QStringLiteral("date"), QStringLiteral("time_24hr"),
                       QStringLiteral("Caption")}
        << QString() << QStringLiteral("date") << QStringLiteral("time_24hr")
        << QStringLiteral("Caption") << QString();
    QTest::newRow("nothing known") << QStringList{QStringLiteral("A"), QStringLiteral("B")}
                                   << QString() << QString() << QString() << QString() << QString();
}

void TestBulkImportDialog::guessesColumnsFromHeaderNames()
{
    QFETCH(QStringList, header);
    QFETCH(QString, dateTime);
    QFETCH(QString, date);
    QFETCH(QString, time);
    QFETCH(QString, text);
    QFETCH(QString, networks);
    const QString path = writeFile(QStringLiteral("guess.csv"), header.join(u',').toUtf8() + "\n");
    ui::BulkImportDialog dialog(*m_db, path, m_networks);
    QCOMPARE(dialog.header(), header);
    QCOMPARE(combo(dialog, "dateTimeColumnComboBox")->currentData().toString(), dateTime);
    QCOMPARE(combo(dialog, "dateColumnComboBox")->currentData().toString(), date);
    QCOMPARE(combo(dialog, "timeColumnComboBox")->currentData().toString(), time);
    QCOMPARE(combo(dialog, "textColumnComboBox")->currentData().toString(), text);
    QCOMPARE(combo(dialog, "networksColumnComboBox")->currentData().toString(), networks);
    // Every column of the file is offered, after "(none)".
    QCOMPARE(combo(dialog, "textColumnComboBox")->count(), header.size() + 1);
}

void TestBulkImportDialog::mappingPageOnlyForGenericLayout()
{
    const QString path =
        writeFile(QStringLiteral("buffer.csv"), "Text,Image URL,Tags,Posting Time\n"
                                                "Fresh bread,,,2031-05-01 09:00\n");
    ui::BulkImportDialog dialog(*m_db, path, m_networks);
    auto *layout = combo(dialog, "layoutComboBox");
    auto *group = dialog.findChild<QGroupBox *>(QStringLiteral("mappingGroupBox"));
    QVERIFY(layout && group);
    layout->setCurrentIndex(layout->findData(static_cast<int>(core::BulkLayout::Buffer)));
    QVERIFY(!group->isEnabled());
    QCOMPARE(dialog.options().mapping.text, QString());
    layout->setCurrentIndex(layout->findData(static_cast<int>(core::BulkLayout::Generic)));
    QVERIFY(group->isEnabled());
    QCOMPARE(dialog.options().mapping.text, QStringLiteral("Text"));
    QCOMPARE(dialog.options().mapping.dateTime, QStringLiteral("Posting Time"));
    QCOMPARE(dialog.options().mapping.tags, QStringLiteral("Tags"));
}

void TestBulkImportDialog::previewFollowsTheMappingWithErrorsByLine()
{
    const QString path =
        writeFile(QStringLiteral("sheet.csv"), "Day,Words,Where\n"
                                               "2031-06-20 10:00,Generic post one,Mastodon\n"
                                               "not a date,Generic post two,X\n"
                                               "2031-06-22 12:00,Generic post three,MySpace\n");
    ui::BulkImportDialog dialog(*m_db, path, m_networks);
    auto *layout = combo(dialog, "layoutComboBox");
    layout->setCurrentIndex(layout->findData(static_cast<int>(core::BulkLayout::Generic)));
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("previewTableView"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("previewSummaryLabel"));
    QVERIFY(table && summary);
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // "Day" is guessed as the date, "Words" is no known name: the text column is missing.
    QCOMPARE(combo(dialog, "dateColumnComboBox")->currentData().toString(), QStringLiteral("Day"));
    QCOMPARE(combo(dialog, "textColumnComboBox")->currentData().toString(), QString());
    QVERIFY2(summary->text().contains(QStringLiteral("error")), qPrintable(summary->text()));

    auto *text = combo(dialog, "textColumnComboBox");
    text->setCurrentIndex(text->findData(QStringLiteral("Words")));
    auto *where = combo(dialog, "networksColumnComboBox");
    where->setCurrentIndex(where->findData(QStringLiteral("Where")));
    auto *order = combo(dialog, "dateOrderComboBox");
    order->setCurrentIndex(order->findData(static_cast<int>(core::DateOrder::YearMonthDay)));

    // The preview now lists the good row and one error per bad row, each with its line.
    QAbstractItemModel *model = table->model();
    QHash<qint64, QStringList> kinds;
    QHash<qint64, QStringList> fields;
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 line =
            model->index(row, core::ImportPreviewModel::LineColumn).data().toLongLong();
        kinds[line] << model->index(row, core::ImportPreviewModel::KindColumn).data().toString();
        fields[line] << model->index(row, core::ImportPreviewModel::FieldColumn).data().toString();
    }
    QCOMPARE(kinds.value(2).size(), 1);
    QVERIFY(fields.value(3).contains(QStringLiteral("Day")));
    QVERIFY2(fields.value(4).contains(QStringLiteral("Where")),
             qPrintable(fields.value(4).join(u'|')));
    // Line 4 is read as a post too; its unknown network is the error that blocks the import.
    QVERIFY2(summary->text().contains(QStringLiteral("2 post")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("2 error")), qPrintable(summary->text()));

    // A date format turns the numbers into dates another way: now no row has a valid date.
    auto *format = dialog.findChild<QLineEdit *>(QStringLiteral("dateFormatLineEdit"));
    format->setText(QStringLiteral("dd.MM.yyyy HH:mm"));
    QCOMPARE(dialog.options().mapping.dateFormat, QStringLiteral("dd.MM.yyyy HH:mm"));
    QVERIFY2(summary->text().contains(QStringLiteral("0 post")), qPrintable(summary->text()));
}

void TestBulkImportDialog::remembersTheMappingPerHeader()
{
    const QByteArray header = "Datum,Beitrag,Kanal\n";
    const QString first =
        writeFile(QStringLiteral("first.csv"), header + "2031-06-20 10:00,Hallo,X\n");
    {
        ui::BulkImportDialog dialog(*m_db, first, m_networks);
        auto *layout = combo(dialog, "layoutComboBox");
        layout->setCurrentIndex(layout->findData(static_cast<int>(core::BulkLayout::Generic)));
        combo(dialog, "dateTimeColumnComboBox")->setCurrentIndex(1);
        combo(dialog, "textColumnComboBox")->setCurrentIndex(2);
        combo(dialog, "networksColumnComboBox")->setCurrentIndex(3);
        dialog.accept();
    }
    // Another file with the same header (other case, other rows) opens mapped, as generic.
    const QString second = writeFile(QStringLiteral("second.csv"),
                                     "DATUM, beitrag ,Kanal\n2031-06-21 11:00,Nochmal,X\n");
    ui::BulkImportDialog dialog(*m_db, second, m_networks);
    const core::BulkImportOptions options = dialog.options();
    QVERIFY(options.layout == core::BulkLayout::Generic);
    QCOMPARE(options.mapping.dateTime, QStringLiteral("DATUM"));
    QCOMPARE(options.mapping.text, QStringLiteral(" beitrag "));
    QCOMPARE(options.mapping.networks, QStringLiteral("Kanal"));
    // A file with another header starts from guesses.
    const QString other =
        writeFile(QStringLiteral("other.csv"), "Datum,Beitrag\n2031-06-21 11:00,Nochmal\n");
    ui::BulkImportDialog fresh(*m_db, other, m_networks);
    QCOMPARE(combo(fresh, "textColumnComboBox")->currentData().toString(), QString());
    QVERIFY(core::BulkMappingStore(*m_db)
                .load({QStringLiteral("Datum"), QStringLiteral("Beitrag"), QStringLiteral("Kanal")})
                ->has_value());
}

void TestBulkImportDialog::labelsShowNoLoneAmpersand()
{
    // A mnemonic without a buddy shows its "&"; every dialog of ui/interop gives each one a field.
    const QString path = writeFile(QStringLiteral("any.csv"), "When,Copy\n2031-01-02 10:00,Hi\n");
    ui::BulkImportDialog bulk(*m_db, path, m_networks);
    combo(bulk, "layoutComboBox")
        ->setCurrentIndex(combo(bulk, "layoutComboBox")->findData(int(core::BulkLayout::Generic)));
    QCOMPARE(test::labelsShowingAmpersand(bulk), QStringList());
    ui::ExportFilterDialog filter(m_networks, QDate(2030, 6, 1));
    QCOMPARE(test::labelsShowingAmpersand(filter), QStringList());
    ui::ImportPreviewDialog preview(core::ImportPreview{});
    QCOMPARE(test::labelsShowingAmpersand(preview), QStringList());
}

QTEST_MAIN(TestBulkImportDialog)
#include "tst_bulkimportdialog.moc"
