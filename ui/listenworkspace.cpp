#include "listenworkspace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hearth::ui {

ListenWorkspace::ListenWorkspace(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("listenWorkspace"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Listen"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    layout->addStretch();
}

void ListenWorkspace::showDate(const QDate &date)
{
    m_date = date;
}

} // namespace hearth::ui
