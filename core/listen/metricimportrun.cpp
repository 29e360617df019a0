// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/metricimportrun.h"

#include "common/clock.h"
#include "common/logging.h"
#include "listen/metricimporttext.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <array>

namespace hearth::core {

using importtext::tr;

namespace {

// Lists up to ten line numbers, "3, 7, 9 and 4 more".
QString lineList(const QList<qint64> &lines)
{
    QStringList shown;
    for (qsizetype i = 0; i < lines.size() && i < 10; ++i)
        shown << QString::number(lines.at(i));
    QString text = shown.join(QStringLiteral(", "));
    if (lines.size() > 10)
        text += tr(" and %1 more").arg(lines.size() - 10);
    return text;
}

} // namespace

ImportRun::ImportRun(Database &database, const MetricImportOptions &options, ImportMode mode)
    : m_database(database)
    , m_options(options)
    , m_mode(mode)
    , m_matcher(database, options)
    , m_posts(database)
    , m_snapshots(database)
{}

Error ImportRun::withFile(const QString &filePath, const Error &error) const
{
    return Error::make(error.kind, error.message.startsWith(filePath)
                                       ? error.message
                                       : filePath + QStringLiteral(": ") + error.message);
}

Error ImportRun::explainEncoding(const QString &filePath, Error error) const
{
    // A UTF-8 error on text that reads as Windows-1252 gets the way to convert it added.
    if (error.message.contains(QStringLiteral("UTF-8"))) {
        QFile raw(filePath);
        if (raw.open(QIODevice::ReadOnly) && looksLikeWindows1252(raw.read(1 << 20)))
            error.message +=
                tr(" It looks like Windows-1252 (Latin-1) text; to convert it, confirm the "
                   "Windows-1252 encoding (hearth-cli: --encoding windows-1252).");
    }
    return withFile(filePath, error);
}

Result<QByteArray> ImportRun::readHead(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::Io,
                           tr("%1: cannot be opened: %2").arg(filePath, file.errorString()));
    QByteArray head = file.read(64 * 1024);
    if (head.isEmpty())
        return Error::make(ErrorKind::InvalidInput, tr("%1: the file is empty.").arg(filePath));
    return head;
}

void ImportRun::settleCapturedAt(const QString &filePath)
{
    m_capturedAt = m_options.capturedAt;
    if (!m_capturedAt.isValid()) {
        // An export is a snapshot taken when it was saved; never later than now.
        m_capturedAt = QFileInfo(filePath).lastModified().toUTC();
        const QDateTime now = m_database.clock().now();
        if (!m_capturedAt.isValid() || m_capturedAt > now)
            m_capturedAt = now;
    }
    m_capturedAt = QDateTime::fromSecsSinceEpoch(m_capturedAt.toSecsSinceEpoch(), Qt::UTC);
}

Result<void> ImportRun::readHeader(const QString &filePath)
{
    if (auto found = findHeader(); !found)
        return explainEncoding(filePath, found.error());
    // LinkedIn writes its dates in UTC whatever the user's zone.
    if (m_spec && m_spec->zone == ZoneRule::Utc)
        m_zone = QTimeZone::utc();
    // A description row may follow the header (older Facebook files name duplicates there).
    QStringList fields;
    qint64 line = 0;
    if (m_preview.format != MetricFormat::Generic && nextRow(fields, line)) {
        // Judge the row by the figure columns found without descriptions.
        if (auto probed = resolveColumns(false); !probed)
            return withFile(filePath, probed.error());
        if (isDescriptionRow(fields))
            m_descriptions = fields;
        else
            m_pending.prepend({fields, line});
    }
    if (auto resolved = resolveColumns(true); !resolved)
        return withFile(filePath, resolved.error());
    m_zoneOffsets.emplace(m_zone);
    return success();
}

