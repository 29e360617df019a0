// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "freexlreader.h"

#include "interop/xlsworkbook.h"

#include <QFile>

#include <cmath>
#include <freexl.h>
#include <memory>
#include <optional>

namespace hearth::xlsreader {

using core::XlsBook;
using core::XlsFailure;
using core::XlsSheetData;
using Problem = XlsFailure::Problem;

namespace {

QString cellText(const FreeXL_CellValue &cell)
{
    switch (cell.type) {
    case FREEXL_CELL_INT:
        return QString::number(cell.value.int_value);
    case FREEXL_CELL_DOUBLE: {
        const double value = cell.value.double_value;
        // Counts are stored as doubles; write whole numbers without a fraction.
        if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9.0e15)
            return QString::number(static_cast<qint64>(value));
        return QString::number(value, 'g', 15);
    }
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
        return cell.value.text_value ? QString::fromUtf8(cell.value.text_value) : QString();
    default:
        return {};
    }
}

quint32 readU32(const QByteArray &bytes, qint64 offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + offset);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

quint16 readU16(const QByteArray &bytes, qint64 offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + offset);
    return quint16(p[0] | p[1] << 8);
}

// FreeXL 1.0.6 trusts lengths the file states (found by tests/fuzz/fuzz_xls under
// AddressSanitizer): it converts each compound-file directory entry's name with the stated length
// (up to 65535 bytes) out of a 64-byte field, and copies a text cell's stated character count out
// of its record however short the record is. So those lengths are checked here first, and a
// damaged file is refused before FreeXL sees it.
//
// A sheet's DIMENSION record is checked too: FreeXL refuses one stating more than 65536 x 256
// cells (an Excel sheet's maximum), but when it is the sheet's second DIMENSION it has already
// taken the new size while keeping the cell array of the first, and its clean-up then walks
// that small array with the huge size, reading past it and calling free() on whatever lies
// there (an ASan bad-free of a stack address, or a crash, in freexl_open). A DIMENSION record
// too short for its fields does the same with whatever the record before it held.
enum class Soundness
{
    Sound,
    LengthDoesNotFit,
    SheetTooLarge,
    Encrypted
};

// Checks the lengths inside a workbook stream's records.
Soundness recordSoundness(const QByteArray &stream)
{
    // Text cells (LABEL, RSTRING) must hold the characters they announce: BIFF8 counts UTF-16
    // code units or Latin-1 bytes after a flag byte, BIFF5 counts bytes.
    bool biff8 = true;
    for (qint64 at = 0; at + 4 <= stream.size();) {
        const quint16 type = readU16(stream, at);
        const quint16 length = readU16(stream, at + 2);
        const qint64 data = at + 4;
        // A text cell cut off by the end of the stream (a broken sector chain) still reaches
        // FreeXL, which copies it out at the length the cell states.
        if (data + length > stream.size()) {
            if (type == 0x0204 || type == 0x00D6)
                return Soundness::LengthDoesNotFit;
            break;
        }
        if (type == 0x0809 && length >= 2)
            biff8 = readU16(stream, data) == 0x0600;
        if (type == 0x0204 || type == 0x00D6) {
            if (length < 8)
                return Soundness::LengthDoesNotFit;
            const qint64 characters = readU16(stream, data + 6);
            const qint64 needed =
                biff8 ? (length < 9 ? qint64(9) + characters
                                    : 9 + characters * ((stream.at(data + 8) & 0x01) ? 2 : 1))
                      : 8 + characters;
            if (needed > length)
                return Soundness::LengthDoesNotFit;
        }
        // FILEPASS: the workbook is encrypted. FreeXL gives up on it but leaks as it does.
        if (type == 0x002F)
            return Soundness::Encrypted;
        // BOUNDSHEET: the sheet's BOF position in the stream comes first. FreeXL gives up on a
        // sheet that starts past the end, leaking as it does.
        if (type == 0x0085 && (length < 4 || readU32(stream, data) + 4 > quint64(stream.size())))
            return Soundness::LengthDoesNotFit;
        // DIMENSION: the row after the last (32 bits in BIFF8, 16 in BIFF5) and the column
        // after the last, which FreeXL multiplies for the sheet's cell array. FreeXL reads
        // them even from a record too short to hold them, taking the previous record's bytes.
        if (type == 0x0200) {
            if (length < (biff8 ? 12 : 8))
                return Soundness::LengthDoesNotFit;
            const quint64 rows = biff8 ? readU32(stream, data + 4) : readU16(stream, data + 2);
            const quint64 columns = readU16(stream, data + (biff8 ? 10 : 6));
            // An .xls sheet has at most 65536 rows and 256 columns; FreeXL allocates what is
            // stated, so 65535 columns of 4 rows meant a quarter of a million empty cells.
            if (rows > 65536 || columns > 256)
                return Soundness::SheetTooLarge;
        }
        at = data + length;
    }
    return Soundness::Sound;
}

