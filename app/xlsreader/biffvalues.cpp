// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "biffvalues.h"

#include <QDate>
#include <QTime>

#include <cmath>

namespace hearth::xlsreader {

namespace {

// The built-in number formats that show dates or times ([MS-XLS] 2.4.126, and the East Asian
// ones Excel also builds in).
bool isBuiltInDate(quint16 index)
{
    return (index >= 14 && index <= 22) || (index >= 27 && index <= 36) ||
           (index >= 45 && index <= 47) || (index >= 50 && index <= 58);
}

// Dates Excel can show: up to 9999-12-31 (day 2958465 counted from 1900, 1462 fewer from 1904).
constexpr double firstDayAfter9999 = 2958466.0;
constexpr double daysFrom1900To1904 = 1462.0;

} // namespace

void NumberFormats::addFormat(quint16 index, const QString &code)
{
    m_dateFormats.insert(index, isDateCode(code));
}

void NumberFormats::addCellFormat(quint16 formatIndex)
{
    m_cellFormats << formatIndex;
}

bool NumberFormats::isDateFormat(quint16 formatIndex) const
{
    const auto custom = m_dateFormats.constFind(formatIndex);
    return custom != m_dateFormats.cend() ? *custom : isBuiltInDate(formatIndex);
}

bool NumberFormats::isDateCode(const QString &code)
{
    QString kept;
    enum class State
    {
        Plain,
        Quoted,
        Escaped,
        Bracketed
    } state = State::Plain;
    for (const QChar c : code) {
        switch (state) {
        case State::Plain:
            if (c == u'"')
                state = State::Quoted;
            else if (c == u'\\' || c == u'_' || c == u'*')
                state = State::Escaped; // the next character is shown (or padded) as it is
            else if (c == u'[')
                state = State::Bracketed; // a colour, a condition or a locale
            else
                kept += c;
            break;
        case State::Quoted:
            if (c == u'"')
                state = State::Plain;
            break;
        case State::Escaped:
            state = State::Plain;
            break;
        case State::Bracketed:
            if (c == u']')
                state = State::Plain;
            break;
        }
    }
    if (kept.compare(u"general", Qt::CaseInsensitive) == 0)
        return false;
    int dateParts = 0;
    int digitParts = 0;
    for (const QChar c : std::as_const(kept)) {
        if (QStringView(u"ymdhsYMDHS").contains(c))
            ++dateParts;
        else if (QStringView(u"0#?").contains(c))
            ++digitParts;
    }
    return dateParts > digitParts;
}

QString NumberFormats::numberText(double value)
{
    // Counts are stored as doubles; write whole numbers without a fraction.
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9.0e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

QString NumberFormats::text(double value, quint16 cellFormat) const
{
    if (cellFormat >= m_cellFormats.size() || !isDateFormat(m_cellFormats.at(cellFormat)) ||
        !std::isfinite(value) || value < 0 ||
        value >= firstDayAfter9999 - (m_date1904 ? daysFrom1900To1904 : 0.0))
        return numberText(value);
    qint64 days = qint64(std::floor(value));
    qint64 seconds = std::llround((value - double(days)) * 86400.0);
    if (seconds == 86400) {
        ++days;
        seconds = 0;
    }
    const QString time = QTime(0, 0).addSecs(int(seconds)).toString(u"HH:mm:ss");
    if (days == 0)
        return time;
    QDate date;
    if (m_date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else {
        // Excel counts a 29 February 1900 that never was: days before it are ambiguous, as
        // other readers say too, so they stay numbers.
        if (days < 61)
            return numberText(value);
        date = QDate(1899, 12, 30).addDays(days);
    }
    const QString day = date.toString(u"yyyy-MM-dd");
    return seconds == 0 ? day : day + u' ' + time;
}

} // namespace hearth::xlsreader
