// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/icsimporter.h"

#include "common/clock.h"
#include "interop/icsexporter.h"
#include "plan/catalog.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <libical/ical.h>
#include <memory>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::IcsImporter", text);
}

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};

QString text(const char *value)
{
    return value ? QString::fromUtf8(value) : QString();
}

QString xProperty(icalcomponent *event, const char *name)
{
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_X_PROPERTY)) {
        if (qstricmp(icalproperty_get_x_name(p), name) == 0)
            return text(icalproperty_get_x(p));
    }
    return {};
}

// What a pass over the raw lines finds before libical parses anything.
struct Structure
{
    // The 1-based line of every BEGIN:VEVENT, in file order, for messages.
    QList<qint64> eventLines;
    int maxDepth = 0;
    qint64 deepestLine = 0;
    // The first line that is not UTF-8 (0: all of it is).
    qint64 badUtf8Line = 0;
    // The innermost component still open at the end of the file (a cut-off file), and its line.
    QByteArray unclosed;
    qint64 unclosedLine = 0;
    qint64 lastLine = 0;
};

Structure scanStructure(const QByteArray &data)
{
    Structure result;
    qint64 line = 1;
    qsizetype start = 0;
    int depth = 0;
    // Open components, innermost last; only the first levels are kept (deeper is refused).
    QList<std::pair<QByteArray, qint64>> open;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const QByteArrayView text = QByteArrayView(data).sliced(start, end - start).trimmed();
        if (text.size() >= 6 && text.first(6).compare("BEGIN:", Qt::CaseInsensitive) == 0) {
            if (text.compare("BEGIN:VEVENT", Qt::CaseInsensitive) == 0)
                result.eventLines << line;
            if (++depth > result.maxDepth) {
                result.maxDepth = depth;
                result.deepestLine = line;
            }
            if (open.size() < 64)
                open.append({text.sliced(6).toByteArray(), line});
        } else if (text.size() >= 4 && text.first(4).compare("END:", Qt::CaseInsensitive) == 0) {
            depth = std::max(0, depth - 1);
            if (!open.isEmpty() && depth < open.size())
                open.removeLast();
        }
        if (result.badUtf8Line == 0) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = decoder.decode(text);
            if (decoder.hasError())
                result.badUtf8Line = line;
        }
        if (!text.isEmpty())
            result.lastLine = line;
        ++line;
        start = end + 1;
    }
    if (!open.isEmpty()) {
        result.unclosed = open.constLast().first;
        result.unclosedLine = open.constLast().second;
    }
    return result;
}

// An event's start as a UTC instant; all-day and floating times use `zone`.
QDateTime startOf(icalcomponent *event, const QTimeZone &zone, QString &warning)
{
    const icaltimetype start = icalcomponent_get_dtstart(event);
    if (icaltime_is_null_time(start) || !icaltime_is_valid_time(start))
        return {};
    // libical keeps fields such as 25:61 as written; Qt would quietly turn an invalid time into
    // midnight, and libical's own conversions would roll it into the next day.
    if (!QDate::isValid(start.year, start.month, start.day) ||
        (!start.is_date && !QTime::isValid(start.hour, start.minute, start.second)))
        return {};
    const QDate date(start.year, start.month, start.day);
    if (start.is_date) {
        warning = tr("an all-day event; it was placed at 09:00");
        return QDateTime(date, QTime(9, 0), zone).toUTC();
    }
    const QTime time(start.hour, start.minute, start.second);
    if (icaltime_is_utc(start))
        return QDateTime(date, time, Qt::UTC);
    if (start.zone)
        return QDateTime::fromSecsSinceEpoch(
            static_cast<qint64>(icaltime_as_timet_with_zone(start, start.zone)), Qt::UTC);
    icalproperty *property = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    icalparameter *tzid =
        property ? icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER) : nullptr;
    if (tzid) {
        const QByteArray id = icalparameter_get_tzid(tzid);
        const QTimeZone named(id);
        if (named.isValid())
            return QDateTime(date, time, named).toUTC();
        warning = tr("the time zone \"%1\" is unknown; the time was read as %2")
                      .arg(QString::fromUtf8(id), QString::fromUtf8(zone.id()));
    }
    return QDateTime(date, time, zone).toUTC();
}