Soundness compoundFileSoundness(const QByteArray &bytes)
{
    constexpr quint32 endOfChain = 0xFFFFFFFE;
    constexpr qint64 headerSize = 512;
    if (bytes.size() < headerSize)
        return Soundness::LengthDoesNotFit;
    const quint16 shift = readU16(bytes, 0x1E);
    if (shift != 9 && shift != 12)
        return Soundness::LengthDoesNotFit;
    const qint64 sectorSize = qint64(1) << shift;
    const qint64 sectorCount = (bytes.size() - sectorSize + sectorSize - 1) / sectorSize;
    auto sectorOffset = [&](quint32 sector) -> qint64 {
        const qint64 offset = (qint64(sector) + 1) * sectorSize;
        return sector < sectorCount && offset + sectorSize <= bytes.size() ? offset : -1;
    };
    // The allocation table's own sectors: 109 in the header, the rest in a chain of DIFAT
    // sectors whose last entry points to the next.
    QList<quint32> fatSectors;
    const quint32 fatCount = readU32(bytes, 0x2C);
    for (int i = 0; i < 109 && quint32(fatSectors.size()) < fatCount; ++i)
        fatSectors << readU32(bytes, 0x4C + 4 * i);
    quint32 difat = readU32(bytes, 0x44);
    for (qint64 steps = 0; quint32(fatSectors.size()) < fatCount && difat != endOfChain; ++steps) {
        const qint64 offset = sectorOffset(difat);
        if (offset < 0 || steps > sectorCount)
            return Soundness::LengthDoesNotFit;
        for (qint64 i = 0; i + 1 < sectorSize / 4 && quint32(fatSectors.size()) < fatCount; ++i)
            fatSectors << readU32(bytes, offset + 4 * i);
        difat = readU32(bytes, offset + sectorSize - 4);
    }
    auto next = [&](quint32 sector) -> std::optional<quint32> {
        const qint64 perSector = sectorSize / 4;
        const qint64 index = sector / perSector;
        if (index >= fatSectors.size())
            return std::nullopt;
        const qint64 offset = sectorOffset(fatSectors.at(index));
        if (offset < 0)
            return std::nullopt;
        return readU32(bytes, offset + 4 * (sector % perSector));
    };
    const QByteArray workbookName = QByteArrayLiteral("W\0o\0r\0k\0b\0o\0o\0k\0");
    const QByteArray bookName = QByteArrayLiteral("B\0o\0o\0k\0");
    quint32 workbookStart = endOfChain;
    quint32 workbookSize = 0;
    quint32 rootStart = endOfChain;
    quint32 rootSize = 0;
    quint32 sector = readU32(bytes, 0x30);
    for (qint64 steps = 0; sector != endOfChain; ++steps) {
        const qint64 offset = sectorOffset(sector);
        if (offset < 0 || steps > sectorCount)
            return Soundness::LengthDoesNotFit;
        for (qint64 entry = offset; entry + 128 <= offset + sectorSize; entry += 128) {
            // A name field holds at most 32 UTF-16 characters with the terminating zero.
            const quint16 nameBytes = readU16(bytes, entry + 0x40);
            if (nameBytes > 64)
                return Soundness::LengthDoesNotFit;
            const QByteArrayView name(bytes.constData() + entry,
                                      nameBytes >= 2 ? nameBytes - 2 : 0);
            if (name == workbookName || name == bookName) {
                workbookStart = readU32(bytes, entry + 0x74);
                workbookSize = readU32(bytes, entry + 0x78);
            }
            // The root entry's stream holds the mini stream.
            if (bytes.at(entry + 0x42) == 5) {
                rootStart = readU32(bytes, entry + 0x74);
                rootSize = readU32(bytes, entry + 0x78);
            }
        }
        const auto following = next(sector);
        if (!following)
            return Soundness::LengthDoesNotFit;
        sector = *following;
    }
    if (workbookStart == endOfChain)
        return Soundness::Sound;
    // Follows a chain of sectors for up to size bytes. When the chain leaves the file: nothing,
    // or with keepReadable the sectors read up to there, which FreeXL parses all the same.
    enum class Broken
    {
        Refuse,
        KeepReadable
    };
    auto readChain = [&](quint32 start, qint64 size,
                         Broken broken = Broken::Refuse) -> std::optional<QByteArray> {
        QByteArray data;
        for (quint32 at = start; at != endOfChain && data.size() < size;) {
            const qint64 offset = sectorOffset(at);
            if (offset < 0 || data.size() > bytes.size()) {
                if (broken == Broken::Refuse)
                    return std::nullopt;
                break;
            }
            data.append(bytes.constData() + offset, sectorSize);
            const auto following = next(at);
            if (!following) {
                if (broken == Broken::Refuse)
                    return std::nullopt;
                break;
            }
            at = *following;
        }
        data.truncate(size);
        return data;
    };
    if (workbookSize >= readU32(bytes, 0x38)) {
        const auto chain = readChain(workbookStart, workbookSize);
        if (!chain)
            return Soundness::LengthDoesNotFit;
        return recordSoundness(*chain);
    }
    // A workbook under the cutoff belongs in the mini stream (64-byte sectors inside the root
    // entry's stream, chained by the mini allocation table), yet FreeXL also reads one from
    // ordinary sectors (tests/data/hostile/x_bogus_sheet.xls); each reading that works is checked.
    if (const auto chain = readChain(workbookStart, workbookSize, Broken::KeepReadable)) {
        if (const Soundness found = recordSoundness(*chain); found != Soundness::Sound)
            return found;
    }
    constexpr qint64 miniSectorSize = 64;
    const auto miniTable = readChain(
        readU32(bytes, 0x3C), qint64(readU32(bytes, 0x40)) * sectorSize, Broken::KeepReadable);
    const auto miniStream = readChain(rootStart, rootSize, Broken::KeepReadable);
    if (readU16(bytes, 0x20) != 6 || !miniTable || !miniStream)
        return Soundness::Sound;
    QByteArray stream;
    for (quint32 at = workbookStart; at != endOfChain && stream.size() < qint64(workbookSize);) {
        const qint64 offset = qint64(at) * miniSectorSize;
        if (offset + miniSectorSize > miniStream->size() || stream.size() > miniStream->size())
            break;
        stream.append(miniStream->constData() + offset, miniSectorSize);
        if (qint64(at) * 4 + 4 > miniTable->size())
            break;
        at = readU32(*miniTable, qint64(at) * 4);
    }
    stream.truncate(workbookSize);
    return recordSoundness(stream);
}

