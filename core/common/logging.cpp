// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/logging.h"

namespace hearth::core {
Q_LOGGING_CATEGORY(lcStorage, "hearth.core.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "hearth.core.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "hearth.core.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlanning, "hearth.core.planning", QtInfoMsg)
} // namespace hearth::core
