// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for ZipArchive (libzip behind Hearth's caps). Properties: an archive that
// cannot be opened or an entry that cannot be read says why and names the archive; an entry
// read gives exactly the bytes it states; lookups by name agree with the entry list.
#include "fuzzsupport.h"
#include "interop/ziparchive.h"

#include <cstdint>

using namespace hearth::core;
using hearth::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static hearth::fuzz::Environment environment;
    const QString name = QStringLiteral("fuzz.zip");
    // Small caps keep each input quick; the defaults are tested by tst_ziparchive.
    ZipArchive::Limits limits;
    limits.maxEntries = 64;
    limits.maxEntryBytes = 1 << 20;
    limits.maxTotalBytes = 4 << 20;
    limits.ratioFreeBytes = 64 * 1024;
    auto archive = ZipArchive::fromBytes(
        QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)), name,
        limits);
    if (!archive) {
        check(archive.error().message.startsWith(name), "an archive refused is named",
              archive.error().message);
        return 0;
    }
    check(archive->entries().size() <= limits.maxEntries, "the entry cap holds");
    for (qsizetype i = 0; i < archive->entries().size(); ++i) {
        const ZipArchive::Entry &entry = archive->entries().at(i);
        const auto found = archive->find(entry.name);
        check(found && *found <= i, "an entry is found by its name");
        auto bytes = archive->read(i);
        if (!bytes) {
            check(bytes.error().message.startsWith(name), "an entry refused is named",
                  bytes.error().message);
            continue;
        }
        check(bytes->size() == entry.size, "an entry read holds the bytes it states",
              QStringLiteral("%1 read, %2 stated").arg(bytes->size()).arg(entry.size));
        check(entry.size <= limits.maxEntryBytes, "the entry cap holds");
    }
    check(!archive->read(archive->entries().size()).ok() && !archive->read(-1).ok(),
          "an entry that does not exist is refused");
    return 0;
}
