// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "listen/metricfields.h"
#include "listen/metricimporter.h"
#include "listen/metricsnapshot.h"
#include "storage/database.h"
#include "storage/nativestatement.h"

#include <QHash>
#include <QString>

#include <limits>
#include <optional>
#include <vector>

namespace hearth::core {

// Finds the post an imported row is about: by the network's post id, then by link, then by
// publish time and the start of the text. It loads maps of id/link -> first post at its start
// and confirms each match by primary key (SQLite keeps no index on ids and links); only two
// texts sharing a 64-bit key make it search the table. Also remembers which post each row
// claimed, so two rows of a file never claim one post.
class PostMatcher final
{
public:
    PostMatcher(Database &database, const MetricImportOptions &options);

    // Prepares the statements and loads the posts to match against.
    Result<void> prepare();

    // `key` is idKey(network, externalId).
    Result<std::optional<qint64>> byExternalId(const QString &network, const QString &externalId,
                                               quint64 key);
    Result<std::optional<qint64>> byPermalink(const QString &network, const QString &permalink);
    // A post of the network within the tolerance of `time` whose text (or title) starts as
    // `text` does, not tied to another id than `externalId`; the nearest in time wins.
    Result<std::optional<qint64>> byTimeAndText(const QString &network, const ParsedTime &time,
                                                const QString &text, const QString &externalId);
    // The newest snapshot of the post on the network.
    Result<std::optional<MetricSnapshot>> currentFigures(qint64 postId, const QString &network);

    // The line that claimed the post before, or empty after claiming it for `line`.
    std::optional<qint64> claim(const QString &network, qint64 postId, qint64 line);
    // Later rows may find the post by this id or link (empty ones are ignored).
    void rememberLinked(const QString &network, const QString &externalId, const QString &permalink,
                        qint64 postId);
    // Posts from `firstId` on are created by this import: time matching passes over them.
    void setFirstCreatedId(qint64 firstId) { m_firstCreatedId = firstId; }

    // A 64-bit key of a text (collisions are told apart where it matters).
    static quint64 textKey(const QString &text);
    static quint64 idKey(const QString &network, const QString &value)
    {
        return textKey(network + u'\x1f' + value);
    }

private:
    Result<void> loadKnownPosts();
    bool hasTimeCandidate(const QString &network, qint64 from, qint64 to) const;
    bool createdHere(qint64 postId) const { return postId >= m_firstCreatedId; }
    Result<std::optional<qint64>> findKnown(const QHash<quint64, qint64> &known, quint64 key,
                                            const QString &network, const QString &value,
                                            NativeStatement &confirm, NativeStatement &search,
                                            const QString &context);
    // Whether the candidate row's text or title starts as `wanted` does.
    bool textMatches(const NativeStatement &query, const QString &wanted) const;
    static quint64 claimKey(const QString &network, qint64 postId);
    // Keeps the smallest post id per key: the first post holding an id or link is the match.
    static void rememberFirst(QHash<quint64, qint64> &known, quint64 key, qint64 postId);

    Database &m_database;
    int m_toleranceMinutes;
    int m_textChars;
    NativeStatement m_byExternal, m_byPermalink, m_confirmExternal, m_confirmPermalink,
        m_byPublished, m_byScheduled, m_current;
    // The post (the first, by id) holding each id and link (idKey), and the times of its
    // posts per network, sorted.
    QHash<quint64, qint64> m_knownIds;
    QHash<quint64, qint64> m_knownLinks;
    QHash<QString, std::vector<qint64>> m_knownTimes;
    // Posts matched or created by this file -> first line.
    QHash<quint64, qint64> m_claimed;
    qint64 m_firstCreatedId = std::numeric_limits<qint64>::max();
};

} // namespace hearth::core
