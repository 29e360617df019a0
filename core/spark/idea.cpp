// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spark/idea.h"

namespace hearth::core {

QString toString(IdeaSource source)
{
    switch (source) {
    case IdeaSource::Library:
        return QStringLiteral("library");
    case IdeaSource::Feedback:
        return QStringLiteral("feedback");
    case IdeaSource::User:
        break;
    }
    return QStringLiteral("user");
}

std::optional<IdeaSource> ideaSourceFromString(const QString &text)
{
    for (IdeaSource source : {IdeaSource::User, IdeaSource::Library, IdeaSource::Feedback}) {
        if (text == toString(source))
            return source;
    }
    return std::nullopt;
}

} // namespace hearth::core