Result<void> ImportRun::decideDateOrder(const QString &filePath)
{
    const int published = columnOf(MetricField::Published);
    if (published < 0 || !m_customTimeFormat.isEmpty())
        return success();
    if (m_options.dateOrder) {
        m_dateOrder = *m_options.dateOrder;
        m_preview.dateOrderBasis = DateOrderBasis::Chosen;
    } else if (m_spec && m_spec->dateOrder) {
        m_dateOrder = *m_spec->dateOrder;
        m_preview.dateOrderBasis = DateOrderBasis::Format;
    }
    // The first date that fits both orders shows the user what the order means; unless the
    // order is given, the first one that fits only one decides it. The rows are read once more
    // from a second source, so this reading holds nothing in memory.
    if (m_preview.dateOrderBasis == DateOrderBasis::Format) {
        m_preview.dateOrder = m_dateOrder;
        return success();
    }
    auto opened = openRowSource(filePath, m_head, m_options.encoding);
    if (!opened)
        return opened.error();
    QStringList fields;
    qint64 line = 0;
    int otherDates = 0;
    while (opened->source->next(fields, line)) {
        if (line <= m_headerLine)
            continue;
        const QString text = cell(fields, published).trimmed();
        const auto written = yearLastDate(text);
        if (!written) {
            // A file writes its dates one way: twenty other dates mean none is year-last.
            if (!text.isEmpty() && ++otherDates >= 20)
                break;
            continue;
        }
        const auto only = written->onlyOrder();
        if (!only && !written->in(DateOrder::MonthDayYear).isValid())
            continue;
        if (!only) {
            if (m_preview.dateOrderExample.isEmpty())
                m_preview.dateOrderExample = text;
            if (m_preview.dateOrderBasis == DateOrderBasis::Chosen)
                break;
            continue;
        }
        // A chosen order needs only an example that fits both; a few rows without one will do.
        if (m_preview.dateOrderBasis == DateOrderBasis::Chosen) {
            if (++otherDates >= 20)
                break;
            continue;
        }
        m_dateOrder = *only;
        m_preview.dateOrderBasis = DateOrderBasis::FromFile;
        m_preview.dateOrderExample = text;
        break;
    }
    if (m_preview.dateOrderBasis == DateOrderBasis::NotNeeded &&
        !m_preview.dateOrderExample.isEmpty()) {
        // Every date fits both orders: read them as this computer's settings write dates (month
        // first without a language, as US-made exports write them).
        const QLocale system = QLocale::system();
        const QString format = system.language() == QLocale::C
                                   ? QStringLiteral("M/d/yy")
                                   : system.dateFormat(QLocale::ShortFormat);
        const qsizetype day = format.indexOf(u'd');
        const qsizetype month = format.indexOf(u'M');
        m_dateOrder = day >= 0 && month >= 0 && day < month ? DateOrder::DayMonthYear
                                                            : DateOrder::MonthDayYear;
        m_preview.dateOrderBasis = DateOrderBasis::Assumed;
    }
    m_preview.dateOrder = m_dateOrder;
    return success();
}

Result<void> ImportRun::checkImportedBefore(const QString &filePath)
{
    // Only a plan that has imports can hold this file's: then the hash is waited for before
    // the first write, and a file imported before is previewed instead of written again.
    auto earlier =
        m_database.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM metric_imports)"));
    if (!earlier)
        return earlier.error();
    if (!earlier->toBool())
        return success();
    if (auto hashed = finishHashing(filePath); !hashed)
        return hashed;
    if (m_preview.alreadyImported)
        m_mode = ImportMode::DryRun;
    return success();
}

Result<void> ImportRun::prepareWriters(const QString &filePath)
{
    if (auto prepared = m_posts.prepare(); !prepared)
        return prepared;
    if (auto prepared = m_snapshots.prepare(); !prepared)
        return prepared;
    m_matcher.setFirstCreatedId(m_posts.firstNewId());
    MetricImportRecord record;
    record.sourceFormat = toString(m_preview.format);
    record.fileName = QFileInfo(filePath).fileName();
    // The file's hash is stored once it is known, at the end of the transaction.
    record.fileSha256 = QStringLiteral("");
    auto stored = MetricRepository(m_database).recordImport(record);
    if (!stored)
        return stored.error();
    m_importId = stored->id;
    m_snapshots.setImportId(m_importId);
    return success();
}

