// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dateorderchoice.h"

#include "interop/bulkpostparser.h"

#include <QComboBox>
#include <QCoreApplication>

namespace hearth::ui {

void addDateOrders(QComboBox *combo)
{
    combo->addItem(
        QCoreApplication::translate("hearth::ui::DateOrderChoice", "Month/day/year (12/31/2026)"),
        static_cast<int>(core::DateOrder::MonthDayYear));
    combo->addItem(
        QCoreApplication::translate("hearth::ui::DateOrderChoice", "Day/month/year (31/12/2026)"),
        static_cast<int>(core::DateOrder::DayMonthYear));
    combo->addItem(
        QCoreApplication::translate("hearth::ui::DateOrderChoice", "Year-month-day (2026-12-31)"),
        static_cast<int>(core::DateOrder::YearMonthDay));
}

} // namespace hearth::ui
