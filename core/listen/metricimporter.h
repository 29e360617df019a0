// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "interop/bulkpostparser.h"
#include "listen/metricsnapshot.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <map>
#include <optional>

namespace hearth::core {

// The export layouts Hearth reads (formats.md section 2).
enum class MetricFormat
{
    Unknown,
    MetaFacebook,   // Meta Business Suite "Content" export, Facebook page
    MetaInstagram,  // Meta Business Suite "Content" export, Instagram account
    FacebookLegacy, // Facebook "Insights Data Export (Post Level)", before 2020
    XLegacy,        // tweet_activity_metrics_*.csv
    X,              // account_analytics_content_*.csv
    LinkedIn,       // LinkedIn page "Content" export (.xls, sheet "All posts")
    YouTube,        // YouTube Studio "Table data.csv"
    Generic,        // any CSV with a column mapping chosen by the user
};

// Stable ids: "meta-facebook", "meta-instagram", "facebook-legacy", "x-legacy", "x",
// "linkedin", "youtube", "generic"; "unknown" for Unknown.
QString toString(MetricFormat format);

// What the caller asks for: a format, or Auto to detect it from the header.
enum class MetricSource
{
    Auto,
    MetaFacebook,
    MetaInstagram,
    FacebookLegacy,
    X,
    LinkedIn,
    YouTube,
    Generic
};
QString toString(MetricSource source);
// Accepts the --source words of hearth-cli: auto, meta-facebook, … , generic.
std::optional<MetricSource> metricSourceFromString(const QString &text);

// How to read text that is not UTF-8.
enum class TextEncoding
{
    Utf8,        // refuse anything else with a clear error
    Windows1252, // the user confirmed: convert from Windows-1252 (a superset of Latin-1)
};

// The user's choice of columns for a generic CSV; remembered per header layout.
struct MetricColumnMapping
{
    // Network of every row, unless `networkColumn` names a column holding network ids.
    QString networkId;
    QString networkColumn;
    QString postIdColumn;
    QString permalinkColumn;
    QString publishedColumn;
    // Qt date-time format of `publishedColumn`; empty = ISO 8601 or a few common layouts.
    QString publishedFormat;
    QString textColumn;
    // metricKey() (or watchTimeKey) → column name.
    std::map<QString, QString> metrics;

