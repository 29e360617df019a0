# SPDX-FileCopyrightText: 2026 The Hearth developers
# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: a .deb built from the install tree.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "hearth")
set(CPACK_PACKAGE_VENDOR "Hearth developers")
set(CPACK_PACKAGE_CONTACT "Hearth developers <hearth@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The extended description apt shows under the summary (README's opening).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[
Hearth is a desktop planner for small business owners and bloggers who post
to social networks every week. It keeps a calendar of planned posts and a
bank of post ideas in one SQLite file on your own computer, and charts how
people respond to each post. An audience watches, a community answers back:
Hearth shows which of your posts build community.

 * Plan: a week, month and agenda calendar of posts, each going to one or
   more networks with its own text, with a character counter that counts
   the way each network does, posting slots, drafts, evergreen posts and
   reminders at post time.
 * Spark: a bank of ideas with a starter library of writing prompts,
   full-text search, and picks that surprise you or fill your week.
 * Listen: figures per post imported from the analytics exports of
   Facebook, Instagram, X, LinkedIn and YouTube, split into audience and
   community signals, with trends, a best-times heatmap and top posts.
 * Interop: iCalendar, feed and CSV export, bulk import from Hootsuite,
   Buffer, Publer, Metricool and Sprout Social layouts, and backups.

The package also holds hearth-cli, the same plan from a terminal.]=])
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads its SQL drivers as plugins, which shlibdeps cannot see: SQLite holds every plan on
# this machine; the PostgreSQL driver is only for team plans.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_STRIP_FILES ON)
include(CPack)