Result<void> ImportRun::importRows(const QString &filePath)
{
    if (m_mode == ImportMode::Commit) {
        if (auto checked = checkImportedBefore(filePath); !checked)
            return checked;
    }
    if (auto prepared = m_matcher.prepare(); !prepared)
        return prepared;
    auto networks = m_database.exec(QStringLiteral("SELECT id FROM networks"));
    if (!networks)
        return networks.error();
    while (networks->next())
        m_knownNetworks.insert(networks->value(0).toString());
    if (m_mode == ImportMode::Commit) {
        if (auto prepared = prepareWriters(filePath); !prepared)
            return prepared;
    }
    QStringList fields;
    qint64 line = 0;
    while (nextRow(fields, line)) {
        if (auto processed = processRow(fields, line); !processed)
            return processed;
    }
    if (const QString error = m_source->errorString(); !error.isEmpty())
        return withFile(filePath, Error::make(ErrorKind::InvalidInput, error));
    if (m_mode == ImportMode::Commit)
        return finishCommit(filePath);
    return success();
}

Result<void> ImportRun::finishCommit(const QString &filePath)
{
    if (auto flushed = flushWrites(); !flushed)
        return flushed;
    // Before anything is committed: a file that changed since its preview is refused.
    if (auto hashed = finishHashing(filePath); !hashed)
        return hashed;
    auto counted = m_database.exec(QStringLiteral("UPDATE metric_imports SET row_count = :rows, "
                                                  "file_sha256 = :sha WHERE id = :id"),
                                   {{QStringLiteral(":rows"), m_preview.rows},
                                    {QStringLiteral(":sha"), m_preview.fileSha256},
                                    {QStringLiteral(":id"), m_importId}});
    if (!counted)
        return counted.error();
    if (m_preview.format == MetricFormat::Generic && m_preview.mapping &&
        m_options.rememberMapping) {
        if (auto saved =
                MetricRepository(m_database)
                    .saveImportMapping(m_preview.headerSignature, QStringLiteral("metrics"),
                                       m_preview.mapping->toJson());
            !saved)
            return saved;
    }
    return success();
}

Result<MetricImportPreview> ImportRun::execute(const QString &filePath)
{
    m_preview.filePath = filePath;
    m_zone = m_options.timeZone.isValid() ? m_options.timeZone : QTimeZone::systemTimeZone();
    const auto head = readHead(filePath);
    if (!head)
        return head.error();
    settleCapturedAt(filePath);
    if (!m_headerOnly)
        startHashing(filePath);
    auto opened = openRowSource(filePath, *head, m_options.encoding);
    if (!opened)
        return opened.error();
    m_source = std::move(opened->source);
    m_preview.sheetName = opened->sheetName;
    m_preview.warnings << opened->warnings;
    m_head = *head;
    if (auto header = readHeader(filePath); !header)
        return header.error();
    if (!m_headerOnly && !m_preview.needsMapping) {
        if (auto decided = decideDateOrder(filePath); !decided)
            return decided.error();
    }
    if (m_headerOnly)
        return m_preview;
    if (m_preview.needsMapping) {
        if (auto hashed = finishHashing(filePath); !hashed)
            return hashed.error();
        return m_preview;
    }
    if (m_mode == ImportMode::Commit) {
        // Every reference an import writes is to a row it wrote or read itself in this
        // transaction: the network (read first), the import record, the raw layout, and the
        // post and network row of each snapshot.
        if (auto done = m_database.writeBulk([&] { return importRows(filePath); }); !done)
            return explainEncoding(filePath, done.error());
        m_preview.importId = m_importId;
    } else {
        // A dry run: read everything, write nothing.
        if (auto done = importRows(filePath); !done)
            return explainEncoding(filePath, done.error());
    }
    if (auto hashed = finishHashing(filePath); !hashed)
        return hashed.error();
    finishWarnings();
    qCInfo(lcImport) << "metrics" << toString(m_preview.format) << filePath << "rows"
                     << m_preview.rows << "created" << m_preview.created << "updated"
                     << m_preview.updated;
    return m_preview;
}

void ImportRun::warnLine(const QString &kind, qint64 line)
{
    if (!m_warningLines.contains(kind))
        m_warningOrder << kind;
    m_warningLines[kind] << line;
}

