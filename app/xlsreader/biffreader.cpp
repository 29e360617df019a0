// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "biffreader.h"

#include "biffrecords.h"
#include "biffvalues.h"
#include "compoundfile.h"
#include "interop/xlsworkbook.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <cstring>
#include <optional>

namespace hearth::xlsreader {

using core::XlsBook;
using core::XlsFailure;
using core::XlsSheetData;
using Problem = XlsFailure::Problem;

namespace {

XlsFailure failure(Problem problem, qint64 first = 0, qint64 second = 0)
{
    return XlsFailure{problem, first, second, {}};
}

// A worksheet as the globals list it: its name and where its records start.
struct SheetEntry
{
    QString name;
    qsizetype offset = 0;
};

// What the workbook globals hold for the sheets.
struct Globals
{
    QList<SheetEntry> sheets;
    QStringList strings;
    NumberFormats formats;
};

// An RK number ([MS-XLS] 2.5.217): 30 bits of an integer or of a double's high bits, perhaps
// divided by 100.
double rkValue(quint32 rk)
{
    double value = 0;
    if (rk & 0x02) {
        value = double(qint32(rk) >> 2);
    } else {
        const quint64 bits = quint64(rk & 0xFFFFFFFCu) << 32;
        std::memcpy(&value, &bits, sizeof value);
    }
    return (rk & 0x01) ? value / 100.0 : value;
}

double readDouble(QByteArrayView data, qsizetype at)
{
    const quint64 bits = quint64(readU32(data, at)) | quint64(readU32(data, at + 4)) << 32;
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

QString errorText(quint8 code)
{
    switch (code) {
    case 0x00:
        return QStringLiteral("#NULL!");
    case 0x07:
        return QStringLiteral("#DIV/0!");
    case 0x0F:
        return QStringLiteral("#VALUE!");
    case 0x17:
        return QStringLiteral("#REF!");
    case 0x1D:
        return QStringLiteral("#NAME?");
    case 0x24:
        return QStringLiteral("#NUM!");
    case 0x2A:
        return QStringLiteral("#N/A");
    default:
        return QStringLiteral("#ERROR!");
    }
}

// Reads the globals substream: sheets, shared strings, number formats. A failure when the
// workbook is encrypted or a record does not hold what it states.
std::optional<XlsFailure> readGlobals(QByteArrayView stream, Globals &globals)
{
    RecordCursor cursor(stream, 0);
    const auto first = cursor.next();
    if (!first || first->type != biff::beginOfFile || first->data.size() < 4)
        return failure(Problem::LengthDoesNotFit);
    const quint16 version = readU16(first->data, 0);
    if (version != biff::biff8Version)
        return failure(Problem::NotExcel97, version == biff::biff5Version ? 5 : 0);
    while (const auto record = cursor.next()) {
        const QByteArrayView data = record->data;
        switch (record->type) {
        case biff::endOfFile:
            return std::nullopt;
        case biff::filePass:
            return failure(Problem::Encrypted);
        case biff::date1904:
            globals.formats.setDate1904(data.size() >= 2 && readU16(data, 0) == 1);
            break;
        case biff::format: {
            const auto code = data.size() >= 2 ? unicodeString(data.sliced(2)) : std::nullopt;
            if (!code)
                return failure(Problem::LengthDoesNotFit);
            globals.formats.addFormat(readU16(data, 0), *code);
            break;
        }
        case biff::extendedFormat:
            if (data.size() < 4)
                return failure(Problem::LengthDoesNotFit);
            globals.formats.addCellFormat(readU16(data, 2));
            break;
        case biff::boundSheet: {
            // Position, visibility, kind, then the name (8-bit count, flag byte, characters).
            if (data.size() < 8)
                return failure(Problem::LengthDoesNotFit);
            const qsizetype count = quint8(data[6]);
            const bool highBytes = data[7] & 0x01;
            if (8 + count * (highBytes ? 2 : 1) > data.size())
                return failure(Problem::LengthDoesNotFit);
            QByteArray asUnicodeString(2, '\0');
            asUnicodeString[0] = char(count);
            asUnicodeString += data.sliced(7);
            // BIFF8 counts sheets in 16 bits; the reply holds no more.
            if (globals.sheets.size() >= 0xFFFF)
                return failure(Problem::LengthDoesNotFit);
            // Charts, macro sheets and modules hold no cells to import.
            if (quint8(data[5]) == 0)
                globals.sheets << SheetEntry{*unicodeString(asUnicodeString),
                                             qsizetype(readU32(data, 0))};
            break;
        }
        case biff::sharedStrings: {
            QList<QByteArrayView> parts{data};
            while (cursor.peekType() == biff::continuation) {
                const auto continued = cursor.next();
                if (!continued)
                    return failure(Problem::LengthDoesNotFit);
                parts << continued->data;
            }
            auto strings = sharedStrings(std::move(parts));
            if (!strings)
                return failure(Problem::LengthDoesNotFit);
            globals.strings = std::move(*strings);
            break;
        }
        default:
            break;
        }
    }
    return cursor.damaged() ? std::optional(failure(Problem::LengthDoesNotFit)) : std::nullopt;
}

// The cells of one sheet as they are read, kept by position.
class SheetCells final
{
public:
    void put(quint16 row, quint16 column, QString text)
    {
        m_cells.insert(quint32(row) << 16 | column, std::move(text));
        m_rows = qMax(m_rows, qint64(row) + 1);
        m_columns = qMax(m_columns, qint64(column) + 1);
    }
    qint64 rowCount() const { return m_rows; }
    qint64 columnCount() const { return m_columns; }
    // Every row, all of one width; cells never written are empty.
    QList<QStringList> rows() const
    {
        QList<QStringList> rows(m_rows, QStringList(m_columns));
        for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it)
            rows[it.key() >> 16][it.key() & 0xFFFF] = it.value();
        return rows;
    }

private:
    QHash<quint32, QString> m_cells;
    qint64 m_rows = 0;
    qint64 m_columns = 0;
};

// Reads one cell record into cells. False when the record is too short for its cell.
bool readCell(const Record &record, RecordCursor &cursor, const Globals &globals, SheetCells &cells,
              std::optional<XlsFailure> &problem)
{
    const QByteArrayView data = record.data;
    static constexpr quint16 cellTypes[] = {biff::labelSst, biff::label,  biff::richString,
                                            biff::number,   biff::rk,     biff::mulRk,
                                            biff::boolErr,  biff::formula};
    if (std::find(std::begin(cellTypes), std::end(cellTypes), record.type) == std::end(cellTypes))
        return true;
    // Every cell record starts with its row, its column and its cell format.
    if (data.size() < 6)
        return false;
    const quint16 row = readU16(data, 0);
    const quint16 column = readU16(data, 2);
    const quint16 format = readU16(data, 4);
    switch (record.type) {
    case biff::labelSst: {
        if (data.size() < 10)
            return false;
        const quint32 index = readU32(data, 6);
        if (index >= quint32(globals.strings.size())) {
            problem = failure(Problem::MissingText, index);
            return true;
        }
        cells.put(row, column, globals.strings.at(qsizetype(index)));
        return true;
    }
    case biff::label:
    case biff::richString: {
        auto text = unicodeString(data.sliced(6));
        if (!text)
            return false;
        cells.put(row, column, std::move(*text));
        return true;
    }
    case biff::number:
        if (data.size() < 14)
            return false;
        cells.put(row, column, globals.formats.text(readDouble(data, 6), format));
        return true;
    case biff::rk:
        if (data.size() < 10)
            return false;
        cells.put(row, column, globals.formats.text(rkValue(readU32(data, 6)), format));
        return true;
    case biff::mulRk: {
        // First column, then 6 bytes (format, RK) per cell, then the last column.
        const qsizetype count = (data.size() - 6) / 6;
        if (data.size() < 6 || (data.size() - 6) % 6 != 0)
            return false;
        for (qsizetype i = 0; i < count; ++i)
            cells.put(row, quint16(column + i),
                      globals.formats.text(rkValue(readU32(data, 4 + 6 * i + 2)),
                                           readU16(data, 4 + 6 * i)));
        return true;
    }
    case biff::boolErr:
        if (data.size() < 8)
            return false;
        cells.put(row, column,
                  data[7] ? errorText(quint8(data[6]))
                          : (data[6] ? QStringLiteral("TRUE") : QStringLiteral("FALSE")));
        return true;
    case biff::formula: {
        // The value the formula had when the file was saved.
        if (data.size() < 14)
            return false;
        if (readU16(data, 12) != 0xFFFF) {
            cells.put(row, column, globals.formats.text(readDouble(data, 6), format));
            return true;
        }
        switch (quint8(data[6])) {
        case 0: { // text, in the STRING record that follows
            if (cursor.peekType() != biff::string)
                return true;
            const auto text = unicodeString(cursor.next().value_or(Record{}).data);
            if (!text)
                return false;
            cells.put(row, column, *text);
            return true;
        }
        case 1:
            cells.put(row, column, data[8] ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
            return true;
        case 2:
            cells.put(row, column, errorText(quint8(data[8])));
            return true;
        default:
            cells.put(row, column, QString());
            return true;
        }
    }
    default:
        return true;
    }
}

// Reads the worksheet whose records start at entry.offset. A failure of the whole book for a
// record that does not hold what it states; of the sheet alone when it is missing or too big.
// cellBudget: the cells the workbook's sheets may still take, so that many sheets (or many
// entries for one sheet) cannot add up to more than a few times maxCells.
std::optional<XlsFailure> readSheet(QByteArrayView stream, const Globals &globals,
                                    const SheetEntry &entry, XlsSheetData &sheet,
                                    quint64 &cellBudget)
{
    sheet.name = entry.name;
    RecordCursor cursor(stream, entry.offset);
    const auto first = entry.offset < stream.size() ? cursor.next() : std::nullopt;
    if (!first || first->type != biff::beginOfFile || first->data.size() < 4 ||
        readU16(first->data, 2) != biff::worksheetKind) {
        sheet.failure = failure(Problem::SheetMissing);
        return std::nullopt;
    }
    SheetCells cells;
    // Charts and other objects inside a sheet are substreams of their own.
    int depth = 0;
    std::optional<XlsFailure> problem;
    while (const auto record = cursor.next()) {
        if (record->type == biff::beginOfFile) {
            ++depth;
            continue;
        }
        if (record->type == biff::endOfFile) {
            if (depth-- == 0)
                break;
            continue;
        }
        if (depth > 0)
            continue;
        if (record->type == biff::dimension) {
            // The rows and columns the sheet says it spans: beyond an .xls sheet's 65536 x 256
            // it is damaged; beyond maxCells it is more than Hearth reads.
            if (record->data.size() < 12)
                return failure(Problem::LengthDoesNotFit);
            const quint64 rows = readU32(record->data, 4);
            const quint64 columns = readU16(record->data, 10);
            if (rows > 65536 || columns > 256)
                return failure(Problem::SheetTooLarge);
            if (rows * columns > core::XlsWorkbook::maxCells) {
                sheet.failure = failure(Problem::TooManyCells, qint64(rows), qint64(columns));
                return std::nullopt;
            }
            continue;
        }
        if (!readCell(*record, cursor, globals, cells, problem))
            return failure(Problem::LengthDoesNotFit);
        if (problem)
            return problem;
    }
    if (cursor.damaged())
        return failure(Problem::LengthDoesNotFit);
    // The rows hold every cell up to the last row and column that hold something.
    const quint64 size = quint64(cells.rowCount()) * quint64(cells.columnCount());
    if (size > core::XlsWorkbook::maxCells || size > cellBudget) {
        sheet.failure = failure(Problem::TooManyCells, cells.rowCount(), cells.columnCount());
        return std::nullopt;
    }
    cellBudget -= size;
    sheet.rows = cells.rows();
    return std::nullopt;
}

} // namespace

XlsBook readWorkbookStream(const QByteArray &stream)
{
    XlsBook book;
    Globals globals;
    if (auto problem = readGlobals(stream, globals)) {
        book.failure = std::move(problem);
        return book;
    }
    quint64 cellBudget = 2 * core::XlsWorkbook::maxCells;
    for (const SheetEntry &entry : std::as_const(globals.sheets)) {
        XlsSheetData sheet;
        // A damaged sheet fails the whole book: the sheets before it are not kept.
        if (auto problem = readSheet(stream, globals, entry, sheet, cellBudget))
            return XlsBook{std::move(problem), {}};
        book.sheets << std::move(sheet);
    }
    return book;
}

XlsBook readWorkbookFile(const QByteArray &file)
{
    const WorkbookStream stream = workbookStream(file);
    if (stream.failure)
        return XlsBook{stream.failure, {}};
    XlsBook book = readWorkbookStream(stream.bytes);
    // A "Book" stream is BIFF5 even when its first record is too damaged to say so.
    if (stream.namedBook && book.failure && book.failure->problem != Problem::Encrypted)
        book.failure = failure(Problem::NotExcel97, 5);
    return book;
}

XlsBook readWorkbook(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return XlsBook{XlsFailure{Problem::CannotOpen, 0, 0, file.errorString()}, {}};
    return readWorkbookFile(file.readAll());
}

} // namespace hearth::xlsreader
