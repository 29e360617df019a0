// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// IdeaSearch: prefix matching, diacritics, ranking, filters and hostile query text.
#include "common/clock.h"
#include "plan/catalog.h"
#include "spark/idearepository.h"
#include "spark/ideasearch.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace hearth::core;

class TestIdeaSearch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void findsByPrefix_data();
    void findsByPrefix();
    void splitsWordsAtPunctuation_data();
    void splitsWordsAtPunctuation();
    void ranksTitleMatchesFirst();
    void ranksLikeBm25_data();
    void ranksLikeBm25();
    void rareWordsWeighMoreInLargeBanks();
    void ranksOnlyNewestCandidatesWithLimit();
    void snippetHighlightsMatch();
    void snippetCutsLongTextAroundMatches();
    void snippetHighlightsBeyondLatin_data();
    void snippetHighlightsBeyondLatin();
    void filters_data();
    void filters();
    void hostileQueriesNeverFail_data();
    void hostileQueriesNeverFail();
    void emptyQueryListsEverything();
    void keepsIndexInStepWithEdits();

private:
    qint64 add(const QString &title, const QString &notes, const QString &pillar,
               const QStringList &tags);
    QList<qint64> ids(const QString &text, const IdeaFilter &filter = {});
    // `count` ideas with this title and empty notes, written in one statement.
    void addMany(int count, const QString &title);
    // Four ideas about bread, ovens and mornings, three of them matching those words.
    void addBakeryIdeas();
    // Ids and FTS5 bm25 scores of the ideas matching `query`, best first.
    QList<std::pair<qint64, double>> bm25Reference(const QString &query);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
};

void TestIdeaSearch::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    auto db = testing::openTestDatabase(*m_clock);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    m_db = std::move(*db);
}

void TestIdeaSearch::cleanup()
{
    m_db.reset();
}

qint64 TestIdeaSearch::add(const QString &title, const QString &notes, const QString &pillar,
                           const QStringList &tags)
{
    Idea idea;
    idea.title = title;
    idea.notes = notes;
    idea.tags = tags;
    if (!pillar.isEmpty()) {
        auto found = CatalogRepository(*m_db).pillarByName(pillar);
        if (found.ok() && *found)
            idea.pillarId = (*found)->id;
    }
    auto created = IdeaRepository(*m_db).create(idea);
    if (!created)
        qFatal("create failed: %s", qPrintable(created.error().message));
    return created->id;
}

QList<qint64> TestIdeaSearch::ids(const QString &text, const IdeaFilter &filter)
{
    auto hits = IdeaSearch(*m_db).search(text, filter);
    if (!hits)
        qFatal("search failed: %s", qPrintable(hits.error().message));
    QList<qint64> result;
    for (const IdeaHit &hit : std::as_const(*hits))
        result << hit.idea.id;
    return result;
}

void TestIdeaSearch::addMany(int count, const QString &title)
{
    auto added = m_db->exec(
        QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < "
                       ":count) INSERT INTO ideas (title, notes, created_at, updated_at) "
                       "SELECT :title, '', 0, 0 FROM n"),
        {{QStringLiteral(":count"), count}, {QStringLiteral(":title"), title}});
    if (!added)
        qFatal("insert failed: %s", qPrintable(added.error().message));
}

void TestIdeaSearch::findsByPrefix_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::newRow("whole word") << QStringLiteral("Café") << true;
    QTest::newRow("without accent") << QStringLiteral("cafe") << true;
    QTest::newRow("upper case") << QStringLiteral("CAFE") << true;
    QTest::newRow("three-letter prefix") << QStringLiteral("caf") << true;
    // Prefixes of three to six letters have their own index; longer ones merge the words.
    QTest::newRow("four-letter prefix") << QStringLiteral("croi") << true;
    QTest::newRow("five-letter prefix") << QStringLiteral("crois") << true;
    QTest::newRow("seven-letter prefix") << QStringLiteral("croissa") << true;
    QTest::newRow("whole long word") << QStringLiteral("croissants") << true;
    QTest::newRow("longer than the word") << QStringLiteral("croissantsx") << false;
    QTest::newRow("prefix of a notes word") << QStringLiteral("croiss") << true;
    QTest::newRow("tag prefix") << QStringLiteral("breakf") << true;
    QTest::newRow("accented query, plain text") << QStringLiteral("crôissant") << true;
    QTest::newRow("two letters are a whole word") << QStringLiteral("ca") << false;
    QTest::newRow("other word") << QStringLiteral("bicycle") << false;
    QTest::newRow("two words, both present") << QStringLiteral("cafe morn") << true;
    QTest::newRow("two words, one missing") << QStringLiteral("cafe bicycle") << false;
}

