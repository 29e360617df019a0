// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/catalog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTabWidget;

namespace hearth::core {
class Database;
}

namespace hearth::ui {

class PostDefaultsWidget;

// Edit > Preferences: the General page sets the networks and posting time new posts start
// with and the language (from the next start). The Networks page sets each network's character
// limit (a Mastodon server's own limit), the Instagram hashtag cap, the Mastodon server for compose
// pages, which networks the editor offers, and adds user-defined networks. OK stores everything in
// one transaction; Cancel leaves the plan as it was.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(core::Database &database, core::CatalogRepository &catalog,
                      QWidget *parent = nullptr);

    // The built-in limit of `networkId` from formats.md, 0 for a user-defined network.
    static int defaultLimit(const QString &networkId);

    void accept() override;

private:
    QWidget *createGeneralPage();
    QWidget *createNetworksPage();
    void showNetwork(int row);
    // Copies the fields into the working copy of the shown network.
    void storeFields();
    void addNetwork();
    void refreshListItem(int row);
    void showProblem(const QString &message);

    core::Database &m_database;
    core::CatalogRepository &m_catalog;
    QList<core::Network> m_original;
    // Working copies; a network added here has an empty id until OK stores it.
    QList<core::Network> m_networks;
    int m_shown = -1;
    bool m_loading = false;

    QTabWidget *m_tabs = nullptr;
    PostDefaultsWidget *m_defaults = nullptr;
    QComboBox *m_language = nullptr;
    QListWidget *m_list = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_name = nullptr;
    QCheckBox *m_enabled = nullptr;
    QSpinBox *m_limit = nullptr;
    QLabel *m_limitHint = nullptr;
    QLineEdit *m_mastodonServer = nullptr;
    QSpinBox *m_hashtagCap = nullptr;
    QLineEdit *m_composeUrl = nullptr;
    QLineEdit *m_newName = nullptr;
    QSpinBox *m_newLimit = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace hearth::ui
