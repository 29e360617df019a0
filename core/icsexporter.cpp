#include "icsexporter.h"

#include "clock.h"
#include "database.h"
#include "hearth_version.h"
#include "logging.h"
#include "post.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSaveFile>

#include <libical/ical.h>
#include <memory>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::IcsExporter", text);
}

constexpr int eventMinutes = 15;
constexpr qsizetype summaryChars = 40;

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype utcTime(const QDateTime &time)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(time.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

icalproperty *newX(const char *name, const QString &value)
{
    icalproperty *property = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(property, name);
    return property;
}

void addX(icalcomponent *event, const char *name, const QString &value)
{
    icalcomponent_add_property(event, newX(name, value));
}

icalproperty_status statusFor(PostStatus status)
{
    switch (status) {
    case PostStatus::Draft:
        return ICAL_STATUS_TENTATIVE;
    case PostStatus::Scheduled:
    case PostStatus::Published:
        return ICAL_STATUS_CONFIRMED;
    case PostStatus::Skipped:
        return ICAL_STATUS_CANCELLED;
    }
    return ICAL_STATUS_TENTATIVE;
}

// libical 3.0 writes CATEGORIES values without escaping commas or semicolons, which would split
// one pillar into several categories; those two characters become spaces.
QString categoryText(const QString &pillar)
{
    QString text = pillar;
    text.replace(u',', u' ').replace(u';', u' ');
    return text.simplified();
}

// iCalendar TEXT knows only "\n" line breaks, and libical silently drops a carriage return, which
// would join the lines around a lone CR (old Mac line ends, pasted or imported text).
QString lineBreaksAsLf(QString text)
{
    if (text.contains(u'\r'))
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    return text;
}

QByteArray serialise(icalcomponent *component)
{
    char *text = icalcomponent_as_ical_string_r(component);
    QByteArray bytes(text);
    icalmemory_free_buffer(text);
    return bytes;
}

} // namespace

IcsExporter::IcsExporter(Database &database)
    : m_database(database)
{}

QString IcsExporter::uidFor(qint64 postId, const QString &networkId)
{
    if (networkId.isEmpty())
        return QStringLiteral("post-%1@hearth").arg(postId);
    return QStringLiteral("post-%1-%2@hearth").arg(postId).arg(networkId);
}

QString IcsExporter::summaryFor(const QString &networkName, const QString &text)
{
    QString words = text.section(u'\n', 0, 0).simplified();
    if (words.isEmpty())
        words = text.simplified();
    if (words.size() > summaryChars) {
        qsizetype cut = words.lastIndexOf(u' ', summaryChars);
        if (cut < summaryChars / 2)
            cut = summaryChars;
        // Never split a surrogate pair (an emoji) in half.
        if (cut > 0 && words.at(cut - 1).isHighSurrogate())
            --cut;
        words = words.left(cut).trimmed() + QChar(0x2026);
    } else if (words != text.trimmed()) {
        words += QChar(0x2026);
    }
    if (words.isEmpty())
        words = tr("(no text)");
    return networkName.isEmpty() ? words : QStringLiteral("[%1] %2").arg(networkName, words);
}

