// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// IdeaSuggester: "Surprise me" and "Fill my week", weighted and repeatable with a seed.
#include "common/clock.h"
#include "plan/catalog.h"
#include "plan/postrepository.h"
#include "spark/idearepository.h"
#include "spark/ideasuggester.h"
#include "spark/starterlibrary.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace hearth::core;

namespace {

// Figures as a test wants them, without Listen.
class FakeAdvisor final
    : public TimeAdvisor
    , public CommunityRates
{
public:
    QHash<QString, QHash<int, TimeAdvice>> times;
    QHash<qint64, RateSummary> ideas;
    QHash<qint64, RateSummary> pillars;

    Result<BestTimesByNetwork> bestTimes(const QStringList &networkIds) const override
    {
        BestTimesByNetwork asked;
        for (const QString &id : networkIds) {
            if (times.contains(id))
                asked.insert(id, times.value(id));
        }
        return asked;
    }
    Result<QHash<qint64, RateSummary>> byIdea() const override { return ideas; }
    Result<QHash<qint64, RateSummary>> byPillar() const override { return pillars; }
};

} // namespace

class TestIdeaSuggester final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_db.reset(); }

    void weekStartIsMonday_data();
    void weekStartIsMonday();
    void usageWeightOrdersIdeas();
    void sameSeedSameSurprise();
    void surpriseFavoursUnusedIdeas();
    void surpriseFavoursLackingPillar();
    void surpriseSkipsExcludedAndPlanned();
    void surpriseOnEmptyBank();
    void fillWeekUsesDefaultSlotsAndMix();
    void fillWeekUsesUserSlotsAndSkipsTakenOnes();
    void rerollPicksAnotherIdeaOfThePillar();
    void fillWeekProposesTheBestHourOfEachDay();
    void fillWeekWithoutFiguresUsesTheDefaultTime();
    void communityWeightOrdersIdeasByRate();
    void surpriseFavoursIdeasThatBuiltCommunity();
    void surpriseStillPrefersUnusedIdeas();
    void surpriseStillPrefersTheLackingPillar();
    void communityMixFavoursPillarsThatBuiltCommunity();

private:
    // Ideas used once, `daysAgo` before now, so only their rates differ.
    qint64 addUsedIdea(const QString &title, const QString &pillar, int daysAgo);
    // How often each idea is picked over `draws` seeds.
    QHash<qint64, int> surpriseCounts(const IdeaSuggester &suggester, int draws);

    qint64 pillarId(const QString &name);
    qint64 addIdea(const QString &title, const QString &pillar);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    // The week after the clock's "now" (Monday 2 March 2026).
    const QDate m_week{2026, 3, 9};
};

void TestIdeaSuggester::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    auto db = testing::openTestDatabase(*m_clock);
    QVERIFY(db.ok());
    m_db = std::move(*db);
}

qint64 TestIdeaSuggester::pillarId(const QString &name)
{
    return (*CatalogRepository(*m_db).pillarByName(name))->id;
}

qint64 TestIdeaSuggester::addIdea(const QString &title, const QString &pillar)
{
    Idea idea;
    idea.title = title;
    if (!pillar.isEmpty())
        idea.pillarId = pillarId(pillar);
    return IdeaRepository(*m_db).create(idea)->id;
}

void TestIdeaSuggester::weekStartIsMonday_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("monday");
    QTest::newRow("monday") << QDate(2026, 3, 9) << QDate(2026, 3, 9);
    QTest::newRow("wednesday") << QDate(2026, 3, 11) << QDate(2026, 3, 9);
    QTest::newRow("sunday") << QDate(2026, 3, 15) << QDate(2026, 3, 9);
    QTest::newRow("across a year") << QDate(2027, 1, 1) << QDate(2026, 12, 28);
}

void TestIdeaSuggester::weekStartIsMonday()
{
    QFETCH(QDate, date);
    QFETCH(QDate, monday);
    QCOMPARE(IdeaSuggester::weekStartFor(date), monday);
}

