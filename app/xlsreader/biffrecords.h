// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace hearth::xlsreader {

// Record types of a BIFF8 workbook stream ([MS-XLS] 2.3), those the reader looks at.
namespace biff {
constexpr quint16 formula = 0x0006;
constexpr quint16 endOfFile = 0x000A;
constexpr quint16 date1904 = 0x0022;
constexpr quint16 filePass = 0x002F;
constexpr quint16 continuation = 0x003C;
constexpr quint16 boundSheet = 0x0085;
constexpr quint16 mulRk = 0x00BD;
constexpr quint16 richString = 0x00D6;
constexpr quint16 extendedFormat = 0x00E0;
constexpr quint16 sharedStrings = 0x00FC;
constexpr quint16 labelSst = 0x00FD;
constexpr quint16 dimension = 0x0200;
constexpr quint16 number = 0x0203;
constexpr quint16 label = 0x0204;
constexpr quint16 boolErr = 0x0205;
constexpr quint16 string = 0x0207;
constexpr quint16 rk = 0x027E;
constexpr quint16 format = 0x041E;
constexpr quint16 beginOfFile = 0x0809;
// BOF versions and substream kinds.
constexpr quint16 biff8Version = 0x0600;
constexpr quint16 biff5Version = 0x0500;
constexpr quint16 worksheetKind = 0x0010;
} // namespace biff

inline quint16 readU16(QByteArrayView data, qsizetype at)
{
    return quint16(quint8(data[at]) | quint8(data[at + 1]) << 8);
}

inline quint32 readU32(QByteArrayView data, qsizetype at)
{
    return quint32(readU16(data, at)) | quint32(readU16(data, at + 2)) << 16;
}

// One record: its type and the bytes it holds.
struct Record
{
    quint16 type = 0;
    QByteArrayView data;
};

// Walks the records of a workbook stream from a position. A record whose stated length runs
// past the stream ends the walk as damage, never as a shorter record.
class RecordCursor final
{
public:
    RecordCursor(QByteArrayView stream, qsizetype at)
        : m_stream(stream)
        , m_at(at)
    {}

    // The next record, or nothing at the end of the stream or on damage.
    std::optional<Record> next()
    {
        if (m_at + 4 > m_stream.size())
            return std::nullopt;
        const quint16 type = readU16(m_stream, m_at);
        const qsizetype length = readU16(m_stream, m_at + 2);
        if (m_at + 4 + length > m_stream.size()) {
            m_damaged = true;
            return std::nullopt;
        }
        Record record{type, m_stream.sliced(m_at + 4, length)};
        m_at += 4 + length;
        return record;
    }
    // The type of the next record without moving on; 0 when there is none.
    quint16 peekType() const
    {
        return m_at + 4 <= m_stream.size() ? readU16(m_stream, m_at) : quint16(0);
    }
    bool damaged() const { return m_damaged; }

private:
    QByteArrayView m_stream;
    qsizetype m_at;
    bool m_damaged = false;
};

// The bytes of a record and the CONTINUE records after it, read as one, except that text
// crossing into a CONTINUE record starts there with a new flag byte ([MS-XLS] 2.1.4).
class ContinuedReader final
{
public:
    explicit ContinuedReader(QList<QByteArrayView> parts)
        : m_parts(std::move(parts))
    {}

    bool atEnd();
    std::optional<quint8> byte();
    std::optional<quint16> u16();
    std::optional<quint32> u32();
    bool skip(qint64 bytes);
    // count characters, one byte each (Latin-1) or two (UTF-16LE) as highBytes says, each
    // CONTINUE record on the way restating it.
    std::optional<QString> characters(qint64 count, bool highBytes);

private:
    // Moves past finished parts; false when nothing is left.
    bool settle();

    QList<QByteArrayView> m_parts;
    qsizetype m_part = 0;
    qsizetype m_at = 0;
};

// An XLUnicodeString ([MS-XLS] 2.5.294) at the start of data: a 16-bit count, a flag byte,
// the characters. Nothing when it does not fit.
std::optional<QString> unicodeString(QByteArrayView data);
// The shared-string table: an SST record and its CONTINUE records. Nothing when a string runs
// past the data.
std::optional<QStringList> sharedStrings(QList<QByteArrayView> parts);

} // namespace hearth::xlsreader
