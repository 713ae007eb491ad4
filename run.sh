#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 JFP Planner contributors
#
# Quick start: installs what is missing (Debian 12), builds, and runs JFP Planner on the
# Cheshire and Merseyside sample plan. With a display it opens the window; without one it
# writes the sample plan and prints its areas, programmes and indicators.
set -euo pipefail
cd "$(dirname "$0")"
source packaging/bootstrap.sh

jfp_install_dependencies
jfp_build

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    jfp_say "Starting JFP Planner"
    exec build/bin/jfp-planner "$@"
fi

out="$PWD/build/sample"
plan="$out/cheshire-and-merseyside.jfp"
mkdir -p "$out"
rm -f "$plan"
jfp_say "No display: running headless"
build/bin/jfp init "$plan" --sample
build/bin/jfp tree "$plan"
echo
build/bin/jfp indicators "$plan" --area "St Helens"
echo
build/bin/jfp check "$plan"
echo
jfp_say "Wrote the sample plan to $plan"
echo "Open it with: build/bin/jfp-planner \"$plan\"  (needs a display)"
