// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/icsexporter.h"

#include "common/clock.h"
#include "common/logging.h"
#include "hearth_version.h"
#include "plan/post.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QSqlQuery>

#include <algorithm>
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

icaltimetype utcTime(qint64 secondsSinceEpoch)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(secondsSinceEpoch), 0,
                                         icaltimezone_get_utc_timezone());
}

icaltimetype utcTime(const QDateTime &time)
{
    return utcTime(time.toSecsSinceEpoch());
}

constexpr QByteArrayView calendarEnd("END:VCALENDAR\r\n");

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

struct PropertyDeleter
{
    void operator()(icalproperty *property) const { icalproperty_free(property); }
};
using PropertyPtr = std::unique_ptr<icalproperty, PropertyDeleter>;

// One property as libical writes it: escaped, folded at 75 octets, ending in CRLF.
void appendProperty(QByteArray &out, icalproperty *property)
{
    char *text = icalproperty_as_ical_string_r(property);
    out.append(text);
    icalmemory_free_buffer(text);
}

QByteArray propertyText(icalproperty *property)
{
    QByteArray text;
    appendProperty(text, property);
    return text;
}

QByteArray serialise(icalcomponent *component)
{
    char *text = icalcomponent_as_ical_string_r(component);
    QByteArray bytes(text);
    icalmemory_free_buffer(text);
    return bytes;
}

// The post being gathered from its rows of the export query.
struct PendingPost
{
    qint64 id = -1;
    PostStatus status = PostStatus::Draft;
    qint64 scheduled = 0;
    QString title;
    QString body;
    QString link;
    QString pillar;
    QVariant updated;
    QStringList networkIds;
    QStringList networkNames;
    // Network id and text, for the networks with a text of their own.
    QList<std::pair<QString, QString>> variantTexts;
    QList<IcsExporter::Variant> variants;

    // Columns as selected by the export query.
    void start(const QSqlQuery &row)
    {
        id = row.value(0).toLongLong();
        title = row.value(1).toString();
        body = lineBreaksAsLf(row.value(2).toString());
        scheduled = row.value(3).toLongLong();
        status = postStatusFromString(row.value(4).toString()).value_or(PostStatus::Draft);
        pillar = row.value(5).toString();
        link = row.value(6).toString();
        updated = row.value(7);
        networkIds.clear();
        networkNames.clear();
        variantTexts.clear();
        variants.clear();
    }

    void addNetwork(const QSqlQuery &row)
    {
        const QString networkId = row.value(8).toString();
        if (networkId.isEmpty())
            return;
        const QString networkName = row.value(9).toString();
        networkIds << networkId;
        networkNames << (networkName.isEmpty() ? networkId : networkName);
        const QVariant variant = row.value(10);
        if (!variant.isNull()) {
            const QString variantText = lineBreaksAsLf(variant.toString());
            variantTexts.append({networkId, variantText});
            variants.append({networkNames.constLast(), variantText});
        }
    }
};

// Writes posts as VEVENTs. Every line is written by libical's property serialiser (escaping and
// folding), but no component tree is built per event: the properties are made once, set in
// place for each post and serialised one by one, and the lines that never change are serialised
// once. libical's allocations dominate large exports.
class EventWriter final
{
public:
    explicit EventWriter(const icaltimetype &now)
        : m_start(icalproperty_new_dtstart(now))
        , m_lastModified(icalproperty_new_lastmodified(now))
        , m_eventStart(QByteArrayLiteral("BEGIN:VEVENT\r\n") +
                       propertyText(PropertyPtr(icalproperty_new_dtstamp(now)).get()) +
                       propertyText(PropertyPtr(icalproperty_new_duration(
                                                    icaldurationtype_from_int(eventMinutes * 60)))
                                        .get()))
    {
        m_variantNetwork = icalparameter_new_x("");
        icalparameter_set_xname(m_variantNetwork, "X-HEARTH-NETWORK");
        icalproperty_add_parameter(m_variant.get(), m_variantNetwork);
    }

