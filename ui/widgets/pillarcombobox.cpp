// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/pillarcombobox.h"

#include "plan/catalog.h"

#include <QPainter>
#include <QPixmap>

namespace hearth::ui {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 3, 3);
    return QIcon(pixmap);
}

} // namespace

PillarComboBox::PillarComboBox(const QString &noneText, QWidget *parent)
    : QComboBox(parent)
    , m_noneText(noneText)
{
    addItem(m_noneText);
}

void PillarComboBox::reload(core::CatalogRepository &catalog)
{
    const std::optional<qint64> selected = selectedPillar();
    const QSignalBlocker blocker(this);
    clear();
    addItem(m_noneText);
    auto pillars = catalog.pillars();
    if (pillars) {
        for (const core::Pillar &pillar : std::as_const(*pillars))
            addItem(swatch(QColor(pillar.color)), pillar.name, pillar.id);
    }
    setSelectedPillar(selected);
}

std::optional<qint64> PillarComboBox::selectedPillar() const
{
    const QVariant id = currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

void PillarComboBox::setSelectedPillar(const std::optional<qint64> &id)
{
    const int index = id ? findData(*id) : 0;
    setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace hearth::ui
