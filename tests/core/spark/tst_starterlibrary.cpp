// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// StarterLibrary: the built-in prompts, loading once, newer versions, user edits and deletions.
#include "common/clock.h"
#include "plan/catalog.h"
#include "spark/idearepository.h"
#include "spark/starterlibrary.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace hearth::core;

namespace {

// Two default pillars in German, without a compiled catalogue.
class GermanPillars final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char * = nullptr,
                      int = -1) const override
    {
        if (qstrcmp(context, "hearth::core::StarterLibrary") != 0)
            return {};
        if (qstrcmp(source, "Educate") == 0)
            return QStringLiteral("Bilden");
        if (qstrcmp(source, "Promote") == 0)
            return QStringLiteral("Werben");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestStarterLibrary final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_db.reset(); }

    void builtinLibraryIsRich();
    void ensureLoadedFillsFreshPlanOnce();
    void newerVersionAddsOnlyNewPrompts();
    void userEditsArePreserved();
    void deletedPromptsStayDeleted();
    void readOnlyPlanIsLeftAlone();
    void rejectsBrokenLibraries_data();
    void rejectsBrokenLibraries();
    void defaultPillarsFollowTheLanguage();

private:
    StarterLibraryData fixture(const QString &name);
    Idea byKey(const QString &key);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
};

void TestStarterLibrary::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    auto db = testing::openTestDatabase(*m_clock);
    QVERIFY(db.ok());
    m_db = std::move(*db);
}

