#include "storage/datalocation.h"

#include <QStandardPaths>

namespace hearth::core {

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/hearth.sqlite");
}

} // namespace hearth::core
