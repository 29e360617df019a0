#pragma once

#include "appservices.h"

#include <QDate>
#include <QWidget>

namespace hearth::ui {

// The Listen workspace.
class ListenWorkspace final : public QWidget
{
    Q_OBJECT

public:
    ListenWorkspace(AppServices services, QWidget *parent = nullptr);

    // Shows the period around `date`.
    void showDate(const QDate &date);

private:
    AppServices m_services;
    QDate m_date;
};

} // namespace hearth::ui
