// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QUndoCommand>

#include <optional>
#include <utility>

namespace hearth::ui {

class PostStore;

// Gives several posts one pillar in one step; undo gives each its own pillar back.
class SetPillarCommand final : public QUndoCommand
{
public:
    using Pillars = QList<std::pair<qint64, std::optional<qint64>>>;

    // `before`: every post with the pillar it has now.
    SetPillarCommand(PostStore &store, Pillars before, std::optional<qint64> pillarId,
                     const QString &pillarName);
    void redo() override;
    void undo() override;

private:
    PostStore &m_store;
    Pillars m_before;
    Pillars m_after;
};

} // namespace hearth::ui
