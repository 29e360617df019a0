# SPDX-FileCopyrightText: 2026 The Hearth developers
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the settings every Hearth target shares.
add_library(hearth_compile_settings INTERFACE)
add_library(Hearth::CompileSettings ALIAS hearth_compile_settings)

target_compile_features(hearth_compile_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(hearth_compile_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
    -Woverloaded-virtual -Werror)

target_compile_definitions(hearth_compile_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

option(HEARTH_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(HEARTH_SANITIZE)
    target_compile_options(hearth_compile_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(hearth_compile_settings INTERFACE -fsanitize=address,undefined)
endif()