std::optional<PostStatus> statusFromFile(icalcomponent *event)
{
    if (auto exact = postStatusFromString(xProperty(event, "X-HEARTH-STATUS")))
        return exact;
    switch (icalcomponent_get_status(event)) {
    case ICAL_STATUS_TENTATIVE:
        return PostStatus::Draft;
    case ICAL_STATUS_CONFIRMED:
        return PostStatus::Scheduled;
    case ICAL_STATUS_CANCELLED:
        return PostStatus::Skipped;
    default:
        return std::nullopt;
    }
}

// The error for a calendar over IcsImporter::maxFileBytes.
void refuseTooLarge(ImportPreview &preview, qint64 bytes)
{
    preview.addError(0, QString(),
                     tr("The calendar is %1 MB; Hearth imports calendars of at most %2 MB. "
                        "Export a shorter period.")
                         .arg(bytes / (1024 * 1024))
                         .arg(IcsImporter::maxFileBytes / (1024 * 1024)));
}

// Refuses, as an error in `preview`, what libical should never see: a file too large, UTF-16
// or binary, not a calendar, not UTF-8, nested too deep, cut off, or with too many events.
// Otherwise returns where the events begin.
std::optional<Structure> screen(const QByteArray &data, ImportPreview &preview)
{
    if (data.size() > IcsImporter::maxFileBytes) {
        refuseTooLarge(preview, data.size());
        return std::nullopt;
    }
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        preview.addError(1, QString(),
                         tr("The calendar is UTF-16 text; iCalendar files are UTF-8. Export it "
                            "again as UTF-8."));
        return std::nullopt;
    }
    // libical reads a C string: everything after a NUL byte would be dropped without a word.
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0) {
        const bool calendar = data.trimmed().startsWith("BEGIN:VCALENDAR");
        preview.addError(
            QByteArrayView(data).first(nul).count('\n') + 1, QString(),
            calendar ? tr("The calendar contains a NUL byte (binary data); it is damaged. Export "
                          "it again.")
                     : tr("This is not an iCalendar file (it holds binary data)."));
        return std::nullopt;
    }
    if (!data.trimmed().startsWith("BEGIN:VCALENDAR")) {
        preview.addError(
            1, QString(),
            tr("This is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)."));
        return std::nullopt;
    }
    Structure structure = scanStructure(data);
    if (structure.badUtf8Line > 0) {
        preview.addError(structure.badUtf8Line, QString(),
                         tr("The text is not UTF-8 (iCalendar files are); it may be Latin-1. "
                            "Export the calendar again as UTF-8."));
        return std::nullopt;
    }
    if (structure.maxDepth > IcsImporter::maxNesting) {
        // libical frees components recursively; a bomb of nested BEGIN lines would exhaust the
        // stack.
        preview.addError(structure.deepestLine, QString(),
                         tr("Components are nested %1 deep here (BEGIN without END); a calendar "
                            "nests a few levels at most. The file is damaged.")
                             .arg(structure.maxDepth));
        return std::nullopt;
    }
    if (!structure.unclosed.isEmpty()) {
        // libical would read what it can and drop the rest without a word.
        preview.addError(structure.lastLine, QString(),
                         tr("The calendar ends here, inside BEGIN:%1 of line %2 (no END:%1): the "
                            "file was cut off. Export it again.")
                             .arg(QString::fromUtf8(structure.unclosed))
                             .arg(structure.unclosedLine));
        return std::nullopt;
    }
    if (structure.eventLines.size() > IcsImporter::maxEvents) {
        preview.addError(structure.eventLines.at(IcsImporter::maxEvents), QString(),
                         tr("The calendar has %1 events; Hearth imports at most %2 at a time. "
                            "Export a shorter period.")
                             .arg(structure.eventLines.size())
                             .arg(IcsImporter::maxEvents));
        return std::nullopt;
    }
    return structure;
}

