// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QStringList>

namespace hearth::core {
class CatalogRepository;
}

// Argument values that more than one command reads the same way.
namespace hearth::cli {

// "-" means the text comes on standard input (long or multi-line texts from scripts).
QString textArgument(const QString &value);

// The networks of comma lists ("x,linkedin", repeated), each checked against the catalog.
core::Result<QStringList> parseNetworks(core::CatalogRepository &catalog,
                                        const QStringList &values);

} // namespace hearth::cli
