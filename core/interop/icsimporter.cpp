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

// One Hearth post spread over several events, or one foreign event.
struct Group
{
    qsizetype row = -1;
    bool haveBody = false;
};

} // namespace

IcsImporter::IcsImporter(Database &database)
    : m_database(database)
{}

Result<ImportPreview> IcsImporter::parseFile(const QString &path,
                                             const IcsImportOptions &options) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            ErrorKind::Io,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > maxFileBytes) {
        // Refused before reading it all into memory.
        ImportPreview preview;
        preview.source = QFileInfo(path).fileName();
        preview.format = QStringLiteral("ics");
        preview.addError(0, QString(),
                         tr("The calendar is %1 MB; Hearth imports calendars of at most %2 MB. "
                            "Export a shorter period.")
                             .arg(file.size() / (1024 * 1024))
                             .arg(maxFileBytes / (1024 * 1024)));
        return preview;
    }
    return parse(file.readAll(), QFileInfo(path).fileName(), options);
}

Result<ImportPreview> IcsImporter::parse(const QByteArray &data, const QString &sourceName,
                                         const IcsImportOptions &options) const
{
    ImportPreview preview;
    preview.source = sourceName;
    preview.format = QStringLiteral("ics");

    CatalogRepository catalog(m_database);
    auto networks = catalog.networks();
    if (!networks)
        return networks.error();
    auto pillars = catalog.pillars();
    if (!pillars)
        return pillars.error();
    auto findNetwork = [&](const QString &key) -> QString {
        for (const Network &network : std::as_const(*networks)) {
            if (network.id.compare(key, Qt::CaseInsensitive) == 0 ||
                network.name.compare(key, Qt::CaseInsensitive) == 0)
                return network.id;
        }
        return {};
    };
    auto findPillar = [&](const QString &name) -> std::optional<qint64> {
        for (const Pillar &pillar : std::as_const(*pillars)) {
            QString sanitised = pillar.name;
            sanitised.replace(u',', u' ').replace(u';', u' ');
            if (pillar.name.compare(name, Qt::CaseInsensitive) == 0 ||
                sanitised.simplified().compare(name, Qt::CaseInsensitive) == 0)
                return pillar.id;
        }
        return std::nullopt;
    };
    for (const QString &id : options.defaultNetworks) {
        if (findNetwork(id).isEmpty())
            return Error::make(ErrorKind::InvalidInput,
                               tr("\"%1\" is not a network in this plan.").arg(id));
    }

    if (data.size() > maxFileBytes) {
        preview.addError(0, QString(),
                         tr("The calendar is %1 MB; Hearth imports calendars of at most %2 MB. "
                            "Export a shorter period.")
                             .arg(data.size() / (1024 * 1024))
                             .arg(maxFileBytes / (1024 * 1024)));
        return preview;
    }
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        preview.addError(1, QString(),
                         tr("The calendar is UTF-16 text; iCalendar files are UTF-8. Export it "
                            "again as UTF-8."));
        return preview;
    }
    // libical reads a C string: everything after a NUL byte would be dropped without a word.
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0) {
        const bool calendar = data.trimmed().startsWith("BEGIN:VCALENDAR");
        preview.addError(
            QByteArrayView(data).first(nul).count('\n') + 1, QString(),
            calendar ? tr("The calendar contains a NUL byte (binary data); it is damaged. Export "
                          "it again.")
                     : tr("This is not an iCalendar file (it holds binary data)."));
        return preview;
    }
    if (!data.trimmed().startsWith("BEGIN:VCALENDAR")) {
        preview.addError(
            1, QString(),
            tr("This is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)."));
        return preview;
    }
    const Structure structure = scanStructure(data);
    if (structure.badUtf8Line > 0) {
        preview.addError(structure.badUtf8Line, QString(),
                         tr("The text is not UTF-8 (iCalendar files are); it may be Latin-1. "
                            "Export the calendar again as UTF-8."));
        return preview;
    }
    if (structure.maxDepth > maxNesting) {
        // libical frees components recursively; a bomb of nested BEGIN lines would exhaust the
        // stack.
        preview.addError(structure.deepestLine, QString(),
                         tr("Components are nested %1 deep here (BEGIN without END); a calendar "
                            "nests a few levels at most. The file is damaged.")
                             .arg(structure.maxDepth));
        return preview;
    }
    if (!structure.unclosed.isEmpty()) {
        // libical would read what it can and drop the rest without a word.
        preview.addError(structure.lastLine, QString(),
                         tr("The calendar ends here, inside BEGIN:%1 of line %2 (no END:%1): the "
                            "file was cut off. Export it again.")
                             .arg(QString::fromUtf8(structure.unclosed))
                             .arg(structure.unclosedLine));
        return preview;
    }
    if (structure.eventLines.size() > maxEvents) {
        preview.addError(structure.eventLines.at(maxEvents), QString(),
                         tr("The calendar has %1 events; Hearth imports at most %2 at a time. "
                            "Export a shorter period.")
                             .arg(structure.eventLines.size())
                             .arg(maxEvents));
        return preview;
    }
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
    QList<icalcomponent *> calendars;
    if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
        calendars << root.get();
    } else {
        for (icalcomponent *c =
                 icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
             c; c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            calendars << c;
    }

    static const QRegularExpression hearthUid(QStringLiteral("^post-(\\d+)(?:-(.+))?@hearth$"));
    static const QRegularExpression networkPrefix(QStringLiteral("^\\[([^\\]]+)\\]\\s*"));
    const QList<qint64> &lines = structure.eventLines;
    const QDateTime now = m_database.clock().now();
    QHash<QString, Group> groups;
    qsizetype eventIndex = 0;

    for (icalcomponent *calendar : std::as_const(calendars)) {
        for (icalcomponent *event =
                 icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
             event; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT),
                           ++eventIndex) {
            const qint64 line = lines.value(eventIndex, 0);
            const QString uid = text(icalcomponent_get_uid(event));

            for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY);
                 p; p = icalcomponent_get_next_property(event, ICAL_XLICERROR_PROPERTY))
                preview.addWarning(line, QString(),
                                   tr("libical: %1").arg(text(icalproperty_get_xlicerror(p))));

            if (icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY)) {
                preview.addWarning(
                    line, QStringLiteral("RECURRENCE-ID"),
                    tr("a changed occurrence of a repeating event; it was left out"));
                continue;
            }
            QString timeWarning;
            const QDateTime start = startOf(event, options.timeZone, timeWarning);
            if (!start.isValid()) {
                preview.addError(line, QStringLiteral("DTSTART"),
                                 tr("The event %1 has no valid start (DTSTART); give it a date.")
                                     .arg(uid.isEmpty() ? tr("without UID") : uid));
                continue;
            }
            if (!timeWarning.isEmpty())
                preview.addWarning(line, QStringLiteral("DTSTART"), timeWarning);
            if (icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY))
                preview.addWarning(line, QStringLiteral("RRULE"),
                                   tr("a repeating event; only its first occurrence was imported"));

            QString summary = text(icalcomponent_get_summary(event));
            // "[Instagram, X] words": every name in the brackets must be a network of this
            // plan, else the brackets are part of the text.
            QStringList summaryNetworks;
            if (const auto match = networkPrefix.match(summary); match.hasMatch()) {
                for (const QString &name : match.captured(1).split(u',')) {
                    const QString id = findNetwork(name.trimmed());
                    if (id.isEmpty()) {
                        summaryNetworks.clear();
                        break;
                    }
                    if (!summaryNetworks.contains(id))
                        summaryNetworks << id;
                }
                if (!summaryNetworks.isEmpty())
                    summary = summary.mid(match.capturedLength());
            }
            // Hearth's own exports name the networks by id: X-HEARTH-NETWORKS (one event per
            // post) or X-HEARTH-NETWORK (one event per post and network, as earlier builds wrote).
            QStringList eventNetworks;
            QString unknownNetwork;
            QString networkField;
            const QString hearthNetworks = xProperty(event, "X-HEARTH-NETWORKS");
            const QString hearthNetwork = xProperty(event, "X-HEARTH-NETWORK");
            if (!hearthNetworks.isEmpty() || !hearthNetwork.isEmpty()) {
                networkField = hearthNetworks.isEmpty() ? QStringLiteral("X-HEARTH-NETWORK")
                                                        : QStringLiteral("X-HEARTH-NETWORKS");
                const QStringList keys =
                    (hearthNetworks.isEmpty() ? hearthNetwork : hearthNetworks).split(u',');
                for (const QString &key : keys) {
                    const QString id = findNetwork(key.trimmed());
                    if (id.isEmpty()) {
                        unknownNetwork = key.trimmed();
                        break;
                    }
                    if (!eventNetworks.contains(id))
                        eventNetworks << id;
                }
            } else if (!summaryNetworks.isEmpty()) {
                eventNetworks = summaryNetworks;
            } else {
                for (const QString &id : options.defaultNetworks)
                    eventNetworks << findNetwork(id);
            }
            // Each network's own text: X-HEARTH-VARIANT;X-HEARTH-NETWORK=<id>:<text>, or
            // X-HEARTH-EMPTY-VARIANT:<id> for an empty one, in the order they were written.
            QList<std::pair<QString, QString>> variants;
            for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_X_PROPERTY);
                 p && unknownNetwork.isEmpty();
                 p = icalcomponent_get_next_property(event, ICAL_X_PROPERTY)) {
                if (qstricmp(icalproperty_get_x_name(p), "X-HEARTH-EMPTY-VARIANT") == 0) {
                    const QString key = text(icalproperty_get_x(p));
                    const QString id = findNetwork(key);
                    if (id.isEmpty()) {
                        unknownNetwork = key;
                        networkField = QStringLiteral("X-HEARTH-EMPTY-VARIANT");
                        break;
                    }
                    variants.append({id, QStringLiteral("")});
                    if (!eventNetworks.contains(id))
                        eventNetworks << id;
                    continue;
                }
                if (qstricmp(icalproperty_get_x_name(p), "X-HEARTH-VARIANT") != 0)
                    continue;
                for (icalparameter *parameter =
                         icalproperty_get_first_parameter(p, ICAL_X_PARAMETER);
                     parameter; parameter = icalproperty_get_next_parameter(p, ICAL_X_PARAMETER)) {
                    if (qstricmp(icalparameter_get_xname(parameter), "X-HEARTH-NETWORK") != 0)
                        continue;
                    const QString key = text(icalparameter_get_xvalue(parameter));
                    const QString id = findNetwork(key);
                    if (id.isEmpty()) {
                        unknownNetwork = key;
                        networkField = QStringLiteral("X-HEARTH-VARIANT");
                        break;
                    }
                    variants.append({id, text(icalproperty_get_x(p))});
                    if (!eventNetworks.contains(id))
                        eventNetworks << id;
                }
            }
            if (!unknownNetwork.isEmpty()) {
                preview.addError(line, networkField,
                                 tr("\"%1\" is not a network in this plan; add it under Settings "
                                    "or remove the event.")
                                     .arg(unknownNetwork));
                continue;
            }

            const QString url = text(icalcomponent_get_first_property(event, ICAL_URL_PROPERTY)
                                         ? icalproperty_get_url(icalcomponent_get_first_property(
                                               event, ICAL_URL_PROPERTY))
                                         : nullptr);
            QString body = text(icalcomponent_get_description(event));
            const bool hasDescription = !body.isNull();
            if (!variants.isEmpty()) {
                QStringList variantTexts;
                for (const auto &variant : std::as_const(variants))
                    variantTexts << variant.second;
                if (auto stripped = IcsExporter::bodyFromDescription(body, variantTexts, url))
                    body = *stripped;
                else
                    preview.addWarning(line, QStringLiteral("DESCRIPTION"),
                                       tr("the description does not end with the post's link; "
                                          "all of it became the text"));
            } else if (!url.isEmpty() && body.endsWith(QStringLiteral("\n\n") + url)) {
                body.chop(url.size() + 2);
            }
            // Hearth writes an empty text as an empty DESCRIPTION, which libical drops: for our own
            // events no description means no text, not the "(no text)" summary.
            const auto hearth = hearthUid.match(uid);
            if (!hasDescription)
                body = hearth.hasMatch() ? QStringLiteral("") : summary;

            std::optional<PostStatus> status;
            switch (options.status) {
            case IcsStatusChoice::FromFile:
                status = statusFromFile(event).value_or(PostStatus::Draft);
                break;
            case IcsStatusChoice::AllDrafts:
                status = PostStatus::Draft;
                break;
            case IcsStatusChoice::AllScheduled:
                status = PostStatus::Scheduled;
                break;
            }
            if (start < now && status != PostStatus::Published && status != PostStatus::Skipped)
                preview.addWarning(
                    line, QStringLiteral("DTSTART"),
                    tr("%1 is in the past").arg(start.toLocalTime().toString(Qt::ISODate)));

            // Events of one Hearth post come back together as that post.
            const QString groupKey = hearth.hasMatch()
                                         ? QStringLiteral("hearth:") + hearth.captured(1)
                                     : uid.isEmpty() ? QStringLiteral("line:%1").arg(line)
                                                     : QStringLiteral("uid:") + uid;
            // Earlier builds wrote one event per network, whose description was that network's
            // own text when marked X-HEARTH-VARIANT:TRUE.
            const bool isVariant = variants.isEmpty() && xProperty(event, "X-HEARTH-VARIANT")
                                                                 .compare(QLatin1String("TRUE"),
                                                                          Qt::CaseInsensitive) == 0;
            Group &group = groups[groupKey];
            if (group.row >= 0) {
                Post &post = preview.rows[group.row].post;
                for (const QString &id : std::as_const(eventNetworks)) {
                    if (post.network(id))
                        continue;
                    PostNetwork network{id, {}, {}, {}, {}};
                    if (isVariant)
                        network.variantText = body;
                    post.networks << network;
                }
                if (!isVariant && !group.haveBody) {
                    // The body arrived after a variant: earlier networks without variant flag keep
                    // the body.
                    post.body = body;
                    group.haveBody = true;
                }
                continue;
            }

            ImportRow row;
            row.line = line;
            Post &post = row.post;
            post.body = body;
            // A variant event of a Hearth post carries the post's own text in X-HEARTH-BODY (none
            // when that text is empty); without it, a post whose every network has a variant
            // would come back with a variant as its text.
            const bool bodyKnown = !isVariant || hearth.hasMatch();
            if (isVariant && hearth.hasMatch()) {
                const QString own = xProperty(event, "X-HEARTH-BODY");
                post.body = own.isNull() ? QStringLiteral("") : own;
            }
            post.scheduledAt = start;
            post.status = *status;
            post.link = url;
            if (hearth.hasMatch())
                post.title = xProperty(event, "X-HEARTH-TITLE");
            else if (hasDescription)
                post.title = summary;
            for (const QString &id : std::as_const(eventNetworks)) {
                PostNetwork network{id, {}, {}, {}, {}};
                if (isVariant)
                    network.variantText = body;
                for (const auto &[variantNetwork, variantText] : std::as_const(variants)) {
                    if (variantNetwork == id)
                        network.variantText = variantText;
                }
                post.networks << network;
            }
            group.haveBody = bodyKnown;
            if (icalproperty *categories =
                    icalcomponent_get_first_property(event, ICAL_CATEGORIES_PROPERTY)) {
                for (; categories && !post.pillarId; categories = icalcomponent_get_next_property(
                                                         event, ICAL_CATEGORIES_PROPERTY)) {
                    const QStringList names =
                        text(icalproperty_get_categories(categories)).split(u',');
                    for (const QString &name : names) {
                        if ((post.pillarId = findPillar(name.trimmed())))
                            break;
                    }
                }
            }
            group.row = preview.rows.size();
            preview.rows << row;
        }
    }
    if (eventIndex == 0)
        preview.addWarning(0, QString(), tr("The calendar has no events."));

    if (auto marked = PostImportWriter(m_database).markDuplicates(preview); !marked)
        return marked.error();
    return preview;
}

} // namespace hearth::core