Result<ExportSummary> IcsExporter::write(QIODevice &device, const ExportFilter &filter,
                                         const ExportProgress &progress) const
{
    // One streaming query over posts and their networks, in calendar order: no Post objects,
    // so 100k posts export in about the time libical needs to write them.
    QStringList where{QStringLiteral("p.scheduled_at IS NOT NULL")};
    Bindings bindings;
    appendExportConditions(filter, where, bindings);
    const QString whereClause = where.join(QStringLiteral(" AND "));
    auto total = m_database.scalar(QStringLiteral("SELECT count(DISTINCT p.id) FROM posts p LEFT "
                                                  "JOIN post_networks pn ON pn.post_id = p.id "
                                                  "WHERE ") +
                                       whereClause,
                                   bindings);
    if (!total)
        return total.error();
    auto rows =
        m_database.exec(QStringLiteral("SELECT p.id, p.title, p.body, p.scheduled_at, p.status, "
                                       "pl.name, p.link, p.updated_at, "
                                       "pn.network_id, n.name, pn.variant_text FROM posts p "
                                       "LEFT JOIN post_networks pn ON pn.post_id = p.id "
                                       "LEFT JOIN networks n ON n.id = pn.network_id "
                                       "LEFT JOIN pillars pl ON pl.id = p.pillar_id WHERE %1 "
                                       "ORDER BY p.scheduled_at, p.id, n.sort_order, n.id")
                            .arg(whereClause),
                        bindings);
    if (!rows)
        return rows.error();

    auto fail = [&]() -> Error {
        return Error::make(ErrorKind::Io,
                           tr("Writing the calendar failed: %1").arg(device.errorString()));
    };

    // The calendar's own lines come from libical too; its END line is written after the events.
    ComponentPtr calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Hearth//Hearth " HEARTH_VERSION "//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    addX(calendar.get(), "X-WR-CALNAME", tr("Hearth plan"));
    QByteArray head = serialise(calendar.get());
    const QByteArray end("END:VCALENDAR\r\n");
    if (!head.endsWith(end))
        return Error::make(ErrorKind::Internal, tr("libical wrote an unexpected calendar header."));
    head.chop(end.size());
    if (device.write(head) != head.size())
        return fail();

    // One VEVENT is reused for every event: libical's allocations dominate large exports.
    ComponentPtr event(icalcomponent_new_vevent());
    icalcomponent *e = event.get();
    icalproperty *uid = icalproperty_new_uid("");
    icalproperty *start = icalproperty_new_dtstart(utcTime(m_database.clock().now()));
    icalproperty *summaryProperty = icalproperty_new_summary("");
    icalproperty *descriptionProperty = icalproperty_new_description("");
    icalproperty *statusProperty = icalproperty_new_status(ICAL_STATUS_TENTATIVE);
    icalproperty *hearthStatus = newX("X-HEARTH-STATUS", QStringLiteral("draft"));
    icalcomponent_add_property(e, uid);
    icalcomponent_add_property(e, icalproperty_new_dtstamp(utcTime(m_database.clock().now())));
    icalcomponent_add_property(e, start);
    icalcomponent_add_property(
        e, icalproperty_new_duration(icaldurationtype_from_int(eventMinutes * 60)));
    icalcomponent_add_property(e, summaryProperty);
    icalcomponent_add_property(e, descriptionProperty);
    icalcomponent_add_property(e, statusProperty);
    icalcomponent_add_property(e, hearthStatus);
    QList<icalproperty *> extras;
    ExportSummary summary;
    const qint64 postCount = total->toLongLong();
    qint64 lastPost = -1;
    while (rows->next()) {
        const qint64 postId = rows->value(0).toLongLong();
        const QString title = rows->value(1).toString();
        const QString body = rows->value(2).toString();
        const QDateTime scheduled =
            QDateTime::fromSecsSinceEpoch(rows->value(3).toLongLong(), Qt::UTC);
        const PostStatus status =
            postStatusFromString(rows->value(4).toString()).value_or(PostStatus::Draft);
        const QString pillar = rows->value(5).toString();
        const QString link = rows->value(6).toString();
        const QVariant updated = rows->value(7);
        const QString networkId = rows->value(8).toString();
        const QString networkName = rows->value(9).toString();
        const QVariant variant = rows->value(10);
        const bool hasVariant = !variant.isNull();
        const QString text = hasVariant ? variant.toString() : body;
        if (postId != lastPost) {
            lastPost = postId;
            ++summary.posts;
            if (progress && (summary.posts % 256 == 0) && !progress(summary.posts, postCount))
                return Error::make(ErrorKind::Io, tr("The export was cancelled."));
        }

        // The fixed properties are set in place; the optional ones are made for this event only.
        for (icalproperty *extra : std::as_const(extras)) {
            icalcomponent_remove_property(e, extra);
            icalproperty_free(extra);
        }
        extras.clear();
        auto addExtra = [&](icalproperty *property) {
            icalcomponent_add_property(e, property);
            extras << property;
        };
        icalproperty_set_uid(uid, uidFor(postId, networkId).toUtf8().constData());
        icalproperty_set_dtstart(start, utcTime(scheduled));
        icalproperty_set_summary(summaryProperty,
                                 summaryFor(networkName, text).toUtf8().constData());
        QString description = lineBreaksAsLf(text);
        if (!link.isEmpty()) {
            description += QStringLiteral("\n\n") + link;
            addExtra(icalproperty_new_url(link.toUtf8().constData()));
        }
        icalproperty_set_description(descriptionProperty, description.toUtf8().constData());
        icalproperty_set_status(statusProperty, statusFor(status));
        icalproperty_set_x(hearthStatus, toString(status).toUtf8().constData());
        if (!updated.isNull())
            addExtra(icalproperty_new_lastmodified(
                utcTime(QDateTime::fromSecsSinceEpoch(updated.toLongLong(), Qt::UTC))));
        if (!pillar.isEmpty()) {
            const QString category = categoryText(pillar);
            if (!category.isEmpty())
                addExtra(icalproperty_new_categories(category.toUtf8().constData()));
        }
        // Hearth's own details, ignored by calendar apps, so a re-import gives back the plan.
        if (!networkId.isEmpty()) {
            addExtra(newX("X-HEARTH-NETWORK", networkId));
            if (hasVariant) {
                addExtra(newX("X-HEARTH-VARIANT", QStringLiteral("TRUE")));
                // When every network has its own text, no event carries the post's text.
                if (!body.isEmpty())
                    addExtra(newX("X-HEARTH-BODY", lineBreaksAsLf(body)));
            }
        }
        if (!title.isEmpty())
            addExtra(newX("X-HEARTH-TITLE", title));
        const QByteArray bytes = serialise(e);
        if (device.write(bytes) != bytes.size())
            return fail();
        ++summary.entries;
    }
    if (progress && !progress(summary.posts, postCount))
        return Error::make(ErrorKind::Io, tr("The export was cancelled."));
    if (device.write(end) != end.size())
        return fail();
    return summary;
}

Result<ExportSummary> IcsExporter::exportToFile(const QString &path, const ExportFilter &filter,
                                                const ExportProgress &progress) const
{
    auto written =
        writeExportFile(path, [&](QIODevice &device) { return write(device, filter, progress); });
    if (written)
        qCInfo(lcExport) << "calendar written" << path << written->entries << "events";
    return written;
}

} // namespace hearth::core
