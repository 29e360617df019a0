// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli export, import, backup and restore, run as a user would run them.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(HEARTH_TEST_DATA_DIR "/interop/") + name;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestInteropCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void importPostsReportsCountsAndSkipsDuplicates();
    void importPostsReportsRowProblems();
    void dryRunWritesNothing();
    void exportIcsPassesCheckIcsAndImportsBack();
    void exportCsvWithBom();
    void backupAndRestore();
    void restoreRefusesCorruptBackup();
    void importDispatchesOnKind();

private:
    Run run(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestInteropCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFileInfo(QStringLiteral(HEARTH_CLI)).isExecutable());
}

void TestInteropCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("plan.sqlite"));
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
}

Run TestInteropCli::run(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(HEARTH_CLI),
                  QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                              QStringLiteral("json")} +
                      arguments);
    process.waitForFinished(60000);
    return Run{process.exitCode(), process.readAllStandardOutput(),
               QString::fromUtf8(process.readAllStandardError())};
}

void TestInteropCli::importPostsReportsCountsAndSkipsDuplicates()
{
    const QStringList arguments{QStringLiteral("import"),
                                QStringLiteral("posts"),
                                fixture(QStringLiteral("hootsuite_dmy.csv")),
                                QStringLiteral("--layout"),
                                QStringLiteral("hootsuite"),
                                QStringLiteral("--date-order"),
                                QStringLiteral("dmy"),
                                QStringLiteral("--network"),
                                QStringLiteral("instagram")};
    const Run first = run(arguments);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(first.json().value(QStringLiteral("created")).toInt(), 2);
    QCOMPARE(first.json().value(QStringLiteral("rows")).toInt(), 2);
    QVERIFY(QFileInfo::exists(first.json().value(QStringLiteral("backup")).toString()));

    const Run second = run(arguments);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json().value(QStringLiteral("created")).toInt(), 0);
    QCOMPARE(second.json().value(QStringLiteral("duplicates")).toInt(), 2);
    const QJsonArray skipped = second.json().value(QStringLiteral("skipped_rows")).toArray();
    QCOMPARE(skipped.size(), 2);
    QCOMPARE(skipped.at(0).toObject().value(QStringLiteral("line")).toInt(), 1);
    QVERIFY(skipped.at(0).toObject().contains(QStringLiteral("duplicate_of_post")));
}

void TestInteropCli::importPostsReportsRowProblems()
{
    const Run result = run({QStringLiteral("import"), QStringLiteral("posts"),
                            fixture(QStringLiteral("sprout_bad.csv")), QStringLiteral("--layout"),
                            QStringLiteral("sprout")});
    QCOMPARE(result.exitCode, 1);
    const QJsonArray problems = result.json().value(QStringLiteral("problems")).toArray();
    QVERIFY(problems.size() >= 2);
    QJsonObject first;
    for (const QJsonValue &problem : problems) {
        if (problem.toObject().value(QStringLiteral("severity")).toString() ==
            QLatin1String("error")) {
            first = problem.toObject();
            break;
        }
    }
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("field")).toString(), QStringLiteral("Date"));
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QVERIFY(first.value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("case-sensitive")));
    QVERIFY2(result.err.contains(QStringLiteral("nothing was imported")), qPrintable(result.err));
    QCOMPARE(result.json().value(QStringLiteral("created")).toInt(), 0);

    const Run badLayout = run({QStringLiteral("import"), QStringLiteral("posts"),
                               fixture(QStringLiteral("buffer.csv")), QStringLiteral("--layout"),
                               QStringLiteral("myspace")});
    QCOMPARE(badLayout.exitCode, 2);
}