void ImportRun::finishWarnings()
{
    // Said out loud: a damaged file can lose its rows and still show a good header.
    if (m_preview.rows == 0)
        m_preview.warnings << tr("Line %1 is the header and no row under it holds data: the file "
                                 "has no posts to import.")
                                  .arg(m_headerLine);
    for (const QString &kind : std::as_const(m_warningOrder)) {
        const QList<qint64> &lines = m_warningLines.value(kind);
        m_preview.warnings << (lines.size() == 1 ? tr("Line %1: %2") : tr("Lines %1: %2"))
                                  .arg(lineList(lines), kind);
    }
    if (m_accounts.size() > 1) {
        QStringList accounts(m_accounts.begin(), m_accounts.end());
        accounts.sort();
        m_preview.warnings << tr("The file mixes %1 accounts (%2): collaboration posts of other "
                                 "accounts often have "
                                 "no reach or follows; those stay empty, not zero.")
                                  .arg(accounts.size())
                                  .arg(accounts.join(QStringLiteral(", ")));
    }
}

void ImportRun::addItem(ImportRowPreview item)
{
    if (m_preview.items.size() < m_options.maxPreviewItems)
        m_preview.items << std::move(item);
    else
        m_preview.itemsTruncated = true;
}

void ImportRun::skip(qint64 line, const QString &reason, ImportRowPreview item)
{
    m_preview.skipped << ImportSkip{line, reason};
    item.action = ImportAction::Skip;
    item.reason = reason;
    addItem(std::move(item));
}

void ImportRun::startHashing(const QString &filePath)
{
    m_hashing = std::async(std::launch::async, [this, filePath]() -> Result<QString> {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(ErrorKind::Io,
                               tr("%1: cannot be opened: %2").arg(filePath, file.errorString()));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray chunk;
        while (!file.atEnd()) {
            // Given up when the import ends early (its destructor waits for this thread).
            if (m_stopHashing.load(std::memory_order_relaxed))
                return Error::make(ErrorKind::Io, tr("%1: reading stopped.").arg(filePath));
            chunk = file.read(1 << 20);
            if (chunk.isEmpty() && !file.atEnd())
                return Error::make(ErrorKind::Io,
                                   tr("%1: cannot be read: %2").arg(filePath, file.errorString()));
            hash.addData(chunk);
        }
        return QString::fromLatin1(hash.result().toHex());
    });
}

Result<void> ImportRun::finishHashing(const QString &filePath)
{
    if (!m_hashing.valid())
        return success();
    auto hashed = m_hashing.get();
    if (!hashed)
        return hashed.error();
    m_preview.fileSha256 = *hashed;
    if (!m_expectedSha256.isEmpty() && m_expectedSha256 != m_preview.fileSha256)
        return Error::make(
            ErrorKind::Conflict,
            tr("%1 changed since the preview; preview it again before importing.").arg(filePath));
    auto previous = MetricRepository(m_database).importWithSha256(m_preview.fileSha256);
    if (!previous)
        return previous.error();
    if (*previous) {
        m_preview.alreadyImported = true;
        m_preview.warnings
            << tr("This file was imported before (%1); importing it again changes nothing.")
                   .arg((*previous)->importedAt.toString(Qt::ISODate));
    }
    return success();
}

Result<void> ImportRun::processRow(const QStringList &fields, qint64 line)
{
    bool empty = true;
    for (const QString &value : fields)
        empty = empty && value.trimmed().isEmpty();
    if (empty)
        return success();
    ++m_preview.rows;

    ImportRowPreview item;
    item.line = line;
    // Every cell is kept with the snapshot (writeSnapshot); cells beyond the header are not.
    if (fields.size() > m_rawNames.size())
        warnLine(
            tr("the row has more cells than the header has columns; the extra cells were ignored."),
            line);
    RowPost row;
    if (!readPost(fields, line, row, item) || !readFigures(fields, line, row, item) ||
        !checkIdentity(line, row, item))
        return success();
    auto postId = match(row, item);
    if (!postId)
        return postId.error();
    if (*postId) {
        if (const auto first = m_matcher.claim(row.network, **postId, line)) {
            skip(line,
                 tr("matches the same post as line %1; only the first row is used.").arg(*first),
                 item);
            return success();
        }
        return updatePost(fields, line, row, std::move(item), **postId);
    }
    return createPost(fields, line, row, std::move(item));
}

