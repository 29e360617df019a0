// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/metricformats.h"

namespace hearth::core {

QString normalisedHeader(const QString &text)
{
    QString result = text;
    result.remove(QChar(0xFEFF));
    return result.simplified().toCaseFolded();
}

namespace {

QStringList names(std::initializer_list<const char16_t *> list)
{
    QStringList result;
    for (const char16_t *name : list)
        result << QString::fromUtf16(name);
    return result;
}

FieldSpec count(CountMetric metric, QStringList aliases, QStringList descriptionWords = {})
{
    return FieldSpec{MetricField::Count, metric, std::move(aliases), std::move(descriptionWords)};
}

FieldSpec field(MetricField kind, QStringList aliases, QStringList descriptionWords = {})
{
    return FieldSpec{kind, CountMetric::Reach, std::move(aliases), std::move(descriptionWords)};
}

// Header names seen in Meta Business Suite exports, with German and Swedish translations.
const QStringList metaPostId = names({u"post id", u"beitrags-id", u"inläggs-id"});
const QStringList metaPublished =
    names({u"publish time", u"veröffentlichungszeitpunkt", u"publiceringstid"});
const QStringList metaPermalink = names({u"permalink", u"permanenter link", u"permalänk"});
const QStringList metaDescription = names({u"description", u"beschreibung", u"beskrivning"});

// Checked before Meta Facebook: it also has "Post ID", but "Posted" and lifetime columns.
FormatSpec facebookLegacySpec()
{
    return FormatSpec{
        MetricFormat::FacebookLegacy,
        QStringLiteral("facebook"),
        {names({u"post id"}), names({u"posted"}), names({u"lifetime post total reach"})},
        {
            field(MetricField::PostId, names({u"post id"})),
            field(MetricField::Permalink, names({u"permalink"})),
            field(MetricField::Text, names({u"post message"})),
            field(MetricField::Published, names({u"posted"})),
            count(CountMetric::Reach, names({u"lifetime post total reach"})),
            count(CountMetric::Impressions, names({u"lifetime post total impressions"})),
            count(CountMetric::Views, names({u"lifetime post total video views"})),
            // Duplicate names, told apart only by the description row under the header.
            count(CountMetric::Reactions, names({u"lifetime post stories by action type"}),
                  names({u"total count", u"like"})),
            count(CountMetric::Comments, names({u"lifetime post stories by action type"}),
                  names({u"total count", u"comment"})),
            count(CountMetric::Shares, names({u"lifetime post stories by action type"}),
                  names({u"total count", u"share"})),
            count(CountMetric::Clicks, names({u"lifetime post consumptions by type"}),
                  names({u"total count", u"link clicks"})),
        },
        ZoneRule::Caller,
        DateOrder::MonthDayYear,
    };
}

FormatSpec metaFacebookSpec()
{
    return FormatSpec{
        MetricFormat::MetaFacebook,
        QStringLiteral("facebook"),
        {metaPostId, names({u"page id", u"seiten-id", u"sid-id"}), metaPublished},
        {
            field(MetricField::PostId, metaPostId),
            field(MetricField::Permalink, metaPermalink),
            field(MetricField::Text, metaDescription),
            field(MetricField::Title, names({u"title", u"titel"})),
            field(MetricField::Published, metaPublished),
            field(MetricField::Account, names({u"page name", u"seitenname", u"sidnamn"})),
            count(CountMetric::Reach, names({u"reach", u"reichweite", u"räckvidd"})),
            count(CountMetric::Impressions, names({u"impressions", u"impressionen"})),
            count(CountMetric::Views, names({u"views", u"aufrufe", u"visningar"})),
            count(CountMetric::Reactions, names({u"reactions", u"reaktionen", u"reaktioner"})),
            count(CountMetric::Comments, names({u"comments", u"kommentare", u"kommentarer"})),
            count(CountMetric::Shares, names({u"shares", u"geteilte inhalte", u"delningar"})),
            count(CountMetric::Saves, names({u"saves", u"gespeicherte inhalte", u"sparade"})),
            count(CountMetric::Clicks,
                  names({u"total clicks", u"klicks insgesamt", u"totalt antal klick"})),
            count(CountMetric::Clicks, names({u"link clicks", u"link-klicks", u"länkklick"})),
            count(CountMetric::Follows, names({u"follows", u"neue follower", u"följare"})),
        },
        ZoneRule::Caller,
        DateOrder::MonthDayYear,
    };
}

FormatSpec metaInstagramSpec()
{
    return FormatSpec{
        MetricFormat::MetaInstagram,
        QStringLiteral("instagram"),
        {metaPostId,
         names({u"account id", u"account username", u"konto-id", u"kontots användarnamn"}),
         metaPublished},
        {
            field(MetricField::PostId, metaPostId),
            field(MetricField::Permalink, metaPermalink),
            field(MetricField::Text, metaDescription),
            field(MetricField::Published, metaPublished),
            field(MetricField::Account,
                  names({u"account username", u"kontobenutzername", u"kontots användarnamn"})),
            count(CountMetric::Reach, names({u"reach", u"reichweite", u"räckvidd"})),
            count(CountMetric::Impressions, names({u"impressions", u"impressionen"})),
            count(CountMetric::Views, names({u"views", u"aufrufe", u"visningar"})),
            count(CountMetric::Reactions, names({u"likes", u"„gefällt mir“-angaben", u"gefällt mir",
                                                 u"gilla-markeringar"})),
            count(CountMetric::Comments, names({u"comments", u"kommentare", u"kommentarer"})),
            count(CountMetric::Shares, names({u"shares", u"geteilte inhalte", u"delningar"})),
            count(CountMetric::Saves, names({u"saves", u"gespeicherte inhalte", u"sparade"})),
            count(CountMetric::Follows, names({u"follows", u"neue follower", u"följare"})),
            count(CountMetric::ProfileVisits,
                  names({u"profile visits", u"profilaufrufe", u"profilbesök"})),
        },
        ZoneRule::Caller,
        DateOrder::MonthDayYear,
    };
}

FormatSpec xLegacySpec()
{
    return FormatSpec{
        MetricFormat::XLegacy,
        QStringLiteral("x"),
        {names({u"tweet id"}), names({u"tweet permalink"}), names({u"time"})},
        {
            field(MetricField::PostId, names({u"tweet id"})),
            field(MetricField::Permalink, names({u"tweet permalink"})),
            field(MetricField::Text, names({u"tweet text"})),
            field(MetricField::Published, names({u"time"})),
            count(CountMetric::Impressions, names({u"impressions"})),
            count(CountMetric::Shares, names({u"retweets"})),
            count(CountMetric::Comments, names({u"replies"})),
            // 2015 files say "favorites".
            count(CountMetric::Reactions, names({u"likes", u"favorites"})),
            count(CountMetric::ProfileVisits, names({u"user profile clicks"})),
            count(CountMetric::Clicks, names({u"url clicks"})),
            count(CountMetric::Follows, names({u"follows"})),
            count(CountMetric::Views, names({u"media views"})),
        },
    };
}

FormatSpec xSpec()
{
    return FormatSpec{
        MetricFormat::X,
        QStringLiteral("x"),
        {names({u"post id"}), names({u"post link"}), names({u"date"}), names({u"impressions"})},
        {
            field(MetricField::PostId, names({u"post id"})),
            field(MetricField::Permalink, names({u"post link"})),
            field(MetricField::Text, names({u"post text"})),
            field(MetricField::Published, names({u"date"})),
            count(CountMetric::Impressions, names({u"impressions"})),
            count(CountMetric::Reactions, names({u"likes"})),
            count(CountMetric::Saves, names({u"bookmarks"})),
            count(CountMetric::Shares, names({u"reposts"})),
            count(CountMetric::Follows, names({u"new follows"})),
            count(CountMetric::Comments, names({u"replies"})),
            count(CountMetric::ProfileVisits, names({u"profile visits"})),
            count(CountMetric::Clicks, names({u"url clicks"})),
        },
    };
}

FormatSpec linkedInSpec()
{
    return FormatSpec{
        MetricFormat::LinkedIn,
        QStringLiteral("linkedin"),
        {names({u"post title"}), names({u"post link"}), names({u"created date"})},
        {
            field(MetricField::Permalink, names({u"post link"})),
            field(MetricField::Text, names({u"post title"})),
            field(MetricField::Published, names({u"created date"})),
            count(CountMetric::Impressions, names({u"impressions"})),
            count(CountMetric::Views, names({u"views (excluding offsite video views)", u"views"})),
            count(CountMetric::Clicks, names({u"clicks"})),
            count(CountMetric::Reactions, names({u"likes", u"reactions"})),
            count(CountMetric::Comments, names({u"comments"})),
            count(CountMetric::Shares, names({u"reposts", u"shares"})),
            count(CountMetric::Follows, names({u"follows"})),
        },
        ZoneRule::Utc,
        DateOrder::MonthDayYear,
    };
}

// YouTube Studio's "Table data.csv": the columns are the ones the user chose. Older exports
// name the id column "Video" and write "Video views" and "Subscribers gained"/"lost"; newer
// ones "Content", "Views" and net "Subscribers". Dislikes and Shorts-only columns (such as
// "Engaged views") have no figure of their own and stay in the raw values.
FormatSpec youTubeSpec()
{
    return FormatSpec{
        MetricFormat::YouTube,
        QStringLiteral("youtube"),
        {names({u"content", u"video"}), names({u"video title"})},
        {
            field(MetricField::Content, names({u"content", u"video"})),
            field(MetricField::Text, names({u"video title"})),
            field(MetricField::Title, names({u"video title"})),
            field(MetricField::Published, names({u"video publish time", u"publish time"})),
            count(CountMetric::Views, names({u"views"})),
            count(CountMetric::Views, names({u"video views"})),
            field(MetricField::WatchHours, names({u"watch time (hours)"})),
            // Net subscribers where the file has them, else the ones gained.
            count(CountMetric::Follows, names({u"subscribers"})),
            count(CountMetric::Follows, names({u"subscribers gained"})),
            count(CountMetric::Impressions, names({u"impressions"})),
            count(CountMetric::Reactions, names({u"likes"})),
            count(CountMetric::Comments, names({u"comments added", u"comments"})),
            count(CountMetric::Shares, names({u"shares"})),
        },
    };
}

} // namespace

const QList<FormatSpec> &formatSpecs()
{
    static const QList<FormatSpec> specs{
        facebookLegacySpec(), metaFacebookSpec(), metaInstagramSpec(), xLegacySpec(), xSpec(),
        linkedInSpec(),       youTubeSpec()};
    return specs;
}

const FormatSpec *specFor(MetricFormat format)
{
    for (const FormatSpec &spec : formatSpecs()) {
        if (spec.format == format)
            return &spec;
    }
    return nullptr;
}

QList<MetricFormat> formatsFor(MetricSource source)
{
    switch (source) {
    case MetricSource::Auto:
        return {MetricFormat::FacebookLegacy,
                MetricFormat::MetaFacebook,
                MetricFormat::MetaInstagram,
                MetricFormat::XLegacy,
                MetricFormat::X,
                MetricFormat::LinkedIn,
                MetricFormat::YouTube};
    case MetricSource::MetaFacebook:
        return {MetricFormat::MetaFacebook};
    case MetricSource::MetaInstagram:
        return {MetricFormat::MetaInstagram};
    case MetricSource::FacebookLegacy:
        return {MetricFormat::FacebookLegacy};
    case MetricSource::X:
        return {MetricFormat::XLegacy, MetricFormat::X};
    case MetricSource::LinkedIn:
        return {MetricFormat::LinkedIn};
    case MetricSource::YouTube:
        return {MetricFormat::YouTube};
    case MetricSource::Generic:
        return {};
    }
    return {};
}

bool fits(const FormatSpec &spec, const QSet<QString> &header)
{
    for (const QStringList &group : spec.required) {
        bool found = false;
        for (const QString &name : group)
            found = found || header.contains(name);
        if (!found)
            return false;
    }
    return true;
}

QString toString(MetricFormat format)
{
    switch (format) {
    case MetricFormat::Unknown:
        return QStringLiteral("unknown");
    case MetricFormat::MetaFacebook:
        return QStringLiteral("meta-facebook");
    case MetricFormat::MetaInstagram:
        return QStringLiteral("meta-instagram");
    case MetricFormat::FacebookLegacy:
        return QStringLiteral("facebook-legacy");
    case MetricFormat::XLegacy:
        return QStringLiteral("x-legacy");
    case MetricFormat::X:
        return QStringLiteral("x");
    case MetricFormat::LinkedIn:
        return QStringLiteral("linkedin");
    case MetricFormat::YouTube:
        return QStringLiteral("youtube");
    case MetricFormat::Generic:
        return QStringLiteral("generic");
    }
    return {};
}

QString toString(MetricSource source)
{
    switch (source) {
    case MetricSource::Auto:
        return QStringLiteral("auto");
    case MetricSource::MetaFacebook:
        return QStringLiteral("meta-facebook");
    case MetricSource::MetaInstagram:
        return QStringLiteral("meta-instagram");
    case MetricSource::FacebookLegacy:
        return QStringLiteral("facebook-legacy");
    case MetricSource::X:
        return QStringLiteral("x");
    case MetricSource::LinkedIn:
        return QStringLiteral("linkedin");
    case MetricSource::YouTube:
        return QStringLiteral("youtube");
    case MetricSource::Generic:
        return QStringLiteral("generic");
    }
    return {};
}

std::optional<MetricSource> metricSourceFromString(const QString &text)
{
    for (MetricSource source :
         {MetricSource::Auto, MetricSource::MetaFacebook, MetricSource::MetaInstagram,
          MetricSource::FacebookLegacy, MetricSource::X, MetricSource::LinkedIn,
          MetricSource::YouTube, MetricSource::Generic}) {
        if (toString(source) == text)
            return source;
    }
    return std::nullopt;
}

} // namespace hearth::core