void TestIdeaSearch::findsByPrefix()
{
    QFETCH(QString, query);
    QFETCH(bool, found);
    const qint64 id = add(QStringLiteral("Our Café in the morning"),
                          QStringLiteral("Fresh croissants and the first espresso."),
                          QStringLiteral("Behind the scenes"), {QStringLiteral("breakfast")});
    add(QStringLiteral("Repair guide"), QStringLiteral("How to fix a wobbly table."), {}, {});
    QCOMPARE(ids(query).contains(id), found);
}

void TestIdeaSearch::splitsWordsAtPunctuation_data()
{
    // FTS5 splits words at every punctuation mark; PostgreSQL's parser would keep hosts, e-mail
    // addresses, numbers and hyphenated words whole.
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("query");
    QTest::newRow("host") << QStringLiteral("Order at bakery.example.com")
                          << QStringLiteral("exam");
    QTest::newRow("host ending") << QStringLiteral("Order at bakery.example.com")
                                 << QStringLiteral("com");
    QTest::newRow("e-mail") << QStringLiteral("Write to hello@bakery.org")
                            << QStringLiteral("bakery");
    QTest::newRow("hyphen") << QStringLiteral("A well-known loaf") << QStringLiteral("known");
    QTest::newRow("decimal") << QStringLiteral("Rye 3.5 kg") << QStringLiteral("5");
    QTest::newRow("path") << QStringLiteral("See /menu/today") << QStringLiteral("today");
    QTest::newRow("curly apostrophe")
        << QStringLiteral("Baker\u2019s dozen") << QStringLiteral("s");
    QTest::newRow("underscore") << QStringLiteral("snake_case names") << QStringLiteral("case");
}

void TestIdeaSearch::splitsWordsAtPunctuation()
{
    QFETCH(QString, title);
    QFETCH(QString, query);
    const qint64 id = add(title, {}, {}, {});
    add(QStringLiteral("Unrelated"), QStringLiteral("Nothing here."), {}, {});
    QCOMPARE(ids(query), QList<qint64>{id});
}

void TestIdeaSearch::ranksTitleMatchesFirst()
{
    const qint64 inNotes = add(QStringLiteral("Shop news"),
                               QStringLiteral("Somewhere in a long text we mention sourdough once, "
                                              "among many other words about the week."),
                               {}, {});
    const qint64 inTitle =
        add(QStringLiteral("Sourdough starter tips"), QStringLiteral("Feed it daily."), {}, {});
    const qint64 inTag = add(QStringLiteral("Weekend bake"), QStringLiteral("What we bake."), {},
                             {QStringLiteral("sourdough")});
    add(QStringLiteral("Unrelated"), QStringLiteral("Nothing here."), {}, {});
    const QList<qint64> found = ids(QStringLiteral("sourd"));
    QCOMPARE(found, (QList<qint64>{inTitle, inTag, inNotes}));
}

void TestIdeaSearch::ranksLikeBm25_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("two words") << QStringLiteral("bread oven");
    QTest::newRow("prefixes") << QStringLiteral("brea ove");
    QTest::newRow("three words") << QStringLiteral("bread oven morn");
}

void TestIdeaSearch::addBakeryIdeas()
{
    add(QStringLiteral("Bread from the oven"), QStringLiteral("Every morning the oven is hot."), {},
        {QStringLiteral("bakery")});
    add(QStringLiteral("Oven care"), QStringLiteral("Cleaning the bread oven in the morning."), {},
        {});
    add(QStringLiteral("Morning bread"), QStringLiteral("Bread, bread and more bread, oven fresh."),
        {}, {QStringLiteral("oven")});
    add(QStringLiteral("Unrelated"), QStringLiteral("Nothing about baking."), {}, {});
}

QList<std::pair<qint64, double>> TestIdeaSearch::bm25Reference(const QString &query)
{
    QList<std::pair<qint64, double>> ranks;
    if (testing::testsOnPostgreSql()) {
        // No FTS5 on the server: the reference is the SQLite search over the same ideas.
        auto sqlite = Database::openInMemory(*m_clock);
        if (!sqlite)
            qFatal("%s", qPrintable(sqlite.error().message));
        std::swap(m_db, *sqlite);
        addBakeryIdeas();
        auto hits = IdeaSearch(*m_db).search(query);
        std::swap(m_db, *sqlite);
        if (!hits)
            qFatal("%s", qPrintable(hits.error().message));
        for (const IdeaHit &hit : std::as_const(*hits))
            ranks.append({hit.idea.id, hit.rank});
        return ranks;
    }
    auto reference =
        m_db->exec(QStringLiteral("SELECT rowid, bm25(ideas_fts, 10.0, 1.0, 4.0) FROM ideas_fts "
                                  "WHERE ideas_fts MATCH :query ORDER BY 2, 1"),
                   {{QStringLiteral(":query"), IdeaSearch::ftsQuery(query)}});
    if (!reference)
        qFatal("%s", qPrintable(reference.error().message));
    while (reference->next())
        ranks.append({reference->value(0).toLongLong(), reference->value(1).toDouble()});
    return ranks;
}