bool ImportRun::readPost(const QStringList &fields, qint64 line, RowPost &row,
                         ImportRowPreview &item)
{
    row.network = m_spec ? m_spec->network : QString();
    if (m_preview.format == MetricFormat::Generic) {
        row.network = m_preview.mapping ? m_preview.mapping->networkId : QString();
        if (m_networkColumn >= 0)
            row.network = cell(fields, m_networkColumn).trimmed().toLower();
    }
    item.networkId = row.network;
    row.externalId = cell(fields, columnOf(MetricField::PostId)).trimmed();
    if (const int content = columnOf(MetricField::Content); content >= 0)
        row.externalId = cell(fields, content).trimmed();
    row.permalink = cell(fields, columnOf(MetricField::Permalink)).trimmed();
    if (m_preview.format == MetricFormat::LinkedIn) {
        // The post id exists only inside the link: urn:li:activity:<id>.
        static const QRegularExpression urn(
            QStringLiteral("urn:li:(?:activity|share|ugcPost):([0-9]+)"));
        const auto found = urn.match(row.permalink);
        row.externalId = found.hasMatch() ? found.captured(1) : QString();
    }
    row.text = cell(fields, columnOf(MetricField::Text));
    row.title = cell(fields, columnOf(MetricField::Title)).trimmed();
    if (const int account = columnOf(MetricField::Account);
        account >= 0 && !cell(fields, account).trimmed().isEmpty())
        m_accounts.insert(cell(fields, account).trimmed());
    item.externalId = row.externalId;
    item.permalink = row.permalink;
    // Only rows the preview keeps show their text (a large import keeps few).
    if (m_preview.items.size() < m_options.maxPreviewItems)
        item.text = firstLine(row.text.isEmpty() ? row.title : row.text, 80);

    // A word where the post id goes; ids are mostly digits, which cannot be one.
    if (const QString idWord = row.externalId.isEmpty() || row.externalId.front().isDigit()
                                   ? QString()
                                   : normalisedHeader(row.externalId);
        idWord == u"total" || idWord == u"gesamt" || idWord == u"totalt") {
        skip(line, tr("the Total row sums every post; it is not a post of its own."), item);
        if (m_preview.totalRowLine == 0)
            m_preview.warnings << tr("Line %1 is the Total row (the sum of every post); it was "
                                     "skipped.")
                                      .arg(line);
        m_preview.totalRowLine = line;
        return false;
    }
    if (row.network.isEmpty()) {
        skip(line, tr("no network: the mapping gives none and the row names none."), item);
        return false;
    }
    if (!m_knownNetworks.contains(row.network)) {
        skip(line,
             tr("the network \"%1\" is not one Hearth knows; add it first or fix the mapping.")
                 .arg(row.network),
             item);
        return false;
    }
    const QString publishedCell = cell(fields, columnOf(MetricField::Published));
    const auto published =
        parseTime(publishedCell, m_zone, *m_zoneOffsets, m_customTimeFormat, m_dateOrder);
    if (!published) {
        const auto written = yearLastDate(publishedCell);
        skip(line,
             written && written->onlyOrder()
                 ? tr("the publish time \"%1\" is not a date in the date order used (%2); the "
                      "file seems to use %3. Change the date order.")
                       .arg(publishedCell.trimmed(), toString(m_dateOrder),
                            toString(*written->onlyOrder()))
                 : tr("the publish time \"%1\" is not a date Hearth understands.")
                       .arg(publishedCell.trimmed()),
             item);
        return false;
    }
    row.published = *published;
    item.publishedAt = published->utc;
    return true;
}

