// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace hearth::ui {

// Paints an idea row: pillar colour bar, title, snippet or notes, usage and favourite star.
class IdeaDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Density
    {
        Comfortable,
        Compact
    };

    explicit IdeaDelegate(Density density, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "Never used" or "Used 3× · last 12 Mar 2026", as the row shows it.
    static QString usageText(int timesUsed, const QDateTime &lastUsed);

private:
    Density m_density;
};

} // namespace hearth::ui
