// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Metric snapshots: NULL stays NULL, the newest snapshot is current, history stays.
#include "common/clock.h"
#include "listen/metricrepository.h"
#include "plan/postrepository.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QJsonObject>
#include <QStringEncoder>
#include <QTest>

using namespace hearth::core;

class TestMetricRepository final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2025, 3, 20), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    qint64 m_postId = 0;

    qint64 plan(const QDateTime &at, const QStringList &networks)
    {
        Post post;
        post.title = post.link = post.firstComment = post.notes = QStringLiteral("");
        post.body = QStringLiteral("Rye is back");
        post.scheduledAt = at;
        post.status = PostStatus::Published;
        for (const QString &id : networks) {
            PostNetwork network;
            network.networkId = id;
            post.networks << network;
        }
        auto created = PostRepository(*m_db).create(post);
        if (!created)
            qWarning() << created.error().message;
        return created ? created->id : 0;
    }
    // Whether the SQL expression (over metric_snapshots, or a bound :json) reads as a JSON
    // value of `type` ("array", "null", …), in the engine's own JSON functions.
    bool jsonTypeIs(const QString &expression, const QString &type, const Bindings &bindings = {})
    {
        const QString sql = testing::testsOnPostgreSql()
                                ? QStringLiteral("SELECT json_typeof(CAST(%1 AS json)) = '%2'")
                                : QStringLiteral("SELECT json_valid(%1) AND json_type(%1) = '%2'");
        const QString from =
            bindings.empty() ? QStringLiteral(" FROM metric_snapshots") : QString();
        auto matches = m_db->scalar(sql.arg(expression, type) + from, bindings);
        return matches && matches->toBool();
    }

    MetricSnapshot snapshot(const QDateTime &at, std::optional<qint64> reach) const
    {
        MetricSnapshot result;
        result.postId = m_postId;
        result.networkId = QStringLiteral("instagram");
        result.capturedAt = at;
        result.reach = reach;
        return result;
    }