// The VCALENDARs libical read: the root itself, or the ones inside it.
QList<icalcomponent *> calendarsIn(icalcomponent *root)
{
    QList<icalcomponent *> calendars;
    if (icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT) {
        calendars << root;
    } else {
        for (icalcomponent *c = icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT);
             c; c = icalcomponent_get_next_component(root, ICAL_VCALENDAR_COMPONENT))
            calendars << c;
    }
    return calendars;
}

// The networks an event goes to and their own texts, or the first name that is not a network
// of the plan (and the property that gave it).
struct EventNetworks
{
    QStringList ids;
    // Network id and its own text, in the order they were written.
    QList<std::pair<QString, QString>> variants;
    QString unknown;
    QString field;
};

// What one event says, read once.
struct Event
{
    qint64 line = 0;
    QString uid;
    // UID post-<id>[-<network>]@hearth: an event Hearth exported.
    QRegularExpressionMatch hearth;
    QDateTime start;
    QString summary;
    QString body;
    bool hasDescription = false;
    QString url;
    PostStatus status = PostStatus::Draft;
    EventNetworks networks;
    // One event per network of an earlier build, whose description is that network's own text.
    bool isVariant = false;
};

// One Hearth post spread over several events, or one foreign event.
struct Group
{
    qsizetype row = -1;
    bool haveBody = false;
};

// Turns the events of a calendar into preview rows: one post per foreign event, and one per
// Hearth post however many events it was exported as.
class EventReader final
{
public:
    // Rows and issues go to `preview`.
    EventReader(const IcsImportOptions &options, const ImportCatalog &catalog, QDateTime now,
                ImportPreview &preview)
        : m_options(options)
        , m_catalog(catalog)
        , m_now(std::move(now))
        , m_preview(preview)
    {}

