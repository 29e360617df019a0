// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace hearth::ui {

class HeatmapModel;

// Paints the weekday × hour heatmap of a HeatmapModel: one cell per local slot, coloured by
// the mean community rate, hatched where too few posts stand behind the mean.
class HeatmapWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapWidget(HeatmapModel *model, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The model cell under `position`, or an invalid index.
    QModelIndex indexAt(const QPoint &position) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF gridRect() const;

    HeatmapModel *m_model;
};

} // namespace hearth::ui
