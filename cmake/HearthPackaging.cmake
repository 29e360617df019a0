# SPDX-FileCopyrightText: 2026 The Hearth developers
# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: a .deb built from the install tree.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "hearth")
set(CPACK_PACKAGE_VENDOR "Hearth developers")
set(CPACK_PACKAGE_CONTACT "Hearth developers <hearth@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
include(CPack)
