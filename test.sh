#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 JFP Planner contributors
#
# Quick start for developers and CI: installs what is missing (Debian 12, with LibreOffice
# for the spreadsheet test), builds with warnings as errors, and runs the whole test suite
# headless.
set -euo pipefail
cd "$(dirname "$0")"
source packaging/bootstrap.sh

jfp_install_dependencies "${JFP_DEBIAN_TEST_PACKAGES[@]}"
jfp_build -DJFP_WARNINGS_AS_ERRORS=ON -DBUILD_TESTING=ON

jfp_say "Running the tests"
(
    unset DISPLAY WAYLAND_DISPLAY
    cd build
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)"
)

# The Windows build, tested under Wine against the Linux one, once the Windows Qt is cached
# (packaging/windows/build.sh builds it the first time, in about an hour and a half).
source packaging/windows/common.sh
if jfp_windows_cache_ready; then
    jfp_say "Building for Windows with the cached Qt in $JFP_WINDOWS_QT, and testing under Wine"
    bash packaging/windows/build.sh
    bash packaging/windows/test.sh
else
    jfp_say "Skipped the Windows build and its tests under Wine: no Windows Qt is cached in $JFP_WINDOWS_QT (run packaging/windows/build.sh once to build it)"
fi
