#include "logging.h"

namespace hearth::core {
Q_LOGGING_CATEGORY(lcStorage, "hearth.core.storage")
Q_LOGGING_CATEGORY(lcImport, "hearth.core.import")
Q_LOGGING_CATEGORY(lcExport, "hearth.core.export")
Q_LOGGING_CATEGORY(lcPlanning, "hearth.core.planning")
} // namespace hearth::core
