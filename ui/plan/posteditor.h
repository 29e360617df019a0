// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/catalog.h"
#include "plan/post.h"
#include "plan/textcounter.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;
class QTimer;

namespace hearth::core {
class PlanningService;
}

namespace hearth::ui {

// Edits one post: its text, one tab per chosen network with that network's variant and a
// live counter, the plan warnings, date and time, status, pillar, tags, link, media,
// first comment and notes. Saving is left to the caller (through an undo command).
class PostEditor final : public QDialog
{
    Q_OBJECT

public:
    PostEditor(core::PlanningService &service, const core::Post &post, QWidget *parent = nullptr);

    // The post as edited.
    core::Post post() const;
    // The counter verdict currently shown for `networkId` (for tests and the tab titles).
    core::TextCheck checkFor(const QString &networkId) const;
    // Re-reads the plan warnings now instead of after the short typing pause.
    void refreshWarnings();

    void accept() override;

private:
    struct NetworkTab
    {
        core::Network network;
        QWidget *page = nullptr;
        QPlainTextEdit *text = nullptr;
        QLabel *counter = nullptr;
        QLabel *reasons = nullptr;
        // False while the variant simply follows the main text.
        bool customised = false;
    };

    QWidget *createTextSide();
    QWidget *createDetailsSide();
    void setNetworkChosen(const QString &networkId, bool chosen);
    void bodyChanged();
    void updateCounter(NetworkTab &tab);
    void addMedia();
    void removeMedia();
    void addMediaItem(const core::MediaAttachment &media);
    void scheduleWarnings();
    QWidget *createRepeatBox(QWidget *parent);
    // Enables the repeat fields that apply and says how many posts the series will make.
    void updateRepeat();
    core::Recurrence recurrence() const;

    core::PlanningService &m_service;
    core::Post m_original;
    QList<core::Network> m_networks;
    QList<core::Pillar> m_pillars;
    QHash<QString, NetworkTab> m_tabs;
    QHash<QString, QCheckBox *> m_networkChecks;
    bool m_syncing = false;

    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QTabWidget *m_tabWidget = nullptr;
    QListWidget *m_warnings = nullptr;
    QCheckBox *m_scheduled = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QCheckBox *m_repeat = nullptr;
    QSpinBox *m_repeatWeeks = nullptr;
    QRadioButton *m_repeatUntilRadio = nullptr;
    QDateEdit *m_repeatUntil = nullptr;
    QRadioButton *m_repeatCountRadio = nullptr;
    QSpinBox *m_repeatCount = nullptr;
    QLabel *m_repeatSummary = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_pillar = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_link = nullptr;
    QListWidget *m_media = nullptr;
    QPlainTextEdit *m_firstComment = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_warningTimer = nullptr;
};

} // namespace hearth::ui
