// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearth::core {

// Where an idea came from: the user's own, the starter library, or community feedback.
enum class IdeaSource
{
    User,
    Library,
    Feedback
};

QString toString(IdeaSource source);
std::optional<IdeaSource> ideaSourceFromString(const QString &text);

// A post idea in the bank: a title, a prompt or notes, a pillar and tags.
struct Idea
{
    qint64 id = 0;
    QString title;
    // The prompt or the user's notes; may span lines.
    QString notes;
    std::optional<qint64> pillarId;
    QStringList tags;
    bool favourite = false;
    bool archived = false;
    IdeaSource source = IdeaSource::User;
    // Stable key of a starter-library prompt; empty for other ideas.
    QString libraryKey;
    // Set once the user changed a library prompt, so newer libraries leave it alone.
    bool libraryEdited = false;
    // For feedback ideas: the post the comment was written under, and the comment.
    std::optional<qint64> feedbackPostId;
    QString feedbackText;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Derived from the posts made from this idea (skipped posts do not count); read-only.
    int timesUsed = 0;
    QDateTime lastUsed;

    friend bool operator==(const Idea &, const Idea &) = default;
};

// Which archived ideas a list or search shows.
enum class ArchivedFilter
{
    Exclude,
    Include,
    Only
};

// Filters shared by listing and searching ideas; empty members do not filter.
struct IdeaFilter
{
    std::optional<qint64> pillarId;
    // A tag name, matched ignoring case.
    QString tag;
    bool unusedOnly = false;
    bool favouritesOnly = false;
    ArchivedFilter archived = ArchivedFilter::Exclude;
    // At most this many ideas; 0 means no limit.
    int limit = 0;
};

} // namespace hearth::core
