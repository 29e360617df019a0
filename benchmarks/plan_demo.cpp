// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// plan_demo: writes a realistic week of a small bakery's plan into a database file, for
// screenshots, demos and trying the Plan workspace by hand.
//   plan_demo FILE [--week YYYY-MM-DD]
#include "common/clock.h"
#include "plan/catalog.h"
#include "plan/planningservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>

#include <cstdio>

using namespace hearth::core;

namespace {

struct DemoPost
{
    int day; // 0 = Monday
    int hour;
    int minute;
    const char *pillar;
    const char *networks;
    PostStatus status;
    const char *text;
    const char *xVariant = nullptr;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: plan_demo FILE [--week YYYY-MM-DD]\n");
        return 2;
    }
    QDate week = SystemClock::instance().now().toLocalTime().date();
    if (const qsizetype at = args.indexOf(QStringLiteral("--week")); at > 0 && at + 1 < args.size())
        week = QDate::fromString(args.at(at + 1), Qt::ISODate);
    if (!week.isValid()) {
        std::fprintf(stderr, "plan_demo: --week needs a date like 2026-11-23\n");
        return 2;
    }
    const QDate monday = week.addDays(1 - week.dayOfWeek());
    QFile::remove(args.at(1));
    auto database = Database::open(args.at(1), OpenOptions{}, SystemClock::instance());
    if (!database) {
        std::fprintf(stderr, "plan_demo: %s\n", qPrintable(database.error().message));
        return 1;
    }
    PlanningService service(**database);
    const QList<Pillar> pillars = service.catalog().pillars().valueOr({});
    auto pillarId = [&](const char *name) -> std::optional<qint64> {
        for (const Pillar &pillar : pillars) {
            if (pillar.name.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return pillar.id;
        }
        return std::nullopt;
    };

    const DemoPost posts[] = {
        {0, 7, 30, "Behind the scenes", "instagram,facebook", PostStatus::Published,
         "4:30 am and the first loaves are out. This is what the bakery smells like before anyone "
         "is awake."},
        {0, 12, 0, "Educate", "x,mastodon,bluesky", PostStatus::Published,
         "Why does sourdough need a long, cold proof? Three reasons, and the third surprised us "
         "too."},
        {1, 9, 0, "Community", "instagram,facebook,threads", PostStatus::Published,
         "Tell us: which bread should come back for the winter menu? Rye, spelt or the walnut "
         "loaf?"},
        {1, 17, 30, "Promote", "linkedin", PostStatus::Scheduled,
         "We now deliver fresh bread to offices in the old town every Friday morning. Ask us for a "
         "tasting box."},
        {2, 8, 0, "Inspire", "instagram,threads", PostStatus::Scheduled,
         "Flour, water, salt and a lot of patience. Good things take time."},
        {2, 12, 30, "Educate", "x,linkedin,bluesky", PostStatus::Scheduled,
         "How to keep bread fresh for three days without a plastic bag: a linen towel, a wooden "
         "board and one trick."},
        {3, 11, 0, "Entertain", "tiktok,instagram", PostStatus::Scheduled,
         "Speed round: can our apprentice shape 20 baguettes before the oven timer rings?"},
        {4, 7, 0, "Promote", "facebook,instagram,x", PostStatus::Scheduled,
         "Weekend special: cardamom buns are back, only Saturday and Sunday, while the tray "
         "lasts."},
        {4, 16, 0, "Community", "mastodon,bluesky", PostStatus::Draft,
         "Thank you to everyone who came to the open bakery evening. Here are your best photos."},
        {6, 10, 0, "Behind the scenes", "instagram", PostStatus::Scheduled,
         "Sunday is for feeding the starter. Meet Gustav, 11 years old and still hungry."},
    };
    for (const DemoPost &demo : posts) {
        Post post;
        post.title = post.link = post.firstComment = post.notes = QStringLiteral("");
        post.body = QString::fromUtf8(demo.text);
        post.scheduledAt =
            QDateTime(monday.addDays(demo.day), QTime(demo.hour, demo.minute), Qt::LocalTime)
                .toUTC();
        post.status = demo.status;
        post.pillarId = pillarId(demo.pillar);
        for (const QString &network : QString::fromLatin1(demo.networks).split(u','))
            post.networks << PostNetwork{network, QString(), QString(), QString(), QDateTime()};
        post.tags = {QStringLiteral("bakery")};
        // Gustav's Sunday feeding is evergreen: it comes back every four weeks.
        if (demo.day == 6) {
            post.recurrence.everyWeeks = 4;
            post.recurrence.count = 6;
        }
        if (auto created = service.create(post); !created) {
            std::fprintf(stderr, "plan_demo: %s\n", qPrintable(created.error().message));
            return 1;
        }
    }
    // The bakery's usual times: weekday mornings, Thursday afternoon, Saturday on Instagram.
    QList<PostingSlot> slotList;
    for (int weekday = 1; weekday <= 5; ++weekday)
        slotList << PostingSlot{0, weekday, QTime(9, 0), QString()};
    slotList << PostingSlot{0, 4, QTime(15, 0), QString()}
             << PostingSlot{0, 6, QTime(10, 0), QStringLiteral("instagram")};
    if (auto stored = service.replacePostingSlots(slotList); !stored) {
        std::fprintf(stderr, "plan_demo: %s\n", qPrintable(stored.error().message));
        return 1;
    }
    const char *drafts[] = {
        "Recipe card: our grandmother's plum cake, step by step with photos.",
        "Poll idea: crust or crumb? Let the regulars decide.",
        "Meet the team: Lena, who starts every day at 3 am.",
    };
    for (const char *text : drafts) {
        Post post;
        post.title = post.link = post.firstComment = post.notes = QStringLiteral("");
        post.body = QString::fromUtf8(text);
        post.pillarId = pillarId("Community");
        post.networks << PostNetwork{QStringLiteral("instagram"), QString(), QString(), QString(),
                                     QDateTime()};
        if (auto created = service.create(post); !created) {
            std::fprintf(stderr, "plan_demo: %s\n", qPrintable(created.error().message));
            return 1;
        }
    }
    std::printf("plan_demo: wrote %zu posts and %zu drafts for the week of %s into %s\n",
                std::size(posts), std::size(drafts), qPrintable(monday.toString(Qt::ISODate)),
                qPrintable(args.at(1)));
    return 0;
}