void TestIdeaSuggester::usageWeightOrdersIdeas()
{
    const QDateTime now = m_clock->now();
    Idea unused;
    Idea longAgo;
    longAgo.timesUsed = 1;
    longAgo.lastUsed = now.addDays(-200);
    Idea lately;
    lately.timesUsed = 3;
    lately.lastUsed = now.addDays(-3);
    Idea aWhile;
    aWhile.timesUsed = 1;
    aWhile.lastUsed = now.addDays(-30);
    QVERIFY(IdeaSuggester::usageWeight(unused, now) > IdeaSuggester::usageWeight(longAgo, now));
    QVERIFY(IdeaSuggester::usageWeight(longAgo, now) > IdeaSuggester::usageWeight(aWhile, now));
    QVERIFY(IdeaSuggester::usageWeight(aWhile, now) > IdeaSuggester::usageWeight(lately, now));
    Idea favourite = unused;
    favourite.favourite = true;
    QVERIFY(IdeaSuggester::usageWeight(favourite, now) > IdeaSuggester::usageWeight(unused, now));
}

void TestIdeaSuggester::sameSeedSameSurprise()
{
    QVERIFY(StarterLibrary::ensureLoaded(*m_db).ok());
    IdeaSuggester suggester(*m_db);
    QSet<qint64> seen;
    for (quint32 seed = 1; seed <= 20; ++seed) {
        auto first = suggester.surpriseMe(m_week, seed);
        auto second = suggester.surpriseMe(m_week, seed);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first->has_value());
        QCOMPARE((*first)->idea.id, (*second)->idea.id);
        QVERIFY(!(*first)->reason.isEmpty());
        seen.insert((*first)->idea.id);
    }
    QVERIFY2(seen.size() > 10, "different seeds should give different ideas");
}

void TestIdeaSuggester::surpriseFavoursUnusedIdeas()
{
    const qint64 fresh = addIdea(QStringLiteral("Fresh"), QStringLiteral("Educate"));
    const qint64 worn = addIdea(QStringLiteral("Worn"), QStringLiteral("Educate"));
    // Used last week: recently used ideas should rarely come back.
    QVERIFY(IdeaRepository(*m_db).createDraftFromIdea(worn, m_clock->now().addDays(-5)).ok());
    IdeaSuggester suggester(*m_db);
    int freshCount = 0;
    const int draws = 500;
    for (quint32 seed = 0; seed < quint32(draws); ++seed) {
        auto pick = suggester.surpriseMe(m_week, seed);
        QVERIFY(pick.ok() && pick->has_value());
        if ((*pick)->idea.id == fresh)
            ++freshCount;
    }
    // Weights 6 : 0.25, so about 96 % of draws.
    QVERIFY2(freshCount > draws * 85 / 100, qPrintable(QString::number(freshCount)));
    QVERIFY(freshCount < draws);
}

void TestIdeaSuggester::surpriseFavoursLackingPillar()
{
    const qint64 educate = addIdea(QStringLiteral("Teach"), QStringLiteral("Educate"));
    const qint64 community = addIdea(QStringLiteral("Ask"), QStringLiteral("Community"));
    // The shown week already has two Educate posts and nothing for Community.
    PostRepository posts(*m_db);
    for (int day : {0, 2}) {
        Post post;
        post.body = post.link = post.firstComment = post.notes = QStringLiteral("");
        post.title = QStringLiteral("Lesson");
        post.pillarId = pillarId(QStringLiteral("Educate"));
        post.scheduledAt = QDateTime(m_week.addDays(day), QTime(10, 0), Qt::LocalTime).toUTC();
        QVERIFY(posts.create(post).ok());
    }
    IdeaSuggester suggester(*m_db);
    int communityCount = 0;
    const int draws = 500;
    for (quint32 seed = 0; seed < quint32(draws); ++seed) {
        const qint64 id = (*suggester.surpriseMe(m_week, seed).value()).idea.id;
        QVERIFY(id == educate || id == community);
        if (id == community)
            ++communityCount;
    }
    // Community lacks its whole share (weight x5), Educate is over target (x1): about 83 %.
    QVERIFY2(communityCount > draws * 70 / 100, qPrintable(QString::number(communityCount)));
    auto pick = suggester.surpriseMe(m_week, 7, {educate});
    QVERIFY((*pick)->reason.contains(QStringLiteral("Community")));
    // Another week without posts has no lack to steer by: closer to even.
    int otherWeek = 0;
    for (quint32 seed = 0; seed < quint32(draws); ++seed) {
        if ((*suggester.surpriseMe(m_week.addDays(7), seed).value()).idea.id == community)
            ++otherWeek;
    }
    QVERIFY(otherWeek < communityCount);
}

