#include "icsexporter.h"

#include "catalog.h"
#include "clock.h"
#include "database.h"
#include "hearth_version.h"
#include "logging.h"
#include "postrepository.h"

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

void addX(icalcomponent *event, const char *name, const QString &value)
{
    icalproperty *property = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(property, name);
    icalcomponent_add_property(event, property);
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
    CatalogRepository catalog(m_database);
    auto networks = catalog.networks();
    if (!networks)
        return networks.error();
    QHash<QString, QString> networkNames;
    for (const Network &network : std::as_const(*networks))
        networkNames.insert(network.id, network.name);
    auto pillars = catalog.pillars();
    if (!pillars)
        return pillars.error();
    QHash<qint64, QString> pillarNames;
    for (const Pillar &pillar : std::as_const(*pillars))
        pillarNames.insert(pillar.id, pillar.name);

    const QDateTime from =
        filter.from.isValid() ? filter.from : QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to =
        filter.to.isValid() ? filter.to : QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
    auto posts = PostRepository(m_database).scheduledBetween(from, to);
    if (!posts)
        return posts.error();

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

    const icaltimetype stamp = utcTime(m_database.clock().now());
    ExportSummary summary;
    const qint64 total = posts->size();
    for (qint64 index = 0; index < total; ++index) {
        const Post &post = posts->at(index);
        QStringList targets;
        for (const PostNetwork &network : post.networks) {
            if (filter.includesNetwork(network.networkId))
                targets << network.networkId;
        }
        if (post.networks.isEmpty() && filter.networks.isEmpty())
            targets << QString();
        if (!targets.isEmpty())
            ++summary.posts;
        for (const QString &networkId : std::as_const(targets)) {
            ComponentPtr event(icalcomponent_new_vevent());
            icalcomponent *e = event.get();
            const QString text = networkId.isEmpty() ? post.body : post.textFor(networkId);
            icalcomponent_add_property(
                e, icalproperty_new_uid(uidFor(post.id, networkId).toUtf8().constData()));
            icalcomponent_add_property(e, icalproperty_new_dtstamp(stamp));
            icalcomponent_add_property(e, icalproperty_new_dtstart(utcTime(post.scheduledAt)));
            icalcomponent_add_property(
                e, icalproperty_new_duration(icaldurationtype_from_int(eventMinutes * 60)));
            if (post.updatedAt.isValid())
                icalcomponent_add_property(e,
                                           icalproperty_new_lastmodified(utcTime(post.updatedAt)));
            icalcomponent_add_property(
                e,
                icalproperty_new_summary(summaryFor(networkNames.value(networkId, networkId), text)
                                             .toUtf8()
                                             .constData()));
            QString description = text;
            if (!post.link.isEmpty()) {
                description += QStringLiteral("\n\n") + post.link;
                icalcomponent_add_property(e, icalproperty_new_url(post.link.toUtf8().constData()));
            }
            icalcomponent_add_property(
                e, icalproperty_new_description(description.toUtf8().constData()));
            if (post.pillarId && pillarNames.contains(*post.pillarId)) {
                const QString category = categoryText(pillarNames.value(*post.pillarId));
                if (!category.isEmpty())
                    icalcomponent_add_property(
                        e, icalproperty_new_categories(category.toUtf8().constData()));
            }
            icalcomponent_add_property(e, icalproperty_new_status(statusFor(post.status)));
            // Hearth's own details, ignored by calendar apps, so a re-import gives back the plan.
            addX(e, "X-HEARTH-STATUS", toString(post.status));
            if (!networkId.isEmpty()) {
                addX(e, "X-HEARTH-NETWORK", networkId);
                if (post.network(networkId)->hasVariant())
                    addX(e, "X-HEARTH-VARIANT", QStringLiteral("TRUE"));
            }
            if (!post.title.isEmpty())
                addX(e, "X-HEARTH-TITLE", post.title);
            const QByteArray bytes = serialise(e);
            if (device.write(bytes) != bytes.size())
                return fail();
            ++summary.entries;
        }
        if (progress && (index % 256 == 0 || index + 1 == total) && !progress(index + 1, total))
            return Error::make(ErrorKind::Io, tr("The export was cancelled."));
    }
    if (device.write(end) != end.size())
        return fail();
    return summary;
}

Result<ExportSummary> IcsExporter::exportToFile(const QString &path, const ExportFilter &filter,
                                                const ExportProgress &progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorKind::Io,
                           tr("Cannot write %1: %2. Choose another folder.")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    auto written = write(file, filter, progress);
    if (!written) {
        file.cancelWriting();
        return Error::make(written.error().kind,
                           tr("%1 was not written (any older file there is unchanged): %2")
                               .arg(QDir::toNativeSeparators(path), written.error().message));
    }
    if (!file.commit())
        return Error::make(ErrorKind::Io,
                           tr("%1 was not written (any older file there is unchanged): %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    written->path = path;
    qCInfo(lcExport) << "calendar written" << path << written->entries << "events";
    return written;
}

} // namespace hearth::core