void TestInteropCli::dryRunWritesNothing()
{
    const Run dry = run({QStringLiteral("import"), QStringLiteral("posts"),
                         fixture(QStringLiteral("buffer.csv")), QStringLiteral("--layout"),
                         QStringLiteral("buffer"), QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(dry.json().value(QStringLiteral("new")).toInt(), 2);
    QCOMPARE(dry.json().value(QStringLiteral("created")).toInt(), 0);
    QVERIFY(dry.json().value(QStringLiteral("dry_run")).toBool());
    const Run real = run({QStringLiteral("import"), QStringLiteral("posts"),
                          fixture(QStringLiteral("buffer.csv")), QStringLiteral("--layout"),
                          QStringLiteral("buffer")});
    QCOMPARE(real.json().value(QStringLiteral("created")).toInt(), 2);
}

void TestInteropCli::exportIcsPassesCheckIcsAndImportsBack()
{
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("posts"),
                  fixture(QStringLiteral("metricool.csv")), QStringLiteral("--layout"),
                  QStringLiteral("metricool")})
                 .exitCode,
             0);
    const QString ics = m_dir->filePath(QStringLiteral("plan.ics"));
    const Run exported = run({QStringLiteral("export"), QStringLiteral("ics"), ics});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(exported.json().value(QStringLiteral("posts")).toInt(), 2);
    // One event per post, whatever its networks.
    QCOMPARE(exported.json().value(QStringLiteral("events")).toInt(), 2);

    const Run filtered = run(
        {QStringLiteral("export"), QStringLiteral("ics"), m_dir->filePath(QStringLiteral("x.ics")),
         QStringLiteral("--network"), QStringLiteral("x"), QStringLiteral("--from"),
         QStringLiteral("2031-04-01"), QStringLiteral("--to"), QStringLiteral("2031-04-05")});
    QCOMPARE(filtered.json().value(QStringLiteral("events")).toInt(), 1);

    const QString checker = QStringLiteral(HEARTH_CHECK_ICS);
    if (QFileInfo(checker).isExecutable()) {
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(checker, {ics});
        QVERIFY(check.waitForFinished(120000));
        QVERIFY2(check.exitCode() == 0, check.readAll().constData());
    } else {
        qWarning("check-ics not found at %s; only the re-import checks the file",
                 qPrintable(checker));
    }

    const Run again = run({QStringLiteral("import"), QStringLiteral("ics"), ics});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().value(QStringLiteral("duplicates")).toInt(), 2);
    QCOMPARE(again.json().value(QStringLiteral("created")).toInt(), 0);
}

void TestInteropCli::exportCsvWithBom()
{
    run({QStringLiteral("import"), QStringLiteral("posts"), fixture(QStringLiteral("publer.csv")),
         QStringLiteral("--layout"), QStringLiteral("publer"), QStringLiteral("--network"),
         QStringLiteral("x")});
    const QString csv = m_dir->filePath(QStringLiteral("posts.csv"));
    const Run exported =
        run({QStringLiteral("export"), QStringLiteral("csv"), csv, QStringLiteral("--bom")});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.json().value(QStringLiteral("rows")).toInt(), 2);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFpost_id,"));
    QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
}

void TestInteropCli::backupAndRestore()
{
    run({QStringLiteral("import"), QStringLiteral("posts"), fixture(QStringLiteral("buffer.csv")),
         QStringLiteral("--layout"), QStringLiteral("buffer")});
    const Run backup = run({QStringLiteral("backup")});
    QCOMPARE(backup.exitCode, 0);
    const QString path = backup.json().value(QStringLiteral("path")).toString();
    QVERIFY(path.startsWith(m_dir->filePath(QStringLiteral("backups/hearth-"))));
    const QString whole = m_dir->filePath(QStringLiteral("whole.hearth"));
    QCOMPARE(run({QStringLiteral("backup"), whole}).exitCode, 0);
    QVERIFY(QFileInfo::exists(whole));

    run({QStringLiteral("import"), QStringLiteral("posts"), fixture(QStringLiteral("sprout.csv")),
         QStringLiteral("--layout"), QStringLiteral("sprout")});
    const Run restored = run({QStringLiteral("restore"), path});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY(QFileInfo::exists(restored.json().value(QStringLiteral("kept_aside")).toString()));
    // Re-importing the Buffer file finds both posts again: the Sprout posts are gone.
    const Run check = run({QStringLiteral("import"), QStringLiteral("posts"),
                           fixture(QStringLiteral("sprout.csv")), QStringLiteral("--layout"),
                           QStringLiteral("sprout"), QStringLiteral("--dry-run")});
    QCOMPARE(check.json().value(QStringLiteral("new")).toInt(), 2);
}

void TestInteropCli::restoreRefusesCorruptBackup()
{
    const QString broken = m_dir->filePath(QStringLiteral("broken.sqlite"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("definitely not a database");
    file.close();
    const Run restored = run({QStringLiteral("restore"), broken});
    QCOMPARE(restored.exitCode, 1);
    QVERIFY2(restored.err.contains(QStringLiteral("broken.sqlite cannot be restored")),
             qPrintable(restored.err));
}

void TestInteropCli::importDispatchesOnKind()
{
    QCOMPARE(run({QStringLiteral("import")}).exitCode, 2);
    const Run unknown =
        run({QStringLiteral("import"), QStringLiteral("spreadsheets"), QStringLiteral("x")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("posts")));
    const Run help =
        run({QStringLiteral("import"), QStringLiteral("posts"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--layout"));
}

QTEST_GUILESS_MAIN(TestInteropCli)
#include "tst_interopcli.moc"
