// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spark/idea.h"

#include <QList>

#include <functional>

class QMenu;
class QObject;

namespace hearth::ui {

// "More like this", shown one way wherever it is offered (Spark's idea editor, Listen's top
// posts): one entry per similar idea, titled, its tags as tool tip; choosing one calls `open`
// with the idea's id while `context` lives.
void addSimilarIdeas(QMenu &menu, const QList<core::Idea> &ideas, const QObject *context,
                     const std::function<void(qint64)> &open);

} // namespace hearth::ui
