// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/xlsreply.h"

#include "interop/xlsworkbook.h"

#include <QDataStream>
#include <QIODevice>

namespace hearth::core {

namespace {

constexpr quint32 replyMagic = 0x48584C53; // "HXLS"
constexpr quint16 replyVersion = 2;
constexpr quint32 replyEnd = 0x454E442E; // "END."
// BIFF8 counts sheets in an unsigned short.
constexpr quint32 maxSheets = 65535;

void writeFailure(QDataStream &out, const std::optional<XlsFailure> &failure)
{
    out << quint8(failure ? 1 : 0);
    if (failure)
        out << quint8(failure->problem) << failure->first << failure->second << failure->detail;
}

// A flag byte must be 0 or 1: anything else is a malformed reply, which keeps the encoding
// canonical.
std::optional<bool> readFlag(QDataStream &in)
{
    quint8 flag = 0;
    in >> flag;
    if (in.status() != QDataStream::Ok || flag > 1)
        return std::nullopt;
    return flag == 1;
}

// False when the stream is malformed; failure is set only when the flag says one follows.
bool readFailure(QDataStream &in, std::optional<XlsFailure> &failure)
{
    const auto present = readFlag(in);
    if (!present)
        return false;
    if (!*present)
        return true;
    quint8 problem = 0;
    XlsFailure read;
    in >> problem >> read.first >> read.second >> read.detail;
    if (in.status() != QDataStream::Ok || problem > XlsFailure::lastProblem)
        return false;
    read.problem = XlsFailure::Problem(problem);
    failure = std::move(read);
    return true;
}

} // namespace

QByteArray encodeXlsReply(const XlsBook &book)
{
    QByteArray reply;
    QDataStream out(&reply, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << replyMagic << replyVersion;
    writeFailure(out, book.failure);
    if (!book.failure) {
        out << quint32(book.sheets.size());
        for (const XlsSheetData &sheet : book.sheets) {
            out << sheet.name;
            writeFailure(out, sheet.failure);
            if (sheet.failure)
                continue;
            const quint32 columns = sheet.rows.isEmpty() ? 0 : quint32(sheet.rows.first().size());
            out << quint32(sheet.rows.size()) << columns;
            for (const QStringList &row : sheet.rows) {
                for (const QString &cell : row)
                    out << cell;
            }
        }
    }
    out << replyEnd;
    return reply;
}

std::optional<XlsBook> decodeXlsReply(const QByteArray &reply)
{
    QDataStream in(reply);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != replyMagic || version != replyVersion)
        return std::nullopt;
    XlsBook book;
    if (!readFailure(in, book.failure))
        return std::nullopt;
    if (!book.failure) {
        quint32 sheetCount = 0;
        in >> sheetCount;
        if (in.status() != QDataStream::Ok || sheetCount > maxSheets)
            return std::nullopt;
        for (quint32 s = 0; s < sheetCount; ++s) {
            XlsSheetData sheet;
            in >> sheet.name;
            if (in.status() != QDataStream::Ok || !readFailure(in, sheet.failure))
                return std::nullopt;
            if (!sheet.failure) {
                quint32 rowCount = 0;
                quint32 columns = 0;
                in >> rowCount >> columns;
                const quint64 cells = quint64(rowCount) * columns;
                // Every cell takes at least its 4-byte length: a count the remaining bytes
                // cannot hold is refused before anything is reserved for it.
                if (in.status() != QDataStream::Ok || cells > XlsWorkbook::maxCells ||
                    (columns == 0 && rowCount != 0) ||
                    cells * 4 > quint64(in.device()->bytesAvailable()))
                    return std::nullopt;
                sheet.rows.reserve(rowCount);
                for (quint32 r = 0; r < rowCount; ++r) {
                    QStringList row;
                    row.reserve(columns);
                    for (quint32 c = 0; c < columns; ++c) {
                        QString cell;
                        in >> cell;
                        row << cell;
                    }
                    if (in.status() != QDataStream::Ok)
                        return std::nullopt;
                    sheet.rows << row;
                }
            }
            book.sheets << sheet;
        }
    }
    quint32 end = 0;
    in >> end;
    if (in.status() != QDataStream::Ok || end != replyEnd || !in.atEnd())
        return std::nullopt;
    return book;
}

} // namespace hearth::core
