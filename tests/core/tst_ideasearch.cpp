// IdeaSearch: prefix matching, diacritics, ranking, filters and hostile query text.
#include "catalog.h"
#include "clock.h"
#include "database.h"
#include "idearepository.h"
#include "ideasearch.h"

#include <QStandardPaths>
#include <QTest>

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
    void ranksTitleMatchesFirst();
    void snippetHighlightsMatch();
    void snippetCutsLongTextAroundMatches();
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

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
};

void TestIdeaSearch::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    auto db = Database::openInMemory(*m_clock);
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

void TestIdeaSearch::findsByPrefix_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::newRow("whole word") << QStringLiteral("Café") << true;
    QTest::newRow("without accent") << QStringLiteral("cafe") << true;
    QTest::newRow("upper case") << QStringLiteral("CAFE") << true;
    QTest::newRow("three-letter prefix") << QStringLiteral("caf") << true;
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
