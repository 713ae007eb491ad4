# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 JFP Planner contributors
#
# Shared by the two quick-start scripts (run.sh, test.sh): installs the Debian 12 packages
# JFP Planner needs to build and test, then configures and builds it in ./build.
# Source it; do not run it.

# Everything a fresh Debian 12 (bookworm) machine lacks. Keep in step with README.md.
JFP_DEBIAN_PACKAGES=(
    g++ cmake ninja-build pkgconf dpkg-dev file
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6opengl6-dev libqt6svg6 qt6-qpa-plugins qt6-translations-l10n libgl-dev
    libxlsxwriter-dev libminizip-dev libsqlite3-dev
    fonts-dejavu-core xvfb xauth
    patchelf # the portable .tar.gz (packaging/linux/bundle.cmake)
)

# Only for the tests (test.sh, CI): LibreOffice checks that exported workbooks open with the
# same values (about 50 packages; 90 s to download and install on a 2-core machine),
# pdfinfo counts the pages of board packs, and qpdf checks their bookmarks and links.
# Clang 14 and its runtimes build the libFuzzer targets (tests/fuzz/run.sh, test.sh --fuzz).
JFP_DEBIAN_TEST_PACKAGES=(
    libreoffice-calc-nogui poppler-utils qpdf
    clang-14 libclang-rt-14-dev
)

jfp_say() {
    printf '\033[1m==> %s\033[0m\n' "$*"
}

# Installs JFP_DEBIAN_PACKAGES and any packages given as arguments that are missing.
jfp_install_dependencies() {
    local wanted=("${JFP_DEBIAN_PACKAGES[@]}" "$@")
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        echo "This script installs packages with apt-get on Debian 12. On another system, install" >&2
        echo "the equivalents of: ${wanted[*]}" >&2
        return 1
    fi
    local missing=() package
    for package in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        jfp_say "All build dependencies are installed"
        return 0
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "These packages are missing and installing them needs root: ${missing[*]}" >&2
            echo "Run this script as root, or install sudo." >&2
            return 1
        fi
        sudo=(sudo)
    fi
    jfp_say "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# jfp_build [CMAKE_OPTION...]: configures and builds in ./build, or in JFP_BUILD_DIR.
jfp_build() {
    local dir=${JFP_BUILD_DIR:-build}
    jfp_say "Configuring and building JFP Planner in ./$dir"
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$dir"
}
