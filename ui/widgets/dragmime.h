// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// MIME types for drags between Hearth's own views (the payload is the id as decimal text).
namespace hearth::ui::mime {

inline QString postId()
{
    return QStringLiteral("application/x-hearth-post-id");
}

inline QString ideaId()
{
    return QStringLiteral("application/x-hearth-idea-id");
}

} // namespace hearth::ui::mime
