// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the .ics exporter and importer together: the input describes a small plan
// (times, texts, titles, links, statuses, pillars, networks with and without variants), which is
// stored in one in-memory plan, exported with IcsExporter and imported into another.
//
// Property: an exported plan re-imported gives the same posts, and importing it a second time
// adds nothing.
#include "fuzzsupport.h"
#include "interop/icsexporter.h"
#include "interop/icsimporter.h"
#include "plan/catalog.h"
#include "plan/postrepository.h"

#include <QBuffer>

#include <algorithm>
#include <cstdint>
#include <fuzzer/FuzzedDataProvider.h>

using namespace hearth::core;
using hearth::fuzz::check;

namespace {

struct Plans
{
    hearth::fuzz::Environment environment;
    std::unique_ptr<Database> source = environment.openDatabase();
    std::unique_ptr<Database> target = environment.openDatabase();
    QList<Network> networks;
    QList<Pillar> pillars;

    Plans()
    {
        auto listed = CatalogRepository(*source).networks();
        auto kinds = CatalogRepository(*source).pillars();
        if (!listed || !kinds)
            hearth::fuzz::fail("the catalog can be read");
        networks = *listed;
        pillars = *kinds;
    }
};

// Text a person can type or paste: any Unicode, tabs and line breaks, no other control
// characters (a NUL cannot be typed and RFC 5545 TEXT cannot carry it).
QString typedText(FuzzedDataProvider &input, size_t maxBytes)
{
    QString text = QString::fromStdString(input.ConsumeRandomLengthString(maxBytes));
    text.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f;
    });
    return text;
}

QString oneLine(QString text)
{
    text.removeIf([](QChar c) { return c == u'\n' || c == u'\r'; });
    return text.trimmed();
}

QString describe(const Post &post)
{
    QStringList networks;
    for (const PostNetwork &network : post.networks)
        networks << network.networkId + (network.variantText.isNull()
                                             ? QString()
                                             : QStringLiteral("=") + network.variantText);
    return QStringLiteral("at %1 status %2 title [%3] link [%4] pillar %5 networks [%6] body [%7]")
        .arg(post.scheduledAt.toString(Qt::ISODate), toString(post.status), post.title, post.link)
        .arg(post.pillarId.value_or(0))
        .arg(networks.join(u'|'), post.body);
}

// iCalendar has one kind of line break, so CR LF and CR come back as LF. libical 3.0 drops
// unescaped spaces and tabs at the start and end of a property value when it parses (RFC 5545
// keeps them, and no escape exists for them), so texts are compared without those.
QString comparable(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && (text.at(from) == u' ' || text.at(from) == u'\t'))
        ++from;
    while (to > from && (text.at(to - 1) == u' ' || text.at(to - 1) == u'\t'))
        --to;
    return text.sliced(from, to - from);
}

