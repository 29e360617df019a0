// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/bulkpostparser.h"

#include "common/clock.h"
#include "interop/csv.h"
#include "plan/catalog.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::BulkPostParser", text);
}

struct LayoutName
{
    BulkLayout layout;
    const char *name;
};
constexpr LayoutName layoutNames[] = {
    {BulkLayout::Hootsuite, "hootsuite"}, {BulkLayout::Buffer, "buffer"},
    {BulkLayout::Publer, "publer"},       {BulkLayout::Metricool, "metricool"},
    {BulkLayout::Sprout, "sprout"},       {BulkLayout::Generic, "generic"},
};

// The fields one row of any layout provides before it becomes a Post.
struct RowDraft
{
    qint64 line = 0;
    std::optional<QDateTime> when;
    QString text;
    QString title;
    QString link;
    QStringList networks;
    bool networksGiven = false;
    QStringList tags;
    QStringList notes;
    QString firstComment;
    std::optional<qint64> pillarId;
    std::optional<PostStatus> status;
};

// A header row: column positions by name, compared ignoring case unless told otherwise.
class Header final
{
public:
    explicit Header(QStringList names)
        : m_names(std::move(names))
    {
        for (QString &name : m_names)
            name = name.trimmed();
    }
    int find(const QString &name, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const
    {
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            if (m_names.at(i).compare(name, cs) == 0)
                return static_cast<int>(i);
        }
        return -1;
    }
    const QStringList &names() const { return m_names; }

private:
    QStringList m_names;
};

QString cell(const CsvRecord &record, int column)
{
    return column >= 0 && column < record.fields.size() ? record.fields.at(column).trimmed()
                                                        : QString();
}

// Splits "a || b" style multi-value cells (Publer) and drops empty parts.
QStringList multiValues(const QString &text, const QString &separator = QStringLiteral("||"))
{
    QStringList values;
    const QStringList parts = text.split(separator);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            values << part.trimmed();
    }
    return values;
}

class RowBuilder final
{
public:
    RowBuilder(ImportPreview &preview, const BulkImportOptions &options,
               const ImportCatalog &catalog, QDateTime now)
        : m_preview(preview)
        , m_options(options)
        , m_catalog(catalog)
        , m_now(std::move(now))
    {}

    QString networkId(const QString &key) const { return m_catalog.networkId(key); }
    std::optional<qint64> pillarId(const QString &name) const
    {
        for (const Pillar &pillar : m_catalog.pillars()) {
            if (pillar.name.compare(name, Qt::CaseInsensitive) == 0)
                return pillar.id;
        }
        return std::nullopt;
    }
    QStringList pillarNames() const
    {
        QStringList names;
        for (const Pillar &pillar : m_catalog.pillars())
            names << pillar.name;
        return names;
    }

    // Reads a date cell; records an error naming the field when it does not parse.
    std::optional<QDateTime> dateTime(qint64 line, const QString &field, const QString &text)
    {
        if (text.isEmpty()) {
            m_preview.addError(line, field, tr("The date is empty; every planned post needs one."));
            return std::nullopt;
        }
        QString error;
        auto parsed =
            BulkPostParser::parseDateTime(text, m_options.dateOrder, m_options.timeZone, error);
        if (!parsed)
            m_preview.addError(line, field, error);
        return parsed;
    }