    void append(QByteArray &out, const PendingPost &post)
    {
        out += m_eventStart;
        icalproperty_set_uid(m_uid.get(), IcsExporter::uidFor(post.id).toUtf8().constData());
        appendProperty(out, m_uid.get());
        icalproperty_set_dtstart(m_start.get(), utcTime(post.scheduled));
        appendProperty(out, m_start.get());
        icalproperty_set_summary(
            m_summary.get(),
            IcsExporter::summaryFor(post.networkNames, post.body).toUtf8().constData());
        appendProperty(out, m_summary.get());
        icalproperty_set_description(
            m_description.get(),
            IcsExporter::descriptionFor(post.body, post.variants, post.link).toUtf8().constData());
        appendProperty(out, m_description.get());
        icalproperty_set_status(m_status.get(), statusFor(post.status));
        appendProperty(out, m_status.get());
        if (!post.link.isEmpty()) {
            icalproperty_set_url(m_url.get(), post.link.toUtf8().constData());
            appendProperty(out, m_url.get());
        }
        if (!post.updated.isNull()) {
            icalproperty_set_lastmodified(m_lastModified.get(), utcTime(post.updated.toLongLong()));
            appendProperty(out, m_lastModified.get());
        }
        if (!post.pillar.isEmpty()) {
            const QString category = categoryText(post.pillar);
            if (!category.isEmpty()) {
                icalproperty_set_categories(m_categories.get(), category.toUtf8().constData());
                appendProperty(out, m_categories.get());
            }
        }
        appendHearthDetails(out, post);
        out += "END:VEVENT\r\n";
    }

private:
    // Hearth's own details, ignored by calendar apps, so a re-import gives back the plan.
    void appendHearthDetails(QByteArray &out, const PendingPost &post)
    {
        icalproperty_set_x(m_hearthStatus.get(), toString(post.status).toUtf8().constData());
        appendProperty(out, m_hearthStatus.get());
        if (!post.networkIds.isEmpty()) {
            icalproperty_set_x(m_networks.get(), post.networkIds.join(u',').toUtf8().constData());
            appendProperty(out, m_networks.get());
        }
        for (const auto &[networkId, text] : std::as_const(post.variantTexts)) {
            // libical drops a property with an empty value and trims the blanks around one, so a
            // text of blanks alone would vanish: it is named as an empty text instead.
            if (std::all_of(text.cbegin(), text.cend(),
                            [](QChar ch) { return ch == u' ' || ch == u'\t'; })) {
                icalproperty_set_x(m_emptyVariant.get(), networkId.toUtf8().constData());
                appendProperty(out, m_emptyVariant.get());
                continue;
            }
            icalparameter_set_xvalue(m_variantNetwork, networkId.toUtf8().constData());
            icalproperty_set_x(m_variant.get(), text.toUtf8().constData());
            appendProperty(out, m_variant.get());
        }
        if (!post.title.isEmpty()) {
            icalproperty_set_x(m_title.get(), post.title.toUtf8().constData());
            appendProperty(out, m_title.get());
        }
    }

    PropertyPtr m_uid{icalproperty_new_uid("")};
    PropertyPtr m_start;
    PropertyPtr m_summary{icalproperty_new_summary("")};
    PropertyPtr m_description{icalproperty_new_description("")};
    PropertyPtr m_status{icalproperty_new_status(ICAL_STATUS_TENTATIVE)};
    PropertyPtr m_hearthStatus{newX("X-HEARTH-STATUS", QStringLiteral("draft"))};
    PropertyPtr m_url{icalproperty_new_url("")};
    PropertyPtr m_lastModified;
    PropertyPtr m_categories{icalproperty_new_categories("")};
    PropertyPtr m_networks{newX("X-HEARTH-NETWORKS", QString())};
    PropertyPtr m_variant{newX("X-HEARTH-VARIANT", QString())};
    PropertyPtr m_emptyVariant{newX("X-HEARTH-EMPTY-VARIANT", QString())};
    // Owned by m_variant.
    icalparameter *m_variantNetwork = nullptr;
    PropertyPtr m_title{newX("X-HEARTH-TITLE", QString())};
    const QByteArray m_eventStart;
};

// The calendar's own lines up to its first event, written by libical too.
Result<QByteArray> calendarHead()
{
    ComponentPtr calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Hearth//Hearth " HEARTH_VERSION "//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    addX(calendar.get(), "X-WR-CALNAME", tr("Hearth plan"));
    QByteArray head = serialise(calendar.get());
    if (!head.endsWith(calendarEnd))
        return Error::make(ErrorKind::Internal, tr("libical wrote an unexpected calendar header."));
    head.chop(calendarEnd.size());
    return head;
}

} // namespace

IcsExporter::IcsExporter(Database &database)
    : m_database(database)
{}

