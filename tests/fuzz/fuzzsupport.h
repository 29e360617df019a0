// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every libFuzzer target shares: one Qt application, an in-memory plan, silent logging,
// a property check that aborts (so libFuzzer saves the input), and row counts of the tables an
// import writes.
#include "common/clock.h"
#include "interop/postimport.h"
#include "listen/metricimporter.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace hearth::fuzz {

// A broken property: say which, then abort so libFuzzer writes the input as a crash artifact.
[[noreturn]] inline void fail(const char *property, const QString &detail = {})
{
    std::fprintf(stderr, "PROPERTY VIOLATED: %s\n%s\n", property, qPrintable(detail));
    std::abort();
}

inline void check(bool holds, const char *property, const QString &detail = {})
{
    if (!holds)
        fail(property, detail);
}

// An error must tell the user something.
inline void checkError(const core::Error &error, const char *where)
{
    check(!error.message.trimmed().isEmpty(), where, QStringLiteral("an error without a message"));
}

// The process-wide Qt state a target needs; made once, on the first input.
class Environment final
{
public:
    Environment()
        : m_app(m_argc, m_argv)
    {
        // Per-row logging would cost more than the parsing under test.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
            if (type == QtFatalMsg) {
                std::fprintf(stderr, "%s\n", qPrintable(text));
                std::abort();
            }
        });
        check(m_dir.isValid(), "a temporary directory can be made");
    }

    // A fresh in-memory plan (schema v1 with the built-in networks and pillars).
    std::unique_ptr<core::Database> openDatabase() const
    {
        auto opened = core::Database::openInMemory(m_clock);
        if (!opened)
            fail("the in-memory database opens", opened.error().message);
        return std::move(*opened);
    }
    const core::ManualClock &clock() const { return m_clock; }

    // Writes `data` to one reused file (the importers that need a path read it from there).
    QString writeFile(const char *name, const uint8_t *data, size_t size) const
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        check(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the input file is written");
        check(file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size)) ==
                  static_cast<qint64>(size),
              "the input file is written");
        return path;
    }

private:
    int m_argc = 1;
    char m_name[8] = "fuzzer";
    char *m_argv[2] = {m_name, nullptr};
    QCoreApplication m_app;
    core::ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)};
    QTemporaryDir m_dir;
};

// Rows of every table an import may write, to prove a failed import wrote nothing.
struct TableCounts
{
    qint64 posts = 0;
    qint64 postNetworks = 0;
    qint64 postTags = 0;
    qint64 snapshots = 0;
    qint64 rawLayouts = 0;
    qint64 imports = 0;
    qint64 mappings = 0;
    qint64 tags = 0;

    friend bool operator==(const TableCounts &, const TableCounts &) = default;

    QString describe() const
    {
        return QStringLiteral("posts %1, post_networks %2, post_tags %3, metric_snapshots %4, "
                              "metric_raw_layouts %5, metric_imports %6, import_mappings %7, "
                              "tags %8")
            .arg(posts)
            .arg(postNetworks)
            .arg(postTags)
            .arg(snapshots)
            .arg(rawLayouts)
            .arg(imports)
            .arg(mappings)
            .arg(tags);
    }

    static TableCounts of(const core::Database &db)
    {
        auto countOf = [&](const char *table) {
            auto value =
                db.scalar(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table));
            if (!value)
                fail("counting rows works", value.error().message);
            return value->toLongLong();
        };
        TableCounts counts;
        counts.posts = countOf("posts");
        counts.postNetworks = countOf("post_networks");
        counts.postTags = countOf("post_tags");
        counts.snapshots = countOf("metric_snapshots");
        counts.rawLayouts = countOf("metric_raw_layouts");
        counts.imports = countOf("metric_imports");
        counts.mappings = countOf("import_mappings");
        counts.tags = countOf("tags");
        return counts;
    }
};

// Runs `work` inside a write transaction that is always rolled back, so every input starts from
// the same plan; checks that the rollback restored it.
template<typename Work>
void inRolledBackWrite(core::Database &db, Work &&work)
{
    const TableCounts before = TableCounts::of(db);
    auto done = db.write([&]() -> core::Result<void> {
        work();
        return core::Error::make(core::ErrorKind::Conflict, QStringLiteral("rolled back"));
    });
    check(!done.ok(), "the fuzz transaction is rolled back");
    const TableCounts after = TableCounts::of(db);
    check(after == before, "a rolled-back transaction leaves the plan as it was",
          before.describe() + QStringLiteral(" -> ") + after.describe());
}

