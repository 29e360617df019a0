// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/timeadvisor.h"

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
    // "Used 2× · last 3/4/26", and the community rate of its posts when they have one.
    static QString usageText(int timesUsed, const QDateTime &lastUsed,
                             const std::optional<core::RateSummary> &rate = std::nullopt);

private:
    Density m_density;
};

} // namespace hearth::ui
