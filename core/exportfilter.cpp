#include "exportfilter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace hearth::core {

void appendExportConditions(const ExportFilter &filter, QStringList &where, Bindings &bindings)
{
    if (filter.from.isValid()) {
        where << QStringLiteral("p.scheduled_at >= :from");
        bindings.emplace_back(QStringLiteral(":from"), filter.from.toSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("p.scheduled_at < :to");
        bindings.emplace_back(QStringLiteral(":to"), filter.to.toSecsSinceEpoch());
    }
    if (!filter.networks.isEmpty()) {
        QStringList names;
        for (qsizetype i = 0; i < filter.networks.size(); ++i) {
            names << QStringLiteral(":n%1").arg(i);
            bindings.emplace_back(names.constLast(), filter.networks.at(i));
        }
        where << QStringLiteral("pn.network_id IN (%1)").arg(names.join(u','));
    }
}

Result<ExportSummary>
writeExportFile(const QString &path, const std::function<Result<ExportSummary>(QIODevice &)> &write)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorKind::Io, QCoreApplication::translate(
                                              "hearth::core::Export",
                                              "Cannot write %1: %2. Choose another folder.")
                                              .arg(shown, file.errorString()));
    auto written = write(file);
    if (!written) {
        file.cancelWriting();
        return Error::make(written.error().kind,
                           QCoreApplication::translate(
                               "hearth::core::Export",
                               "%1 was not written (any older file there is unchanged): %2")
                               .arg(shown, written.error().message));
    }
    if (!file.commit())
        return Error::make(ErrorKind::Io,
                           QCoreApplication::translate(
                               "hearth::core::Export",
                               "%1 was not written (any older file there is unchanged): %2")
                               .arg(shown, file.errorString()));
    written->path = path;
    return written;
}

} // namespace hearth::core
