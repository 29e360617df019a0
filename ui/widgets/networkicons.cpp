// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/networkicons.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

namespace hearth::ui {

QColor networkColor(const QString &networkId)
{
    static const QHash<QString, QColor> colors{
        {QStringLiteral("x"), QColor(0x14, 0x17, 0x1a)},
        {QStringLiteral("mastodon"), QColor(0x63, 0x64, 0xff)},
        {QStringLiteral("bluesky"), QColor(0x11, 0x85, 0xfe)},
        {QStringLiteral("threads"), QColor(0x30, 0x30, 0x30)},
        {QStringLiteral("linkedin"), QColor(0x0a, 0x66, 0xc2)},
        {QStringLiteral("instagram"), QColor(0xd6, 0x29, 0x76)},
        {QStringLiteral("facebook"), QColor(0x08, 0x66, 0xff)},
        {QStringLiteral("tiktok"), QColor(0x10, 0x10, 0x10)},
        {QStringLiteral("pinterest"), QColor(0xe6, 0x00, 0x23)},
    };
    if (const auto found = colors.constFind(networkId); found != colors.constEnd())
        return *found;
    // A stable colour for user-defined networks.
    return QColor::fromHsv(static_cast<int>(qHash(networkId) % 360), 150, 170);
}

QPixmap networkBadge(const QString &networkId, int size, qreal devicePixelRatio)
{
    static QHash<QString, QPixmap> cache;
    const QString key =
        networkId + u'/' + QString::number(size) + u'@' + QString::number(devicePixelRatio);
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return *found;

    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QString svgPath = QStringLiteral(":/networks/%1.svg").arg(networkId);
    if (QFile::exists(svgPath)) {
        QSvgRenderer(svgPath).render(&painter, QRectF(0, 0, size, size));
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(networkColor(networkId));
        painter.drawEllipse(QRectF(0, 0, size, size));
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(qMax(6, size * 55 / 100));
        painter.setFont(font);
        painter.setPen(Qt::white);
        QString name = networkId;
        name.remove(QStringLiteral("custom-"));
        painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, name.left(1).toUpper());
    }
    painter.end();
    cache.insert(key, pixmap);
    return pixmap;
}

} // namespace hearth::ui
