// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// IcsExporter: RFC 5545 output checked line by line, by libical, by check-ics, and by re-import.
#include "common/clock.h"
#include "interop/icsexporter.h"
#include "interop/icsimporter.h"
#include "interop/postimport.h"
#include "plan/catalog.h"
#include "plan/postrepository.h"
#include "storage/database.h"
#include "support/interoptestsupport.h"
#include "support/testdatabase.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <csignal>
#include <libical/ical.h>
#include <sys/resource.h>

using namespace hearth::core;
using hearth::test::network;

class TestIcsExporter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void summary_data();
    void summary();
    void description_data();
    void description();
    void writesValidFoldedCrlfLines();
    void libicalReadsEveryEventBack();
    void passesCheckIcs();
    void uidsAreStableAcrossExports();
    void filtersByRangeAndNetwork();
    void exportThenImportGivesBackThePlan();
    void textSurvivesRoundTrip_data();
    void textSurvivesRoundTrip();
    void cancelledExportLeavesOldFileByteIdentical();
    void failedWriteLeavesOldFileByteIdentical();

private:
    QList<Post> createPlan(Database &db);
    QString exportTo(const QString &name, const ExportFilter &filter = {});

    ManualClock m_clock{QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    QList<Post> m_posts;
    QTemporaryDir m_dir;
};

void TestIcsExporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestIcsExporter::init()
{
    auto db = testing::openTestDatabase(m_clock);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    m_db = std::move(*db);
    m_posts = createPlan(*m_db);
    QCOMPARE(m_posts.size(), 7);
}

QList<Post> TestIcsExporter::createPlan(Database &db)
{
    PostRepository repository(db);
    auto pillars = CatalogRepository(db).pillars();
    const QString longText =
        QStringLiteral("A long post about our sourdough, written over several lines.\n\nFirst we "
                       "feed the starter with rye "
                       "flour; then, after twelve hours, we mix it with water, salt and wheat "
                       "flour. The dough rests, we fold "
                       "it four times, and shape it by hand.\nÜberraschung: Grüße aus der "
                       "Backstube! 🥖🥐🍞 Ça va? 日本語もあります。\n"
                       "Paths like C:\\Users\\baker\\bread.jpg keep their backslashes; commas, "
                       "semicolons; and \"quotes\" too.");
    struct Spec
    {
        QDateTime when;
        QString body;
        PostStatus status;
        QList<PostNetwork> networks;
        QString link;
        QString title;
    };
    const QList<Spec> specs{
        {QDateTime(QDate(2026, 6, 2), QTime(9, 0), QTimeZone("Europe/Berlin")),
         longText,
         PostStatus::Scheduled,
         {network(QStringLiteral("instagram")),
          network(QStringLiteral("x"), QStringLiteral("Short for X 🐦, ok; \\o/"))},
         QStringLiteral("https://bakery.example/sourdough?a=1&b=2"),
         QStringLiteral("Sourdough, explained")},
        {QDateTime(QDate(2026, 6, 3), QTime(8, 30), QTimeZone("America/New_York")),
         QStringLiteral("Good morning, New York; coffee\\tea?"),
         PostStatus::Draft,
         {network(QStringLiteral("mastodon"))},
         QString(),
         QString()},
        {QDateTime(QDate(2026, 6, 4), QTime(19, 45), QTimeZone("Asia/Tokyo")),
         QStringLiteral("こんばんは 🌙 from Tokyo"),
         PostStatus::Published,
         {network(QStringLiteral("bluesky"))},
         QString(),
         QString()},
        {QDateTime(QDate(2026, 6, 5), QTime(12, 15), QTimeZone("Asia/Kolkata")),
         QStringLiteral("Half-hour zone, skipped post"),
         PostStatus::Skipped,
         {network(QStringLiteral("linkedin"))},
         QString(),
         QString()},
        {QDateTime(QDate(2026, 6, 6), QTime(23, 59), Qt::UTC),
         QStringLiteral("👩‍👩‍👧‍👦 family emoji at the fold ") +
             QString(30, QChar(0x00E9)),
         PostStatus::Scheduled,
         {network(QStringLiteral("threads")), network(QStringLiteral("facebook"))},
         QString(),
         QString()},
        {QDateTime(QDate(2026, 6, 7), QTime(6, 0), Qt::UTC),
         QStringLiteral("A post without networks"),
         PostStatus::Draft,
         {},
         QString(),
         QString()},
        {QDateTime(),
         QStringLiteral("An unscheduled draft stays out of the calendar"),
         PostStatus::Draft,
         {network(QStringLiteral("x"))},
         QString(),
         QString()},
    };
    QList<Post> created;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        Post post;
        post.scheduledAt = specs.at(i).when.isValid() ? specs.at(i).when.toUTC() : QDateTime();
        post.body = specs.at(i).body;
        post.status = specs.at(i).status;
        post.networks = specs.at(i).networks;
        post.link = specs.at(i).link;
        post.title = specs.at(i).title;
        if (pillars && !pillars->isEmpty())
            post.pillarId = pillars->at(i % pillars->size()).id;
        auto stored = repository.create(PostImportWriter::storable(post));
        if (!stored)
            qFatal("%s", qPrintable(stored.error().message));
        created << *stored;
    }
    return created;
}

