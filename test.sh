#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 JFP Planner contributors
#
# Quick start for developers and CI: installs what is missing (Debian 12, with LibreOffice
# for the spreadsheet test), builds with warnings as errors, and runs the whole test suite
# headless.
#
#   ./test.sh [--sanitize] [--fuzz SECONDS]
#
# --sanitize builds in ./build-asan with Clang, AddressSanitizer and UndefinedBehaviorSanitizer
# (JFP_SANITIZE, and JFP_FUZZ for the libFuzzer targets) and runs the suite there instead of in
# ./build; the Windows tests then compare against that build. --fuzz SECONDS then runs each
# libFuzzer target for SECONDS (tests/fuzz/run.sh; in ./build-asan with --sanitize, else in
# ./build-fuzz). CI (.ci/run) runs `./test.sh --sanitize --fuzz 60`.
set -euo pipefail
cd "$(dirname "$0")"
source packaging/bootstrap.sh

sanitize=0
fuzz_seconds=
while [ $# -gt 0 ]; do
    case "$1" in
        --sanitize) sanitize=1 ;;
        --fuzz)
            [[ ${2:-} =~ ^[0-9]+$ ]] || { echo "test.sh: --fuzz needs a number of seconds" >&2; exit 2; }
            fuzz_seconds=$2
            shift ;;
        -h | --help) sed -n '5,15s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "test.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
    esac
    shift
done

jfp_install_dependencies "${JFP_DEBIAN_TEST_PACKAGES[@]}"
build=build
if [ "$sanitize" = 1 ]; then
    build=build-asan
    # Clang, so that the same build has the fuzz targets; -O1 and line tables only: what ASan
    # recommends, and quicker to build than -O2 -g.
    JFP_BUILD_DIR=$build jfp_build -DJFP_WARNINGS_AS_ERRORS=ON -DBUILD_TESTING=ON -DJFP_SANITIZE=ON \
        -DJFP_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14 "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG"
    # Every finding fails its test. Leaks are reported except those inside system libraries
    # that tests/sanitizers/lsan.supp lists (none of them in our code). The same settings as
    # the asan test preset (CMakePresets.json).
    export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:check_initialization_order=1:detect_stack_use_after_return=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
else
    jfp_build -DJFP_WARNINGS_AS_ERRORS=ON -DBUILD_TESTING=ON
fi

jfp_say "Running the tests in ./$build"
(
    unset DISPLAY WAYLAND_DISPLAY
    cd "$build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)"
)

# The Windows build, tested under Wine against the Linux one, once the Windows Qt is cached
# (packaging/windows/build.sh builds it the first time, in about an hour and a half).
source packaging/windows/common.sh
if jfp_windows_cache_ready; then
    jfp_say "Building for Windows with the cached Qt in $JFP_WINDOWS_QT, and testing under Wine"
    bash packaging/windows/build.sh
    # The Linux side draws on the test's X display, through libxkbcommon-x11, whose strndup of a
    # keymap name fails ASan's strict string checks: not our code (as for tst_portable_linux).
    if [ "$sanitize" = 1 ]; then
        export ASAN_OPTIONS="$ASAN_OPTIONS:strict_string_checks=0"
    fi
    bash packaging/windows/test.sh --linux-build "$PWD/$build"
else
    jfp_say "Skipped the Windows build and its tests under Wine: no Windows Qt is cached in $JFP_WINDOWS_QT (run packaging/windows/build.sh once to build it)"
fi

if [ -n "$fuzz_seconds" ]; then
    jfp_say "Fuzzing each reader for $fuzz_seconds s"
    if [ "$sanitize" = 1 ]; then
        export JFP_FUZZ_BUILD=$PWD/build-asan
    fi
    (unset ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS; bash tests/fuzz/run.sh "$fuzz_seconds")
fi
