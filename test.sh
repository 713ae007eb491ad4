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
unset DISPLAY WAYLAND_DISPLAY
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)"