void TestIdeaSuggester::surpriseSkipsExcludedAndPlanned()
{
    const qint64 planned = addIdea(QStringLiteral("Planned"), QStringLiteral("Educate"));
    const qint64 excluded = addIdea(QStringLiteral("Excluded"), QStringLiteral("Educate"));
    const qint64 left = addIdea(QStringLiteral("Left"), QStringLiteral("Educate"));
    QVERIFY(IdeaRepository(*m_db)
                .createDraftFromIdea(planned, QDateTime(m_week.addDays(1), QTime(9, 0)))
                .ok());
    IdeaSuggester suggester(*m_db);
    for (quint32 seed = 0; seed < 50; ++seed)
        QCOMPARE((*suggester.surpriseMe(m_week, seed, {excluded}).value()).idea.id, left);
}

void TestIdeaSuggester::surpriseOnEmptyBank()
{
    auto pick = IdeaSuggester(*m_db).surpriseMe(m_week, 1);
    QVERIFY(pick.ok());
    QVERIFY(!pick->has_value());
}

void TestIdeaSuggester::fillWeekUsesDefaultSlotsAndMix()
{
    QVERIFY(StarterLibrary::ensureLoaded(*m_db).ok());
    IdeaSuggester suggester(*m_db);
    auto proposal = suggester.fillWeek(m_week, 42);
    QVERIFY(proposal.ok());
    QVERIFY(proposal->usedDefaultSlots);
    QCOMPARE(proposal->proposals.size(), 5);
    QSet<qint64> ideas;
    QSet<qint64> pillars;
    for (int day = 0; day < 5; ++day) {
        const SlotProposal &slot = proposal->proposals.at(day);
        QCOMPARE(slot.at, QDateTime(m_week.addDays(day), QTime(9, 30), Qt::LocalTime).toUTC());
        QVERIFY(slot.idea.has_value());
        QCOMPARE(slot.idea->pillarId, slot.pillarId);
        ideas.insert(slot.idea->id);
        pillars.insert(*slot.pillarId);
    }
    QCOMPARE(ideas.size(), 5);
    // Five posts over shares 25/15/15/15/20/10 %: one each, and Behind the scenes waits.
    QCOMPARE(pillars.size(), 5);
    QVERIFY(!pillars.contains(pillarId(QStringLiteral("Behind the scenes"))));

    auto again = suggester.fillWeek(m_week, 42);
    for (int day = 0; day < 5; ++day)
        QCOMPARE(again->proposals.at(day).idea->id, proposal->proposals.at(day).idea->id);
    auto other = suggester.fillWeek(m_week, 43);
    bool differs = false;
    for (int day = 0; day < 5; ++day)
        differs =
            differs || other->proposals.at(day).idea->id != proposal->proposals.at(day).idea->id;
    QVERIFY(differs);
}