void TestIdeaSearch::ranksLikeBm25()
{
    // Below the counting cap the score is FTS5's own bm25 with the same weights, to the last
    // digits: the frequency of each word is counted, not estimated.
    addBakeryIdeas();
    QFETCH(QString, query);
    auto hits = IdeaSearch(*m_db).search(query);
    QVERIFY(hits.ok());
    const QList<std::pair<qint64, double>> reference = bm25Reference(query);
    QCOMPARE(hits->size(), reference.size());
    for (qsizetype at = 0; at < reference.size(); ++at) {
        QCOMPARE(hits->at(at).idea.id, reference.at(at).first);
        QVERIFY2(std::abs(hits->at(at).rank - reference.at(at).second) < 1e-9,
                 qPrintable(QStringLiteral("%1 against %2")
                                .arg(hits->at(at).rank)
                                .arg(reference.at(at).second)));
    }
    QVERIFY(reference.size() >= 2);
}

void TestIdeaSearch::rareWordsWeighMoreInLargeBanks()
{
    // Two ideas match both words, mirror images of each other: one says the common word three
    // times, the other the rare one. Only the words' frequencies tell them apart, and the rare
    // word must win. The common word matches more ideas than the search counts exactly, so
    // its frequency is the estimate.
    const qint64 commonHeavy =
        add(QStringLiteral("Note"), QStringLiteral("apple apple apple zebra"), {}, {});
    const qint64 rareHeavy =
        add(QStringLiteral("Note"), QStringLiteral("zebra zebra zebra apple"), {}, {});
    addMany(1500, QStringLiteral("apple"));
    addMany(500, QStringLiteral("pear"));
    auto hits = IdeaSearch(*m_db).search(QStringLiteral("apple zebra"));
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 2);
    QCOMPARE(hits->at(0).idea.id, rareHeavy);
    QCOMPARE(hits->at(1).idea.id, commonHeavy);
    QVERIFY(hits->at(0).rank < hits->at(1).rank);
    // With one word the frequency is left out: the order follows how often the word appears.
    const QList<qint64> one = ids(QStringLiteral("zebr"));
    QCOMPARE(one, (QList<qint64>{rareHeavy, commonHeavy}));
}

void TestIdeaSearch::ranksOnlyNewestCandidatesWithLimit()
{
    // A title match among the oldest ideas of a word matching more than the candidate cap is
    // left out of a limited search (the documented trade-off), but found without a limit.
    const qint64 oldTitle = add(QStringLiteral("harbour"), QStringLiteral("old"), {}, {});
    addMany(IdeaSearch::rankedCandidateCap + 10, QStringLiteral("notes below"));
    auto filled = m_db->exec(QStringLiteral("UPDATE ideas SET notes = 'a long note about the "
                                            "harbour and the boats' WHERE title = 'notes below'"));
    QVERIFY(filled.ok());
    IdeaFilter limited;
    limited.limit = 20;
    const QList<qint64> top = ids(QStringLiteral("harb"), limited);
    QCOMPARE(top.size(), 20);
    QVERIFY(!top.contains(oldTitle));
    QCOMPARE(ids(QStringLiteral("harb")).first(), oldTitle);
}

void TestIdeaSearch::snippetHighlightsMatch()
{
    add(QStringLiteral("Packing day"), QStringLiteral("Show how every parcel is wrapped by hand."),
        {}, {});
    auto hits = IdeaSearch(*m_db).search(QStringLiteral("parc"));
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    const QString rendered = IdeaSearch::renderSnippet(hits->first().snippet, QStringLiteral("<b>"),
                                                       QStringLiteral("</b>"), true);
    QVERIFY2(rendered.contains(QStringLiteral("<b>parcel</b>")), qPrintable(rendered));
    QVERIFY(hits->first().rank < 0); // bm25 scores are negative; lower is better
}

