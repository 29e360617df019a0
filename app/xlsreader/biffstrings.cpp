// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "biffrecords.h"

namespace hearth::xlsreader {

namespace {

// A string's flag byte ([MS-XLS] 2.5.293).
constexpr quint8 highBytesFlag = 0x01;
constexpr quint8 phoneticFlag = 0x04;
constexpr quint8 richFlag = 0x08;

QString decode(QByteArrayView bytes, bool highBytes)
{
    if (!highBytes)
        return QString::fromLatin1(bytes);
    QString text(bytes.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        text[i] = QChar(readU16(bytes, 2 * i));
    return text;
}

} // namespace

bool ContinuedReader::settle()
{
    while (m_part < m_parts.size() && m_at >= m_parts.at(m_part).size()) {
        ++m_part;
        m_at = 0;
    }
    return m_part < m_parts.size();
}

bool ContinuedReader::atEnd()
{
    return !settle();
}

std::optional<quint8> ContinuedReader::byte()
{
    if (!settle())
        return std::nullopt;
    return quint8(m_parts.at(m_part)[m_at++]);
}

std::optional<quint16> ContinuedReader::u16()
{
    const auto low = byte();
    const auto high = byte();
    if (!low || !high)
        return std::nullopt;
    return quint16(*low | *high << 8);
}

std::optional<quint32> ContinuedReader::u32()
{
    const auto low = u16();
    const auto high = u16();
    if (!low || !high)
        return std::nullopt;
    return quint32(*low) | quint32(*high) << 16;
}

bool ContinuedReader::skip(qint64 bytes)
{
    while (bytes > 0) {
        if (!settle())
            return false;
        const qint64 here = qMin(bytes, qint64(m_parts.at(m_part).size() - m_at));
        m_at += qsizetype(here);
        bytes -= here;
    }
    return true;
}

std::optional<QString> ContinuedReader::characters(qint64 count, bool highBytes)
{
    QString text;
    while (count > 0) {
        if (m_part >= m_parts.size())
            return std::nullopt;
        const QByteArrayView part = m_parts.at(m_part);
        if (m_at >= part.size()) {
            // The characters go on in the next CONTINUE record, after its own flag byte.
            if (++m_part >= m_parts.size() || m_parts.at(m_part).isEmpty())
                return std::nullopt;
            highBytes = m_parts.at(m_part)[0] & highBytesFlag;
            m_at = 1;
            continue;
        }
        const qint64 width = highBytes ? 2 : 1;
        const qint64 here = qMin(count, (part.size() - m_at) / width);
        if (here == 0)
            return std::nullopt; // half a UTF-16 character before the record ends
        text += decode(part.sliced(m_at, qsizetype(here * width)), highBytes);
        m_at += qsizetype(here * width);
        count -= here;
    }
    return text;
}

std::optional<QString> unicodeString(QByteArrayView data)
{
    if (data.size() < 3)
        return std::nullopt;
    const qsizetype count = readU16(data, 0);
    const bool highBytes = data[2] & highBytesFlag;
    const qsizetype bytes = count * (highBytes ? 2 : 1);
    if (3 + bytes > data.size())
        return std::nullopt;
    return decode(data.sliced(3, bytes), highBytes);
}

std::optional<QStringList> sharedStrings(QList<QByteArrayView> parts)
{
    qsizetype bytes = 0;
    for (const QByteArrayView part : std::as_const(parts))
        bytes += part.size();
    ContinuedReader reader(std::move(parts));
    const auto total = reader.u32();
    const auto unique = reader.u32();
    if (!total || !unique)
        return std::nullopt;
    QStringList strings;
    // The count comes from the file: every string takes at least three bytes.
    strings.reserve(qMin(qsizetype(*unique), bytes / 3));
    for (quint32 i = 0; i < *unique; ++i) {
        // Some writers state more strings than they write; the table ends with its data.
        if (reader.atEnd())
            break;
        const auto count = reader.u16();
        const auto flags = reader.byte();
        if (!count || !flags)
            return std::nullopt;
        std::optional<quint16> runs = quint16(0);
        std::optional<quint32> phoneticBytes = quint32(0);
        if (*flags & richFlag)
            runs = reader.u16();
        if (*flags & phoneticFlag)
            phoneticBytes = reader.u32();
        if (!runs || !phoneticBytes)
            return std::nullopt;
        auto text = reader.characters(*count, *flags & highBytesFlag);
        // Formatting runs and phonetic data follow the characters; they do not change the text.
        if (!text || !reader.skip(qint64(*runs) * 4 + *phoneticBytes))
            return std::nullopt;
        strings << std::move(*text);
    }
    return strings;
}

} // namespace hearth::xlsreader
