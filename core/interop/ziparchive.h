// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace hearth::core {

// A zip archive read into memory (libzip), with caps so a zip bomb or a lying entry is refused
// before it costs more than a real export would. Used by .xlsx workbooks and YouTube's .zip.
class ZipArchive final
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    // Far above any real export or workbook; each breach is refused with its cause.
    struct Limits
    {
        qint64 maxArchiveBytes = qint64(256) * 1024 * 1024;
        qsizetype maxEntries = 10'000;
        qint64 maxEntryBytes = qint64(128) * 1024 * 1024;
        // Uncompressed, over every entry the archive states and over every byte read from it.
        qint64 maxTotalBytes = qint64(512) * 1024 * 1024;
        // Deflate reaches about 1000:1 on a bomb's zeros; real XML and CSV stay below 30:1.
        qint64 maxRatio = 200;
        // Entries smaller than this are never judged by their ratio (a tiny file can be 300:1).
        qint64 ratioFreeBytes = qint64(1) * 1024 * 1024;
    };

    struct Entry
    {
        QString name;
        qint64 size = 0;           // uncompressed, as the archive states it
        qint64 compressedSize = 0; // as the archive states it
        bool encrypted = false;
    };

    static Result<ZipArchive> open(const QString &path);
    static Result<ZipArchive> open(const QString &path, const Limits &limits);
    // `path` only names the archive in messages.
    static Result<ZipArchive> fromBytes(QByteArray bytes, const QString &path);
    static Result<ZipArchive> fromBytes(QByteArray bytes, const QString &path,
                                        const Limits &limits);
    // True for the local-file or empty-archive signature every zip starts with.
    static bool looksLikeZip(const QByteArray &firstBytes);

    QString path() const;
    const QList<Entry> &entries() const;
    // The entry called exactly `name`.
    std::optional<qsizetype> find(const QString &name) const;
    // The first entry whose file name (in any folder) is `fileName`, ignoring case.
    std::optional<qsizetype> findFileAnywhere(const QString &fileName) const;
    // The entry's bytes, checked against its stated size and the caps.
    Result<QByteArray> read(qsizetype index) const;

private:
    struct State;
    explicit ZipArchive(std::shared_ptr<State> state);

    std::shared_ptr<State> m_state;
};

} // namespace hearth::core
