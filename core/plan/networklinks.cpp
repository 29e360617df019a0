// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/networklinks.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    // The planning service's context: its translations cover these messages.
    return QCoreApplication::translate("hearth::core::PlanningService", text);
}

} // namespace

QUrl composeUrl(const QString &networkId, const QString &text, const ComposeOptions &options)
{
    // Percent-encode everything but unreserved characters, so "+" and "&" survive.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(text));
    auto withText = [&](const QString &base, const QString &key) {
        QUrl url(base);
        const QString query = url.query(QUrl::FullyEncoded);
        url.setQuery((query.isEmpty() ? QString() : query + u'&') + key + u'=' + encoded,
                     QUrl::StrictMode);
        return url;
    };
    if (networkId == QLatin1String("x"))
        return withText(QStringLiteral("https://x.com/intent/tweet"), QStringLiteral("text"));
    if (networkId == QLatin1String("mastodon")) {
        QString host = options.mastodonInstance.trimmed();
        host.remove(QRegularExpression(QStringLiteral("^https?://")));
        while (host.endsWith(u'/'))
            host.chop(1);
        if (host.isEmpty() || host.contains(u'/'))
            return {};
        return withText(QStringLiteral("https://%1/share").arg(host), QStringLiteral("text"));
    }
    if (networkId == QLatin1String("bluesky"))
        return withText(QStringLiteral("https://bsky.app/intent/compose"), QStringLiteral("text"));
    if (networkId == QLatin1String("threads"))
        return withText(QStringLiteral("https://www.threads.net/intent/post"),
                        QStringLiteral("text"));
    if (networkId == QLatin1String("linkedin"))
        return withText(QStringLiteral("https://www.linkedin.com/feed/?shareActive=true"),
                        QStringLiteral("text"));
    if (networkId == QLatin1String("facebook")) {
        // Facebook's share page takes only a link; the user pastes the copied text.
        static const QRegularExpression link(QStringLiteral(R"(https?://[^\s<>"]+)"));
        const auto match = link.match(text);
        if (!match.hasMatch())
            return QUrl(QStringLiteral("https://www.facebook.com/"));
        QUrl share(QStringLiteral("https://www.facebook.com/sharer/sharer.php"));
        share.setQuery(QStringLiteral("u=") +
                           QString::fromLatin1(QUrl::toPercentEncoding(match.captured(0))),
                       QUrl::StrictMode);
        return share;
    }
    if (networkId == QLatin1String("instagram"))
        return QUrl(QStringLiteral("https://www.instagram.com/"));
    if (networkId == QLatin1String("tiktok"))
        return QUrl(QStringLiteral("https://www.tiktok.com/upload"));
    if (networkId == QLatin1String("pinterest"))
        return QUrl(QStringLiteral("https://www.pinterest.com/pin-builder/"));
    if (options.urlTemplate.contains(QLatin1String("{text}"))) {
        QString address = options.urlTemplate;
        address.replace(QLatin1String("{text}"), encoded);
        const QUrl url(address, QUrl::StrictMode);
        if (url.isValid() &&
            (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            return url;
    }
    return {};
}

Result<PublishedLink> parsePublishedLink(const QString &networkId, const QString &link)
{
    const QString trimmed = link.trimmed();
    PublishedLink result;
    if (trimmed.isEmpty())
        return result;

    static const QRegularExpression activity(QStringLiteral(R"(urn:li:activity:(\d+))"));
    // A bare LinkedIn URN is what LinkedIn's "copy link" gives in some places.
    if (networkId == QLatin1String("linkedin") && trimmed.startsWith(QLatin1String("urn:li:"))) {
        const auto match = activity.match(trimmed);
        if (!match.hasMatch())
            return Error::make(ErrorKind::InvalidInput,
                               tr("\"%1\" is not a LinkedIn post address; paste the post's link, "
                                  "e.g. https://www.linkedin.com/feed/update/urn:li:activity:…")
                                   .arg(trimmed));
        result.externalId = match.captured(1);
        result.permalink = QStringLiteral("https://www.linkedin.com/feed/update/urn:li:activity:") +
                           result.externalId + u'/';
        return result;
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error::make(ErrorKind::InvalidInput,
                           tr("\"%1\" is not a web address; paste the post's link as the network "
                              "shows it, starting with https://.")
                               .arg(trimmed));
    result.permalink = url.toString(QUrl::FullyEncoded);
    const QString path = url.path(QUrl::FullyDecoded);
    auto capture = [&](const QString &pattern) {
        const QRegularExpression expression(pattern);
        const auto match = expression.match(path);
        return match.hasMatch() ? match.captured(1) : QString();
    };

    if (networkId == QLatin1String("x"))
        result.externalId = capture(QStringLiteral(R"(^/[^/]+/status(?:es)?/(\d+))"));
    else if (networkId == QLatin1String("mastodon")) {
        result.externalId = capture(QStringLiteral(R"(^/@[^/]+/(\d+))"));
        if (result.externalId.isEmpty())
            result.externalId = capture(QStringLiteral(R"(^/users/[^/]+/statuses/(\d+))"));
    } else if (networkId == QLatin1String("bluesky"))
        result.externalId = capture(QStringLiteral(R"(^/profile/[^/]+/post/([a-z2-7]+))"));
    else if (networkId == QLatin1String("threads"))
        result.externalId = capture(QStringLiteral(R"(^/@[^/]+/post/([A-Za-z0-9_-]+))"));
    else if (networkId == QLatin1String("linkedin")) {
        const auto match = activity.match(QUrl::fromPercentEncoding(trimmed.toUtf8()));
        if (match.hasMatch())
            result.externalId = match.captured(1);
        else
            result.externalId = capture(QStringLiteral(R"(-activity-(\d+)-)"));
    }
    // Facebook and Instagram links carry opaque codes (pfbid…, shortcodes) that their
    // exports do not use as post ids: keep the permalink only and match by it.
    return result;
}

} // namespace hearth::core
