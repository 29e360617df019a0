#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Hearth developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Hearth's quick start on Debian 12 or Ubuntu 24.04.
#   cmake/quickstart.sh run   installs what is missing, builds, and launches Hearth on its default database
#   cmake/quickstart.sh test  installs what is missing, builds, and runs the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config dpkg-dev file
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libsqlite3-dev sqlite3 libical-dev libgsf-1-dev libzip-dev libpng-dev
  desktop-file-utils appstream python3-vobject python3-xlrd python3-openpyxl help2man
  qtkeychain-qt6-dev
)

install_missing() {
  local missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "quickstart: installing ${missing[*]}" >&2
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

case "${1:-}" in
  run)
    install_missing
    # Only the application: tests and benchmarks are for "test".
    cmake --preset release -DHEARTH_BUILD_TESTS=OFF -DHEARTH_BUILD_BENCHMARKS=OFF
    cmake --build --preset release
    exec build/release/app/hearth/hearth
    ;;
  test)
    install_missing
    cmake --preset dev
    cmake --build --preset dev
    ctest --preset dev
    ;;
  *)
    echo "usage: cmake/quickstart.sh run|test" >&2
    exit 2
    ;;
esac
