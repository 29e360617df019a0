// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace hearth::ui {

// Paints a post as a card: pillar stripe, time, network badges, first words and status.
// Works on any Plan model row that answers the core::PlanRole roles.
class PostCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Density
    {
        Comfortable,
        Compact
    };

    explicit PostCardDelegate(QObject *parent = nullptr, Density density = Density::Comfortable);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colour and word used for a status chip, shared with the month view.
    static QColor statusColor(int status);

private:
    Density m_density;
};

} // namespace hearth::ui
