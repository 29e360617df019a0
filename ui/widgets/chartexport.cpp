// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/chartexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace hearth::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::ui::ChartExport", text);
}

} // namespace

QString saveWidgetPicture(QWidget *widget, const QString &path, const QString &title)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!widget || widget->size().isEmpty())
        return tr("There is no chart to save.");
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size = widget->size();
    if (suffix == QLatin1String("svg")) {
        // Written to a temporary file first so a failed save never leaves half a drawing.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return tr("Could not write %1: %2").arg(shown, file.errorString());
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(title);
        generator.setDescription(tr("Saved from Hearth"));
        {
            QPainter painter(&generator);
            widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        }
        if (!file.commit())
            return tr("Could not write %1: %2").arg(shown, file.errorString());
        return {};
    }
    if (suffix != QLatin1String("png"))
        return tr("Save the chart as .png or .svg; \"%1\" is neither.").arg(shown);
    // Twice the on-screen size, so the image stays sharp in documents and slides.
    const qreal scale = 2.0;
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(widget->palette().color(QPalette::Window));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return tr("Could not write %1: %2").arg(shown, file.errorString());
    return {};
}

} // namespace hearth::ui