QString TestIcsExporter::exportTo(const QString &name, const ExportFilter &filter)
{
    const QString path = m_dir.filePath(name);
    auto written = IcsExporter(*m_db).exportToFile(path, filter);
    if (!written)
        qWarning("%s", qPrintable(written.error().message));
    return written ? path : QString();
}

void TestIcsExporter::summary_data()
{
    QTest::addColumn<QStringList>("networks");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QStringList x{QStringLiteral("X")};
    QTest::newRow("short") << QStringList{QStringLiteral("Instagram")}
                           << QStringLiteral("Fresh bread")
                           << QStringLiteral("[Instagram] Fresh bread");
    QTest::newRow("two networks") << QStringList{QStringLiteral("Instagram"), QStringLiteral("X")}
                                  << QStringLiteral("Fresh bread")
                                  << QStringLiteral("[Instagram, X] Fresh bread");
    QTest::newRow("first line only")
        << x << QStringLiteral("Line one\nLine two") << QStringLiteral("[X] Line one…");
    QTest::newRow("cut at a word")
        << x << QStringLiteral("The quick brown fox jumps over the lazy dog again and again")
        << QStringLiteral("[X] The quick brown fox jumps over the lazy…");
    QTest::newRow("no network") << QStringList() << QStringLiteral("Plain")
                                << QStringLiteral("Plain");
    QTest::newRow("empty") << x << QString() << QStringLiteral("[X] (no text)");
}

void TestIcsExporter::summary()
{
    QFETCH(QStringList, networks);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(IcsExporter::summaryFor(networks, text), expected);
}

void TestIcsExporter::description_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("variants");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("expected");
    const QString body = QStringLiteral("Fresh bread\n\nout of the oven");
    QTest::newRow("body only") << body << QStringList() << QString() << body;
    QTest::newRow("body and link")
        << body << QStringList() << QStringLiteral("https://bakery.example")
        << body + QStringLiteral("\n\nhttps://bakery.example");
    QTest::newRow("variant and link")
        << body << QStringList{QStringLiteral("Bread!\n#bakery")}
        << QStringLiteral("https://bakery.example")
        << body + QStringLiteral("\n\n[X]\nBread!\n#bakery\n\nhttps://bakery.example");
    QTest::newRow("variant equal to the body is not repeated")
        << body << QStringList{body} << QString() << body;
    QTest::newRow("two variants") << body
                                  << QStringList{QStringLiteral("one"), QStringLiteral("two")}
                                  << QString() << body + QStringLiteral("\n\n[X]\none\n\n[X]\ntwo");
    QTest::newRow("body that looks like a variant block")
        << QStringLiteral("Read this\n\n[X]\nshort") << QStringList{QStringLiteral("short")}
        << QString() << QStringLiteral("Read this\n\n[X]\nshort\n\n[X]\nshort");
}

void TestIcsExporter::description()
{
    QFETCH(QString, body);
    QFETCH(QStringList, variants);
    QFETCH(QString, link);
    QFETCH(QString, expected);
    QList<IcsExporter::Variant> named;
    for (const QString &text : std::as_const(variants))
        named.append({QStringLiteral("X"), text});
    const QString description = IcsExporter::descriptionFor(body, named, link);
    QCOMPARE(description, expected);
    QCOMPARE(IcsExporter::bodyFromDescription(description, variants, link), body);
}