XlsFailure failure(Problem problem, qint64 first = 0, qint64 second = 0)
{
    return XlsFailure{problem, first, second, {}};
}

// Closes the FreeXL handle however reading ends.
struct FreeXlCloser
{
    void operator()(const void *handle) const { freexl_close(handle); }
};
using FreeXlHandle = std::unique_ptr<const void, FreeXlCloser>;

XlsSheetData readSheet(const void *handle, unsigned short index, QString name)
{
    XlsSheetData sheet;
    sheet.name = std::move(name);
    if (freexl_select_active_worksheet(handle, index) != FREEXL_OK) {
        sheet.failure = failure(Problem::SheetUnreadable);
        return sheet;
    }
    unsigned int rowCount = 0;
    unsigned short columnCount = 0;
    if (freexl_worksheet_dimensions(handle, &rowCount, &columnCount) != FREEXL_OK) {
        sheet.failure = failure(Problem::SheetSizeUnreadable);
        return sheet;
    }
    // The dimensions come from the file: a damaged or hostile one can claim the BIFF8 maximum
    // (65536 x 256) over a few cells, which would mean 16.7 million strings in memory.
    if (quint64(rowCount) * columnCount > core::XlsWorkbook::maxCells) {
        sheet.failure = failure(Problem::TooManyCells, rowCount, columnCount);
        return sheet;
    }
    // Rows without a column hold nothing: the sheet is empty.
    if (columnCount == 0)
        return sheet;
    sheet.rows.reserve(rowCount);
    for (unsigned int row = 0; row < rowCount; ++row) {
        QStringList cells;
        cells.reserve(columnCount);
        for (unsigned short column = 0; column < columnCount; ++column) {
            FreeXL_CellValue cell;
            if (freexl_get_cell_value(handle, row, column, &cell) != FREEXL_OK) {
                sheet.rows.clear();
                sheet.failure = failure(Problem::CellUnreadable, qint64(row) + 1);
                return sheet;
            }
            cells << cellText(cell);
        }
        sheet.rows << cells;
    }
    return sheet;
}

} // namespace