    static Result<MetricColumnMapping> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool isEmpty() const;
};

struct MetricImportOptions
{
    MetricSource source = MetricSource::Auto;
    // Zone of times written without one (Meta "Publish time"); default: system local.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    TextEncoding encoding = TextEncoding::Utf8;
    // How to read numeric dates with the year last (08-05-2020); empty = as the format
    // documents it, else as the file shows it (a day above 12), else the system locale's order.
    std::optional<DateOrder> dateOrder;
    // Needed for Generic unless a mapping was remembered for the header layout.
    std::optional<MetricColumnMapping> mapping;
    // Keep the generic mapping for this header layout when the import is committed.
    bool rememberMapping = true;
    // Matching by time: a planned post within this many minutes of the row's publish time.
    int matchToleranceMinutes = 90;
    // How many characters of the start of the text must agree for a time match.
    int matchTextChars = 40;
    // At most this many rows are kept in MetricImportPreview::items (counts always cover all rows).
    int maxPreviewItems = 5000;
    // When the figures were true (exports are lifetime snapshots at export time); invalid =
    // the file's modification time, never later than the clock's now.
    QDateTime capturedAt;
};

// What will happen (preview) or happened (commit) to one data row.
enum class ImportAction
{
    Create,    // no post matched: a published post with origin "imported" is made
    Update,    // matched; the figures differ from the current ones: a new snapshot
    Unchanged, // matched; same figures as the current snapshot: nothing written
    Skip,      // not imported, see reason
};

// One data row of the preview.
struct ImportRowPreview
{
    qint64 line = 0;
    ImportAction action = ImportAction::Skip;
    // The post it matched (0 for Create and Skip).
    qint64 postId = 0;
    // How it matched, for people (translated): "post id", "link" or "time and text".
    QString matchedBy;
    QString networkId;
    QString externalId;
    QString permalink;
    QDateTime publishedAt; // UTC
    // The start of the post's text (at most 80 characters).
    QString text;
    // The figures read (raw values are left out of the preview to save memory).
    MetricSnapshot figures;
    // Why it is skipped, or a note for this row.
    QString reason;
};

struct ImportSkip
{
    qint64 line = 0;
    QString reason;
    friend bool operator==(const ImportSkip &, const ImportSkip &) = default;
};

// Why numeric dates were read in MetricImportPreview::dateOrder.
enum class DateOrderBasis
{
    NotNeeded, // no numeric date with the year last
    Chosen,    // MetricImportOptions::dateOrder
    Format,    // the format documents its order (Meta, LinkedIn: month first)
    FromFile,  // a date of the file can be read one way only (a day above 12)
    Assumed,   // every date fits both orders: the system locale's order
};

// The outcome of reading a file: counts, skips with line numbers, warnings and the rows.
// rows = matched + created + skipped.size(); matched = updated + unchanged.
struct MetricImportPreview
{
    MetricFormat format = MetricFormat::Unknown;
    QString filePath;
    QString fileSha256;
    // The same file (by sha256) was imported before; committing again changes nothing.
    bool alreadyImported = false;
    // Header of the data (for the generic mapping dialog) and its layout signature.
    QStringList headers;
    QString headerSignature;
    // The mapping used for a generic file (given or remembered).
    std::optional<MetricColumnMapping> mapping;
    // A generic file without a mapping: choose one (from `headers`) and preview again.
    bool needsMapping = false;
    // The sheet read, for spreadsheet files.
    QString sheetName;
    // How dates such as 08-05-2020 were read, why, and a date of the file that shows it.
    DateOrder dateOrder = DateOrder::MonthDayYear;
    DateOrderBasis dateOrderBasis = DateOrderBasis::NotNeeded;
    QString dateOrderExample;
    // The line of a Total row (summing every post), skipped; 0 when the file has none.
    qint64 totalRowLine = 0;

    qint64 rows = 0;
    qint64 matched = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    QList<ImportSkip> skipped;
    QStringList warnings;
    QList<ImportRowPreview> items;
    bool itemsTruncated = false;
    // Set after a commit: the metric_imports row written (0 when nothing was written).
    qint64 importId = 0;

    // {"format","rows","matched","created","updated","unchanged","skipped":[{"line","reason"}],
    // "warnings"}, and "date_order" (mdy, dmy or ymd) when the file has numeric dates
    QJsonObject toJson() const;
    // For people: "Dates read as day-month-year (08-05-2020 = 8 May 2020)." and why; empty when
    // the file has no date whose reading depends on the order.
    QString dateOrderNote() const;
};

enum class ImportMode
{
    DryRun,
    Commit
};

// Reads analytics exports and turns them into metric snapshots tied to posts.
// A preview never writes; a commit is one transaction: all rows or none.
class MetricImporter final
{
public:
    explicit MetricImporter(Database &database);

    // The format of the file judged from its header (Unknown when nothing fits), or an error
    // when it cannot be read at all.
    Result<MetricFormat> detectFormat(const QString &filePath,
                                      const MetricImportOptions &options = {}) const;
    // Reads the whole file and says what an import would do; writes nothing.
    Result<MetricImportPreview> preview(const QString &filePath,
                                        const MetricImportOptions &options = {}) const;
    // Imports the previewed file in one transaction. Fails with Conflict when the file
    // changed since the preview (different sha256); nothing is written then. A file imported
    // before is recognised before anything is written: the result is its preview.
    Result<MetricImportPreview> commit(const MetricImportPreview &preview,
                                       const MetricImportOptions &options = {});
    // preview() or a straight import, depending on `mode`.
    Result<MetricImportPreview> run(const QString &filePath, const MetricImportOptions &options,
                                    ImportMode mode);

    // The signature under which a generic mapping is remembered for a header.
    static QString headerSignature(const QStringList &headers);

private:
    Database &m_database;
};

} // namespace hearth::core