void TestIcsExporter::writesValidFoldedCrlfLines()
{
    const QString path = exportTo(QStringLiteral("plan.ics"));
    QVERIFY(!path.isEmpty());
    const QByteArray bytes = hearth::test::readAll(path);
    QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
    QVERIFY(!bytes.contains("METHOD:"));
    QList<QByteArray> lines = bytes.split('\n');
    QVERIFY(lines.takeLast().isEmpty());
    int folded = 0;
    for (const QByteArray &line : lines) {
        QVERIFY2(line.endsWith('\r'), line.constData());
        const QByteArray content = line.chopped(1);
        QVERIFY2(!content.contains('\r'), content.constData());
        QVERIFY2(content.size() <= 75, content.constData());
        // A fold inside a UTF-8 sequence would leave an invalid line on its own.
        QCOMPARE(QString::fromUtf8(content).toUtf8(), content);
        QVERIFY(!QString::fromUtf8(content).contains(QChar::ReplacementCharacter));
        if (content.startsWith(' '))
            ++folded;
    }
    QVERIFY2(folded > 5, "long texts are folded");
    // TEXT escaping: commas, semicolons, backslashes and newlines.
    const QByteArray unfolded = QByteArray(bytes).replace("\r\n ", "");
    QVERIFY(unfolded.contains("Good morning\\, New York\\; coffee\\\\tea?"));
    QVERIFY(unfolded.contains("C:\\\\Users\\\\baker\\\\bread.jpg"));
    QVERIFY(unfolded.contains("\\n\\nFirst we feed"));
    QCOMPARE(unfolded.count("BEGIN:VEVENT"), 6);
}

void TestIcsExporter::libicalReadsEveryEventBack()
{
    const QString path = exportTo(QStringLiteral("libical.ics"));
    const QByteArray bytes = hearth::test::readAll(path);
    icalcomponent *calendar = icalparser_parse_string(bytes.constData());
    QVERIFY(calendar);
    icalrestriction_check(calendar);
    QCOMPARE(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT), 6);
    QHash<QString, icalcomponent *> byUid;
    for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
         event; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        QVERIFY2(!icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY),
                 "no libical errors");
        byUid.insert(QString::fromUtf8(icalcomponent_get_uid(event)), event);
    }
    const Post &first = m_posts.at(0);
    // One event for the post on Instagram and X (networks in the catalogue's order), X's own
    // text after the body.
    icalcomponent *instagram = byUid.value(IcsExporter::uidFor(first.id));
    QVERIFY(instagram);
    QCOMPARE(QString::fromUtf8(icalcomponent_get_description(instagram)),
             first.body + QStringLiteral("\n\n[X]\nShort for X 🐦, ok; \\o/\n\n") + first.link);
    QVERIFY(QString::fromUtf8(icalcomponent_get_summary(instagram))
                .startsWith(QStringLiteral("[X, Instagram] A long post")));
    QStringList hearthProperties;
    for (icalproperty *p = icalcomponent_get_first_property(instagram, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(instagram, ICAL_X_PROPERTY)) {
        QString entry = QString::fromUtf8(icalproperty_get_x_name(p));
        if (icalparameter *parameter = icalproperty_get_first_parameter(p, ICAL_X_PARAMETER))
            entry += u';' + QString::fromUtf8(icalparameter_get_xname(parameter)) + u'=' +
                     QString::fromUtf8(icalparameter_get_xvalue(parameter));
        hearthProperties << entry + u':' + QString::fromUtf8(icalproperty_get_x(p));
    }
    QVERIFY2(hearthProperties.contains(QStringLiteral("X-HEARTH-NETWORKS:x,instagram")),
             qPrintable(hearthProperties.join(u'|')));
    QVERIFY2(hearthProperties.contains(
                 QStringLiteral("X-HEARTH-VARIANT;X-HEARTH-NETWORK=x:Short for X 🐦, ok; \\o/")),
             qPrintable(hearthProperties.join(u'|')));
    const icaltimetype start = icalcomponent_get_dtstart(instagram);
    QVERIFY(icaltime_is_utc(start));
    QCOMPARE(static_cast<qint64>(icaltime_as_timet(start)), first.scheduledAt.toSecsSinceEpoch());
    QCOMPARE(icaldurationtype_as_int(icalcomponent_get_duration(instagram)), 15 * 60);
    QCOMPARE(icalcomponent_get_status(instagram), ICAL_STATUS_CONFIRMED);

    QCOMPARE(icalcomponent_get_status(byUid.value(IcsExporter::uidFor(m_posts.at(1).id))),
             ICAL_STATUS_TENTATIVE);
    QCOMPARE(icalcomponent_get_status(byUid.value(IcsExporter::uidFor(m_posts.at(3).id))),
             ICAL_STATUS_CANCELLED);
    // Kolkata's +05:30 comes out as the right UTC instant.
    QCOMPARE(static_cast<qint64>(icaltime_as_timet(
                 icalcomponent_get_dtstart(byUid.value(IcsExporter::uidFor(m_posts.at(3).id))))),
             QDateTime(QDate(2026, 6, 5), QTime(6, 45), Qt::UTC).toSecsSinceEpoch());
    QVERIFY(QString::fromUtf8(
                icalcomponent_get_summary(byUid.value(IcsExporter::uidFor(m_posts.at(4).id))))
                .startsWith(QStringLiteral("[Threads, Facebook] ")));
    // A post without networks has no brackets.
    QCOMPARE(QString::fromUtf8(
                 icalcomponent_get_summary(byUid.value(IcsExporter::uidFor(m_posts.at(5).id)))),
             QStringLiteral("A post without networks"));
    icalproperty *category = icalcomponent_get_first_property(instagram, ICAL_CATEGORIES_PROPERTY);
    QVERIFY(category);
    QCOMPARE(QString::fromUtf8(icalproperty_get_categories(category)), QStringLiteral("Educate"));
    icalcomponent_free(calendar);
}