    void read(icalcomponent *event, qint64 line)
    {
        Event fields;
        fields.line = line;
        fields.uid = text(icalcomponent_get_uid(event));
        if (!readTimes(event, fields) || !readNetworks(event, fields))
            return;
        readText(event, fields);
        fields.status = statusOf(event);
        if (fields.start < m_now && fields.status != PostStatus::Published &&
            fields.status != PostStatus::Skipped)
            m_preview.addWarning(
                line, QStringLiteral("DTSTART"),
                tr("%1 is in the past").arg(fields.start.toLocalTime().toString(Qt::ISODate)));
        fields.isVariant = fields.networks.variants.isEmpty() &&
                           xProperty(event, "X-HEARTH-VARIANT")
                                   .compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0;

        // Events of one Hearth post come back together as that post.
        const QString groupKey = fields.hearth.hasMatch()
                                     ? QStringLiteral("hearth:") + fields.hearth.captured(1)
                                 : fields.uid.isEmpty() ? QStringLiteral("line:%1").arg(line)
                                                        : QStringLiteral("uid:") + fields.uid;
        Group &group = m_groups[groupKey];
        if (group.row >= 0) {
            joinPost(m_preview.rows[group.row].post, group, fields);
            return;
        }
        ImportRow row;
        row.line = line;
        row.post = newPost(event, fields);
        // A variant event of a Hearth post carries the post's own text (see newPost); without
        // it, the body is still to come.
        group.haveBody = !fields.isVariant || fields.hearth.hasMatch();
        group.row = m_preview.rows.size();
        m_preview.rows << row;
    }

private:
    // Warns about what a calendar event has and a post cannot; false when the event is left out
    // or has no start.
    bool readTimes(icalcomponent *event, Event &fields)
    {
        for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY); p;
             p = icalcomponent_get_next_property(event, ICAL_XLICERROR_PROPERTY))
            m_preview.addWarning(fields.line, QString(),
                                 tr("libical: %1").arg(text(icalproperty_get_xlicerror(p))));

        if (icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY)) {
            m_preview.addWarning(fields.line, QStringLiteral("RECURRENCE-ID"),
                                 tr("a changed occurrence of a repeating event; it was left out"));
            return false;
        }
        QString timeWarning;
        fields.start = startOf(event, m_options.timeZone, timeWarning);
        if (!fields.start.isValid()) {
            m_preview.addError(fields.line, QStringLiteral("DTSTART"),
                               tr("The event %1 has no valid start (DTSTART); give it a date.")
                                   .arg(fields.uid.isEmpty() ? tr("without UID") : fields.uid));
            return false;
        }
        if (!timeWarning.isEmpty())
            m_preview.addWarning(fields.line, QStringLiteral("DTSTART"), timeWarning);
        if (icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY))
            m_preview.addWarning(fields.line, QStringLiteral("RRULE"),
                                 tr("a repeating event; only its first occurrence was imported"));
        return true;
    }

    // The summary and the networks it names; false (with an error) when a network is unknown.
    bool readNetworks(icalcomponent *event, Event &fields)
    {
        fields.summary = text(icalcomponent_get_summary(event));
        const QStringList summaryNetworks = takeSummaryNetworks(fields.summary);
        fields.networks = networksOf(event, summaryNetworks);
        if (fields.networks.unknown.isEmpty())
            return true;
        m_preview.addError(fields.line, fields.networks.field,
                           tr("\"%1\" is not a network in this plan; add it under Settings "
                              "or remove the event.")
                               .arg(fields.networks.unknown));
        return false;
    }

    // "[Instagram, X] words": the networks in the brackets, which are cut from `summary`; when
    // a name is not a network of this plan, the brackets are part of the text.
    QStringList takeSummaryNetworks(QString &summary) const
    {
        static const QRegularExpression networkPrefix(QStringLiteral("^\\[([^\\]]+)\\]\\s*"));
        QStringList ids;
        const auto match = networkPrefix.match(summary);
        if (!match.hasMatch())
            return ids;
        for (const QString &name : match.captured(1).split(u',')) {
            const QString id = m_catalog.networkId(name.trimmed());
            if (id.isEmpty())
                return {};
            if (!ids.contains(id))
                ids << id;
        }
        summary = summary.mid(match.capturedLength());
        return ids;
    }

    // Hearth's own exports name the networks by id: X-HEARTH-NETWORKS (one event per post) or
    // X-HEARTH-NETWORK (one event per post and network, as earlier builds wrote). Others name
    // them in the summary, else the import's default networks apply.
    EventNetworks networksOf(icalcomponent *event, const QStringList &summaryNetworks) const
    {
        EventNetworks networks;
        const QString hearthNetworks = xProperty(event, "X-HEARTH-NETWORKS");
        const QString hearthNetwork = xProperty(event, "X-HEARTH-NETWORK");
        if (!hearthNetworks.isEmpty() || !hearthNetwork.isEmpty()) {
            networks.field = hearthNetworks.isEmpty() ? QStringLiteral("X-HEARTH-NETWORK")
                                                      : QStringLiteral("X-HEARTH-NETWORKS");
            const QStringList keys =
                (hearthNetworks.isEmpty() ? hearthNetwork : hearthNetworks).split(u',');
            for (const QString &key : keys) {
                const QString id = m_catalog.networkId(key.trimmed());
                if (id.isEmpty()) {
                    networks.unknown = key.trimmed();
                    break;
                }
                if (!networks.ids.contains(id))
                    networks.ids << id;
            }
        } else if (!summaryNetworks.isEmpty()) {
            networks.ids = summaryNetworks;
        } else {
            for (const QString &id : m_options.defaultNetworks)
                networks.ids << m_catalog.networkId(id);
        }
        if (networks.unknown.isEmpty())
            readVariants(event, networks);
        return networks;
    }

    // Each network's own text: X-HEARTH-VARIANT;X-HEARTH-NETWORK=<id>:<text>, or
    // X-HEARTH-EMPTY-VARIANT:<id> for an empty one, in the order they were written.
    void readVariants(icalcomponent *event, EventNetworks &networks) const
    {
        for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_X_PROPERTY);
             p && networks.unknown.isEmpty();
             p = icalcomponent_get_next_property(event, ICAL_X_PROPERTY)) {
            if (qstricmp(icalproperty_get_x_name(p), "X-HEARTH-EMPTY-VARIANT") == 0) {
                addVariant(networks, text(icalproperty_get_x(p)), QStringLiteral(""),
                           QStringLiteral("X-HEARTH-EMPTY-VARIANT"));
                continue;
            }
            if (qstricmp(icalproperty_get_x_name(p), "X-HEARTH-VARIANT") != 0)
                continue;
            for (icalparameter *parameter = icalproperty_get_first_parameter(p, ICAL_X_PARAMETER);
                 parameter && networks.unknown.isEmpty();
                 parameter = icalproperty_get_next_parameter(p, ICAL_X_PARAMETER)) {
                if (qstricmp(icalparameter_get_xname(parameter), "X-HEARTH-NETWORK") == 0)
                    addVariant(networks, text(icalparameter_get_xvalue(parameter)),
                               text(icalproperty_get_x(p)), QStringLiteral("X-HEARTH-VARIANT"));
            }
        }
    }

    void addVariant(EventNetworks &networks, const QString &key, const QString &variantText,
                    const QString &field) const
    {
        const QString id = m_catalog.networkId(key);
        if (id.isEmpty()) {
            networks.unknown = key;
            networks.field = field;
            return;
        }
        networks.variants.append({id, variantText});
        if (!networks.ids.contains(id))
            networks.ids << id;
    }

    // The post's text: the description without the link Hearth appends (and without the
    // networks' own texts, which Hearth lists after the post's text).
    void readText(icalcomponent *event, Event &fields)
    {
        icalproperty *urlProperty = icalcomponent_get_first_property(event, ICAL_URL_PROPERTY);
        fields.url = text(urlProperty ? icalproperty_get_url(urlProperty) : nullptr);
        fields.body = text(icalcomponent_get_description(event));
        fields.hasDescription = !fields.body.isNull();
        if (!fields.networks.variants.isEmpty()) {
            QStringList variantTexts;
            for (const auto &variant : std::as_const(fields.networks.variants))
                variantTexts << variant.second;
            if (auto stripped =
                    IcsExporter::bodyFromDescription(fields.body, variantTexts, fields.url))
                fields.body = *stripped;
            else
                m_preview.addWarning(fields.line, QStringLiteral("DESCRIPTION"),
                                     tr("the description does not end with the post's link; "
                                        "all of it became the text"));
        } else if (!fields.url.isEmpty() &&
                   fields.body.endsWith(QStringLiteral("\n\n") + fields.url)) {
            fields.body.chop(fields.url.size() + 2);
        }
        // Hearth writes an empty text as an empty DESCRIPTION, which libical drops: for our own
        // events no description means no text, not the "(no text)" summary.
        static const QRegularExpression hearthUid(QStringLiteral("^post-(\\d+)(?:-(.+))?@hearth$"));
        fields.hearth = hearthUid.match(fields.uid);
        if (!fields.hasDescription)
            fields.body = fields.hearth.hasMatch() ? QStringLiteral("") : fields.summary;
    }

    PostStatus statusOf(icalcomponent *event) const
    {
        switch (m_options.status) {
        case IcsStatusChoice::FromFile:
            return statusFromFile(event).value_or(PostStatus::Draft);
        case IcsStatusChoice::AllDrafts:
            return PostStatus::Draft;
        case IcsStatusChoice::AllScheduled:
            return PostStatus::Scheduled;
        }
        return PostStatus::Draft;
    }

    // Another event of a post read before: its networks join the post.
    static void joinPost(Post &post, Group &group, const Event &fields)
    {
        for (const QString &id : std::as_const(fields.networks.ids)) {
            if (post.network(id))
                continue;
            PostNetwork network{id, {}, {}, {}, {}};
            if (fields.isVariant)
                network.variantText = fields.body;
            post.networks << network;
        }
        if (!fields.isVariant && !group.haveBody) {
            // The body arrived after a variant: earlier networks without variant flag keep
            // the body.
            post.body = fields.body;
            group.haveBody = true;
        }
    }

    Post newPost(icalcomponent *event, const Event &fields) const
    {
        Post post;
        post.body = fields.body;
        // A variant event of a Hearth post carries the post's own text in X-HEARTH-BODY (none
        // when that text is empty); without it, a post whose every network has a variant
        // would come back with a variant as its text.
        if (fields.isVariant && fields.hearth.hasMatch()) {
            const QString own = xProperty(event, "X-HEARTH-BODY");
            post.body = own.isNull() ? QStringLiteral("") : own;
        }
        post.scheduledAt = fields.start;
        post.status = fields.status;
        post.link = fields.url;
        if (fields.hearth.hasMatch())
            post.title = xProperty(event, "X-HEARTH-TITLE");
        else if (fields.hasDescription)
            post.title = fields.summary;
        for (const QString &id : std::as_const(fields.networks.ids)) {
            PostNetwork network{id, {}, {}, {}, {}};
            if (fields.isVariant)
                network.variantText = fields.body;
            for (const auto &[variantNetwork, variantText] :
                 std::as_const(fields.networks.variants)) {
                if (variantNetwork == id)
                    network.variantText = variantText;
            }
            post.networks << network;
        }
        post.pillarId = pillarOf(event);
        return post;
    }

    // The first category that names a pillar of the plan.
    std::optional<qint64> pillarOf(icalcomponent *event) const
    {
        for (icalproperty *categories =
                 icalcomponent_get_first_property(event, ICAL_CATEGORIES_PROPERTY);
             categories;
             categories = icalcomponent_get_next_property(event, ICAL_CATEGORIES_PROPERTY)) {
            const QStringList names = text(icalproperty_get_categories(categories)).split(u',');
            for (const QString &name : names) {
                if (auto id = pillarId(name.trimmed()))
                    return id;
            }
        }
        return std::nullopt;
    }

    // Hearth's export turns commas and semicolons in a pillar's name into spaces.
    std::optional<qint64> pillarId(const QString &name) const
    {
        for (const Pillar &pillar : m_catalog.pillars()) {
            QString sanitised = pillar.name;
            sanitised.replace(u',', u' ').replace(u';', u' ');
            if (pillar.name.compare(name, Qt::CaseInsensitive) == 0 ||
                sanitised.simplified().compare(name, Qt::CaseInsensitive) == 0)
                return pillar.id;
        }
        return std::nullopt;
    }

    const IcsImportOptions &m_options;
    const ImportCatalog &m_catalog;
    QDateTime m_now;
    ImportPreview &m_preview;
    QHash<QString, Group> m_groups;
};

} // namespace

