// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace hearth::xlsreader {

// What a number cell shows as text, decided by its cell format (XF) and number format.
class NumberFormats final
{
public:
    // A FORMAT record: a number format's index and its code ("mm/dd/yyyy", "0.00%").
    void addFormat(quint16 index, const QString &code);
    // An XF record, in the order the workbook lists them: the number format it uses.
    void addCellFormat(quint16 formatIndex);
    void setDate1904(bool on) { m_date1904 = on; }

    // Whole numbers without a fraction, others with up to 15 significant digits; a number in
    // a date format as YYYY-MM-DD (with HH:MM:SS when it has a time of day, only that when it
    // is a time).
    QString text(double value, quint16 cellFormat) const;

    // True when a format code shows a date or a time: it holds y, m, d, h or s outside quoted
    // text, escapes and [brackets], and fewer digit placeholders (0 # ?) than those.
    static bool isDateCode(const QString &code);
    static QString numberText(double value);

private:
    bool isDateFormat(quint16 formatIndex) const;

    QHash<quint16, bool> m_dateFormats;
    QList<quint16> m_cellFormats;
    bool m_date1904 = false;
};

} // namespace hearth::xlsreader
