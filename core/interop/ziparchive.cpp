// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/ziparchive.h"

#include <QFile>

#include <zip.h>

namespace hearth::core {

namespace {

constexpr qint64 mebibyte = 1024 * 1024;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / double(mebibyte), 'f', 1);
}

struct ZipCloser
{
    void operator()(zip_t *zip) const { zip_discard(zip); }
};

struct ZipFileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

} // namespace

struct ZipArchive::State
{
    QString path;
    Limits limits;
    // libzip reads from these bytes for as long as the archive is open.
    QByteArray bytes;
    std::unique_ptr<zip_t, ZipCloser> zip;
    QList<Entry> entries;
    qint64 bytesRead = 0;
};

ZipArchive::ZipArchive(std::shared_ptr<State> state)
    : m_state(std::move(state))
{}

bool ZipArchive::looksLikeZip(const QByteArray &firstBytes)
{
    return firstBytes.startsWith("PK\x03\x04") || firstBytes.startsWith("PK\x05\x06");
}

Result<ZipArchive> ZipArchive::open(const QString &path)
{
    return open(path, Limits());
}

Result<ZipArchive> ZipArchive::fromBytes(QByteArray bytes, const QString &path)
{
    return fromBytes(std::move(bytes), path, Limits());
}

Result<ZipArchive> ZipArchive::open(const QString &path, const Limits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::Io,
                           tr("%1: cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > limits.maxArchiveBytes)
        return Error::make(
            ErrorKind::InvalidInput,
            tr("%1: the archive is %2 MB, more than Hearth reads (%3 MB).")
                .arg(path, megabytes(file.size()), megabytes(limits.maxArchiveBytes)));
    // Read one byte past the cap, so a file that grows while being read is still refused.
    QByteArray bytes = file.read(limits.maxArchiveBytes + 1);
    if (bytes.size() > limits.maxArchiveBytes)
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1: the archive is larger than Hearth reads (%2 MB).")
                               .arg(path, megabytes(limits.maxArchiveBytes)));
    return fromBytes(std::move(bytes), path, limits);
}

Result<ZipArchive> ZipArchive::fromBytes(QByteArray bytes, const QString &path,
                                         const Limits &limits)
{
    auto damaged = [&path](const QString &why) {
        return Error::make(
            ErrorKind::InvalidInput,
            tr("%1: the zip archive is damaged and cannot be read: %2.").arg(path, why));
    };
    if (bytes.size() > limits.maxArchiveBytes)
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1: the archive is larger than Hearth reads (%2 MB).")
                               .arg(path, megabytes(limits.maxArchiveBytes)));
    auto state = std::make_shared<State>();
    state->path = path;
    state->limits = limits;
    state->bytes = std::move(bytes);
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(state->bytes.constData(),
                                                    zip_uint64_t(state->bytes.size()), 0, &error);
    if (!source) {
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return damaged(why);
    }
    // ZIP_CHECKCONS compares each local header with the central directory, as unzip -t does.
    state->zip.reset(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!state->zip) {
        zip_source_free(source);
        QString why = QString::fromUtf8(zip_error_strerror(&error));
        if (zip_error_code_zip(&error) == ZIP_ER_NOZIP)
            why = tr("it is not a zip archive, or its end is missing (it may have been cut off)");
        zip_error_fini(&error);
        return damaged(why);
    }
    zip_error_fini(&error);
    const zip_int64_t count = zip_get_num_entries(state->zip.get(), 0);
    if (count < 0)
        return damaged(tr("its table of contents cannot be read"));
    if (count > limits.maxEntries)
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1: the archive holds %2 files, more than Hearth reads (%3); it "
                              "is not an export or a workbook.")
                               .arg(path)
                               .arg(count)
                               .arg(limits.maxEntries));
    qint64 statedTotal = 0;
    state->entries.reserve(qsizetype(count));
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(state->zip.get(), zip_uint64_t(i), 0, &stat) != 0 || !stat.name)
            return damaged(tr("file %1 of its table of contents cannot be read").arg(i + 1));
        Entry entry;
        entry.name = QString::fromUtf8(stat.name);
        // libzip keeps sizes as 64-bit unsigned; anything past qint64 is as bad as too large.
        entry.size = stat.size > quint64(limits.maxTotalBytes) ? limits.maxTotalBytes + 1
                                                               : qint64(stat.size);
        entry.compressedSize = stat.comp_size > quint64(state->bytes.size())
                                   ? state->bytes.size() + 1
                                   : qint64(stat.comp_size);
        entry.encrypted =
            (stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE;
        if (entry.compressedSize > state->bytes.size())
            return damaged(
                tr("\"%1\" states more compressed bytes than the archive holds").arg(entry.name));
        statedTotal += entry.size;
        if (statedTotal > limits.maxTotalBytes)
            return Error::make(ErrorKind::InvalidInput,
                               tr("%1: the archive unpacks to more than %2 MB, more than Hearth "
                                  "reads; it may be a zip bomb.")
                                   .arg(path, megabytes(limits.maxTotalBytes)));
        state->entries << entry;
    }
    return ZipArchive(std::move(state));
}

