// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// spark_bench: search latency of the idea bank over 100k generated ideas.
// Prints median and p95 per query kind; the target is p95 <= 5 ms for words of 3+ characters.
// Then the time of "Surprise me", "Fill my week" (with and without Listen's figures) and
// "More like this".
#include "common/clock.h"
#include "listen/listenadvisor.h"
#include "spark/idea.h"
#include "spark/idearepository.h"
#include "spark/ideasearch.h"
#include "spark/ideasuggester.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>
#include <time.h>

using namespace hearth::core;

namespace {

// Pronounceable made-up words, so term frequencies look like text rather than noise.
QStringList makeVocabulary(std::mt19937 &generator, int size)
{
    static const char *const onsets[] = {"b",  "c",  "d",  "f",  "g",  "h",  "k", "l",
                                         "m",  "n",  "p",  "r",  "s",  "t",  "v", "w",
                                         "br", "cr", "st", "tr", "sh", "ch", "pl"};
    static const char *const vowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "é", "ö"};
    QStringList words;
    QSet<QString> seen;
    while (words.size() < size) {
        QString word;
        const int syllables = 2 + int(generator() % 3);
        for (int s = 0; s < syllables; ++s) {
            word += QString::fromUtf8(onsets[generator() % std::size(onsets)]);
            word += QString::fromUtf8(vowels[generator() % std::size(vowels)]);
        }
        if (!seen.contains(word)) {
            seen.insert(word);
            words << word;
        }
    }
    return words;
}

// Zipf-like pick: a few words are common, most are rare.
const QString &pickWord(const QStringList &words, std::mt19937 &generator)
{
    const double u = double(generator()) / 4294967296.0;
    const auto index = qsizetype(std::pow(u, 2.5) * double(words.size()));
    return words.at(std::min(index, words.size() - 1));
}

QString sentence(const QStringList &words, std::mt19937 &generator, int count)
{
    QStringList parts;
    for (int i = 0; i < count; ++i)
        parts << pickWord(words, generator);
    return parts.join(u' ');
}

struct Figures
{
    double median = 0;
    double p95 = 0;
    double max = 0;
    double meanHits = 0;
    // Processor time of this thread per query: on a machine shared with other work the wall
    // clock also counts the time the query waited for a core.
    double cpuMedian = 0;
    double cpuP95 = 0;
};

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

