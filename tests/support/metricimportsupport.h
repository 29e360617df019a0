// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the metric import tests share: the options they import with, a generated Instagram
// export, row counts, and the post an import wrote, found by its network id.
#include "listen/metricimporter.h"
#include "listen/metricrepository.h"
#include "plan/postrepository.h"
#include "storage/database.h"

#include <QFile>
#include <QTimeZone>

#include <utility>

namespace hearth::test {

// Times in New York, figures captured on 16 March 2025.
inline core::MetricImportOptions importTestOptions(core::MetricSource source)
{
    core::MetricImportOptions result;
    result.source = source;
    result.timeZone = QTimeZone(QByteArrayLiteral("America/New_York"));
    result.capturedAt = QDateTime(QDate(2025, 3, 16), QTime(8, 0), Qt::UTC);
    return result;
}

// The rows of `table` (with any joins and conditions after it); -1 (and why, as a warning) when
// the statement fails.
inline qint64 countRows(const core::Database &db, const QString &table)
{
    auto counted = db.scalar(QStringLiteral("SELECT count(*) FROM ") + table);
    if (!counted) {
        qWarning("%s", qPrintable(counted.error().message));
        return -1;
    }
    return counted->toLongLong();
}

// A Meta Instagram export of `rows` posts (two lines each: the text is multi-line), the
// first `bump` rows with their likes raised by one.
inline bool writeInstagramExport(const QString &path, int rows, int bump = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "\xEF\xBB\xBF\"Post ID\",\"Account ID\",\"Account username\",\"Account "
                      "name\",Description,\"Duration (sec)\",\"Publish time\",Permalink,"
                      "\"Post type\",\"Data comment\",Date,Views,Likes,Shares,Comments,Saves,"
                      "Reach,Follows\n";
    const QDateTime start(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < rows; ++i) {
        const qint64 id = 17841400000000000LL + i * 7919LL;
        text += QByteArray::number(id) + ",1784,hearth.bakery,\"Hearth Bakery\",\"Post " +
                QByteArray::number(i) + ": \"\"good\"\" bread\nline two\",0," +
                start.addSecs(qint64(i) * 3600 * 7)
                    .toString(QStringLiteral("MM/dd/yyyy HH:mm"))
                    .toLatin1() +
                ",https://www.instagram.com/p/C" + QByteArray::number(id, 36) +
                "/,\"IG image\",,Lifetime," + QByteArray::number(100 + i) + "," +
                QByteArray::number(10 + i % 7 + (i < bump ? 1 : 0)) + ",1,2,3," +
                (i % 5 == 0 ? QByteArray() : QByteArray::number(90 + i)) + "," +
                QByteArray::number(i % 3 - 1) + "\n";
    }
    return file.write(text) == text.size();
}

// The post that landed on `network` with `externalId`, with its current figures; empty values
// when there is none.
inline std::pair<core::Post, core::MetricSnapshot>
importedPost(core::Database &db, const QString &network, const QString &externalId)
{
    const qint64 postId =
        db.scalar(QStringLiteral("SELECT post_id FROM post_networks WHERE network_id = :n AND "
                                 "external_id = :e"),
                  {{QStringLiteral(":n"), network}, {QStringLiteral(":e"), externalId}})
            ->toLongLong();
    auto post = core::PostRepository(db).find(postId);
    auto snapshot = core::MetricRepository(db).current(postId, network);
    if (!post || !snapshot || !*snapshot)
        return {};
    return {*post, **snapshot};
}

} // namespace hearth::test