void TestIdeaSearch::snippetCutsLongTextAroundMatches()
{
    // The match sits in the middle of long notes: the snippet is twelve words around it, cut
    // with an ellipsis on both sides; accents and case are ignored as in the search itself.
    add(QStringLiteral("Weekly plan"),
        QStringLiteral("one two three four five six seven eight nine ten eleven twelve thirteen "
                       "our Café opens early on Sunday with fresh bread and more words after "
                       "that keep going for a while longer still"),
        {}, {});
    auto hits = IdeaSearch(*m_db).search(QStringLiteral("CAFE sund"));
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    const QString rendered =
        IdeaSearch::renderSnippet(hits->first().snippet, QStringLiteral("["), QStringLiteral("]"));
    QVERIFY2(rendered.startsWith(QChar(0x2026)), qPrintable(rendered));
    QVERIFY2(rendered.endsWith(QChar(0x2026)), qPrintable(rendered));
    QVERIFY2(rendered.contains(QStringLiteral("[Café] opens early on [Sunday]")),
             qPrintable(rendered));
    QCOMPARE(rendered.count(u' '), 11);
    // A whole short text is shown as it is.
    add(QStringLiteral("Tagged"), QStringLiteral("Nothing to see."), {}, {QStringLiteral("zebra")});
    auto tagged = IdeaSearch(*m_db).search(QStringLiteral("zeb"));
    QVERIFY(tagged.ok());
    QCOMPARE(tagged->size(), 1);
    QCOMPARE(IdeaSearch::renderSnippet(tagged->first().snippet, QStringLiteral("["),
                                       QStringLiteral("]")),
             QStringLiteral("[zebra]"));
}

void TestIdeaSearch::snippetHighlightsBeyondLatin_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cyrillic") << QStringLiteral("Кофе в Москве") << QStringLiteral("моск")
                              << QStringLiteral("Кофе в [Москве]");
    QTest::newRow("greek capitals") << QStringLiteral("ΚΑΦΕ και ψωμί") << QStringLiteral("καφ")
                                    << QStringLiteral("[ΚΑΦΕ] και ψωμί");
    QTest::newRow("latin extended") << QStringLiteral("Šibenik bakery") << QStringLiteral("sib")
                                    << QStringLiteral("[Šibenik] bakery");
    QTest::newRow("decomposed accent")
        << QStringLiteral("Cafe\u0301 open") << QStringLiteral("cafe")
        << QStringLiteral("[Cafe\u0301] open");
    QTest::newRow("exact short word") << QStringLiteral("An ox and an oxen") << QStringLiteral("ox")
                                      << QStringLiteral("An [ox] and an oxen");
}

void TestIdeaSearch::snippetHighlightsBeyondLatin()
{
    // Letters outside the folding table take the general path and still highlight.
    QFETCH(QString, title);
    QFETCH(QString, query);
    QFETCH(QString, expected);
    add(title, {}, {}, {});
    auto hits = IdeaSearch(*m_db).search(query);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    QCOMPARE(
        IdeaSearch::renderSnippet(hits->first().snippet, QStringLiteral("["), QStringLiteral("]")),
        expected);
}

void TestIdeaSearch::filters_data()
{
    QTest::addColumn<QString>("filterName");
    QTest::addColumn<QStringList>("expectedTitles");
    QTest::newRow("pillar") << QStringLiteral("pillar")
                            << QStringList{QStringLiteral("Bread tips")};
    QTest::newRow("tag") << QStringLiteral("tag") << QStringList{QStringLiteral("Bread story")};
    QTest::newRow("unused") << QStringLiteral("unused")
                            << QStringList{QStringLiteral("Bread story")};
    QTest::newRow("favourite") << QStringLiteral("favourite")
                               << QStringList{QStringLiteral("Bread story")};
    QTest::newRow("archived only")
        << QStringLiteral("archived") << QStringList{QStringLiteral("Old bread post")};
    QTest::newRow("archived hidden")
        << QStringLiteral("none")
        << QStringList{QStringLiteral("Bread story"), QStringLiteral("Bread tips")};
}