StarterLibraryData TestStarterLibrary::fixture(const QString &name)
{
    QFile file(QStringLiteral(HEARTH_TEST_DATA_DIR "/spark/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    auto parsed = StarterLibrary::parse(file.readAll(), name);
    if (!parsed)
        qFatal("bad fixture: %s", qPrintable(parsed.error().message));
    return *parsed;
}

Idea TestStarterLibrary::byKey(const QString &key)
{
    IdeaFilter all;
    all.archived = ArchivedFilter::Include;
    const QList<Idea> ideas = IdeaRepository(*m_db).list(all).value();
    for (const Idea &idea : ideas) {
        if (idea.libraryKey == key)
            return idea;
    }
    return {};
}

void TestStarterLibrary::builtinLibraryIsRich()
{
    auto library = StarterLibrary::builtin();
    QVERIFY2(library.ok(), qPrintable(library.ok() ? QString() : library.error().message));
    QVERIFY(library->prompts.size() >= 120);
    QHash<QString, int> perPillar;
    QSet<QString> titles;
    for (const LibraryPrompt &prompt : std::as_const(library->prompts)) {
        perPillar[prompt.pillar] += 1;
        QVERIFY2(!prompt.tags.isEmpty(), qPrintable(prompt.key));
        QVERIFY2(!titles.contains(prompt.title), qPrintable(prompt.title));
        titles.insert(prompt.title);
    }
    // Every seeded pillar has a good share of prompts, and no prompt names an unknown pillar.
    const auto pillars = CatalogRepository(*m_db).pillars().value();
    QCOMPARE(perPillar.size(), pillars.size());
    for (const Pillar &pillar : pillars)
        QVERIFY2(perPillar.value(pillar.name) >= 15, qPrintable(pillar.name));
}

void TestStarterLibrary::ensureLoadedFillsFreshPlanOnce()
{
    auto first = StarterLibrary::ensureLoaded(*m_db);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QVERIFY(!first->upToDate);
    QVERIFY(first->added >= 120);
    const qint64 count = IdeaRepository(*m_db).count().value();
    QCOMPARE(count, qint64(first->added));
    QCOMPARE(StarterLibrary::loadedVersion(*m_db).value(), first->version);

    auto second = StarterLibrary::ensureLoaded(*m_db);
    QVERIFY(second.ok());
    QVERIFY(second->upToDate);
    QCOMPARE(second->added, 0);
    QCOMPARE(IdeaRepository(*m_db).count().value(), count);

    // Every prompt arrives with its pillar and tags, marked as a library idea.
    const Idea idea = byKey(QStringLiteral("community.local-favourites"));
    QVERIFY(idea.source == IdeaSource::Library);
    QVERIFY(idea.pillarId.has_value());
    QVERIFY(!idea.tags.isEmpty());
    QVERIFY(!idea.libraryEdited);
}

void TestStarterLibrary::newerVersionAddsOnlyNewPrompts()
{
    auto v1 = StarterLibrary::apply(*m_db, fixture(QStringLiteral("library-v1.json")));
    QVERIFY(v1.ok());
    QCOMPARE(v1->added, 4);
    // Applying the same version again changes nothing.
    auto again = StarterLibrary::apply(*m_db, fixture(QStringLiteral("library-v1.json")));
    QVERIFY(again->upToDate);
    auto v2 = StarterLibrary::apply(*m_db, fixture(QStringLiteral("library-v2.json")));
    QVERIFY2(v2.ok(), qPrintable(v2.ok() ? QString() : v2.error().message));
    QCOMPARE(v2->previousVersion, 1);
    QCOMPARE(v2->added, 2);
    QCOMPARE(v2->updated, 2);
    QCOMPARE(IdeaRepository(*m_db).count().value(), 6);
    QCOMPARE(byKey(QStringLiteral("t.one")).notes,
             QStringLiteral("Teach one thing, newer wording."));
    QVERIFY(!byKey(QStringLiteral("t.six")).pillarId.has_value());
    // An older library never runs over a newer one.
    auto older = StarterLibrary::apply(*m_db, fixture(QStringLiteral("library-v1.json")));
    QVERIFY(older->upToDate);
    QCOMPARE(byKey(QStringLiteral("t.one")).notes,
             QStringLiteral("Teach one thing, newer wording."));
}

void TestStarterLibrary::userEditsArePreserved()
{
    QVERIFY(StarterLibrary::apply(*m_db, fixture(QStringLiteral("library-v1.json"))).ok());
    IdeaRepository ideas(*m_db);
    Idea mine = byKey(QStringLiteral("t.one"));
    mine.notes = QStringLiteral("My own take on it.");
    mine.tags << QStringLiteral("mine");
    QVERIFY(ideas.update(mine).ok());
    // Favouriting is not editing: that prompt still takes the newer wording.
    QVERIFY(ideas.setFavourite(byKey(QStringLiteral("t.two")).id, true).ok());

    auto v2 = StarterLibrary::apply(*m_db, fixture(QStringLiteral("library-v2.json")));
    QVERIFY(v2.ok());
    QCOMPARE(v2->keptEdited, 1);
    QCOMPARE(v2->updated, 1);
    const Idea kept = byKey(QStringLiteral("t.one"));
    QCOMPARE(kept.notes, QStringLiteral("My own take on it."));
    QVERIFY(kept.tags.contains(QStringLiteral("mine")));
    const Idea refreshed = byKey(QStringLiteral("t.two"));
    QCOMPARE(refreshed.notes, QStringLiteral("Tell why you started, newer wording."));
    QVERIFY(refreshed.favourite);
    QCOMPARE(ideas.count().value(), 6);
}

void TestStarterLibrary::deletedPromptsStayDeleted()
{
    QVERIFY(StarterLibrary::apply(*m_db, fixture(QStringLiteral("library-v1.json"))).ok());
    IdeaRepository ideas(*m_db);
    QVERIFY(ideas.remove(byKey(QStringLiteral("t.three")).id).ok());
    auto v2 = StarterLibrary::apply(*m_db, fixture(QStringLiteral("library-v2.json")));
    QVERIFY(v2.ok());
    QCOMPARE(v2->skippedDismissed, 1);
    QCOMPARE(byKey(QStringLiteral("t.three")).id, 0);
    QCOMPARE(ideas.count().value(), 5);
}

void TestStarterLibrary::readOnlyPlanIsLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.db"));
    {
        auto created = Database::open(path, OpenOptions{}, *m_clock);
        QVERIFY(created.ok());
    }
    OpenOptions readOnly;
    readOnly.mode = OpenMode::ReadOnly;
    auto db = Database::open(path, readOnly, *m_clock);
    QVERIFY(db.ok());
    auto report = StarterLibrary::ensureLoaded(**db);
    QVERIFY(report.ok());
    QVERIFY(report->upToDate);
    QCOMPARE(IdeaRepository(**db).count().value(), 0);
}

void TestStarterLibrary::rejectsBrokenLibraries_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mention");
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
    QTest::newRow("wrong format") << QByteArray(
                                         R"({"format":"x","library_version":1,"prompts":[]})")
                                  << QStringLiteral("format");
    QTest::newRow("no version") << QByteArray(R"({"format":"hearth-starter-library","prompts":[]})")
                                << QStringLiteral("library_version");
    QTest::newRow("missing title")
        << QByteArray(
               R"({"format":"hearth-starter-library","library_version":1,"prompts":[{"key":"a","pillar":"Educate","prompt":"p"}]})")
        << QStringLiteral("prompt 1: the field \"title\"");
    QTest::newRow("duplicate key")
        << QByteArray(R"({"format":"hearth-starter-library","library_version":1,"prompts":[
            {"key":"a","pillar":"Educate","title":"t","prompt":"p"},
            {"key":"a","pillar":"Educate","title":"u","prompt":"p"}]})")
        << QStringLiteral("prompt 2: the key \"a\" is used twice");
    QTest::newRow("bad tags")
        << QByteArray(
               R"({"format":"hearth-starter-library","library_version":1,"prompts":[{"key":"a","pillar":"Educate","title":"t","prompt":"p","tags":[1]}]})")
        << QStringLiteral("\"tags\"");
}

