// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for every analytics importer path: format detection, then the Meta Facebook,
// Meta Instagram, older Facebook insights, X legacy and newer, YouTube and LinkedIn (.xls) readers
// and a generic CSV with a column mapping, previewed and committed against an in-memory plan.
//
// Properties: detection and preview agree on the format; rows read = matched + created + skipped
// and matched = updated + unchanged; every skip has a line >= 1 and a reason; every error has a
// message; a commit does what its preview said and writes exactly the posts and snapshots it
// counts; a failed commit leaves every table as it was.
#include "fuzzsupport.h"
#include "fuzzxlsreader.h"
#include "listen/metricimporter.h"
#include "listen/metricsnapshot.h"
#include "plan/postrepository.h"

#include <cstdint>

using namespace hearth::core;
using hearth::fuzz::check;
using hearth::fuzz::checkError;
using hearth::fuzz::TableCounts;

namespace {

const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));

// The mapping of tests/data/metrics/generic_mastodon.csv, so the seed reaches the generic reader.
MetricColumnMapping mastodonMapping()
{
    MetricColumnMapping mapping;
    mapping.networkId = QStringLiteral("mastodon");
    mapping.postIdColumn = QStringLiteral("id");
    mapping.permalinkColumn = QStringLiteral("url");
    mapping.publishedColumn = QStringLiteral("created_at");
    mapping.textColumn = QStringLiteral("content");
    mapping.metrics = {{QStringLiteral("reactions"), QStringLiteral("favourites")},
                       {QStringLiteral("shares"), QStringLiteral("boosts")},
                       {QStringLiteral("comments"), QStringLiteral("replies")},
                       {QStringLiteral("watch_time_seconds"), QStringLiteral("watched")}};
    return mapping;
}

MetricImportOptions options(MetricSource source, TextEncoding encoding)
{
    MetricImportOptions result;
    result.source = source;
    result.encoding = encoding;
    result.timeZone = berlin;
    result.capturedAt = QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
    result.maxPreviewItems = 50;
    if (source == MetricSource::Generic)
        result.mapping = mastodonMapping();
    return result;
}

void checkPreview(const MetricImportPreview &preview, const MetricImportOptions &used,
                  bool committed)
{
    const auto detail = [&] {
        return QStringLiteral("rows %1 matched %2 created %3 updated %4 unchanged %5 skipped %6")
            .arg(preview.rows)
            .arg(preview.matched)
            .arg(preview.created)
            .arg(preview.updated)
            .arg(preview.unchanged)
            .arg(preview.skipped.size());
    };
    check(preview.rows == preview.matched + preview.created + preview.skipped.size(),
          "rows = matched + created + skipped", detail());
    check(preview.matched == preview.updated + preview.unchanged, "matched = updated + unchanged",
          detail());
    check(preview.rows >= 0 && preview.created >= 0 && preview.updated >= 0 &&
              preview.unchanged >= 0,
          "counts are not negative", detail());
    for (const ImportSkip &skip : preview.skipped) {
        check(skip.line >= 1, "every skip has a line number >= 1",
              QString::number(skip.line) + QStringLiteral(": ") + skip.reason);
        check(!skip.reason.trimmed().isEmpty(), "every skip has a reason",
              QString::number(skip.line));
    }
    for (const QString &warning : preview.warnings)
        check(!warning.trimmed().isEmpty(), "every warning says something");
    if (!preview.needsMapping) {
        check(preview.items.size() == std::min<qint64>(preview.rows, used.maxPreviewItems),
              "the preview keeps one item per row up to its limit",
              QStringLiteral("%1 items for %2 rows").arg(preview.items.size()).arg(preview.rows));
        check(preview.itemsTruncated == (preview.rows > used.maxPreviewItems),
              "the preview says when it left items out");
    }
    qint64 lastLine = 0;
    for (const ImportRowPreview &item : preview.items) {
        check(item.line > lastLine, "preview items follow the file, one per line",
              QStringLiteral("line %1 after %2").arg(item.line).arg(lastLine));
        lastLine = item.line;
        check((item.action == ImportAction::Skip) == !item.reason.isEmpty() ||
                  item.action == ImportAction::Update,
              "a skipped item has a reason, a created or unchanged one none", item.reason);
        if (item.action == ImportAction::Skip || item.action == ImportAction::Create)
            check((item.postId > 0) == (item.action == ImportAction::Create && committed),
                  "a skipped row names no post, a created one only once committed");
        else
            check(item.postId > 0, "a matched row names its post");
    }
    check(preview.format != MetricFormat::Unknown, "a preview names the format it read");
}

