#pragma once

#include "bulkpostparser.h"
#include "catalog.h"

#include <QDialog>

class QComboBox;
class QListWidget;

namespace hearth::ui {

// Asks what a bulk-import file is: its layout, its date order and the networks its posts go to.
class BulkImportDialog final : public QDialog
{
    Q_OBJECT

public:
    BulkImportDialog(const QList<core::Network> &networks, QWidget *parent = nullptr);

    core::BulkImportOptions options() const;

private:
    QComboBox *m_layout;
    QComboBox *m_dateOrder;
    QListWidget *m_networks;
};

} // namespace hearth::ui