private slots:
    void init()
    {
        auto opened = testing::openTestDatabase(m_clock);
        QVERIFY(opened);
        m_db = std::move(*opened);
        m_postId = plan(QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC),
                        {QStringLiteral("instagram"), QStringLiteral("facebook")});
        QVERIFY(m_postId > 0);
    }
    void cleanup() { m_db.reset(); }

    void storesNullNegativeAndRawValues()
    {
        MetricSnapshot input =
            snapshot(QDateTime(QDate(2025, 3, 2), QTime(9, 0), Qt::UTC), std::nullopt);
        input.follows = -4;
        input.comments = 0;
        input.watchTimeSeconds = 12.5;
        input.sourceLine = 7;
        input.rawValues = {{QStringLiteral("Views"), QStringLiteral("10")},
                           {QStringLiteral("Reach"), QString()},
                           {QStringLiteral("Views"), QStringLiteral("12")}};
        MetricRepository metrics(*m_db);
        auto stored = metrics.record(input);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        QVERIFY(stored->id > 0);

        auto current = metrics.current(m_postId, QStringLiteral("instagram"));
        QVERIFY(current && current->has_value());
        const MetricSnapshot &read = **current;
        QVERIFY(!read.reach.has_value());
        QCOMPARE(read.comments, 0);
        QCOMPARE(read.follows, -4);
        QCOMPARE(read.watchTimeSeconds, 12.5);
        QCOMPARE(read.sourceLine, 7);
        QCOMPARE(read.rawValues, input.rawValues);
        QVERIFY(read.rawValues.at(1).value.isNull());
        // One row per snapshot: the cells as a JSON array, an empty cell as JSON null.
        QVERIFY(jsonTypeIs(testing::testsOnPostgreSql()
                               ? QStringLiteral("CAST(raw_values AS json) -> 1")
                               : QStringLiteral("raw_values -> 1"),
                           QStringLiteral("null")));
        QVERIFY(m_db->scalar(QStringLiteral(
                                 "SELECT reach IS NULL AND comments = 0 FROM metric_snapshots"))
                    ->toBool());
    }

    void rawValuesRoundTripExactly_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("duplicate names keep their order")
            << QStringList{QStringLiteral("Views"), QStringLiteral("Reach"),
                           QStringLiteral("Views")}
            << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
        QTest::newRow("empty cell and empty text differ")
            << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("")}
            << QStringList{QString(), QStringLiteral(""), QStringLiteral("x")};
        QTest::newRow("quotes, backslashes, line breaks, controls, emoji")
            << QStringList{QStringLiteral("Description"), QString::fromUtf16(u"Ctl \u0001\u001f"),
                           QStringLiteral("Views"), QStringLiteral("n")}
            << QStringList{QStringLiteral("say \"hi\"\\n\nline 2\r\n\ttab"),
                           QChar(0) + QString::fromUtf16(u"\u007f\u2028 🍞 ÅÄÖ"),
                           QStringLiteral("[1,2]"), QStringLiteral("null")};
    }
    void rawValuesRoundTripExactly()
    {
        QFETCH(QStringList, names);
        QFETCH(QStringList, values);
        QList<RawValue> raw;
        for (qsizetype i = 0; i < names.size(); ++i)
            raw << RawValue{names.at(i), values.at(i)};
        MetricRepository metrics(*m_db);
        MetricSnapshot input = snapshot(QDateTime(QDate(2025, 3, 2), QTime(9, 0), Qt::UTC), 5);
        input.rawValues = raw;
        auto stored = metrics.record(input);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        auto read = metrics.rawValues(stored->id);
        QVERIFY(read);
        QCOMPARE(*read, raw);
        for (qsizetype i = 0; i < raw.size(); ++i)
            QCOMPARE(read->at(i).value.isNull(), raw.at(i).value.isNull());
        QVERIFY(jsonTypeIs(QStringLiteral("raw_values"), QStringLiteral("array")));
    }

    // The encoder writes UTF-8 straight from UTF-16; it must give the very bytes of escaping
    // into UTF-16 first and converting once (the way it was written before), with an unpaired
    // surrogate as U+FFFD, the replacement character.
    void jsonTextsAreByteExact_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("none") << QStringList{};
        QTest::newRow("null and empty") << QStringList{QString(), QStringLiteral("")};
        QTest::newRow("every control character and escapes") << [] {
            QString controls;
            for (char16_t ch = 0; ch < 0x20; ++ch)
                controls += QChar(ch);
            return QStringList{controls, QStringLiteral("\"a\\b\"/\u007f")};
        }();
        QTest::newRow("beyond ASCII")
            << QStringList{QString::fromUtf16(u"ÅÄÖ åäö ß € – “quoted” 日本語 🍞🇩🇪 \u2028"),
                           QString::fromUtf16(u"mixed a\u00e9b\u4e2dc\U0001F600d\n\u00ff")};
        QTest::newRow("unpaired surrogates")
            << QStringList{QString(QChar(0xD83D)) + QStringLiteral("x"),
                           QStringLiteral("y") + QChar(0xDC00), QString(QChar(0xD83D))};
        QTest::newRow("long cell") << QStringList{QString(5000, QChar(u'\u00e9')) + u'"'};
    }
    void jsonTextsAreByteExact()
    {
        QFETCH(QStringList, texts);
        QString reference = QStringLiteral("[");
        for (qsizetype i = 0; i < texts.size(); ++i) {
            if (i > 0)
                reference += u',';
            if (texts.at(i).isNull()) {
                reference += QStringLiteral("null");
                continue;
            }
            reference += u'"';
            for (const QChar ch : texts.at(i)) {
                const char16_t code = ch.unicode();
                if (code == u'"' || code == u'\\')
                    reference += QStringLiteral("\\") + ch;
                else if (code == u'\n')
                    reference += QStringLiteral("\\n");
                else if (code == u'\r')
                    reference += QStringLiteral("\\r");
                else if (code == u'\t')
                    reference += QStringLiteral("\\t");
                else if (code < 0x20)
                    reference += QStringLiteral("\\u%1").arg(int(code), 4, 16, QChar(u'0'));
                else
                    reference += ch;
            }
            reference += u'"';
        }
        reference += u']';
        const QByteArray json = encodeJsonTexts(texts);
        QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
        const QByteArray expected = utf8.encode(reference);
        QCOMPARE(json, expected);
        if (QTest::currentDataTag() == QByteArray("unpaired surrogates"))
            QVERIFY(json.contains("\xEF\xBF\xBDx"));
        // Cells: empty ones become null, missing ones too.
        QStringList cells = texts;
        QStringList expectedCells;
        for (const QString &text : texts)
            expectedCells << (text.isEmpty() ? QString() : text);
        expectedCells << QString();
        QCOMPARE(encodeJsonCells(cells, cells.size() + 1), encodeJsonTexts(expectedCells));
        // And the engine reads it as the same texts (paired surrogates only: others are replaced).
        QVERIFY(jsonTypeIs(QStringLiteral(":json"), QStringLiteral("array"),
                           {{QStringLiteral(":json"), QString::fromUtf8(json)}}));
        const auto decoded = decodeJsonTexts(json);
        QVERIFY(decoded);
        QCOMPARE(decoded->size(), texts.size());
    }

    void rawLayoutIsStoredOnce()
    {
        MetricRepository metrics(*m_db);
        for (int day = 1; day <= 3; ++day) {
            MetricSnapshot input =
                snapshot(QDateTime(QDate(2025, 3, day), QTime(9, 0), Qt::UTC), day);
            input.rawValues = {{QStringLiteral("Reach"), QString::number(day)},
                               {QStringLiteral("Views"), QString()}};
            QVERIFY(metrics.record(input));
        }
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM metric_raw_layouts"))->toInt(),
                 1);
        auto history =
            metrics.history(m_postId, QStringLiteral("instagram"), RawValueLoading::Include);
        QVERIFY(history && history->size() == 3);
        QCOMPARE(history->at(1).rawValues.at(0).value, QStringLiteral("2"));
        QVERIFY(history->at(2).rawValues.at(1).value.isNull());
    }

    void newestCapturedIsCurrent_data()
    {
        QTest::addColumn<QList<int>>("dayAndReach"); // pairs: capture day in March, reach
        QTest::addColumn<int>("currentReach");
        QTest::newRow("in order") << QList<int>{2, 100, 5, 150} << 150;
        QTest::newRow("older recorded later") << QList<int>{5, 150, 2, 100} << 150;
        QTest::newRow("same time: the later record wins") << QList<int>{5, 150, 5, 160} << 160;
    }

    void newestCapturedIsCurrent()
    {
        QFETCH(QList<int>, dayAndReach);
        QFETCH(int, currentReach);
        MetricRepository metrics(*m_db);
        for (qsizetype i = 0; i < dayAndReach.size(); i += 2)
            QVERIFY(metrics.record(
                snapshot(QDateTime(QDate(2025, 3, dayAndReach.at(i)), QTime(9, 0), Qt::UTC),
                         dayAndReach.at(i + 1))));
        QCOMPARE((*metrics.current(m_postId, QStringLiteral("instagram")))->reach, currentReach);
        const QList<MetricSnapshot> history =
            *metrics.history(m_postId, QStringLiteral("instagram"));
        QCOMPARE(history.size(), dayAndReach.size() / 2);
        QVERIFY(history.first().capturedAt <= history.last().capturedAt);
        auto all = metrics.currentSnapshots();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().reach, currentReach);
    }

    void currentSnapshotsFilter()
    {
        MetricRepository metrics(*m_db);
        const qint64 later = plan(QDateTime(QDate(2025, 3, 10), QTime(10, 0), Qt::UTC),
                                  {QStringLiteral("instagram")});
        QVERIFY(metrics.record(snapshot(QDateTime(QDate(2025, 3, 12), QTime(9, 0), Qt::UTC), 10)));
        MetricSnapshot other = snapshot(QDateTime(QDate(2025, 3, 12), QTime(9, 0), Qt::UTC), 20);
        other.postId = later;
        QVERIFY(metrics.record(other));
        MetricSnapshot facebook = snapshot(QDateTime(QDate(2025, 3, 12), QTime(9, 0), Qt::UTC), 30);
        facebook.networkId = QStringLiteral("facebook");
        QVERIFY(metrics.record(facebook));

        QCOMPARE(metrics.currentSnapshots()->size(), 3);
        SnapshotFilter byNetwork;
        byNetwork.networkId = QStringLiteral("instagram");
        QCOMPARE(metrics.currentSnapshots(byNetwork)->size(), 2);
        SnapshotFilter byTime;
        byTime.publishedFrom = QDateTime(QDate(2025, 3, 5), QTime(0, 0), Qt::UTC);
        const QList<MetricSnapshot> recent = *metrics.currentSnapshots(byTime);
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.first().postId, later);
        QVERIFY(recent.first().rawValues.isEmpty());
    }

    void manualEntry()
    {
        MetricRepository metrics(*m_db);
        MetricSnapshot figures;
        QVERIFY(
            !metrics.recordManual(m_postId, QStringLiteral("instagram"), figures)); // nothing typed
        figures.comments = 12;
        figures.reach = 0;
        auto stored = metrics.recordManual(m_postId, QStringLiteral("instagram"), figures);
        QVERIFY(stored);
        QCOMPARE(stored->capturedAt, m_clock.now());
        QVERIFY(!stored->importId);
        QCOMPARE((*metrics.current(m_postId, QStringLiteral("instagram")))->comments, 12);

        // Only networks the post goes to.
        auto wrong = metrics.recordManual(m_postId, QStringLiteral("x"), figures);
        QVERIFY(!wrong);
        QVERIFY(wrong.error().kind == ErrorKind::NotFound);
    }

    void removalAndCascade()
    {
        MetricRepository metrics(*m_db);
        MetricSnapshot input = snapshot(QDateTime(QDate(2025, 3, 2), QTime(9, 0), Qt::UTC), 5);
        input.rawValues = {{QStringLiteral("Reach"), QStringLiteral("5")}};
        auto stored = metrics.record(input);
        QVERIFY(stored);
        QVERIFY(metrics.record(snapshot(QDateTime(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC), 6)));
        QVERIFY(metrics.removeSnapshot(stored->id));
        QVERIFY(!metrics.removeSnapshot(stored->id));
        QCOMPARE(m_db->scalar(QStringLiteral(
                                  "SELECT count(*) FROM metric_snapshots WHERE raw_values IS NOT "
                                  "NULL"))
                     ->toInt(),
                 0);
        QVERIFY(PostRepository(*m_db).remove(m_postId));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM metric_snapshots"))->toInt(), 0);
    }

    void importsAndMappings()
    {
        MetricRepository metrics(*m_db);
        MetricImportRecord record;
        record.sourceFormat = QStringLiteral("youtube");
        record.fileName = QStringLiteral("Table data.csv");
        record.fileSha256 = QStringLiteral("abc");
        record.rowCount = 3;
        auto stored = metrics.recordImport(record);
        QVERIFY(stored);
        QCOMPARE(stored->importedAt, m_clock.now());
        auto found = metrics.importWithSha256(QStringLiteral("abc"));
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->fileName, QStringLiteral("Table data.csv"));
        QVERIFY(!metrics.importWithSha256(QStringLiteral("def"))->has_value());
        QCOMPARE(metrics.imports()->size(), 1);

        QVERIFY(!metrics.importMapping(QStringLiteral("sig"))->has_value());
        QVERIFY(metrics.saveImportMapping(
            QStringLiteral("sig"), QStringLiteral("metrics"),
            QJsonObject{{QStringLiteral("network"), QStringLiteral("mastodon")}}));
        QVERIFY(metrics.saveImportMapping(
            QStringLiteral("sig"), QStringLiteral("metrics"),
            QJsonObject{{QStringLiteral("network"), QStringLiteral("bluesky")}}));
        auto mapping = metrics.importMapping(QStringLiteral("sig"));
        QVERIFY(mapping && mapping->has_value());
        QCOMPARE((*mapping)->value(QStringLiteral("network")).toString(),
                 QStringLiteral("bluesky"));
    }

    void spansCoverThePostsWithFigures()
    {
        MetricRepository metrics(*m_db);
        const QDateTime first(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
        const QDateTime later(QDate(2025, 3, 10), QTime(10, 0), Qt::UTC);
        const qint64 laterPost = plan(later, {QStringLiteral("instagram")});
        // A post without figures never counts.
        QVERIFY(plan(QDateTime(QDate(2025, 3, 18), QTime(10, 0), Qt::UTC), {QStringLiteral("x")}) >
                0);
        QCOMPARE(metrics.figuresSpan()->posts, 0);
        QVERIFY(!metrics.figuresSpan()->first.isValid());

        MetricImportRecord record;
        record.sourceFormat = QStringLiteral("meta-instagram");
        record.fileName = QStringLiteral("export.csv");
        record.fileSha256 = QStringLiteral("abc");
        auto import = metrics.recordImport(record);
        QVERIFY(import);
        MetricSnapshot imported = snapshot(m_clock.now(), 10);
        imported.importId = import->id;
        QVERIFY(metrics.record(imported));
        MetricSnapshot typed = snapshot(m_clock.now(), 20);
        typed.postId = laterPost;
        QVERIFY(metrics.record(typed));

        auto all = metrics.figuresSpan();
        QVERIFY(all);
        QCOMPARE(all->posts, 2);
        QCOMPARE(all->first, first);
        QCOMPARE(all->last, later);
        QCOMPARE(metrics.figuresSpan(QStringLiteral("instagram"))->posts, 2);
        QCOMPARE(metrics.figuresSpan(QStringLiteral("facebook"))->posts, 0);

        auto fromImport = metrics.importSpan(import->id);
        QVERIFY(fromImport);
        QCOMPARE(fromImport->posts, 1);
        QCOMPARE(fromImport->first, first);
        QCOMPARE(fromImport->last, first);
        QCOMPARE(metrics.importSpan(import->id + 1)->posts, 0);
    }
};

QTEST_GUILESS_MAIN(TestMetricRepository)
#include "tst_metricrepository.moc"