void TestIcsExporter::passesCheckIcs()
{
    const QString path = exportTo(QStringLiteral("checked.ics"));
    QString output;
    const int code = hearth::test::runCheckIcs(path, output);
    if (code == -1)
        QSKIP(qPrintable(
            QStringLiteral("check-ics not found at %1 (set HEARTH_CHECK_ICS); the two-parser "
                           "validation was skipped.")
                .arg(hearth::test::checkIcsPath)));
    QVERIFY2(code == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("vobject: ok, 6 event(s)")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("libical: ok, 6 event(s), 0 error(s)")),
             qPrintable(output));
}

void TestIcsExporter::uidsAreStableAcrossExports()
{
    auto uids = [](const QByteArray &bytes) {
        QStringList list;
        for (const QByteArray &line : bytes.split('\n')) {
            if (line.startsWith("UID:"))
                list << QString::fromUtf8(line.mid(4).trimmed());
        }
        return list;
    };
    const QStringList first = uids(hearth::test::readAll(exportTo(QStringLiteral("a.ics"))));
    m_clock.advanceSeconds(3600);
    Post edited = m_posts.at(1);
    edited.body = QStringLiteral("Edited text");
    QVERIFY(PostRepository(*m_db).update(edited).ok());
    const QStringList second = uids(hearth::test::readAll(exportTo(QStringLiteral("b.ics"))));
    QCOMPARE(second, first);
    QCOMPARE(first.size(), 6);
    QVERIFY(first.contains(QStringLiteral("post-%1@hearth").arg(m_posts.at(0).id)));
}

void TestIcsExporter::filtersByRangeAndNetwork()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportFilter filter;
    filter.from = QDateTime(QDate(2026, 6, 3), QTime(0, 0), Qt::UTC);
    filter.to = QDateTime(QDate(2026, 6, 7), QTime(0, 0), Qt::UTC);
    filter.networks = {QStringLiteral("mastodon"), QStringLiteral("threads")};
    auto written = IcsExporter(*m_db).write(buffer, filter);
    QVERIFY(written.ok());
    QCOMPARE(written->entries, 2);
    QCOMPARE(written->posts, 2);
    QVERIFY(buffer.data().contains(IcsExporter::uidFor(m_posts.at(1).id).toUtf8()));
    QVERIFY(buffer.data().contains(IcsExporter::uidFor(m_posts.at(4).id).toUtf8()));
    // The event names only the networks asked for.
    QVERIFY(buffer.data().contains("X-HEARTH-NETWORKS:threads\r\n"));
    QVERIFY(!buffer.data().contains("facebook"));
}

