// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/setpillarcommand.h"

#include "widgets/poststore.h"

#include <QCoreApplication>

namespace hearth::ui {

SetPillarCommand::SetPillarCommand(PostStore &store, Pillars before, std::optional<qint64> pillarId,
                                   const QString &pillarName)
    : m_store(store)
    , m_before(std::move(before))
{
    m_after.reserve(m_before.size());
    for (const auto &entry : std::as_const(m_before))
        m_after.append({entry.first, pillarId});
    setText(QCoreApplication::translate("hearth::ui::SetPillarCommand", "Set pillar to %1")
                .arg(pillarName));
}

void SetPillarCommand::redo()
{
    // A failure is reported by the store; the stack keeps the step so undo stays possible.
    (void)m_store.setPillars(m_after);
}

void SetPillarCommand::undo()
{
    (void)m_store.setPillars(m_before);
}

} // namespace hearth::ui
