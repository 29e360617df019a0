// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/similarideasmenu.h"

#include <QAction>
#include <QMenu>

namespace hearth::ui {

void addSimilarIdeas(QMenu &menu, const QList<core::Idea> &ideas, const QObject *context,
                     const std::function<void(qint64)> &open)
{
    // A menu hides its actions' tool tips unless asked: the tags are the "why" of each entry.
    menu.setToolTipsVisible(true);
    for (const core::Idea &idea : ideas) {
        QAction *action = menu.addAction(idea.title);
        action->setObjectName(QStringLiteral("similarIdeaAction%1").arg(idea.id));
        action->setData(idea.id);
        action->setToolTip(idea.tags.join(QStringLiteral(", ")));
        QObject::connect(action, &QAction::triggered, context, [open, id = idea.id] { open(id); });
    }
}

} // namespace hearth::ui