void TestIdeaSearch::filters()
{
    QFETCH(QString, filterName);
    QFETCH(QStringList, expectedTitles);
    IdeaRepository repository(*m_db);
    const qint64 tips = add(QStringLiteral("Bread tips"), QStringLiteral("Knead less."),
                            QStringLiteral("Educate"), {});
    const qint64 story = add(QStringLiteral("Bread story"), QStringLiteral("How it began."),
                             QStringLiteral("Inspire"), {QStringLiteral("origin")});
    const qint64 old =
        add(QStringLiteral("Old bread post"), QString(), QStringLiteral("Educate"), {});
    QVERIFY(repository.setArchived(old, true).ok());
    QVERIFY(repository.setFavourite(story, true).ok());
    QVERIFY(repository.createDraftFromIdea(tips, QDateTime()).ok());

    IdeaFilter filter;
    if (filterName == QLatin1String("pillar"))
        filter.pillarId = (*CatalogRepository(*m_db).pillarByName(QStringLiteral("Educate")))->id;
    else if (filterName == QLatin1String("tag"))
        filter.tag = QStringLiteral("ORIGIN");
    else if (filterName == QLatin1String("unused"))
        filter.unusedOnly = true;
    else if (filterName == QLatin1String("favourite"))
        filter.favouritesOnly = true;
    else if (filterName == QLatin1String("archived"))
        filter.archived = ArchivedFilter::Only;

    for (const QString &query : {QStringLiteral("bread"), QString()}) {
        auto hits = IdeaSearch(*m_db).search(query, filter);
        QVERIFY(hits.ok());
        QStringList titles;
        for (const IdeaHit &hit : std::as_const(*hits))
            titles << hit.idea.title;
        titles.sort();
        QCOMPARE(titles, expectedTitles);
    }
}

void TestIdeaSearch::hostileQueriesNeverFail_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("quote") << QStringLiteral("\"cafe");
    QTest::newRow("two quotes") << QStringLiteral("\"\"cafe\"\"");
    QTest::newRow("star") << QStringLiteral("*");
    QTest::newRow("star word") << QStringLiteral("caf* *");
    QTest::newRow("parentheses") << QStringLiteral("(cafe OR (");
    QTest::newRow("operators") << QStringLiteral("cafe AND OR NOT NEAR");
    QTest::newRow("near") << QStringLiteral("NEAR(cafe morning, 2)");
    QTest::newRow("column filter") << QStringLiteral("title:cafe");
    QTest::newRow("column set") << QStringLiteral("{title notes}: cafe");
    QTest::newRow("caret") << QStringLiteral("^cafe");
    QTest::newRow("minus") << QStringLiteral("-cafe");
    QTest::newRow("plus") << QStringLiteral("cafe + morning");
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE ideas; --");
    QTest::newRow("emoji") << QStringLiteral("☕ cafe 🥐");
    QTest::newRow("only punctuation") << QStringLiteral("!!! ??? ...");
    QTest::newRow("backslash") << QStringLiteral("caf\\e");
}

void TestIdeaSearch::hostileQueriesNeverFail()
{
    QFETCH(QString, query);
    add(QStringLiteral("Our Café in the morning"), QStringLiteral("Espresso."), {}, {});
    auto hits = IdeaSearch(*m_db).search(query);
    QVERIFY2(hits.ok(), qPrintable(hits.ok() ? QString() : hits.error().message));
    auto count = m_db->scalar(QStringLiteral("SELECT count(*) FROM ideas"));
    QCOMPARE(count->toInt(), 1);
}

void TestIdeaSearch::emptyQueryListsEverything()
{
    add(QStringLiteral("One"), {}, {}, {});
    add(QStringLiteral("Two"), {}, {}, {});
    QCOMPARE(ids(QString()).size(), 2);
    QCOMPARE(ids(QStringLiteral("  ,; ")).size(), 2);
    QCOMPARE(IdeaSearch::ftsQuery(QStringLiteral("a \"b\" cafe*")),
             QStringLiteral("\"a\" \"b\" \"cafe\"*"));
}

void TestIdeaSearch::keepsIndexInStepWithEdits()
{
    IdeaRepository repository(*m_db);
    const qint64 id =
        add(QStringLiteral("Garden"), QStringLiteral("Plants."), {}, {QStringLiteral("green")});
    auto idea = repository.find(id);
    QVERIFY(idea.ok());
    Idea changed = *idea;
    changed.title = QStringLiteral("Workshop");
    changed.tags = {QStringLiteral("tools")};
    QVERIFY(repository.update(changed).ok());
    QVERIFY(ids(QStringLiteral("garden")).isEmpty());
    QVERIFY(ids(QStringLiteral("green")).isEmpty());
    QCOMPARE(ids(QStringLiteral("workshop")), QList<qint64>{id});
    QCOMPARE(ids(QStringLiteral("tools")), QList<qint64>{id});
    QVERIFY(repository.remove(id).ok());
    QVERIFY(ids(QStringLiteral("workshop")).isEmpty());
}

QTEST_GUILESS_MAIN(TestIdeaSearch)
#include "tst_ideasearch.moc"