    void add(RowDraft draft, const QString &textField)
    {
        bool ok = draft.when.has_value();
        if (draft.text.isEmpty()) {
            m_preview.addError(draft.line, textField, tr("The post text is empty."));
            ok = false;
        }
        if (!draft.networksGiven) {
            for (const QString &id : m_options.networks)
                draft.networks << networkId(id);
        }
        if (!ok)
            return;
        Post post;
        post.body = draft.text;
        post.title = draft.title;
        post.link = draft.link;
        post.tags = draft.tags;
        post.notes = draft.notes.join(u'\n');
        post.firstComment = draft.firstComment;
        post.pillarId = draft.pillarId;
        post.scheduledAt = draft.when->toUTC();
        post.status = draft.status.value_or(PostStatus::Scheduled);
        post.origin = PostOrigin::Planned;
        for (const QString &id : std::as_const(draft.networks)) {
            if (!id.isEmpty() && !post.network(id))
                post.networks << PostNetwork{id, {}, {}, {}, {}};
        }
        if (post.scheduledAt < m_now && post.status == PostStatus::Scheduled) {
            m_preview.addWarning(
                draft.line, QString(),
                tr("%1 is in the past; the post is imported as a draft so nothing is due "
                   "at once.")
                    .arg(draft.when->toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
            post.status = PostStatus::Draft;
        }
        m_preview.rows << ImportRow{draft.line, post, std::nullopt, std::nullopt};
    }

    ImportPreview &preview() { return m_preview; }
    const BulkImportOptions &options() const { return m_options; }

private:
    ImportPreview &m_preview;
    const BulkImportOptions &m_options;
    const ImportCatalog &m_catalog;
    QDateTime m_now;
};

QString layoutTitle(BulkLayout layout)
{
    switch (layout) {
    case BulkLayout::Hootsuite:
        return QStringLiteral("Hootsuite");
    case BulkLayout::Buffer:
        return QStringLiteral("Buffer");
    case BulkLayout::Publer:
        return QStringLiteral("Publer");
    case BulkLayout::Metricool:
        return QStringLiteral("Metricool");
    case BulkLayout::Sprout:
        return QStringLiteral("Sprout Social");
    case BulkLayout::Generic:
        return tr("mapped");
    }
    return {};
}

// Finds the required columns; one error at the header line lists every one that is missing.
bool requireColumns(RowBuilder &builder, const CsvRecord &headerRecord, const Header &header,
                    const QStringList &required, Qt::CaseSensitivity cs = Qt::CaseInsensitive)
{
    QStringList missing;
    for (const QString &name : required) {
        if (header.find(name, cs) < 0)
            missing << QStringLiteral("\"%1\"").arg(name);
    }
    if (missing.isEmpty())
        return true;
    builder.preview().addError(
        headerRecord.line, missing.join(QStringLiteral(", ")),
        tr("The header lacks the column(s) %1 that a %2 file has. Found: %3. Is this "
           "the right layout?")
            .arg(missing.join(QStringLiteral(", ")), layoutTitle(builder.options().layout),
                 header.names().join(QStringLiteral(", "))));
    return false;
}

void parseHootsuite(RowBuilder &builder, const QList<CsvRecord> &records)
{
    int row = 0;
    for (const CsvRecord &record : records) {
        if (++row > BulkPostParser::hootsuiteMaxRows) {
            builder.preview().addError(
                record.line, QString(),
                tr("Hootsuite's bulk composer takes at most %1 posts; this is post %2. "
                   "Split the file into parts of %1 rows.")
                    .arg(BulkPostParser::hootsuiteMaxRows)
                    .arg(row));
            return;
        }
        if (record.fields.size() > 3)
            builder.preview().addWarning(
                record.line, QString(),
                tr("%1 columns; Hootsuite files have three (date, message, link), "
                   "the rest was ignored.")
                    .arg(record.fields.size()));
        RowDraft draft;
        draft.line = record.line;
        draft.when = builder.dateTime(record.line, tr("date (column 1)"), cell(record, 0));
        draft.text = cell(record, 1);
        draft.link = cell(record, 2);
        builder.add(draft, tr("message (column 2)"));
    }
}

void parseBuffer(RowBuilder &builder, const CsvRecord &headerRecord,
                 const QList<CsvRecord> &records)
{
    const Header header(headerRecord.fields);
    if (!requireColumns(builder, headerRecord, header,
                        {QStringLiteral("Text"), QStringLiteral("Posting Time")}))
        return;
    const int text = header.find(QStringLiteral("Text"));
    const int image = header.find(QStringLiteral("Image URL"));
    const int tags = header.find(QStringLiteral("Tags"));
    const int time = header.find(QStringLiteral("Posting Time"));
    for (const CsvRecord &record : records) {
        RowDraft draft;
        draft.line = record.line;
        draft.when =
            builder.dateTime(record.line, QStringLiteral("Posting Time"), cell(record, time));
        draft.text = cell(record, text);
        draft.tags = multiValues(cell(record, tags), QStringLiteral(","));
        if (!cell(record, image).isEmpty())
            draft.notes << tr("Image: %1").arg(cell(record, image));
        builder.add(draft, QStringLiteral("Text"));
    }
}

void parsePubler(RowBuilder &builder, const CsvRecord &headerRecord,
                 const QList<CsvRecord> &records)
{
    const Header header(headerRecord.fields);
    const QStringList columns{
        QStringLiteral("Date"),         QStringLiteral("Text"),       QStringLiteral("Link(s)"),
        QStringLiteral("Media URL(s)"), QStringLiteral("Title"),      QStringLiteral("Label(s)"),
        QStringLiteral("Alt text(s)"),  QStringLiteral("Comment(s)"), QStringLiteral("Board/Album"),
        QStringLiteral("Post subtype"), QStringLiteral("CTA"),        QStringLiteral("Reminder")};
    // Publer writes all twelve columns even when empty; a missing one means another layout.
    if (!requireColumns(builder, headerRecord, header, columns))
        return;
    for (const CsvRecord &record : records) {
        auto value = [&](const QString &name) {
            return cell(record, header.find(name));
        };
        RowDraft draft;
        draft.line = record.line;
        draft.when =
            builder.dateTime(record.line, QStringLiteral("Date"), value(QStringLiteral("Date")));
        draft.text = value(QStringLiteral("Text"));
        draft.title = value(QStringLiteral("Title"));
        const QStringList links = multiValues(value(QStringLiteral("Link(s)")));
        draft.link = links.value(0);
        for (qsizetype i = 1; i < links.size(); ++i)
            draft.notes << tr("Link: %1").arg(links.at(i));
        for (const QString &media : multiValues(value(QStringLiteral("Media URL(s)"))))
            draft.notes << tr("Media: %1").arg(media);
        for (const QString &alt : multiValues(value(QStringLiteral("Alt text(s)"))))
            draft.notes << tr("Alt text: %1").arg(alt);
        draft.tags = multiValues(value(QStringLiteral("Label(s)")));
        const QStringList comments = multiValues(value(QStringLiteral("Comment(s)")));
        draft.firstComment = comments.value(0);
        for (qsizetype i = 1; i < comments.size(); ++i)
            draft.notes << tr("Comment: %1").arg(comments.at(i));
        for (const QString &name : {QStringLiteral("Board/Album"), QStringLiteral("Post subtype"),
                                    QStringLiteral("CTA"), QStringLiteral("Reminder")}) {
            if (!value(name).isEmpty())
                draft.notes << QStringLiteral("%1: %2").arg(name, value(name));
        }
        builder.add(draft, QStringLiteral("Text"));
    }
}

std::optional<bool> parseBool(const QString &text)
{
    if (text.isEmpty() || text.compare(QLatin1String("FALSE"), Qt::CaseInsensitive) == 0)
        return false;
    if (text.compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0)
        return true;
    return std::nullopt;
}

std::optional<QTime> parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

void parseMetricool(RowBuilder &builder, const CsvRecord &headerRecord,
                    const QList<CsvRecord> &records)
{
    const Header header(headerRecord.fields);
    if (!requireColumns(builder, headerRecord, header,
                        {QStringLiteral("Text"), QStringLiteral("Date"), QStringLiteral("Time")}))
        return;
    // Metricool's network columns and the Hearth network each one means.
    struct Column
    {
        QString name;
        QString network;
        int index;
    };
    QList<Column> networkColumns;
    const QList<std::pair<QString, QString>> known{
        {QStringLiteral("Facebook"), QStringLiteral("facebook")},
        {QStringLiteral("Twitter/X"), QStringLiteral("x")},
        {QStringLiteral("Twitter"), QStringLiteral("x")},
        {QStringLiteral("X"), QStringLiteral("x")},
        {QStringLiteral("LinkedIn"), QStringLiteral("linkedin")},
        {QStringLiteral("GBP"), QStringLiteral("gbp")},
        {QStringLiteral("Instagram"), QStringLiteral("instagram")},
        {QStringLiteral("Pinterest"), QStringLiteral("pinterest")},
        {QStringLiteral("TikTok"), QStringLiteral("tiktok")},
        {QStringLiteral("Youtube"), QStringLiteral("youtube")},
        {QStringLiteral("Threads"), QStringLiteral("threads")},
        {QStringLiteral("Bluesky"), QStringLiteral("bluesky")},
    };
    for (const auto &[name, network] : known) {
        const int index = header.find(name);
        if (index >= 0)
            networkColumns << Column{name,
                                     builder.networkId(network).isEmpty()
                                         ? builder.networkId(name)
                                         : builder.networkId(network),
                                     index};
    }
    if (networkColumns.isEmpty())
        builder.preview().addWarning(
            headerRecord.line, QString(),
            tr("No network columns (Facebook, Twitter/X, Instagram …) were found; the "
               "networks you chose are used."));
    const int text = header.find(QStringLiteral("Text"));
    const int date = header.find(QStringLiteral("Date"));
    const int time = header.find(QStringLiteral("Time"));
    const int draftColumn = header.find(QStringLiteral("Draft"));
    const int comment = header.find(QStringLiteral("First Comment Text"));
    for (const CsvRecord &record : records) {
        RowDraft draft;
        draft.line = record.line;
        const QString timeText = cell(record, time);
        const auto clock = parseTime(timeText);
        if (!clock)
            builder.preview().addError(
                record.line, QStringLiteral("Time"),
                tr("\"%1\" is not a time; Metricool writes HH:MM:SS, e.g. 18:30:00.")
                    .arg(timeText));
        if (clock)
            draft.when = builder.dateTime(record.line, QStringLiteral("Date"),
                                          cell(record, date) + u' ' +
                                              clock->toString(QStringLiteral("HH:mm:ss")));
        draft.text = cell(record, text);
        if (draftColumn >= 0) {
            const auto isDraft = parseBool(cell(record, draftColumn));
            if (!isDraft)
                builder.preview().addError(
                    record.line, QStringLiteral("Draft"),
                    tr("\"%1\" must be TRUE or FALSE.").arg(cell(record, draftColumn)));
            else if (*isDraft)
                draft.status = PostStatus::Draft;
        }
        for (const Column &column : std::as_const(networkColumns)) {
            const auto chosen = parseBool(cell(record, column.index));
            if (!chosen) {
                builder.preview().addError(
                    record.line, column.name,
                    tr("\"%1\" must be TRUE or FALSE.").arg(cell(record, column.index)));
                continue;
            }
            if (!*chosen)
                continue;
            draft.networksGiven = true;
            if (column.network.isEmpty())
                builder.preview().addWarning(
                    record.line, column.name,
                    tr("%1 is not a network in this plan; the post goes to the other "
                       "networks of the row.")
                        .arg(column.name));
            else
                draft.networks << column.network;
        }
        if (draft.networksGiven && draft.networks.isEmpty())
            builder.preview().addError(
                record.line, QString(),
                tr("The row is marked only for networks this plan does not have; add "
                   "them first or mark another network TRUE."));
        for (int n = 1; n <= 10; ++n) {
            const QString picture =
                cell(record, header.find(QStringLiteral("Picture Url %1").arg(n)));
            if (!picture.isEmpty())
                draft.notes << tr("Picture: %1").arg(picture);
        }
        draft.firstComment = cell(record, comment);
        if (!clock)
            continue;
        builder.add(draft, QStringLiteral("Text"));
    }
}

void parseSprout(RowBuilder &builder, const CsvRecord &headerRecord,
                 const QList<CsvRecord> &records)
{
    const Header header(headerRecord.fields);
    const QStringList required{QStringLiteral("date"), QStringLiteral("time_24hr"),
                               QStringLiteral("message_text")};
    // Sprout Social rejects re-cased headers, so Hearth does too: a file that works here works
    // there.
    bool ok = true;
    for (const QString &name : required) {
        if (header.find(name, Qt::CaseSensitive) >= 0)
            continue;
        ok = false;
        const int near = header.find(name);
        if (near >= 0)
            builder.preview().addError(
                headerRecord.line, header.names().at(near),
                tr("Sprout Social headers are case-sensitive: write \"%1\", not \"%2\".")
                    .arg(name, header.names().at(near)));
        else
            builder.preview().addError(
                headerRecord.line, name,
                tr("The header lacks the column \"%1\" that a Sprout Social file has. "
                   "Found: %2.")
                    .arg(name, header.names().join(QStringLiteral(", "))));
    }
    if (!ok)
        return;
    const int date = header.find(QStringLiteral("date"), Qt::CaseSensitive);
    const int time = header.find(QStringLiteral("time_24hr"), Qt::CaseSensitive);
    const int text = header.find(QStringLiteral("message_text"), Qt::CaseSensitive);
    const int link = header.find(QStringLiteral("link"), Qt::CaseSensitive);
    for (const CsvRecord &record : records) {
        RowDraft draft;
        draft.line = record.line;
        const QString timeText = cell(record, time);
        const auto clock = parseTime(timeText);
        if (!clock) {
            builder.preview().addError(
                record.line, QStringLiteral("time_24hr"),
                tr("\"%1\" is not a 24-hour time such as 18:30.").arg(timeText));
        } else {
            draft.when = builder.dateTime(record.line, QStringLiteral("date"),
                                          cell(record, date) + u' ' +
                                              clock->toString(QStringLiteral("HH:mm:ss")));
        }
        draft.text = cell(record, text);
        draft.link = cell(record, link);
        builder.add(draft, QStringLiteral("message_text"));
    }
}

void parseGeneric(RowBuilder &builder, const CsvRecord &headerRecord,
                  const QList<CsvRecord> &records)
{
    const Header header(headerRecord.fields);
    const GenericMapping &mapping = builder.options().mapping;
    if (mapping.text.isEmpty() || (mapping.dateTime.isEmpty() && mapping.date.isEmpty())) {
        builder.preview().addError(
            0, QString(),
            tr("A mapped import needs at least the text column and the date (or "
               "date-time) column."));
        return;
    }
    QStringList required{mapping.text};
    for (const QString *name :
         {&mapping.dateTime, &mapping.date, &mapping.time, &mapping.title, &mapping.link,
          &mapping.networks, &mapping.tags, &mapping.pillar, &mapping.status}) {
        if (!name->isEmpty())
            required << *name;
    }
    if (!requireColumns(builder, headerRecord, header, required))
        return;
    auto column = [&](const QString &name) {
        return name.isEmpty() ? -1 : header.find(name);
    };
    static const QRegularExpression networkSeparators(QStringLiteral("\\s*(?:\\|\\||,|;)\\s*"));
    for (const CsvRecord &record : records) {
        RowDraft draft;
        draft.line = record.line;
        QString when = mapping.dateTime.isEmpty() ? cell(record, column(mapping.date))
                                                  : cell(record, column(mapping.dateTime));
        if (!mapping.time.isEmpty())
            when += u' ' + cell(record, column(mapping.time));
        const QString dateField = mapping.dateTime.isEmpty() ? mapping.date : mapping.dateTime;
        if (!mapping.dateFormat.isEmpty()) {
            QDateTime parsed = QDateTime::fromString(when, mapping.dateFormat);
            if (parsed.isValid()) {
                parsed.setTimeZone(builder.options().timeZone);
                draft.when = parsed;
            } else {
                builder.preview().addError(record.line, dateField,
                                           tr("\"%1\" does not match the date format \"%2\".")
                                               .arg(when, mapping.dateFormat));
            }
        } else {
            draft.when = builder.dateTime(record.line, dateField, when);
        }
        draft.text = cell(record, column(mapping.text));
        draft.title = cell(record, column(mapping.title));
        draft.link = cell(record, column(mapping.link));
        draft.tags = multiValues(cell(record, column(mapping.tags)), QStringLiteral(","));
        if (!mapping.networks.isEmpty()) {
            const QStringList names =
                cell(record, column(mapping.networks)).split(networkSeparators, Qt::SkipEmptyParts);
            draft.networksGiven = !names.isEmpty();
            for (const QString &name : names) {
                const QString id = builder.networkId(name);
                if (id.isEmpty())
                    builder.preview().addError(
                        record.line, mapping.networks,
                        tr("\"%1\" is not a network in this plan.").arg(name));
                else
                    draft.networks << id;
            }
        }
        if (const QString pillar = cell(record, column(mapping.pillar)); !pillar.isEmpty()) {
            draft.pillarId = builder.pillarId(pillar);
            if (!draft.pillarId)
                builder.preview().addError(
                    record.line, mapping.pillar,
                    tr("\"%1\" is not a pillar; use one of %2.")
                        .arg(pillar, builder.pillarNames().join(QStringLiteral(", "))));
        }
        if (const QString status = cell(record, column(mapping.status)); !status.isEmpty()) {
            draft.status = postStatusFromString(status);
            if (!draft.status || *draft.status == PostStatus::Published)
                builder.preview().addError(
                    record.line, mapping.status,
                    tr("\"%1\" is not a status for a planned post; use draft, scheduled "
                       "or skipped.")
                        .arg(status));
        }
        builder.add(draft, mapping.text);
    }
}

} // namespace

QString toString(BulkLayout layout)
{
    for (const LayoutName &entry : layoutNames) {
        if (entry.layout == layout)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<BulkLayout> bulkLayoutFromString(const QString &text)
{
    for (const LayoutName &entry : layoutNames) {
        if (text.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.layout;
    }
    return std::nullopt;
}

QString toString(DateOrder order)
{
    switch (order) {
    case DateOrder::MonthDayYear:
        return QStringLiteral("mdy");
    case DateOrder::DayMonthYear:
        return QStringLiteral("dmy");
    case DateOrder::YearMonthDay:
        return QStringLiteral("ymd");
    }
    return {};
}

std::optional<DateOrder> dateOrderFromString(const QString &text)
{
    for (DateOrder order :
         {DateOrder::MonthDayYear, DateOrder::DayMonthYear, DateOrder::YearMonthDay}) {
        if (text.compare(toString(order), Qt::CaseInsensitive) == 0)
            return order;
    }
    return std::nullopt;
}

std::optional<QDateTime> BulkPostParser::parseDateTime(const QString &text, DateOrder order,
                                                       const QTimeZone &zone, QString &error)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{1,4})[/.-](\\d{1,2})[/.-](\\d{1,4})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    const QString trimmed = text.trimmed();
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch()) {
        error = tr("\"%1\" is not a date and time; write e.g. %2.")
                    .arg(trimmed,
                         order == DateOrder::MonthDayYear   ? QStringLiteral("12/31/2026 18:30")
                         : order == DateOrder::DayMonthYear ? QStringLiteral("31/12/2026 18:30")
                                                            : QStringLiteral("2026-12-31 18:30"));
        return std::nullopt;
    }
    const QString a = match.captured(1);
    const int b = match.captured(2).toInt();
    const QString c = match.captured(3);
    int year = 0;
    int month = 0;
    int day = 0;
    if (a.size() == 4) {
        // Year first is never ambiguous: YYYY-MM-DD whatever order was chosen.
        year = a.toInt();
        month = b;
        day = c.toInt();
    } else if (c.size() != 4) {
        error = tr("\"%1\": write the year with four digits.").arg(trimmed);
        return std::nullopt;
    } else if (order == DateOrder::YearMonthDay) {
        error = tr("\"%1\" does not start with the year, but the date order is year-month-day; "
                   "choose the "
                   "order the file uses (mdy or dmy).")
                    .arg(trimmed);
        return std::nullopt;
    } else {
        year = c.toInt();
        month = order == DateOrder::MonthDayYear ? a.toInt() : b;
        day = order == DateOrder::MonthDayYear ? b : a.toInt();
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        const bool swapped = QDate(year, day, month).isValid() && a.size() != 4;
        error =
            swapped
                ? tr("\"%1\" is no date in %2 order; the file seems to use %3 order. Choose that "
                     "date order and import again.")
                      .arg(trimmed, toString(order),
                           order == DateOrder::MonthDayYear ? QStringLiteral("dmy")
                                                            : QStringLiteral("mdy"))
                : tr("\"%1\" is no valid date.").arg(trimmed);
        return std::nullopt;
    }
    QTime time(0, 0);
    if (match.hasCaptured(4)) {
        time =
            QTime(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
        if (!time.isValid()) {
            error =
                tr("\"%1\" has no valid time of day (24-hour clock, 00:00 to 23:59).").arg(trimmed);
            return std::nullopt;
        }
    } else {
        error = tr("\"%1\" has a date but no time; write the time too, e.g. 18:30.").arg(trimmed);
        return std::nullopt;
    }
    const QDateTime result(date, time, zone);
    if (!result.isValid()) {
        error = tr("\"%1\" does not exist in %2 (the clocks skip it).")
                    .arg(trimmed, QString::fromUtf8(zone.id()));
        return std::nullopt;
    }
    return result;
}

BulkPostParser::BulkPostParser(Database &database)
    : m_database(database)
{}

Result<ImportPreview> BulkPostParser::parseFile(const QString &path,
                                                const BulkImportOptions &options) const
{
    return parseImportFile(
        path, [&](QFile &file, const QString &fileName) { return parse(file, fileName, options); });
}

Result<ImportPreview> BulkPostParser::parse(QIODevice &device, const QString &sourceName,
                                            const BulkImportOptions &options) const
{
    const auto catalog = ImportCatalog::load(m_database, options.networks);
    if (!catalog)
        return catalog.error();
    ImportPreview preview{sourceName, toString(options.layout), {}, {}};
    RowBuilder builder(preview, options, *catalog, m_database.clock().now());

    if (!device.isSequential() && device.size() > maxFileBytes) {
        preview.addError(0, QString(),
                         tr("The file is %1 MB; a bulk upload is at most %2 MB. Split it into "
                            "smaller files.")
                             .arg(device.size() / (1024 * 1024))
                             .arg(maxFileBytes / (1024 * 1024)));
        return preview;
    }
    CsvReader::Limits limits;
    limits.maxFields = maxColumns;
    CsvReader reader(&device, u',', limits);
    QList<CsvRecord> records;
    CsvRecord record;
    // Hootsuite files have no header row; the others have one on top of the rows.
    const qsizetype allowed = maxRows + (options.layout == BulkLayout::Hootsuite ? 0 : 1);
    while (reader.readNext(record)) {
        const bool blank =
            std::all_of(record.fields.cbegin(), record.fields.cend(),
                        [](const QString &field) { return field.trimmed().isEmpty(); });
        if (blank)
            continue;
        if (records.size() >= allowed) {
            preview.addError(record.line, QString(),
                             tr("The file has more than %1 posts; Hearth imports at most %1 at a "
                                "time. Split the file and import the parts one by one.")
                                 .arg(maxRows));
            return preview;
        }
        records << record;
    }
    if (reader.hasError()) {
        preview.addError(reader.errorLine(), QString(), reader.errorString());
        return preview;
    }
    if (records.isEmpty()) {
        preview.addError(0, QString(), tr("The file has no rows."));
        return preview;
    }
    if (options.networks.isEmpty() && options.layout != BulkLayout::Metricool &&
        !(options.layout == BulkLayout::Generic && !options.mapping.networks.isEmpty()))
        preview.addWarning(0, QString(),
                           tr("No network was chosen; the posts are imported without networks."));

    if (options.layout == BulkLayout::Hootsuite) {
        parseHootsuite(builder, records);
    } else {
        const CsvRecord headerRecord = records.takeFirst();
        switch (options.layout) {
        case BulkLayout::Buffer:
            parseBuffer(builder, headerRecord, records);
            break;
        case BulkLayout::Publer:
            parsePubler(builder, headerRecord, records);
            break;
        case BulkLayout::Metricool:
            parseMetricool(builder, headerRecord, records);
            break;
        case BulkLayout::Sprout:
            parseSprout(builder, headerRecord, records);
            break;
        case BulkLayout::Generic:
            parseGeneric(builder, headerRecord, records);
            break;
        case BulkLayout::Hootsuite:
            break;
        }
    }
    return PostImportWriter(m_database).withDuplicatesMarked(std::move(preview));
}

} // namespace hearth::core
