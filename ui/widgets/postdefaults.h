// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/catalog.h"

#include <QStringList>
#include <QTime>
#include <QWidget>

class QCheckBox;
class QTimeEdit;

namespace hearth::ui {

// What a new post starts with: the networks the user posts to and the usual posting time.
// Kept in QSettings ("defaults/networks", "defaults/postTime" as "HH:mm"), so the post
// editor, the welcome and Preferences read and write the same two keys.
struct PostDefaults
{
    QStringList networks;
    QTime postTime = QTime(9, 0);

    static QString networksKey();
    static QString postTimeKey();
    static PostDefaults load();
    void save() const;
    friend bool operator==(const PostDefaults &, const PostDefaults &) = default;
};

// Tick boxes for the networks and a time field, shared by the welcome and Preferences.
class PostDefaultsWidget final : public QWidget
{
    Q_OBJECT

public:
    PostDefaultsWidget(const QList<core::Network> &networks, QWidget *parent = nullptr);

    PostDefaults value() const;
    void setValue(const PostDefaults &defaults);

private:
    QList<QCheckBox *> m_networks;
    QTimeEdit *m_time;
};

} // namespace hearth::ui