void TestIdeaSuggester::fillWeekUsesUserSlotsAndSkipsTakenOnes()
{
    addIdea(QStringLiteral("One"), QStringLiteral("Educate"));
    addIdea(QStringLiteral("Two"), QStringLiteral("Inspire"));
    for (const auto &[weekday, minute, network] :
         {std::tuple{2, 720, QStringLiteral("x")}, std::tuple{2, 720, QStringLiteral("mastodon")},
          std::tuple{4, 720, QStringLiteral("x")}, std::tuple{6, 600, QStringLiteral("x")}}) {
        QVERIFY(m_db->exec(QStringLiteral(
                               "INSERT INTO posting_slots (weekday, minute_of_day, network_id) "
                               "VALUES (:d, :m, :n)"),
                           {{QStringLiteral(":d"), weekday},
                            {QStringLiteral(":m"), minute},
                            {QStringLiteral(":n"), network}})
                    .ok());
    }
    // Tuesday's slot is taken by a post a quarter of an hour later.
    Post post;
    post.body = post.link = post.firstComment = post.notes = QStringLiteral("");
    post.title = QStringLiteral("Already planned");
    post.scheduledAt = QDateTime(m_week.addDays(1), QTime(12, 15), Qt::LocalTime).toUTC();
    QVERIFY(PostRepository(*m_db).create(post).ok());

    IdeaSuggester suggester(*m_db);
    QCOMPARE(suggester.postingSlots()->size(), 3);
    auto proposal = suggester.fillWeek(m_week, 1);
    QVERIFY(proposal.ok());
    QVERIFY(!proposal->usedDefaultSlots);
    QCOMPARE(proposal->proposals.size(), 2);
    QCOMPARE(proposal->proposals.at(0).at,
             QDateTime(m_week.addDays(3), QTime(12, 0), Qt::LocalTime).toUTC());
    QCOMPARE(proposal->proposals.at(1).at,
             QDateTime(m_week.addDays(5), QTime(10, 0), Qt::LocalTime).toUTC());
    QVERIFY(proposal->proposals.at(0).idea && proposal->proposals.at(1).idea);
    QVERIFY(proposal->proposals.at(0).idea->id != proposal->proposals.at(1).idea->id);

    // Slots already behind us are not proposed.
    m_clock->set(QDateTime(m_week.addDays(4), QTime(12, 0), Qt::LocalTime).toUTC());
    QCOMPARE(suggester.fillWeek(m_week, 1)->proposals.size(), 1);
}

void TestIdeaSuggester::rerollPicksAnotherIdeaOfThePillar()
{
    QVERIFY(StarterLibrary::ensureLoaded(*m_db).ok());
    IdeaSuggester suggester(*m_db);
    auto proposal = suggester.fillWeek(m_week, 5);
    const SlotProposal slot = proposal->proposals.first();
    QSet<qint64> shown;
    for (const SlotProposal &other : std::as_const(proposal->proposals))
        shown.insert(other.idea->id);
    for (quint32 seed = 0; seed < 30; ++seed) {
        auto rerolled = suggester.reroll(m_week, slot, seed, shown);
        QVERIFY(rerolled.ok() && rerolled->has_value());
        QVERIFY(!shown.contains((*rerolled)->id));
        QCOMPARE((*rerolled)->pillarId, slot.pillarId);
    }
}

qint64 TestIdeaSuggester::addUsedIdea(const QString &title, const QString &pillar, int daysAgo)
{
    const qint64 id = addIdea(title, pillar);
    if (!IdeaRepository(*m_db).createDraftFromIdea(id, m_clock->now().addDays(-daysAgo)).ok())
        qFatal("could not use the idea");
    return id;
}

QHash<qint64, int> TestIdeaSuggester::surpriseCounts(const IdeaSuggester &suggester, int draws)
{
    QHash<qint64, int> counts;
    for (quint32 seed = 0; seed < quint32(draws); ++seed)
        counts[(*suggester.surpriseMe(m_week, seed).value()).idea.id] += 1;
    return counts;
}

void TestIdeaSuggester::fillWeekProposesTheBestHourOfEachDay()
{
    addIdea(QStringLiteral("One"), QStringLiteral("Educate"));
    FakeAdvisor advisor;
    advisor.times[QStringLiteral("facebook")].insert(
        4, TimeAdvice{QTime(4, 0), QStringLiteral("your Facebook posts at this hour averaged"),
                      QStringLiteral("facebook"), true});
    // Mastodon is asked first but only knows Tuesday.
    advisor.times[QStringLiteral("mastodon")].insert(
        2, TimeAdvice{QTime(18, 0), QStringLiteral("your Mastodon posts"),
                      QStringLiteral("mastodon"), true});
    IdeaSuggester suggester(
        *m_db, SuggestionAdvice{&advisor,
                                &advisor,
                                {QStringLiteral("mastodon"), QStringLiteral("facebook")},
                                QTime(9, 30)});
    auto proposal = suggester.fillWeek(m_week, 1);
    QVERIFY(proposal.ok());
    QVERIFY(proposal->usedDefaultSlots);
    QCOMPARE(proposal->proposals.size(), 5);
    const QList<QTime> times{QTime(9, 30), QTime(18, 0), QTime(9, 30), QTime(4, 0), QTime(9, 30)};
    for (int day = 0; day < 5; ++day) {
        const SlotProposal &slot = proposal->proposals.at(day);
        QCOMPARE(slot.at, QDateTime(m_week.addDays(day), times.at(day), Qt::LocalTime).toUTC());
        QVERIFY(!slot.timeWhy.isEmpty());
    }
    QCOMPARE(proposal->proposals.at(3).networkId, QStringLiteral("facebook"));
    QVERIFY(proposal->proposals.at(3).timeWhy.contains(QStringLiteral("Facebook")));
    QCOMPARE(proposal->proposals.at(1).networkId, QStringLiteral("mastodon"));
    // A day without figures goes to the first network at the default time, and says so.
    QCOMPARE(proposal->proposals.at(0).networkId, QStringLiteral("mastodon"));
    QVERIFY(proposal->proposals.at(0).timeWhy.contains(QStringLiteral("not enough figures")));
}

