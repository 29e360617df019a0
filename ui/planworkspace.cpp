#include "planworkspace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hearth::ui {

PlanWorkspace::PlanWorkspace(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("planWorkspace"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Plan"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    layout->addStretch();
}

void PlanWorkspace::showDate(const QDate &date)
{
    m_date = date;
}

} // namespace hearth::ui
