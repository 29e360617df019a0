// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Compares core enums by their names, so a failure prints "draft" vs "scheduled".
// (Plain QCOMPARE cannot print them: ADL finds the core's QString toString() overloads.)
#include "common/result.h"
#include "plan/post.h"

#include <QTest>

#define HEARTH_COMPARE_ENUM(actual, expected)                                                      \
    QCOMPARE(hearth::core::toString(actual), hearth::core::toString(expected))