void TestIcsExporter::exportThenImportGivesBackThePlan()
{
    const QString path = exportTo(QStringLiteral("roundtrip.ics"));
    ManualClock laterClock(m_clock.now());
    auto other = testing::openTestDatabase(laterClock);
    QVERIFY(other.ok());
    auto preview = IcsImporter(**other).parseFile(path, IcsImportOptions{});
    QVERIFY(preview.ok());
    QVERIFY2(!preview->hasErrors(), qPrintable(preview->describeIssues().join(u'\n')));
    QCOMPARE(preview->rows.size(), 6);
    auto summary = PostImportWriter(**other).commit(*preview);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
    QCOMPARE(summary->created, 6);

    auto imported = PostRepository(**other).scheduledBetween(
        QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(imported.ok());
    QCOMPARE(imported->size(), 6);
    for (qsizetype i = 0; i < 6; ++i) {
        const Post &original = m_posts.at(i);
        const Post &back = imported->at(i);
        QCOMPARE(back.scheduledAt, original.scheduledAt);
        QCOMPARE(back.body, original.body);
        QCOMPARE(back.title, original.title);
        QCOMPARE(toString(back.status), toString(original.status));
        QCOMPARE(back.link, original.link);
        QCOMPARE(back.pillarId, original.pillarId);
        QCOMPARE(back.networks, original.networks);
    }

    // The same file again brings nothing new: every post is reported as a duplicate.
    auto again = IcsImporter(**other).parseFile(path, IcsImportOptions{});
    QVERIFY(again.ok());
    QCOMPARE(again->duplicateCount(), 6);
    auto second = PostImportWriter(**other).commit(*again);
    QVERIFY(second.ok());
    QCOMPARE(second->created, 0);
    QCOMPARE(second->skipped, 6);
}

// Texts the fuzzer (tests/fuzz/fuzz_ics_roundtrip) found changed by an export and re-import.
void TestIcsExporter::textSurvivesRoundTrip_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("expectedBody");
    QTest::addColumn<QString>("expectedVariant");
    QTest::addColumn<bool>("onlyVariants");
    const QString none;
    // An empty DESCRIPTION is dropped by libical; the text came back as "(no text)".
    QTest::newRow("empty text") << QStringLiteral("") << none << QStringLiteral("") << none
                                << false;
    QTest::newRow("empty variant") << QStringLiteral("Body") << QStringLiteral("")
                                   << QStringLiteral("Body") << QStringLiteral("") << false;
    // libical trims blanks around the X-HEARTH-VARIANT value but not inside DESCRIPTION: the
    // variant was not found at the end of the description and all of it became the text.
    QTest::newRow("variant with blanks around it")
        << QStringLiteral("Body") << QStringLiteral(" \tOwn text \t") << QStringLiteral("Body")
        << QStringLiteral("Own text") << false;
    // A variant of blanks alone was written as X-HEARTH-VARIANT with that value; libical read it
    // as no property at all, so the network lost its variant and the whole description (the
    // variant blocks too) became the post's text. Found by fuzz_ics_roundtrip.
    QTest::newRow("variant of blanks alone")
        << QStringLiteral("Body") << QStringLiteral(" \t ") << QStringLiteral("Body")
        << QStringLiteral("") << false;
    QTest::newRow("variant of blanks alone on every network")
        << QStringLiteral("Body") << QStringLiteral(" ") << QStringLiteral("Body")
        << QStringLiteral("") << true;
    // No event carried the post's own text when every network had a variant: the variant came
    // back as the post's text.
    QTest::newRow("every network has a variant")
        << QStringLiteral("The post's own text,\nwith two lines") << QStringLiteral("Only for X")
        << QStringLiteral("The post's own text,\nwith two lines") << QStringLiteral("Only for X")
        << true;
    QTest::newRow("every network has a variant, empty text")
        << QStringLiteral("") << QStringLiteral("Only for X") << QStringLiteral("")
        << QStringLiteral("Only for X") << true;
    // libical drops a carriage return, so a lone CR joined two lines into one word.
    QTest::newRow("lone carriage return")
        << QStringLiteral("one\rtwo") << QStringLiteral("three\rfour") << QStringLiteral("one\ntwo")
        << QStringLiteral("three\nfour") << false;
    QTest::newRow("CR LF") << QStringLiteral("one\r\ntwo\r\n") << none
                           << QStringLiteral("one\ntwo\n") << none << false;
}