Figures measure(Database &db, const QStringList &queries, const IdeaFilter &filter)
{
    IdeaSearch search(db);
    QList<double> times;
    QList<double> cpu;
    qint64 hits = 0;
    for (const QString &query : queries) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        auto found = search.search(query, filter);
        times << double(timer.nsecsElapsed()) / 1e6;
        cpu << threadCpuMs() - cpuStart;
        if (!found)
            qFatal("search failed: %s", qPrintable(found.error().message));
        hits += found->size();
    }
    std::sort(times.begin(), times.end());
    Figures figures;
    figures.median = times.at(times.size() / 2);
    figures.p95 = times.at(qsizetype(double(times.size()) * 0.95));
    figures.max = times.last();
    figures.meanHits = double(hits) / double(queries.size());
    std::sort(cpu.begin(), cpu.end());
    figures.cpuMedian = cpu.at(cpu.size() / 2);
    figures.cpuP95 = cpu.at(qsizetype(double(cpu.size()) * 0.95));
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int ideaCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    // An optional second argument keeps the generated bank in that file and reuses it on the
    // next run (the same ideas and queries; only the inserts are skipped), for profiling.
    const QString keptPath = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const QString path = keptPath.isEmpty() ? dir.filePath(QStringLiteral("bench.db")) : keptPath;
    const bool reuse = !keptPath.isEmpty() && QFileInfo::exists(keptPath);
    auto opened = Database::open(path, OpenOptions{}, clock);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    Database &db = **opened;

    std::mt19937 generator(20261125);
    const QStringList vocabulary = makeVocabulary(generator, 6000);
    QStringList tags;
    for (int i = 0; i < 150; ++i)
        tags << vocabulary.at(i * 37 % vocabulary.size());

    QElapsedTimer fill;
    fill.start();
    // The rows IdeaRepository::create() would write (same columns, tags normalised the same
    // way, the index kept by the schema's triggers), through statements prepared once: going
    // through the repository, which re-prepares and re-reads every idea, took about a minute.
    QSqlQuery insertIdea(db.connection());
    QSqlQuery insertTag(db.connection());
    QSqlQuery linkTag(db.connection());
    const bool prepared =
        insertIdea.prepare(QStringLiteral(
            "INSERT INTO ideas (title, notes, pillar_id, favourite, archived, source, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, 0, 'user', ?, ?)")) &&
        insertTag.prepare(
            QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING")) &&
        linkTag.prepare(QStringLiteral("INSERT OR IGNORE INTO idea_tags (idea_id, tag_id) "
                                       "SELECT ?, id FROM tags WHERE name = ?"));
    if (!prepared)
        qFatal("cannot prepare the generator's statements");
    const qint64 now = clock.now().toSecsSinceEpoch();
    auto filled = db.write([&]() -> Result<void> {
        for (int i = 0; i < ideaCount; ++i) {
            Idea idea;
            idea.title = sentence(vocabulary, generator, 3 + int(generator() % 5));
            idea.notes = sentence(vocabulary, generator, 10 + int(generator() % 40));
            idea.pillarId = 1 + qint64(generator() % 6);
            idea.favourite = generator() % 20 == 0;
            for (int t = int(generator() % 3); t > 0; --t)
                idea.tags << tags.at(generator() % tags.size());
            if (reuse)
                continue;
            // The generated tags are lower case already: duplicates are exact ones.
            idea.tags.removeDuplicates();
            std::sort(idea.tags.begin(), idea.tags.end(), [](const QString &a, const QString &b) {
                return a.compare(b, Qt::CaseInsensitive) < 0;
            });
            insertIdea.bindValue(0, idea.title);
            insertIdea.bindValue(1, idea.notes);
            insertIdea.bindValue(2, *idea.pillarId);
            insertIdea.bindValue(3, idea.favourite ? 1 : 0);
            insertIdea.bindValue(4, now);
            insertIdea.bindValue(5, now);
            if (!insertIdea.exec())
                return db.errorFrom(insertIdea.lastError(), QStringLiteral("insert idea"));
            const qint64 id = insertIdea.lastInsertId().toLongLong();
            for (const QString &tag : std::as_const(idea.tags)) {
                insertTag.bindValue(0, tag);
                linkTag.bindValue(0, id);
                linkTag.bindValue(1, tag);
                if (!insertTag.exec() || !linkTag.exec())
                    return db.errorFrom(insertTag.lastError().isValid() ? insertTag.lastError()
                                                                        : linkTag.lastError(),
                                        QStringLiteral("tag idea"));
            }
        }
        return success();
    });
    if (!filled)
        qFatal("%s", qPrintable(filled.error().message));
    out << "Generated " << ideaCount << " ideas in " << fill.elapsed() / 1000.0 << " s\n";

    // Queries as a user types them: prefixes of 3 to 8 characters of real words, some with
    // two words, some with accents dropped, some in capitals.
    QStringList single;
    QStringList twoWords;
    QStringList uniformWords;
    for (int i = 0; i < 400; ++i) {
        const QString word = pickWord(vocabulary, generator);
        const int length = std::min<int>(int(word.size()), 3 + int(generator() % 6));
        QString term = word.left(length);
        if (i % 5 == 0)
            term = term.normalized(QString::NormalizationForm_D)
                       .remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
        if (i % 7 == 0)
            term = term.toUpper();
        single << term;
        twoWords << term + u' ' + pickWord(vocabulary, generator).left(4);
        // Any word of the vocabulary, as likely as any other: rarer, content-like words.
        const QString any = vocabulary.at(qsizetype(generator() % quint32(vocabulary.size())));
        uniformWords << any.left(std::min<int>(int(any.size()), 3 + int(generator() % 6)));
    }

    IdeaFilter shown;
    shown.limit = 200;
    IdeaFilter filtered = shown;
    filtered.pillarId = 3;
    filtered.unusedOnly = true;
    IdeaFilter unlimited;

    out << "Search latency over " << ideaCount << " ideas (" << single.size()
        << " queries each):\n";
    auto report = [&](const char *name, const Figures &figures) {
        out << QStringLiteral("  %1 median %2 ms  p95 %3 ms  max %4 ms  mean hits %5  "
                              "(cpu median %6 ms  p95 %7 ms)\n")
                   .arg(QString::fromLatin1(name).leftJustified(34))
                   .arg(figures.median, 0, 'f', 2)
                   .arg(figures.p95, 0, 'f', 2)
                   .arg(figures.max, 0, 'f', 2)
                   .arg(figures.meanHits, 0, 'f', 1)
                   .arg(figures.cpuMedian, 0, 'f', 2)
                   .arg(figures.cpuP95, 0, 'f', 2);
        out.flush();
    };
    measure(db, single.mid(0, 20), shown); // warm the page cache
    report("one word, top 200 (as the UI)", measure(db, single, shown));
    report("any vocabulary word, top 200", measure(db, uniformWords, shown));
    report("two words, top 200", measure(db, twoWords, shown));
    report("one word + pillar + unused, top 200", measure(db, single, filtered));
    report("one word, every match (100 queries)", measure(db, single.mid(0, 100), unlimited));

    // Suggestions read every idea once; asking Listen for rates and best times must not make
    // them noticeably slower.
    const ListenAdvisor advisor(db);
    const SuggestionAdvice advice{&advisor, &advisor, {QStringLiteral("facebook")}, QTime(9, 30)};
    const QDate week(2026, 3, 9);
    auto timeRuns = [&](const char *name, const std::function<void(quint32)> &run) {
        QList<double> times;
        for (quint32 seed = 0; seed < 10; ++seed) {
            QElapsedTimer timer;
            timer.start();
            run(seed);
            times << double(timer.nsecsElapsed()) / 1e6;
        }
        std::sort(times.begin(), times.end());
        out << QStringLiteral("  %1 median %2 ms  max %3 ms\n")
                   .arg(QString::fromLatin1(name).leftJustified(34))
                   .arg(times.at(times.size() / 2), 0, 'f', 1)
                   .arg(times.last(), 0, 'f', 1);
        out.flush();
    };
    out << "Suggestions over " << ideaCount << " ideas (10 runs each):\n";
    timeRuns("surprise me, no figures asked", [&](quint32 seed) {
        if (!IdeaSuggester(db).surpriseMe(week, seed))
            qFatal("surprise failed");
    });
    timeRuns("surprise me, with Listen's rates", [&](quint32 seed) {
        if (!IdeaSuggester(db, advice).surpriseMe(week, seed))
            qFatal("surprise failed");
    });
    timeRuns("fill my week, no figures asked", [&](quint32 seed) {
        if (!IdeaSuggester(db).fillWeek(week, seed))
            qFatal("fill week failed");
    });
    timeRuns("fill my week, with best times", [&](quint32 seed) {
        if (!IdeaSuggester(db, advice).fillWeek(week, seed))
            qFatal("fill week failed");
    });
    timeRuns("more like this (pillar + 2 tags)", [&](quint32 seed) {
        if (!IdeaRepository(db).moreLikeThis(1 + seed % 6, {tags.at(seed), tags.at(seed + 1)}))
            qFatal("more like this failed");
    });
    return 0;
}
