// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// The metric import's texts share one translation context, whichever file says them.
namespace hearth::core::importtext {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::MetricImporter", text);
}

} // namespace hearth::core::importtext