// Commits inside the caller's transaction and checks the figures it reports and writes.
void checkCommit(Database &db, const QString &path, const MetricImportOptions &used,
                 const Result<MetricImportPreview> &dryRun)
{
    const TableCounts before = TableCounts::of(db);
    auto committed = MetricImporter(db).run(path, used, ImportMode::Commit);
    const TableCounts after = TableCounts::of(db);
    if (!committed) {
        checkError(committed.error(), "a failed metric import says why");
        check(after == before, "a failed metric import leaves every table as it was",
              before.describe() + QStringLiteral(" -> ") + after.describe());
        check(!dryRun.ok(), "an import that previews fails only for a reason of the plan",
              committed.error().message);
        return;
    }
    check(dryRun.ok(), "an import that commits also previews");
    const MetricImportPreview &plan = *dryRun;
    const MetricImportPreview &done = *committed;
    checkPreview(done, used, true);
    check(done.format == plan.format && done.rows == plan.rows && done.matched == plan.matched &&
              done.created == plan.created && done.updated == plan.updated &&
              done.unchanged == plan.unchanged && done.skipped == plan.skipped &&
              done.needsMapping == plan.needsMapping,
          "a commit does what its preview said",
          QStringLiteral("preview %1 created %2 updated %3 skipped %4; commit %5 %6 %7 %8")
              .arg(plan.rows)
              .arg(plan.created)
              .arg(plan.updated)
              .arg(plan.skipped.size())
              .arg(done.rows)
              .arg(done.created)
              .arg(done.updated)
              .arg(done.skipped.size()));
    if (done.needsMapping || done.alreadyImported) {
        check(after == before, "an import that needs a mapping or was done before writes nothing",
              before.describe() + QStringLiteral(" -> ") + after.describe());
        return;
    }
    check(after.posts == before.posts + done.created &&
              after.postNetworks == before.postNetworks + done.created,
          "a commit creates one post per created row",
          before.describe() + QStringLiteral(" -> ") + after.describe());
    check(after.snapshots == before.snapshots + done.created + done.updated,
          "a commit stores one snapshot per created or updated row",
          before.describe() + QStringLiteral(" -> ") + after.describe());
    check(after.imports == before.imports + 1 && done.importId > 0,
          "a commit records the import once");
}

struct Plan
{
    hearth::fuzz::Environment environment;
    std::unique_ptr<Database> db = environment.openDatabase();

    Plan()
    {
        // LinkedIn .xls inputs are read here, not by a child process (see fuzzxlsreader.h).
        hearth::fuzz::readXlsInProcessFromNowOn();
        // Planned posts the rows can match by time and text, and imported history they can
        // match by id or link: the seeds imported for real.
        PostRepository posts(*db);
        const QList<std::tuple<QDateTime, QString, QString>> planned{
            {QDateTime(QDate(2025, 1, 6), QTime(10, 0), Qt::UTC), QStringLiteral("x"),
             QStringLiteral("Three loaves, one dough: a thread")},
            {QDateTime(QDate(2020, 4, 29), QTime(8, 0), Qt::UTC), QStringLiteral("youtube"),
             QStringLiteral("Sourdough 101")},
            {QDateTime(QDate(2025, 3, 2), QTime(10, 30), Qt::UTC), QStringLiteral("mastodon"),
             QStringLiteral("Proofing baskets explained")},
        };
        for (const auto &[when, network, body] : planned) {
            Post post;
            post.scheduledAt = when;
            post.body = body;
            post.status = PostStatus::Scheduled;
            post.networks << PostNetwork{network, {}, {}, {}, {}};
            if (auto created = posts.create(PostImportWriter::storable(post)); !created)
                hearth::fuzz::fail("the plan is seeded", created.error().message);
        }
        for (const char *name : {"meta_facebook.csv", "meta_instagram.csv", "x_legacy.csv"}) {
            MetricImportOptions seedOptions = options(MetricSource::Auto, TextEncoding::Utf8);
            seedOptions.capturedAt = QDateTime(QDate(2025, 12, 1), QTime(9, 0), Qt::UTC);
            auto seeded = MetricImporter(*db).run(QStringLiteral(HEARTH_FUZZ_DATA_DIR "/metrics/") +
                                                      QString::fromLatin1(name),
                                                  seedOptions, ImportMode::Commit);
            if (!seeded)
                hearth::fuzz::fail("the plan is seeded", seeded.error().message);
        }
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Plan plan;
    Database &db = *plan.db;
    const QString path = plan.environment.writeFile("export.csv", data, size);

    MetricImporter importer(db);
    for (MetricSource source : {MetricSource::Auto, MetricSource::Generic}) {
        MetricImportOptions used = options(source, TextEncoding::Utf8);
        auto detected = importer.detectFormat(path, used);
        auto previewed = importer.preview(path, used);
        if (!detected)
            checkError(detected.error(), "a failed detection says why");
        // A known format read again as generic only finds the mapping's columns missing; the
        // generic reader with a mapping is worth the time only for files detected as generic.
        const bool tryGeneric = !previewed || previewed->format == MetricFormat::Generic;
        if (!previewed) {
            checkError(previewed.error(), "a failed preview says why");
            // What a user does next with a file that is not UTF-8: confirm Windows-1252.
            if (previewed.error().message.contains(QStringLiteral("Windows-1252"))) {
                used = options(source, TextEncoding::Windows1252);
                previewed = importer.preview(path, used);
                if (!previewed)
                    checkError(previewed.error(), "a failed preview says why");
            }
        } else {
            check(detected.ok() && *detected == previewed->format,
                  "detection and preview agree on the format",
                  detected
                      ? toString(*detected) + QStringLiteral(" vs ") + toString(previewed->format)
                      : detected.error().message);
        }
        if (previewed)
            checkPreview(*previewed, used, false);
        hearth::fuzz::inRolledBackWrite(db, [&] { checkCommit(db, path, used, previewed); });
        if (!tryGeneric)
            break;
    }
    return 0;
}
