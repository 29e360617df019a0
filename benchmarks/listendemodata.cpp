// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listendemodata.h"

#include "listen/metricrepository.h"
#include "plan/post.h"
#include "plan/postrepository.h"
#include "storage/database.h"

#include <QRandomGenerator>
#include <QStringList>

#include <cmath>

namespace hearth::bench {

namespace {

struct NetworkShape
{
    const char *id;
    double audience;  // typical audience of a post
    bool hasReach;    // else only impressions
    double talkiness; // how readily people answer on this network
};

const NetworkShape networks[] = {
    {"instagram", 900, true, 1.15},
    {"facebook", 520, true, 0.8},
    {"linkedin", 1400, false, 0.9},
    {"x", 2100, false, 0.45},
};

// Pillar ids of the default catalogue and how much community each tends to start.
const double pillarPull[] = {0, 1.0, 0.85, 1.1, 0.45, 1.7, 1.35};

const char *const titles[] = {
    "Why our sourdough rests for 48 hours",
    "Meet Ana, who opens the bakery at 5",
    "Three mistakes that flatten your croissants",
    "Your favourite loaf, voted by you",
    "Behind the oven: a Saturday in 60 seconds",
    "Autumn menu is here",
    "What would you bake with us?",
    "The flour mill we buy from",
    "Ask us anything about rye",
    "A thank-you to our regulars",
    "New: gluten-free seeded bread",
    "How we keep our starter alive on holiday",
    "Weekend special: cardamom buns",
    "Tell us your bread memory",
    "From dough to shelf in pictures",
    "Five-minute guide to storing bread",
    "We are hiring a morning baker",
    "Which filling should win this month?",
    "Our first loaf, ten years ago",
    "Workshop dates for beginners",
};

// Posting hours people actually use, most of them on weekday mornings and evenings.
const int hours[] = {7, 8, 8, 9, 9, 10, 11, 12, 12, 13, 15, 17, 18, 18, 19, 19, 20, 21};

double slotPull(int weekday, int hour)
{
    double pull = 1.0;
    if (hour >= 18 && hour <= 20)
        pull *= 1.45;
    else if (hour <= 8)
        pull *= 0.75;
    else if (hour >= 12 && hour <= 13)
        pull *= 1.15;
    if (weekday == 7 || weekday == 6)
        pull *= hour < 12 ? 1.3 : 0.9;
    if (weekday == 3 && hour >= 17)
        pull *= 1.25;
    return pull;
}

} // namespace

core::Result<void> generateDemoData(core::Database &database, const DemoDataOptions &options)
{
    QRandomGenerator random(options.seed);
    const QDate end = options.end.isValid() ? options.end : QDate::currentDate();
    const QDate start = end.addDays(-7 * options.weeks + 1);
    const qint64 spanDays = start.daysTo(end) + 1;
    core::PostRepository posts(database);
    core::MetricRepository metrics(database);
    auto gaussian = [&random] {
        // Box–Muller: enough for plausible spread.
        const double u = qMax(1e-9, random.generateDouble());
        const double v = random.generateDouble();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2 * M_PI * v);
    };

    return database.write([&]() -> core::Result<void> {
        for (int i = 0; i < options.posts; ++i) {
            const QDate day =
                start.addDays(qint64(double(i) / options.posts * spanDays) % spanDays);
            const int hour = hours[random.bounded(int(std::size(hours)))];
            const int minute = random.bounded(4) * 15;
            const QDateTime when(day, QTime(hour, minute), Qt::LocalTime);
            const qint64 pillar = 1 + random.bounded(6);

            core::Post post;
            post.title = QString::fromUtf8(titles[random.bounded(int(std::size(titles)))]);
            post.body = post.title + QStringLiteral(" — more in the bakery this week.");
            post.link = post.firstComment = post.notes = QStringLiteral("");
            post.scheduledAt = when.toUTC();
            post.status = core::PostStatus::Published;
            post.pillarId = pillar;
            // Most posts go to one or two networks.
            const int first = random.bounded(int(std::size(networks)));
            QList<int> chosen{first};
            if (random.bounded(3) == 0)
                chosen << (first + 1 + random.bounded(int(std::size(networks)) - 1)) %
                              int(std::size(networks));
            for (int index : std::as_const(chosen)) {
                core::PostNetwork target;
                target.networkId = QString::fromLatin1(networks[index].id);
                target.publishedAt = post.scheduledAt;
                post.networks << target;
            }
            auto created = posts.create(post);
            if (!created)
                return created.error();

            const double progress = double(start.daysTo(day)) / spanDays;
            for (int index : std::as_const(chosen)) {
                const NetworkShape &shape = networks[index];
                const double audience =
                    shape.audience * std::exp(0.55 * gaussian()) * (0.85 + 0.3 * progress);
                const double pull = pillarPull[pillar] * slotPull(day.dayOfWeek(), hour) *
                                    shape.talkiness * (0.85 + 0.35 * progress) *
                                    std::exp(0.35 * gaussian());
                const double community = audience * 0.018 * pull;
                core::MetricSnapshot snapshot;
                snapshot.postId = created->id;
                snapshot.networkId = QString::fromLatin1(shape.id);
                // Exported two to four weeks after posting (lifetime figures).
                snapshot.capturedAt = post.scheduledAt.addDays(14 + random.bounded(14));
                const qint64 audienceCount = qMax<qint64>(1, qint64(audience));
                if (shape.hasReach) {
                    snapshot.reach = audienceCount;
                    snapshot.impressions = qint64(audience * (1.3 + random.generateDouble()));
                } else {
                    snapshot.impressions = audienceCount;
                }
                snapshot.reactions = qint64(audience * (0.04 + 0.03 * random.generateDouble()));
                snapshot.comments = qint64(community * 0.45);
                snapshot.shares = qint64(community * 0.25);
                // Only Instagram reports saves; X gives no follows per post.
                if (QLatin1String(shape.id) == QLatin1String("instagram"))
                    snapshot.saves = qint64(community * 0.2);
                if (QLatin1String(shape.id) != QLatin1String("x"))
                    snapshot.follows = qint64(community * 0.1) - (random.bounded(12) == 0 ? 2 : 0);
                snapshot.clicks = qint64(audience * 0.02 * random.generateDouble());
                if (auto recorded = metrics.record(snapshot); !recorded)
                    return recorded.error();
            }
        }
        return core::success();
    });
}

} // namespace hearth::bench