void TestStarterLibrary::rejectsBrokenLibraries()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mention);
    auto parsed = StarterLibrary::parse(json, QStringLiteral("lib.json"));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(mention), qPrintable(parsed.error().message));
    QVERIFY(parsed.error().message.startsWith(QStringLiteral("lib.json")));
}

void TestStarterLibrary::defaultPillarsFollowTheLanguage()
{
    QVERIFY(StarterLibrary::ensureLoaded(*m_db).ok());
    CatalogRepository catalog(*m_db);
    // The user renamed one default pillar: that name is theirs.
    Pillar promote = *catalog.pillarByName(QStringLiteral("Promote")).value();
    promote.name = QStringLiteral("Sell");
    QVERIFY(catalog.updatePillar(promote).ok());
    const qint64 educate = catalog.pillarByName(QStringLiteral("Educate")).value()->id;
    QCOMPARE(StarterLibrary::localizeDefaultPillars(*m_db).value(), 0);

    GermanPillars german;
    QCoreApplication::installTranslator(&german);
    QCOMPARE(StarterLibrary::translatedPillarName(QStringLiteral("Educate")),
             QStringLiteral("Bilden"));
    QCOMPARE(StarterLibrary::translatedPillarName(QStringLiteral("Sell")), QStringLiteral("Sell"));
    QCOMPARE(StarterLibrary::localizeDefaultPillars(*m_db).value(), 1);
    QCOMPARE(catalog.pillarByName(QStringLiteral("Bilden")).value()->id, educate);
    QVERIFY(catalog.pillarByName(QStringLiteral("Sell")).value().has_value());
    QVERIFY(!catalog.pillarByName(QStringLiteral("Educate")).value().has_value());
    QCOMPARE(StarterLibrary::localizeDefaultPillars(*m_db).value(), 0);

    // A later library still files its Educate prompts under the renamed pillar.
    auto newer = StarterLibrary::parse(
        R"({"format":"hearth-starter-library","library_version":999,"prompts":[{"key":"later","pillar":"Educate","title":"t","prompt":"p"}]})",
        QStringLiteral("newer"));
    QVERIFY(newer.ok());
    QVERIFY(StarterLibrary::apply(*m_db, *newer).ok());
    QCOMPARE(byKey(QStringLiteral("later")).pillarId, std::optional<qint64>(educate));

    // Back in English, Hearth's own German name goes back too.
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(StarterLibrary::localizeDefaultPillars(*m_db).value(), 1);
    QCOMPARE(catalog.pillarByName(QStringLiteral("Educate")).value()->id, educate);
}

QTEST_GUILESS_MAIN(TestStarterLibrary)
#include "tst_starterlibrary.moc"