void TestIdeaSuggester::fillWeekWithoutFiguresUsesTheDefaultTime()
{
    addIdea(QStringLiteral("One"), QStringLiteral("Educate"));
    FakeAdvisor advisor;
    IdeaSuggester suggester(
        *m_db, SuggestionAdvice{&advisor, &advisor, {QStringLiteral("x")}, QTime(7, 15)});
    auto proposal = suggester.fillWeek(m_week, 1);
    QVERIFY(proposal.ok());
    QCOMPARE(proposal->proposals.size(), 5);
    for (int day = 0; day < 5; ++day) {
        const SlotProposal &slot = proposal->proposals.at(day);
        QCOMPARE(slot.at, QDateTime(m_week.addDays(day), QTime(7, 15), Qt::LocalTime).toUTC());
        QVERIFY(slot.timeWhy.contains(QStringLiteral("not enough figures")));
        QCOMPARE(slot.networkId, QStringLiteral("x"));
    }
}

void TestIdeaSuggester::communityWeightOrdersIdeasByRate()
{
    const double best = 0.04;
    const auto weight = [best](std::optional<RateSummary> rate) {
        return IdeaSuggester::communityWeight(rate, best, std::nullopt, 0);
    };
    QCOMPARE(weight(std::nullopt), 1.0);
    QVERIFY(weight(RateSummary{0.04, 3}) > weight(RateSummary{0.02, 3}));
    QVERIFY(weight(RateSummary{0.02, 3}) > weight(RateSummary{0.0, 3}));
    QCOMPARE(weight(RateSummary{0.04, 3}), 2.0);
    // A pillar that built community lifts its ideas a little.
    QVERIFY(IdeaSuggester::communityWeight(std::nullopt, 0, RateSummary{0.03, 5}, 0.03) > 1.0);
    // Not enough to bring back an idea used last week over an unused one.
    Idea unused;
    Idea lately;
    lately.timesUsed = 1;
    lately.lastUsed = m_clock->now().addDays(-5);
    QVERIFY(
        IdeaSuggester::usageWeight(lately, m_clock->now()) *
            IdeaSuggester::communityWeight(RateSummary{best, 9}, best, RateSummary{best, 9}, best) <
        IdeaSuggester::usageWeight(unused, m_clock->now()));
}

void TestIdeaSuggester::surpriseFavoursIdeasThatBuiltCommunity()
{
    // Three ideas used alike; only their posts' rates tell them apart.
    const qint64 high = addUsedIdea(QStringLiteral("High"), QStringLiteral("Educate"), 60);
    const qint64 middle = addUsedIdea(QStringLiteral("Middle"), QStringLiteral("Educate"), 60);
    const qint64 low = addUsedIdea(QStringLiteral("Low"), QStringLiteral("Educate"), 60);
    FakeAdvisor advisor;
    advisor.ideas = {
        {high, RateSummary{0.04, 3}}, {middle, RateSummary{0.02, 3}}, {low, RateSummary{0.0, 3}}};
    IdeaSuggester suggester(*m_db, SuggestionAdvice{nullptr, &advisor, {}, QTime(9, 30)});
    const QHash<qint64, int> counts = surpriseCounts(suggester, 600);
    // Weights 2 : 1.5 : 1.
    QVERIFY2(counts.value(high) > counts.value(middle) && counts.value(middle) > counts.value(low),
             qPrintable(QStringLiteral("%1 %2 %3")
                            .arg(counts.value(high))
                            .arg(counts.value(middle))
                            .arg(counts.value(low))));
    // The rate is named as the reason.
    auto pick = suggester.surpriseMe(m_week, 3, {middle, low});
    QVERIFY2((*pick)->reason.contains(QStringLiteral("4.0 %")), qPrintable((*pick)->reason));
    QVERIFY((*pick)->reason.contains(QStringLiteral("3 posts")));
}

