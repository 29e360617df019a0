// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared helper for GUI tests: label texts that would show a literal '&'.
#include <QLabel>
#include <QStringList>
#include <QWidget>

namespace hearth::test {

// Texts of the plain-text labels under `root` that show a lone '&': a mnemonic needs a buddy,
// and a label without one shows "&File:" as written. "&&" is a real ampersand; rich text
// writes one as "&amp;" and has no mnemonics.
inline QStringList labelsShowingAmpersand(const QWidget &root)
{
    QStringList found;
    for (const QLabel *label : root.findChildren<QLabel *>()) {
        QString text = label->text();
        if (Qt::mightBeRichText(text) || label->buddy())
            continue;
        if (text.remove(QStringLiteral("&&")).contains(u'&'))
            found << QStringLiteral("%1: %2").arg(label->objectName(), label->text());
    }
    return found;
}

} // namespace hearth::test
