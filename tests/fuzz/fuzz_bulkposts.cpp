// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the bulk-post importer: every input is read in every layout (Hootsuite
// with each date order, Buffer, Publer, Metricool, Sprout Social and a mapped generic CSV) and
// each preview is committed against an in-memory plan, then rolled back.
//
// Properties: parsing fails only for reasons of the plan, never of the file; every issue has a
// message and a line >= 0; duplicates point back, never forward; new + duplicate = rows; a
// preview with errors is refused and leaves every table as it was; a commit creates exactly the
// new rows, and the same file parsed again is all duplicates.
#include "fuzzsupport.h"
#include "interop/bulkpostparser.h"

#include <QBuffer>

#include <cstdint>

using namespace hearth::core;
using hearth::fuzz::check;

namespace {

struct Plan
{
    hearth::fuzz::Environment environment;
    std::unique_ptr<Database> db = environment.openDatabase();
};

BulkImportOptions options(BulkLayout layout, DateOrder order)
{
    BulkImportOptions result;
    result.layout = layout;
    result.dateOrder = order;
    // A zone with daylight saving time, so times that do not exist or exist twice come up.
    result.timeZone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    if (layout != BulkLayout::Metricool && layout != BulkLayout::Generic)
        result.networks = {QStringLiteral("instagram"), QStringLiteral("facebook")};
    // The mapping of tests/data/interop/generic.csv.
    result.mapping.dateTime = QStringLiteral("When");
    result.mapping.text = QStringLiteral("Copy");
    result.mapping.networks = QStringLiteral("Channels");
    result.mapping.pillar = QStringLiteral("Pillar");
    result.mapping.status = QStringLiteral("State");
    result.mapping.dateFormat = QStringLiteral("dd.MM.yyyy HH:mm");
    return result;
}

ImportPreview parse(Database &db, const QByteArray &bytes, const BulkImportOptions &used)
{
    QBuffer device;
    device.setData(bytes);
    device.open(QIODevice::ReadOnly);
    auto parsed = BulkPostParser(db).parse(device, QStringLiteral("bulk.csv"), used);
    if (!parsed)
        hearth::fuzz::fail("the bulk parser fails only for reasons of the plan",
                           parsed.error().message);
    return *parsed;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Plan plan;
    Database &db = *plan.db;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const std::pair<BulkLayout, DateOrder> layouts[] = {
        {BulkLayout::Hootsuite, DateOrder::MonthDayYear},
        {BulkLayout::Hootsuite, DateOrder::DayMonthYear},
        {BulkLayout::Hootsuite, DateOrder::YearMonthDay},
        {BulkLayout::Buffer, DateOrder::MonthDayYear},
        {BulkLayout::Publer, DateOrder::MonthDayYear},
        {BulkLayout::Metricool, DateOrder::MonthDayYear},
        {BulkLayout::Sprout, DateOrder::MonthDayYear},
        {BulkLayout::Generic, DateOrder::DayMonthYear},
    };
    for (const auto &[layout, order] : layouts) {
        const BulkImportOptions used = options(layout, order);
        const ImportPreview preview = parse(db, bytes, used);
        hearth::fuzz::checkImportPreview(preview, "a bulk preview is consistent");
        check(preview.format == toString(layout), "a bulk preview names its layout");
        if (layout == BulkLayout::Hootsuite)
            check(preview.rows.size() <= BulkPostParser::hootsuiteMaxRows,
                  "a Hootsuite file has at most 350 rows");
        hearth::fuzz::inRolledBackWrite(db, [&] {
            hearth::fuzz::checkCommit(
                db, preview, [&] { return parse(db, bytes, used); },
                "a bulk import does what its preview said");
        });
    }
    return 0;
}