void TestIcsExporter::textSurvivesRoundTrip()
{
    QFETCH(QString, body);
    QFETCH(QString, variant);
    QFETCH(QString, expectedBody);
    QFETCH(QString, expectedVariant);
    QFETCH(bool, onlyVariants);
    auto source = testing::openTestDatabase(m_clock);
    QVERIFY(source.ok());
    Post post;
    post.scheduledAt = QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
    post.body = body;
    post.status = PostStatus::Scheduled;
    post.networks = {network(QStringLiteral("x"), variant)};
    if (!onlyVariants)
        post.networks.prepend(network(QStringLiteral("mastodon")));
    QVERIFY(PostRepository(**source).create(PostImportWriter::storable(post)).ok());
    QBuffer calendar;
    QVERIFY(calendar.open(QIODevice::WriteOnly));
    QVERIFY(IcsExporter(**source).write(calendar, ExportFilter{}).ok());

    auto target = testing::openTestDatabase(m_clock);
    QVERIFY(target.ok());
    auto preview = IcsImporter(**target).parse(calendar.data(), QStringLiteral("plan.ics"),
                                               IcsImportOptions{});
    QVERIFY(preview.ok());
    QVERIFY2(!preview->hasErrors(), qPrintable(preview->describeIssues().join(u'\n')));
    QCOMPARE(preview->rows.size(), 1);
    const Post &back = preview->rows.at(0).post;
    QCOMPARE(back.body, expectedBody);
    QCOMPARE(back.networks.size(), post.networks.size());
    QVERIFY(back.network(QStringLiteral("x")));
    QCOMPARE(back.network(QStringLiteral("x"))->variantText.isNull(), expectedVariant.isNull());
    QCOMPARE(back.network(QStringLiteral("x"))->variantText, expectedVariant);
}

void TestIcsExporter::cancelledExportLeavesOldFileByteIdentical()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.ics"));
    const QByteArray old("old calendar content\r\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(old);
    }
    // Many posts, so the export is cancelled after it has written part of the file.
    PostRepository repository(*m_db);
    for (int i = 0; i < 600; ++i) {
        Post post;
        post.body = QStringLiteral("Bulk post %1").arg(i);
        post.scheduledAt = QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::UTC).addSecs(i * 3600);
        post.networks = {network(QStringLiteral("x"))};
        QVERIFY(repository.create(PostImportWriter::storable(post)).ok());
    }
    qint64 calls = 0;
    auto written =
        IcsExporter(*m_db).exportToFile(path, ExportFilter{}, [&](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        });
    QVERIFY(!written.ok());
    QVERIFY(calls >= 2);
    QVERIFY2(written.error().message.contains(QStringLiteral("unchanged")),
             qPrintable(written.error().message));
    QCOMPARE(hearth::test::readAll(path), old);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("keep.ics*")}, QDir::Files),
             QStringList{QStringLiteral("keep.ics")});
}

void TestIcsExporter::failedWriteLeavesOldFileByteIdentical()
{
    const QString path = m_dir.filePath(QStringLiteral("full.ics"));
    const QByteArray old(4096, 'o');
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(old);
    }
    PostRepository repository(*m_db);
    for (int i = 0; i < 300; ++i) {
        Post post;
        post.body = QStringLiteral("Post that fills the disk %1").arg(i);
        post.scheduledAt = QDateTime(QDate(2026, 8, 1), QTime(0, 0), Qt::UTC).addSecs(i * 600);
        post.networks = {network(QStringLiteral("x"))};
        QVERIFY(repository.create(PostImportWriter::storable(post)).ok());
    }
    // A real write error even as root: the process may not write files beyond 16 KiB.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit previous{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &previous), 0);
    rlimit small = previous;
    small.rlim_cur = 16 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    auto written = IcsExporter(*m_db).exportToFile(path, ExportFilter{});
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &previous), 0);
    QVERIFY(!written.ok());
    QCOMPARE(hearth::test::readAll(path), old);
}

QTEST_GUILESS_MAIN(TestIcsExporter)
#include "tst_icsexporter.moc"