XlsBook readWorkbook(const QString &path)
{
    XlsBook book;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            book.failure = XlsFailure{Problem::CannotOpen, 0, 0, file.errorString()};
            return book;
        }
        switch (compoundFileSoundness(file.readAll())) {
        case Soundness::Sound:
            break;
        case Soundness::LengthDoesNotFit:
            book.failure = failure(Problem::LengthDoesNotFit);
            return book;
        case Soundness::Encrypted:
            book.failure = failure(Problem::Encrypted);
            return book;
        case Soundness::SheetTooLarge:
            book.failure = failure(Problem::SheetTooLarge);
            return book;
        }
    }
    const void *opened = nullptr;
    const QByteArray encoded = QFile::encodeName(path);
    const int status = freexl_open(encoded.constData(), &opened);
    FreeXlHandle handle(opened);
    // FreeXL 1.0 can report success yet leave the handle null when a record is malformed.
    if (status != FREEXL_OK || !handle) {
        book.failure = failure(Problem::FreeXlError, status);
        return book;
    }
    unsigned int count = 0;
    freexl_get_info(handle.get(), FREEXL_BIFF_SHEET_COUNT, &count);
    unsigned int password = FREEXL_BIFF_PLAIN;
    freexl_get_info(handle.get(), FREEXL_BIFF_PASSWORD, &password);
    if (password == FREEXL_BIFF_OBFUSCATED) {
        book.failure = failure(Problem::Encrypted);
        return book;
    }
    count = qMin(count, 65535u);
    QStringList names;
    for (unsigned int i = 0; i < count; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(handle.get(), static_cast<unsigned short>(i), &name) ==
                FREEXL_OK &&
            name)
            names << QString::fromUtf8(name);
        else
            names << QString();
    }
    for (unsigned int i = 0; i < count; ++i)
        book.sheets << readSheet(handle.get(), static_cast<unsigned short>(i), names.at(i));
    return book;
}

} // namespace hearth::xlsreader
