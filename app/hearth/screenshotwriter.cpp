// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <csetjmp>
#include <png.h>

namespace hearth::app {

namespace {

void writeData(png_structp png, png_bytep data, png_size_t length)
{
    auto *device = static_cast<QIODevice *>(png_get_io_ptr(png));
    if (device->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length))
        png_error(png, "write failed");
}

void flushData(png_structp) {}

// Only plain C data lives in this frame: libpng reports errors by longjmp.
bool encode(QIODevice &device, const QImage &rgb)
{
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!png)
        return false;
    png_infop info = png_create_info_struct(png);
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return false;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_set_write_fn(png, &device, writeData, flushData);
    png_set_IHDR(png, info, png_uint_32(rgb.width()), png_uint_32(rgb.height()), 8,
                 PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
    png_set_compression_level(png, 1);
    png_write_info(png, info);
    for (int y = 0; y < rgb.height(); ++y)
        png_write_row(png, rgb.constScanLine(y));
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return true;
}

} // namespace

QString writeScreenshotPng(const QImage &image, const QString &path)
{
    if (image.isNull())
        return QCoreApplication::translate("main", "the window gave an empty picture");
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (!encode(file, rgb)) {
        file.cancelWriting();
        return file.errorString().isEmpty()
                   ? QCoreApplication::translate("main", "the PNG encoder failed")
                   : file.errorString();
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace hearth::app