// The checks every post-import preview (bulk CSV, .ics) must pass.
inline void checkImportPreview(const core::ImportPreview &preview, const char *what)
{
    for (const core::ImportIssue &issue : preview.issues) {
        check(!issue.message.trimmed().isEmpty(), what,
              QStringLiteral("an issue without a message at line %1").arg(issue.line));
        check(issue.line >= 0, what, QStringLiteral("an issue at line %1").arg(issue.line));
    }
    for (const core::ImportRow &row : preview.rows) {
        check(row.line >= 0, what, QStringLiteral("a row at line %1").arg(row.line));
        if (row.duplicateOfLine)
            check(*row.duplicateOfLine <= row.line && !row.duplicateOfPost, what,
                  QStringLiteral("line %1 repeats a later line %2")
                      .arg(row.line)
                      .arg(*row.duplicateOfLine));
    }
    check(preview.newCount() + preview.duplicateCount() == preview.rows.size(), what,
          QStringLiteral("new + duplicate != rows"));
}

// Commits `preview` inside the caller's transaction: with errors nothing may change; otherwise
// exactly the new rows become posts, and parsing the same input again finds every row a
// duplicate (a second import adds nothing).
template<typename Reparse>
void checkCommit(core::Database &db, const core::ImportPreview &preview, Reparse &&reparse,
                 const char *what)
{
    const TableCounts before = TableCounts::of(db);
    auto summary = core::PostImportWriter(db).commit(preview);
    const TableCounts after = TableCounts::of(db);
    if (!summary) {
        checkError(summary.error(), what);
        check(after == before, "a failed import leaves the plan as it was",
              before.describe() + QStringLiteral(" -> ") + after.describe());
        check(preview.hasErrors(), "an import without errors commits", summary.error().message);
        return;
    }
    check(!preview.hasErrors(), "an import with errors is refused");
    check(summary->created == preview.newCount() && summary->skipped == preview.duplicateCount(),
          what,
          QStringLiteral("created %1 skipped %2, preview said %3 new %4 duplicates")
              .arg(summary->created)
              .arg(summary->skipped)
              .arg(preview.newCount())
              .arg(preview.duplicateCount()));
    check(after.posts == before.posts + summary->created, what,
          QStringLiteral("posts %1 -> %2 for %3 created")
              .arg(before.posts)
              .arg(after.posts)
              .arg(summary->created));
    const core::ImportPreview again = reparse();
    check(
        again.rows.size() == preview.rows.size() &&
            again.duplicateCount() == static_cast<int>(again.rows.size()),
        "a second import of the same file adds nothing",
        QStringLiteral("%1 rows, %2 duplicates the second time; keys: ")
                .arg(again.rows.size())
                .arg(again.duplicateCount()) +
            [&] {
                QStringList keys;
                for (const core::ImportRow &row : again.rows)
                    keys << QString::fromLatin1(core::PostImportWriter::duplicateKey(row.post)
                                                    .toUtf8()
                                                    .toPercentEncoding());
                return keys.join(QStringLiteral(" | "));
            }());
}

// Previews a metric import of `path` (any format) and checks what every preview must hold:
// a failure says why; rows = matched + created + skipped; every skip has a line and a reason.
inline void checkMetricPreview(core::Database &db, const QString &path)
{
    core::MetricImportOptions options;
    options.timeZone = QTimeZone::utc();
    options.capturedAt = QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
    options.maxPreviewItems = 50;
    auto previewed = core::MetricImporter(db).preview(path, options);
    if (!previewed) {
        checkError(previewed.error(), "a failed preview says why");
        return;
    }
    check(previewed->rows == previewed->matched + previewed->created + previewed->skipped.size() &&
              previewed->matched == previewed->updated + previewed->unchanged,
          "rows = matched + created + skipped");
    for (const core::ImportSkip &skip : previewed->skipped)
        check(skip.line >= 1 && !skip.reason.trimmed().isEmpty(),
              "every skip has a line number and a reason");
}

} // namespace hearth::fuzz
