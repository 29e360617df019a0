// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the .ics importer (libical): every input is read with each status choice
// and each preview is committed against an in-memory plan, then rolled back.
//
// Properties: parsing fails only for reasons of the plan, never of the file; every issue has a
// message and a line >= 0; new + duplicate = rows; a preview with errors is refused and leaves
// every table as it was; a commit creates exactly the new rows, and the same calendar read again
// is all duplicates.
#include "fuzzsupport.h"
#include "interop/icsimporter.h"

#include <cstdint>

using namespace hearth::core;
using hearth::fuzz::check;

namespace {

struct Plan
{
    hearth::fuzz::Environment environment;
    std::unique_ptr<Database> db = environment.openDatabase();
};

ImportPreview parse(Database &db, const QByteArray &bytes, const IcsImportOptions &used)
{
    auto parsed = IcsImporter(db).parse(bytes, QStringLiteral("plan.ics"), used);
    if (!parsed)
        hearth::fuzz::fail("the .ics importer fails only for reasons of the plan",
                           parsed.error().message);
    return *parsed;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Plan plan;
    Database &db = *plan.db;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    for (IcsStatusChoice status :
         {IcsStatusChoice::FromFile, IcsStatusChoice::AllDrafts, IcsStatusChoice::AllScheduled}) {
        IcsImportOptions used;
        used.status = status;
        used.timeZone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
        if (status != IcsStatusChoice::AllDrafts)
            used.defaultNetworks = {QStringLiteral("mastodon")};
        const ImportPreview preview = parse(db, bytes, used);
        hearth::fuzz::checkImportPreview(preview, "an .ics preview is consistent");
        for (const ImportRow &row : preview.rows) {
            check(row.post.scheduledAt.isValid(), "every imported event has a start");
            if (status == IcsStatusChoice::AllDrafts)
                check(row.post.status == PostStatus::Draft, "all drafts means all drafts");
            if (status == IcsStatusChoice::AllScheduled)
                check(row.post.status == PostStatus::Scheduled,
                      "all scheduled means all scheduled");
        }
        hearth::fuzz::inRolledBackWrite(db, [&] {
            hearth::fuzz::checkCommit(
                db, preview, [&] { return parse(db, bytes, used); },
                "an .ics import does what its preview said");
        });
    }
    return 0;
}