QString ZipArchive::path() const
{
    return m_state->path;
}

const QList<ZipArchive::Entry> &ZipArchive::entries() const
{
    return m_state->entries;
}

std::optional<qsizetype> ZipArchive::find(const QString &name) const
{
    for (qsizetype i = 0; i < m_state->entries.size(); ++i) {
        if (m_state->entries.at(i).name == name)
            return i;
    }
    return std::nullopt;
}

std::optional<qsizetype> ZipArchive::findFileAnywhere(const QString &fileName) const
{
    for (qsizetype i = 0; i < m_state->entries.size(); ++i) {
        const QString &name = m_state->entries.at(i).name;
        const QString last = name.mid(name.lastIndexOf(u'/') + 1);
        if (last.compare(fileName, Qt::CaseInsensitive) == 0)
            return i;
    }
    return std::nullopt;
}

Result<QByteArray> ZipArchive::read(qsizetype index) const
{
    State &state = *m_state;
    if (index < 0 || index >= state.entries.size())
        return Error::make(ErrorKind::NotFound,
                           tr("%1: the archive has no file %2.").arg(state.path).arg(index + 1));
    const Entry &entry = state.entries.at(index);
    const Limits &limits = state.limits;
    if (entry.encrypted)
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1: \"%2\" inside the archive is encrypted (password-protected); "
                              "Hearth cannot read it. Save it again without a password.")
                               .arg(state.path, entry.name));
    if (entry.size > limits.maxEntryBytes)
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1: \"%2\" inside the archive unpacks to %3 MB, more than Hearth "
                              "reads (%4 MB).")
                               .arg(state.path, entry.name, megabytes(entry.size),
                                    megabytes(limits.maxEntryBytes)));
    if (entry.size > limits.ratioFreeBytes &&
        entry.size > limits.maxRatio * qMax<qint64>(entry.compressedSize, 1))
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1: \"%2\" inside the archive unpacks %3 times larger than it is "
                              "stored (%4 MB from %5 bytes), more than real data does (at most "
                              "%6 times); it looks like a zip bomb.")
                               .arg(state.path, entry.name)
                               .arg(entry.size / qMax<qint64>(entry.compressedSize, 1))
                               .arg(megabytes(entry.size))
                               .arg(entry.compressedSize)
                               .arg(limits.maxRatio));
    if (state.bytesRead + entry.size > limits.maxTotalBytes)
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1: reading \"%2\" would unpack more than %3 MB from the archive, "
                              "more than Hearth reads.")
                               .arg(state.path, entry.name, megabytes(limits.maxTotalBytes)));
    std::unique_ptr<zip_file_t, ZipFileCloser> file(
        zip_fopen_index(state.zip.get(), zip_uint64_t(index), 0));
    if (!file)
        return Error::make(
            ErrorKind::InvalidInput,
            tr("%1: \"%2\" inside the archive cannot be opened: %3.")
                .arg(state.path, entry.name, QString::fromUtf8(zip_strerror(state.zip.get()))));
    // One byte more than stated: an entry that unpacks to more than its header says is a lie,
    // and it is never unpacked further than that.
    QByteArray bytes(entry.size + 1, Qt::Uninitialized);
    qint64 got = 0;
    while (got < bytes.size()) {
        const zip_int64_t n =
            zip_fread(file.get(), bytes.data() + got, zip_uint64_t(bytes.size() - got));
        if (n < 0)
            return Error::make(
                ErrorKind::InvalidInput,
                tr("%1: \"%2\" inside the archive is damaged and cannot be read: %3.")
                    .arg(state.path, entry.name, QString::fromUtf8(zip_file_strerror(file.get()))));
        if (n == 0)
            break;
        got += n;
    }
    if (got > entry.size)
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1: \"%2\" inside the archive unpacks to more than the %3 bytes "
                              "the archive states; it is damaged or made to mislead (a zip bomb).")
                               .arg(state.path, entry.name)
                               .arg(entry.size));
    if (got < entry.size)
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1: \"%2\" inside the archive unpacks to %3 bytes, not the %4 the "
                              "archive states; it is damaged.")
                               .arg(state.path, entry.name)
                               .arg(got)
                               .arg(entry.size));
    bytes.truncate(got);
    state.bytesRead += got;
    return bytes;
}

} // namespace hearth::core