void TestIdeaSuggester::surpriseStillPrefersUnusedIdeas()
{
    const qint64 fresh = addIdea(QStringLiteral("Fresh"), QStringLiteral("Educate"));
    const qint64 proven = addUsedIdea(QStringLiteral("Proven"), QStringLiteral("Educate"), 30);
    FakeAdvisor advisor;
    advisor.ideas = {{proven, RateSummary{0.05, 4}}};
    advisor.pillars = {{pillarId(QStringLiteral("Educate")), RateSummary{0.05, 4}}};
    IdeaSuggester suggester(*m_db, SuggestionAdvice{nullptr, &advisor, {}, QTime(9, 30)});
    const QHash<qint64, int> counts = surpriseCounts(suggester, 500);
    QVERIFY2(
        counts.value(fresh) > counts.value(proven),
        qPrintable(QStringLiteral("%1 %2").arg(counts.value(fresh)).arg(counts.value(proven))));
}

void TestIdeaSuggester::surpriseStillPrefersTheLackingPillar()
{
    const qint64 educate = addIdea(QStringLiteral("Teach"), QStringLiteral("Educate"));
    const qint64 community = addIdea(QStringLiteral("Ask"), QStringLiteral("Community"));
    PostRepository posts(*m_db);
    Post post;
    post.body = post.link = post.firstComment = post.notes = QStringLiteral("");
    post.title = QStringLiteral("Lesson");
    post.pillarId = pillarId(QStringLiteral("Educate"));
    post.scheduledAt = QDateTime(m_week, QTime(10, 0), Qt::LocalTime).toUTC();
    QVERIFY(posts.create(post).ok());
    // Educate built community, Community never did: the week still lacks Community.
    FakeAdvisor advisor;
    advisor.pillars = {{pillarId(QStringLiteral("Educate")), RateSummary{0.05, 9}}};
    IdeaSuggester suggester(*m_db, SuggestionAdvice{nullptr, &advisor, {}, QTime(9, 30)});
    const QHash<qint64, int> counts = surpriseCounts(suggester, 500);
    QVERIFY2(counts.value(community) > counts.value(educate),
             qPrintable(
                 QStringLiteral("%1 %2").arg(counts.value(community)).arg(counts.value(educate))));
}

void TestIdeaSuggester::communityMixFavoursPillarsThatBuiltCommunity()
{
    const QList<Pillar> pillars{Pillar{1, QStringLiteral("Educate"), {}, 0.5},
                                Pillar{2, QStringLiteral("Promote"), {}, 0.3},
                                Pillar{3, QStringLiteral("Community"), {}, 0.2}};
    const QHash<qint64, double> mix = IdeaSuggester::communityMix(
        pillars, {{3, RateSummary{0.04, 5}}, {1, RateSummary{0.01, 5}}});
    // Community gets twice its weight, Educate a quarter more, Promote (no figures) none.
    QCOMPARE(mix.size(), 3);
    QVERIFY(mix.value(3) > 0.2);
    QVERIFY(mix.value(2) < 0.3);
    QVERIFY(mix.value(3) / mix.value(2) > (0.2 * 2) / 0.3 - 1e-9);
    QCOMPARE(mix.value(1) + mix.value(2) + mix.value(3), 1.0);
    // Without figures the mix stays as it is.
    const QHash<qint64, double> same = IdeaSuggester::communityMix(pillars, {});
    QCOMPARE(same.value(1), 0.5);
    QCOMPARE(same.value(3), 0.2);
}

QTEST_GUILESS_MAIN(TestIdeaSuggester)
#include "tst_ideasuggester.moc"