IcsImporter::IcsImporter(Database &database)
    : m_database(database)
{}

Result<ImportPreview> IcsImporter::parseFile(const QString &path,
                                             const IcsImportOptions &options) const
{
    return parseImportFile(path, [&](QFile &file, const QString &fileName) {
        if (file.size() > maxFileBytes) {
            // Refused before reading it all into memory.
            ImportPreview preview{fileName, QStringLiteral("ics"), {}, {}};
            refuseTooLarge(preview, file.size());
            return Result<ImportPreview>(preview);
        }
        return parse(file.readAll(), fileName, options);
    });
}

Result<ImportPreview> IcsImporter::parse(const QByteArray &data, const QString &sourceName,
                                         const IcsImportOptions &options) const
{
    const auto catalog = ImportCatalog::load(m_database, options.defaultNetworks);
    if (!catalog)
        return catalog.error();
    ImportPreview preview{sourceName, QStringLiteral("ics"), {}, {}};
    const std::optional<Structure> structure = screen(data, preview);
    if (!structure)
        return preview;
    std::unique_ptr<icalcomponent, ComponentDeleter> root(
        icalparser_parse_string(data.constData()));
    if (!root) {
        preview.addError(1, QString(),
                         icalerrno == ICAL_NO_ERROR
                             ? tr("libical could not read the calendar; the file is damaged. "
                                  "Export it again.")
                             : tr("libical could not read the calendar: %1")
                                   .arg(text(icalerror_strerror(icalerrno))));
        return preview;
    }

    EventReader reader(options, *catalog, m_database.clock().now(), preview);
    qsizetype eventIndex = 0;
    for (icalcomponent *calendar : calendarsIn(root.get())) {
        for (icalcomponent *event =
                 icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
             event; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT),
                           ++eventIndex)
            reader.read(event, structure->eventLines.value(eventIndex, 0));
    }
    if (eventIndex == 0)
        preview.addWarning(0, QString(), tr("The calendar has no events."));
    return PostImportWriter(m_database).withDuplicatesMarked(std::move(preview));
}

} // namespace hearth::core