bool sameNetworks(QList<PostNetwork> a, QList<PostNetwork> b)
{
    const auto byId = [](const PostNetwork &x, const PostNetwork &y) {
        return x.networkId < y.networkId;
    };
    std::sort(a.begin(), a.end(), byId);
    std::sort(b.begin(), b.end(), byId);
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).networkId != b.at(i).networkId ||
            a.at(i).variantText.isNull() != b.at(i).variantText.isNull() ||
            comparable(a.at(i).variantText) != comparable(b.at(i).variantText) ||
            a.at(i).externalId != b.at(i).externalId || a.at(i).permalink != b.at(i).permalink)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Plans plans;
    FuzzedDataProvider input(data, size);

    QList<Post> wanted;
    QSet<QString> keys;
    const int count = input.ConsumeIntegralInRange(1, 4);
    for (int i = 0; i < count; ++i) {
        Post post;
        // 2000-01-01 to 2099-12-31, to the second.
        post.scheduledAt = QDateTime::fromSecsSinceEpoch(
            input.ConsumeIntegralInRange<qint64>(946684800, 4102444799), Qt::UTC);
        post.status = static_cast<PostStatus>(input.ConsumeIntegralInRange(0, 3));
        post.body = typedText(input, 200);
        // Titles and links come from one-line fields that trim what is typed.
        post.title = input.ConsumeBool() ? oneLine(typedText(input, 60)) : QString();
        post.link = input.ConsumeBool() ? oneLine(typedText(input, 60)) : QString();
        if (input.ConsumeBool() && !plans.pillars.isEmpty())
            post.pillarId =
                plans.pillars
                    .at(input.ConsumeIntegralInRange<qsizetype>(0, plans.pillars.size() - 1))
                    .id;
        for (const Network &network : std::as_const(plans.networks)) {
            if (!input.ConsumeBool())
                continue;
            PostNetwork entry{network.id, {}, {}, {}, {}};
            if (input.ConsumeBool())
                entry.variantText = typedText(input, 80);
            post.networks << entry;
        }
        wanted << PostImportWriter::storable(post);
        Post asReadBack = wanted.last();
        asReadBack.body = comparable(asReadBack.body);
        keys.insert(PostImportWriter::duplicateKey(asReadBack));
    }
    // Two posts at the same time with the same text and networks are one post to an import
    // (texts compared as the calendar gives them back).
    if (keys.size() != wanted.size())
        return 0;

    hearth::fuzz::inRolledBackWrite(*plans.source, [&] {
        PostRepository sourcePosts(*plans.source);
        for (Post &post : wanted) {
            auto created = sourcePosts.create(post);
            if (!created)
                hearth::fuzz::fail("a generated post can be stored", created.error().message);
            post = *created;
        }
        // The order the calendar and the plan list them in.
        std::sort(wanted.begin(), wanted.end(), [](const Post &a, const Post &b) {
            return std::pair(a.scheduledAt, a.id) < std::pair(b.scheduledAt, b.id);
        });
        QBuffer calendar;
        calendar.open(QIODevice::WriteOnly);
        auto written = IcsExporter(*plans.source).write(calendar, ExportFilter{});
        if (!written)
            hearth::fuzz::fail("the plan exports", written.error().message);
        check(written->posts == wanted.size(), "every scheduled post is exported");
        const QByteArray bytes = calendar.data();

        hearth::fuzz::inRolledBackWrite(*plans.target, [&] {
            auto preview = IcsImporter(*plans.target).parse(bytes, QStringLiteral("plan.ics"), {});
            if (!preview)
                hearth::fuzz::fail("an exported plan can be read", preview.error().message);
            check(!preview->hasErrors(), "an exported plan reads without errors",
                  preview->describeIssues().join(u'\n') + QStringLiteral("\n") +
                      QString::fromUtf8(bytes));
            check(preview->rows.size() == wanted.size(), "an exported plan gives every post back",
                  QStringLiteral("%1 of %2\n").arg(preview->rows.size()).arg(wanted.size()) +
                      QString::fromUtf8(bytes));
            auto summary = PostImportWriter(*plans.target).commit(*preview);
            if (!summary)
                hearth::fuzz::fail("an exported plan can be imported", summary.error().message);
            auto back = PostRepository(*plans.target)
                            .scheduledBetween(QDateTime(QDate(1999, 1, 1), QTime(0, 0), Qt::UTC),
                                              QDateTime(QDate(2101, 1, 1), QTime(0, 0), Qt::UTC));
            if (!back)
                hearth::fuzz::fail("the imported plan can be read", back.error().message);
            check(back->size() == wanted.size(), "an exported plan gives every post back");
            for (qsizetype i = 0; i < wanted.size(); ++i) {
                const Post &original = wanted.at(i);
                const Post &copy = back->at(i);
                check(copy.scheduledAt == original.scheduledAt &&
                          comparable(copy.body) == comparable(original.body) &&
                          copy.title == original.title && copy.status == original.status &&
                          copy.link == original.link && copy.pillarId == original.pillarId &&
                          sameNetworks(copy.networks, original.networks),
                      "an exported plan re-imported gives the same posts",
                      QStringLiteral("time %3 body %4 title %5 status %6 link %7 pillar %8 "
                                     "networks %9\n")
                              .arg(copy.scheduledAt == original.scheduledAt)
                              .arg(comparable(copy.body) == comparable(original.body))
                              .arg(copy.title == original.title)
                              .arg(copy.status == original.status)
                              .arg(copy.link == original.link)
                              .arg(copy.pillarId == original.pillarId)
                              .arg(sameNetworks(copy.networks, original.networks)) +
                          QStringLiteral("exported %1\nimported %2\n")
                              .arg(describe(original), describe(copy)) +
                          QString::fromUtf8(bytes));
            }
            auto again = IcsImporter(*plans.target).parse(bytes, QStringLiteral("plan.ics"), {});
            check(again.ok() && again->duplicateCount() == wanted.size(),
                  "importing an exported plan twice adds nothing");
        });
    });
    return 0;
}