bool ImportRun::readFigures(const QStringList &fields, qint64 line, RowPost &row,
                            ImportRowPreview &item)
{
    MetricSnapshot &figures = row.figures;
    figures.networkId = row.network;
    figures.capturedAt = m_capturedAt;
    figures.sourceLine = line;
    for (const ResolvedField &resolved : std::as_const(m_fields)) {
        if (resolved.field == MetricField::Count) {
            if (!readCount(fields, line, resolved, row, item))
                return false;
        } else if (resolved.field == MetricField::WatchHours ||
                   resolved.field == MetricField::WatchSeconds) {
            std::optional<double> value;
            if (!parseDecimal(cell(fields, resolved.column), value)) {
                skip(line,
                     tr("the column \"%1\" holds \"%2\", which is not a number.")
                         .arg(m_header.at(resolved.column).trimmed(),
                              cell(fields, resolved.column).trimmed()),
                     item);
                return false;
            }
            if (value)
                figures.watchTimeSeconds =
                    resolved.field == MetricField::WatchHours ? *value * 3600.0 : *value;
        }
    }
    item.figures = figures;
    return true;
}

bool ImportRun::readCount(const QStringList &fields, qint64 line, const ResolvedField &resolved,
                          RowPost &row, ImportRowPreview &item)
{
    std::optional<qint64> value;
    if (!parseCount(cell(fields, resolved.column), value)) {
        skip(line,
             tr("the column \"%1\" holds \"%2\", which is not a whole number.")
                 .arg(m_header.at(resolved.column).trimmed(),
                      cell(fields, resolved.column).trimmed()),
             item);
        return false;
    }
    // Only follows can go down (net subscribers); no real count comes near 10^15, and
    // sums of figures near 2^63 would overflow in the charts.
    constexpr qint64 maxCount = 1'000'000'000'000'000;
    if (value && (*value > maxCount || *value < -maxCount ||
                  (*value < 0 && resolved.metric != CountMetric::Follows))) {
        skip(line,
             (*value < 0 && *value >= -maxCount
                  ? tr("the column \"%1\" holds %2, but this figure cannot be negative.")
                  : tr("the column \"%1\" holds %2, more than any real count; the file "
                       "is probably damaged."))
                 .arg(m_header.at(resolved.column).trimmed())
                 .arg(*value),
             item);
        return false;
    }
    if (!row.figures.value(resolved.metric))
        row.figures.setValue(resolved.metric, value);
    return true;
}

bool ImportRun::checkIdentity(qint64 line, RowPost &row, ImportRowPreview &item)
{
    bool usableId = !row.externalId.isEmpty();
    if (usableId && isMangledId(row.externalId)) {
        usableId = false;
        warnLine(tr("the post id looks like \"%1\": a spreadsheet rounded it into scientific "
                    "notation and the "
                    "real id is lost, so these rows were not matched by id (only by link, or by "
                    "time and text). "
                    "Export the file again and import it without opening it in a spreadsheet.")
                     .arg(row.externalId),
                 line);
    }
    row.idForStore = usableId ? row.externalId : QString();
    if (!usableId && row.permalink.isEmpty() && !row.published.utc.isValid()) {
        skip(line,
             tr("the row has no usable post id, no link and no publish time, so it cannot be tied "
                "to a "
                "post."),
             item);
        return false;
    }
    // Two rows of one file for the same post: the first one counts. The id's key is also the
    // matcher's key, so it is worked out once.
    row.idKey = usableId ? PostMatcher::idKey(row.network, row.externalId) : 0;
    std::array<quint64, 2> keys{};
    qsizetype keyCount = 0;
    if (usableId)
        keys[keyCount++] = row.idKey;
    if (!row.permalink.isEmpty())
        keys[keyCount++] = PostMatcher::textKey(QStringLiteral("link\x1f") + row.permalink);
    for (qsizetype i = 0; i < keyCount; ++i) {
        if (const auto first = m_seen.constFind(keys[i]); first != m_seen.cend()) {
            skip(line, tr("the same post as line %1; only the first row is used.").arg(*first),
                 item);
            return false;
        }
    }
    for (qsizetype i = 0; i < keyCount; ++i)
        m_seen.insert(keys[i], line);
    return true;
}

Result<std::optional<qint64>> ImportRun::match(const RowPost &row, ImportRowPreview &item)
{
    // Matching: network id, then link, then time and the start of the text.
    if (!row.idForStore.isEmpty()) {
        auto found = m_matcher.byExternalId(row.network, row.externalId, row.idKey);
        if (!found || *found) {
            item.matchedBy = tr("post id");
            return found;
        }
    }
    if (!row.permalink.isEmpty()) {
        auto found = m_matcher.byPermalink(row.network, row.permalink);
        if (!found || *found) {
            item.matchedBy = tr("link");
            return found;
        }
    }
    auto found = m_matcher.byTimeAndText(row.network, row.published,
                                         row.text.isEmpty() ? row.title : row.text, row.idForStore);
    if (found && *found)
        item.matchedBy = tr("time and text");
    return found;
}

