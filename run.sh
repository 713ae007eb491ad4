#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 JFP Planner contributors
#
# Quick start: installs what is missing (Debian 12), builds, and runs JFP Planner on the
# Cheshire and Merseyside sample plan. With a display it opens the window; without one it
# writes the sample plan and its board pack (PDF), and says where they are.
set -euo pipefail
cd "$(dirname "$0")"
source packaging/bootstrap.sh

jfp_install_dependencies
jfp_build -DBUILD_TESTING=OFF # the programs only; test.sh builds the tests

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    jfp_say "Starting JFP Planner"
    exec build/bin/jfp-planner "$@"
fi

out="$PWD/build/sample"
plan="$out/cheshire-and-merseyside.jfp"
mkdir -p "$out"
rm -f "$plan"
jfp_say "No display: running headless"
pack="$out/cheshire-and-merseyside-board-pack.pdf"
build/bin/jfp init "$plan" --sample
build/bin/jfp check "$plan"
build/bin/jfp board-pack "$plan" --out "$pack"
echo
jfp_say "Wrote the sample plan to $plan"
jfp_say "Wrote its board pack to $pack"
echo "List it with: build/bin/jfp tree \"$plan\"   Open it with: build/bin/jfp-planner \"$plan\" (needs a display)"
