// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QTableView>

namespace hearth::core {
class MonthModel;
}

namespace hearth::ui {

// The month as a grid of day cells with coloured post chips; posts and ideas can be
// dropped on a day, and a double click opens that day's week.
class MonthView final : public QTableView
{
    Q_OBJECT

public:
    explicit MonthView(core::MonthModel &model, QWidget *parent = nullptr);

    QDate selectedDate() const;

signals:
    void dayActivated(const QDate &day);
    void postDropped(qint64 postId, const QDate &day);
    void ideaDropped(qint64 ideaId, const QDate &day);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void fitRows();

    core::MonthModel &m_model;
};

} // namespace hearth::ui