Result<void> ImportRun::createPost(const QStringList &fields, qint64 line, RowPost &row,
                                   ImportRowPreview item)
{
    ++m_preview.created;
    item.action = ImportAction::Create;
    if (m_mode == ImportMode::Commit) {
        // A later row cannot reach the new post: one with its id or link is skipped
        // (m_seen), and time matching passes over posts created here. So the new post needs
        // no entry in the matcher's maps or claims; at 100k new rows those inserts were a
        // tenth of the import.
        ImportedPost post;
        post.network = row.network;
        post.externalId = row.idForStore;
        post.permalink = row.permalink;
        if (row.published.utc.isValid())
            post.published = row.published.utc.toSecsSinceEpoch();
        post.title = row.title;
        post.text = row.text;
        const qint64 created = m_posts.add(std::move(post));
        row.figures.postId = created;
        item.postId = created;
        if (auto written = writeSnapshot(row.figures, fields); !written)
            return written.error();
    }
    if (row.published.dateOnly)
        warnLine(tr("the file gives a date without a time of day; the new posts are placed at "
                    "the start of "
                    "that day."),
                 line);
    addItem(std::move(item));
    return success();
}

Result<void> ImportRun::updatePost(const QStringList &fields, qint64 line, RowPost &row,
                                   ImportRowPreview item, qint64 postId)
{
    ++m_preview.matched;
    item.postId = postId;
    row.figures.postId = postId;
    auto current = m_matcher.currentFigures(postId, row.network);
    if (!current)
        return current.error();
    if (*current && (*current)->sameFiguresAs(row.figures)) {
        ++m_preview.unchanged;
        item.action = ImportAction::Unchanged;
    } else {
        ++m_preview.updated;
        item.action = ImportAction::Update;
        if (*current && (*current)->capturedAt > m_capturedAt) {
            item.reason = tr("the stored figures are newer; these are kept as history");
            warnLine(tr("the stored figures are newer than this file; these rows were kept as "
                        "history and the "
                        "current figures did not change."),
                     line);
        }
    }
    if (m_mode == ImportMode::Commit) {
        const std::optional<qint64> published =
            row.published.utc.isValid() ? std::optional(row.published.utc.toSecsSinceEpoch())
                                        : std::nullopt;
        if (auto linked = m_posts.linkPublished(postId, row.network, row.idForStore, row.permalink,
                                                published);
            !linked)
            return linked.error();
        // Later rows may now find the post by this id or link.
        m_matcher.rememberLinked(row.network, row.idForStore, row.permalink, postId);
        if (item.action == ImportAction::Update) {
            if (auto written = writeSnapshot(row.figures, fields); !written)
                return written.error();
        }
    }
    addItem(std::move(item));
    return success();
}

Result<void> ImportRun::writeSnapshot(const MetricSnapshot &snapshot, const QStringList &fields)
{
    if (m_rawLayoutId == 0 && !m_rawNames.isEmpty()) {
        auto layout = MetricRepository(m_database).rawLayoutId(m_rawNames);
        if (!layout)
            return layout.error();
        m_rawLayoutId = *layout;
        m_snapshots.setRawLayoutId(m_rawLayoutId);
    }
    // Every cell, one per header column; an empty cell as null.
    m_snapshots.add(snapshot, m_rawNames.isEmpty() ? QByteArray()
                                                   : encodeJsonCells(fields, m_rawNames.size()));
    // Every new post comes with a snapshot, so a full batch of snapshots is the moment to write.
    if (m_snapshots.pending() >= BatchedInsert::rowsPerWrite(m_database))
        return flushWrites();
    return success();
}

Result<void> ImportRun::flushWrites()
{
    // Posts (and their networks) before the snapshots that refer to them.
    if (auto done = m_posts.flush(); !done)
        return done;
    return m_snapshots.flush();
}

} // namespace hearth::core
