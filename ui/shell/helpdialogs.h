// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;
class QTextBrowser;
class QTreeWidget;

namespace hearth::ui {

// Help > Keyboard Shortcuts: every action of `window` that has a key, grouped by the menu that
// holds it, read from the actions themselves so the list cannot fall behind them.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window);

    // Rows as "menu / action / keys", for tests.
    QStringList rows() const;

private:
    QTreeWidget *m_tree;
};

// Help > User Guide: the short guide shipped inside the application, shown offline.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // The guide page for the language in use (English when there is no translation).
    static QString guideUrl();

private:
    QTextBrowser *m_browser;
};

} // namespace hearth::ui
