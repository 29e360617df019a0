// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

#include <optional>

namespace hearth::core {
class CatalogRepository;
}

namespace hearth::ui {

// A combo box of the plan's content pillars with their colours, plus one "none" entry.
class PillarComboBox final : public QComboBox
{
    Q_OBJECT

public:
    // `noneText` names the first entry, e.g. "All pillars" in a filter or "No pillar" in an editor.
    PillarComboBox(const QString &noneText, QWidget *parent = nullptr);

    // Reads the pillars again, keeping the selection when it still exists.
    void reload(core::CatalogRepository &catalog);
    std::optional<qint64> selectedPillar() const;
    void setSelectedPillar(const std::optional<qint64> &id);

private:
    QString m_noneText;
};

} // namespace hearth::ui
