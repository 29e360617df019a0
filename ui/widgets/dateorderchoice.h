// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QComboBox;

namespace hearth::ui {

// Adds the ways to read a date such as 03/04/2026 to `combo`, each with its
// core::DateOrder as int data: the one choice the post and the analytics imports share.
void addDateOrders(QComboBox *combo);

} // namespace hearth::ui