QString IcsExporter::uidFor(qint64 postId)
{
    return QStringLiteral("post-%1@hearth").arg(postId);
}

QString IcsExporter::summaryFor(const QStringList &networkNames, const QString &text)
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
    if (networkNames.isEmpty())
        return words;
    return u'[' + networkNames.join(QStringLiteral(", ")) + QStringLiteral("] ") + words;
}

QString IcsExporter::descriptionFor(const QString &body, const QList<Variant> &variants,
                                    const QString &link)
{
    QString description = body;
    for (const Variant &variant : variants) {
        if (variant.text != body)
            description += QStringLiteral("\n\n[") + variant.networkName.simplified() +
                           QStringLiteral("]\n") + variant.text;
    }
    if (!link.isEmpty())
        description += QStringLiteral("\n\n") + link;
    return description;
}

std::optional<QString> IcsExporter::bodyFromDescription(const QString &description,
                                                        const QStringList &variantTexts,
                                                        const QString &link)
{
    QString rest = description;
    if (!link.isEmpty()) {
        if (!rest.endsWith(QStringLiteral("\n\n") + link))
            return std::nullopt;
        rest.chop(link.size() + 2);
    }
    // From the last variant back: each written one ends the text as "\n\n[Name]\n<text>". A
    // variant that is not there was equal to the body and so not written.
    // libical trims spaces and tabs around a property value, so a variant may come back without
    // the ones its copy in the description still has.
    const auto withoutTrailingBlanks = [](QString text) {
        while (text.endsWith(u' ') || text.endsWith(u'\t'))
            text.chop(1);
        return text;
    };
    for (auto text = variantTexts.crbegin(); text != variantTexts.crend(); ++text) {
        const QString trimmed = withoutTrailingBlanks(rest);
        if (!trimmed.endsWith(*text))
            continue;
        const QString head = withoutTrailingBlanks(trimmed.chopped(text->size()));
        if (!head.endsWith(QStringLiteral("]\n")))
            continue;
        const qsizetype open = head.lastIndexOf(QStringLiteral("\n\n["));
        if (open < 0 || head.indexOf(u'\n', open + 2) != head.size() - 1)
            continue;
        rest = head.left(open);
    }
    return rest;
}

Result<ExportSummary> IcsExporter::write(QIODevice &device, const ExportFilter &filter,
                                         const ExportProgress &progress) const
{
    // One streaming query over posts and their networks, in calendar order: no Post objects,
    // so 100k posts export in about the time libical needs to write them. The rows of one post
    // come one after the other and become one event.
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
    return writeEvents(device, *rows, total->toLongLong(), progress);
}

Result<ExportSummary> IcsExporter::writeEvents(QIODevice &device, QSqlQuery &rows, qint64 postCount,
                                               const ExportProgress &progress) const
{
    auto fail = [&]() -> Error {
        return Error::make(ErrorKind::Io,
                           tr("Writing the calendar failed: %1").arg(device.errorString()));
    };
    // The calendar's END line is written after the events.
    const auto head = calendarHead();
    if (!head)
        return head.error();
    if (device.write(*head) != head->size())
        return fail();

    EventWriter events(utcTime(m_database.clock().now()));
    // Events collect here and reach the device in large writes.
    QByteArray chunk;
    constexpr qsizetype chunkBytes = 1 << 20;
    chunk.reserve(chunkBytes + (64 << 10));
    auto flush = [&]() -> bool {
        const bool written = device.write(chunk) == chunk.size();
        chunk.clear();
        return written;
    };
    PendingPost post;
    ExportSummary summary;
    auto emitEvent = [&]() -> bool {
        events.append(chunk, post);
        ++summary.entries;
        return chunk.size() < chunkBytes || flush();
    };

    while (rows.next()) {
        if (const qint64 postId = rows.value(0).toLongLong(); postId != post.id) {
            if (post.id >= 0 && !emitEvent())
                return fail();
            ++summary.posts;
            if (progress && (summary.posts % 256 == 0) && !progress(summary.posts, postCount))
                return Error::make(ErrorKind::Io, tr("The export was cancelled."));
            post.start(rows);
        }
        post.addNetwork(rows);
    }
    if (post.id >= 0 && !emitEvent())
        return fail();
    if (progress && !progress(summary.posts, postCount))
        return Error::make(ErrorKind::Io, tr("The export was cancelled."));
    chunk += calendarEnd;
    if (!flush())
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
