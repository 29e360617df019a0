# SPDX-FileCopyrightText: 2026 The Hearth developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Every build checks that includes follow the layers (cmake/CheckLayers.cmake): a core folder
# includes only the folders below it, a workspace never another workspace, the core never ui/.
file(GLOB_RECURSE hearth_layered_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/core/*.h ${PROJECT_SOURCE_DIR}/core/*.cpp
    ${PROJECT_SOURCE_DIR}/ui/*.h ${PROJECT_SOURCE_DIR}/ui/*.cpp)
set(hearth_layers_stamp ${CMAKE_BINARY_DIR}/layers.checked)
add_custom_command(OUTPUT ${hearth_layers_stamp}
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DSTAMP=${hearth_layers_stamp}
            -P ${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake
    DEPENDS ${hearth_layered_sources} ${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake
    COMMENT "Checking that includes follow the layers"
    VERBATIM)
add_custom_target(hearth_check_layers ALL DEPENDS ${hearth_layers_stamp})
